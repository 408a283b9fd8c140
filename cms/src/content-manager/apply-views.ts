// Applies the French views (views/*.ts) to the content-manager's stored view settings — the
// core-store entries `plugin_content_manager_configuration_content_types::<uid>` that the
// content-manager creates and syncs with the schemas in its own bootstrap, before ours.
//
// What is ours and what is the admin's:
// - Field labels, help texts and placeholders are product text: re-applied at every start, so a
//   release that renames or explains a field reaches existing installations.
// - The layout choices (list columns, default sort, page size, main field, relations' displayed
//   field) are applied the first time and again only when this catalogue changes them (a
//   fingerprint per content type is kept in the core store): a functional admin who rearranges a
//   list view in « Configurer la vue » keeps it across restarts. The edit view's field order and
//   sizes, and any other setting, are never touched.
import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { COMMON_FIELDS, type ContentTypeView, type FieldText } from './view-types';
import { CONTENT_TYPE_VIEWS } from './views';

type Metadata = { edit: Record<string, unknown>; list: Record<string, unknown> };

export type StoredConfiguration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: unknown[] } & Record<string, unknown>;
};

/** Relation field → the field of the target to display (the target view's main field). */
export type RelationMainFields = Record<string, string>;

export const layoutFingerprint = (view: ContentTypeView, relationMainFields: RelationMainFields): string =>
  createHash('sha256')
    .update(JSON.stringify([view.mainField, view.defaultSortBy, view.defaultSortOrder, view.pageSize, view.list, relationMainFields]))
    .digest('hex')
    .slice(0, 16);

/** The stored configuration with our texts and, when `withLayout`, our layout choices. */
export const applyView = (
  stored: StoredConfiguration,
  view: ContentTypeView,
  options: { withLayout: boolean; relationMainFields: RelationMainFields },
): StoredConfiguration => {
  const texts: Record<string, FieldText> = { ...COMMON_FIELDS, ...view.fields };
  const metadatas: Record<string, Metadata> = {};
  for (const [field, meta] of Object.entries(stored.metadatas)) {
    const text = texts[field];
    const edit = { ...meta.edit };
    const list = { ...meta.list };
    if (text) {
      edit.label = text.label;
      edit.description = text.description ?? '';
      edit.placeholder = text.placeholder ?? '';
      list.label = text.column ?? text.label;
      if (text.editable === false) edit.editable = false;
    }
    if (options.withLayout && options.relationMainFields[field]) edit.mainField = options.relationMainFields[field];
    metadatas[field] = { edit, list };
  }
  if (!options.withLayout) return { ...stored, metadatas };
  // Only fields the content manager knows (hidden ones are absent from the metadatas).
  const list = view.list.filter((field) => field in metadatas);
  return {
    settings: {
      ...stored.settings,
      mainField: view.mainField,
      defaultSortBy: view.defaultSortBy,
      defaultSortOrder: view.defaultSortOrder,
      pageSize: view.pageSize,
    },
    metadatas,
    layouts: { ...stored.layouts, list: list.length > 0 ? list : stored.layouts.list },
  };
};

type ContentTypesService = {
  findConfiguration(contentType: { uid: string }): Promise<StoredConfiguration & { uid: string }>;
  updateConfiguration(contentType: { uid: string }, configuration: StoredConfiguration): Promise<unknown>;
};

const STORE = { type: 'core', name: 'rsa-admin-views', key: 'layout-fingerprints' } as const;

const relationMainFieldsOf = (strapi: Core.Strapi, view: ContentTypeView): RelationMainFields => {
  const attributes = (strapi.contentTypes as unknown as Record<string, { attributes: Record<string, { type: string; target?: string }> }>)[view.uid]?.attributes ?? {};
  const result: RelationMainFields = {};
  for (const [field, attribute] of Object.entries(attributes)) {
    if (attribute.type !== 'relation' || !attribute.target) continue;
    const target = CONTENT_TYPE_VIEWS.find((candidate) => candidate.uid === attribute.target);
    if (target) result[field] = target.mainField;
  }
  return result;
};

export const applyContentManagerViews = async (strapi: Core.Strapi): Promise<void> => {
  const service = strapi.plugin('content-manager').service('content-types') as unknown as ContentTypesService;
  const fingerprints = ((await strapi.store.get(STORE)) as Record<string, string> | null) ?? {};
  for (const view of CONTENT_TYPE_VIEWS) {
    if (!(strapi.contentTypes as unknown as Record<string, unknown>)[view.uid]) {
      strapi.log.warn(`Vues de l’administration : type de contenu ${view.uid} absent, libellés ignorés.`);
      continue;
    }
    const relationMainFields = relationMainFieldsOf(strapi, view);
    const fingerprint = layoutFingerprint(view, relationMainFields);
    const { uid: _uid, ...stored } = await service.findConfiguration({ uid: view.uid });
    const next = applyView(stored, view, { withLayout: fingerprints[view.uid] !== fingerprint, relationMainFields });
    await service.updateConfiguration({ uid: view.uid }, next);
    fingerprints[view.uid] = fingerprint;
  }
  await strapi.store.set({ ...STORE, value: fingerprints });
};
