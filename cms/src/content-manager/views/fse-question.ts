import type { ContentTypeView } from '../view-types';

type Field = 'code' | 'questionnaire' | 'indicator' | 'label' | 'help' | 'multiple' | 'required' | 'position' | 'choices' | 'active';

export const FSE_QUESTION_VIEW: ContentTypeView<Field> = {
  uid: 'api::fse-question.fse-question',
  mainField: 'label',
  defaultSortBy: 'position',
  defaultSortOrder: 'ASC',
  pageSize: 50,
  list: ['questionnaire', 'position', 'code', 'label', 'required', 'active'],
  fields: {
    code: { label: 'Code', description: 'Code enregistré dans les réponses et en-tête de colonne de l’export (ne pas changer une fois des réponses saisies).' },
    questionnaire: { label: 'Questionnaire', description: 'entry : questionnaire d’entrée ; exit : questionnaire de sortie (après la date de fin réelle).' },
    indicator: { label: 'Indicateur FSE+', description: 'Indicateur commun de participants auquel la question répond (règlement (UE) 2021/1057, annexe I).' },
    label: { label: 'Question' },
    help: { label: 'Aide' },
    multiple: { label: 'Plusieurs réponses possibles' },
    required: { label: 'Obligatoire', description: 'Un questionnaire est complet (pastille verte) quand toutes les questions obligatoires ont une réponse.' },
    position: { label: 'Ordre', column: 'Ordre' },
    choices: { label: 'Réponses possibles', description: 'Code enregistré, libellé affiché ; une réponse désactivée n’est plus acceptée.' },
    active: { label: 'Active', description: 'Une question désactivée n’est plus posée ; les réponses déjà saisies restent.' },
  },
};
