// French strings of the FSE+ screens (gestionnaire FSE console, questionnaires, the file's FSE
// tab), spread into the catalogue of i18n/messages.ts.
export const fseResourceMessages = {
  'fse-operations': {
    name: 'Opération FSE |||| Opérations FSE',
    fields: { code: 'Code', name: 'Intitulé', start: 'Début', end: 'Fin', operator: 'Opérateur (code structure)', operatorName: 'Opérateur', budgetLine: 'Ligne budgétaire', offers: 'Offres FSE', active: 'Active' },
  },
  'fse-conventions': {
    name: 'Participant FSE |||| Participants FSE',
    fields: {
      beneficiaryName: 'Participant', fileNumber: 'N° dossier', offerTitle: 'Offre FSE', operationCode: 'Opération', operatorName: 'Opérateur',
      realStart: 'Entrée', realEnd: 'Sortie', entryStatus: 'Questionnaire d’entrée', exitStatus: 'Questionnaire de sortie',
      operation: 'Opération', missing: 'Questionnaires à relancer', q: 'Rechercher (nom, n° dossier)',
    },
  },
  'fse-completeness': {
    name: 'Complétude FSE',
    fields: { label: 'Regroupement', conventions: 'Conventions', entryMissing: 'Entrées à saisir', exitMissing: 'Sorties à saisir', exitPending: 'Sorties à venir', complete: 'Complètes', rate: 'Complétude (%)', by: 'Par' },
  },
  'fse-conflicts': {
    name: 'Conflit FSE |||| Conflits FSE',
    fields: { kindLabel: 'Conflit', beneficiaryName: 'Participant', fileNumber: 'N° dossier', step: 'Étape', otherStep: 'Autre étape' },
  },
};

export const fseMessages = {
  menu: { operations: 'Opérations FSE', participants: 'Participants FSE', completeness: 'Complétude FSE', conflicts: 'Conflits FSE', questionnaires: 'Questionnaires FSE' },
  status: { missing: 'À saisir', complete: 'Saisi', unavailable: 'Pas encore possible' },
  entry: 'Questionnaire d’entrée',
  exit: 'Questionnaire de sortie',
  fill: 'Saisir',
  correct: 'Corriger',
  save: 'Enregistrer le questionnaire',
  saved: 'Questionnaire enregistré',
  reprise: 'Repris de l’ancien outil : lecture seule',
  exit_waits: 'Le questionnaire de sortie se saisit une fois la date de fin réelle de l’étape saisie.',
  answers_hidden: 'Les réponses sont visibles du référent FSE, de l’opérateur et du gestionnaire FSE.',
  no_answer: 'Sans réponse',
  export: 'Exporter les participants (Excel)',
  by_operation: 'Opération',
  by_operator: 'Opérateur',
  convention_title: 'Convention FSE — %{name}',
  period: 'du %{start} au %{end}',
  since: 'depuis le %{start}',
  in_progress: 'en cours',
  file_tab: 'FSE',
  file_empty: 'Aucune étape en convention FSE sur ce dossier.',
  empty: 'Aucun participant.',
  no_conflict: 'Aucun conflit dans les données.',
  step: '%{title}, %{period}',
};
