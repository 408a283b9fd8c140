import type { ContentTypeView } from '../view-types';

type Field = 'kind' | 'name' | 'logo' | 'documentType' | 'file' | 'mergeFields';

export const DOCUMENT_TEMPLATE_VIEW: ContentTypeView<Field> = {
  uid: 'api::document-template.document-template',
  mainField: 'name',
  defaultSortBy: 'kind',
  defaultSortOrder: 'ASC',
  pageSize: 20,
  list: ['kind', 'name', 'logo', 'updatedAt'],
  fields: {
    kind: { label: 'Sorte de document', description: 'Document produit avec ce modèle : CER (sans décision, décision validée ou non validée, vierge), formulaire (depuis le résumé du dossier), courrier, convocation individuelle ou collective (depuis un rendez-vous). Plusieurs modèles par sorte sont possibles hors CER.', column: 'Sorte' },
    name: { label: 'Nom du modèle' },
    logo: { label: 'Logo', description: 'Variante de logo du modèle (Département, FSE ou aucun), proposée au choix dans la console.', column: 'Logo' },
    documentType: {
      label: 'Type de document au classement',
      description: '« Enregistrer dans le dossier » classe le document sous ce type de la nomenclature ; vide : Convocation, Courrier de relance ou Formulaire selon la sorte.',
    },
    mergeFields: {
      label: 'Champs de fusion',
      description: "Tenu par l'application : les champs utilisables dans ce modèle et le lien du modèle par défaut.",
      editable: false,
    },
    file: { label: 'Fichier Word (.docx)', description: 'Modèle Word avec les champs de fusion entre accolades ; sans fichier, le modèle par défaut est utilisé.' },
  },
};
