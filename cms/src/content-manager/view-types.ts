// What the French admin panel shows for one content type: a label and a help text for every
// field, the list view's columns and default sort. Applied to the content-manager's stored view
// settings at each start (see apply-views.ts).
export type FieldText = {
  /** Field label in the edit view and, unless `column` says otherwise, list column header. */
  label: string;
  /** Help text under the field. */
  description?: string;
  placeholder?: string;
  /** A shorter list column header. */
  column?: string;
  /** False for a field the application keeps up to date (shown, never edited). */
  editable?: boolean;
};

export type ContentTypeView<Field extends string = string> = {
  uid: string;
  /** Field shown for an entry in relations and titles. */
  mainField: Field;
  defaultSortBy: Field | 'id' | 'createdAt' | 'updatedAt';
  defaultSortOrder: 'ASC' | 'DESC';
  pageSize: 10 | 20 | 50 | 100;
  /** List view columns, in order. */
  list: Array<Field | 'id' | 'createdAt' | 'updatedAt'>;
  fields: Record<Field, FieldText>;
};

/** Fields Strapi adds to every content type. */
export const COMMON_FIELDS: Record<string, FieldText> = {
  id: { label: 'N°' },
  documentId: { label: 'Identifiant du document' },
  createdAt: { label: 'Créé le' },
  updatedAt: { label: 'Modifié le' },
  createdBy: { label: 'Créé par' },
  updatedBy: { label: 'Modifié par' },
};
