import type { ContentTypeView } from '../view-types';

type Field = 'code' | 'name' | 'startDate' | 'endDate' | 'operator' | 'budgetLine' | 'offers' | 'active';

export const FSE_OPERATION_VIEW: ContentTypeView<Field> = {
  uid: 'api::fse-operation.fse-operation',
  mainField: 'name',
  defaultSortBy: 'startDate',
  defaultSortOrder: 'DESC',
  pageSize: 20,
  list: ['code', 'name', 'startDate', 'endDate', 'operator', 'budgetLine', 'active'],
  fields: {
    code: { label: 'Code', description: 'Code de l’opération dans le suivi FSE+ (unique), repris dans l’export Excel.' },
    name: { label: 'Intitulé', placeholder: 'FSE 2027 Accompagnateurs emploi' },
    startDate: { label: 'Début', description: 'Les étapes FSE (dates prévues et réelles) doivent être comprises dans la période de l’opération.' },
    endDate: { label: 'Fin' },
    operator: { label: 'Opérateur', description: 'Structure bénéficiaire de la subvention, qui met l’opération en œuvre.' },
    budgetLine: { label: 'Ligne budgétaire', column: 'Ligne' },
    offers: { label: 'Offres de service FSE', description: 'Une étape sur l’une de ces offres passe en convention sur l’opération.' },
    active: { label: 'Active' },
  },
};
