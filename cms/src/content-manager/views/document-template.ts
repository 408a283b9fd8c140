import type { ContentTypeView } from '../view-types';

type Field = 'kind' | 'name' | 'file' | 'mergeFields';

export const DOCUMENT_TEMPLATE_VIEW: ContentTypeView<Field> = {
  uid: 'api::document-template.document-template',
  mainField: 'name',
  defaultSortBy: 'kind',
  defaultSortOrder: 'ASC',
  pageSize: 20,
  list: ['kind', 'name', 'updatedAt'],
  fields: {
    kind: { label: 'Sorte de document', description: 'Document produit avec ce modèle : CER sans décision, avec décision validée ou non validée, CER vierge.', column: 'Sorte' },
    name: { label: 'Nom du modèle' },
    mergeFields: {
      label: 'Champs de fusion',
      description: "Tenu par l'application : les champs utilisables dans ce modèle et le lien du modèle par défaut.",
      editable: false,
    },
    file: { label: 'Fichier Word (.docx)', description: 'Modèle Word avec les champs de fusion entre accolades ; sans fichier, le modèle par défaut est utilisé.' },
  },
};
