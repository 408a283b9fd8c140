// The mail merge's templates are checked when the functional admin gives them (FEATURES D1): on
// save of a « Modèle de document » entry of a merge kind (its file, its kind), on an upload
// attached straight to such an entry, and when the media library replaces a file such an entry
// uses; a template with an unknown field or a malformed tag is refused with the field named. The
// entry's read-only « Champs de fusion » follows the domain's list; every kind has an entry.
// The CER kinds keep their own guard (cer plugin); here they stay one entry each.
import { readFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkMergeTemplate, describeMergeFields } from '../../../domain/merge/merge-document';
import { isMergeTemplateKind, MERGE_TEMPLATE_KIND_LABELS, MERGE_TEMPLATE_KINDS, type MergeTemplateKind } from '../../../domain/merge/merge-template-kind';
import { TEMPLATE_UID, type MergeTemplateEntry } from '../services/merge-templates';

type UploadService = {
  upload(args: { data: Record<string, unknown>; files: unknown }, opts?: unknown): Promise<unknown>;
  replace(id: unknown, args: { data: Record<string, unknown>; file: unknown }, opts?: unknown): Promise<unknown>;
};
type IncomingFile = { filepath?: string; path?: string };

const mediaId = (value: unknown): number | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  if (Array.isArray(value)) return value.length > 0 ? mediaId(value[0]) : null;
  if (typeof value === 'object') {
    const v = value as { id?: unknown; connect?: unknown; set?: unknown };
    if ('id' in v) return mediaId(v.id);
    if (v.set !== undefined) return mediaId(v.set);
    if (v.connect !== undefined) return mediaId(v.connect);
  }
  return null;
};

const bytesOf = async (file: unknown): Promise<Buffer | null> => {
  const location = (file as IncomingFile | null)?.filepath ?? (file as IncomingFile | null)?.path;
  return location ? readFile(location) : null;
};

export const registerMergeTemplateGuard = async (strapi: Core.Strapi): Promise<void> => {
  const mediaBytes = (id: number): Promise<Buffer | null> => strapi.plugin('cer').service('cer-templates').mediaBytes(id);
  const refuseUnlessValid = (kind: MergeTemplateKind, bytes: Buffer): void => {
    const check = checkMergeTemplate(kind, bytes);
    if (!check.ok) throw new errors.ValidationError(check.message, { unknownFields: check.unknownFields });
  };

  strapi.documents.use(async (context, next) => {
    if (context.uid !== TEMPLATE_UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    const data = params.data ?? {};
    let kind = data.kind;
    let file = data.file;
    if (context.action === 'update' && (kind === undefined || file === undefined) && params.documentId) {
      const existing = (await strapi.db.query(TEMPLATE_UID as never).findOne({ where: { documentId: params.documentId }, populate: ['file'] } as never)) as MergeTemplateEntry | null;
      if (kind === undefined) kind = existing?.kind;
      if (file === undefined) file = existing?.file ?? null;
    }
    // One entry per CER kind: the CER merge reads « the » template of its kind.
    if (context.action === 'create' && typeof kind === 'string' && kind.startsWith('cer-')) {
      const same = await strapi.db.query(TEMPLATE_UID as never).count({ where: { kind } } as never);
      if (same > 0) throw new errors.ValidationError('Il existe déjà un modèle pour cette sorte de CER : remplacez son fichier plutôt que d’en créer un second.');
    }
    if (isMergeTemplateKind(kind)) {
      params.data = { ...data, mergeFields: describeMergeFields(kind) };
      const fileId = mediaId(file);
      const bytes = fileId === null ? null : await mediaBytes(fileId);
      if (fileId !== null && !bytes) throw new errors.ValidationError(`Le fichier du modèle « ${MERGE_TEMPLATE_KIND_LABELS[kind]} » est introuvable.`);
      if (bytes) refuseUnlessValid(kind, bytes);
    }
    return next();
  });

  const upload = strapi.plugin('upload').service('upload') as UploadService;
  const originalUpload = upload.upload;
  const originalReplace = upload.replace;
  upload.upload = async (args, opts) => {
    const { ref, refId, field } = args.data ?? {};
    if (ref === TEMPLATE_UID && field === 'file' && refId !== undefined) {
      const entry = (await strapi.db.query(TEMPLATE_UID as never).findOne({ where: { id: Number(refId) } } as never)) as MergeTemplateEntry | null;
      if (entry && isMergeTemplateKind(entry.kind)) {
        for (const file of Array.isArray(args.files) ? args.files : [args.files]) {
          const bytes = await bytesOf(file);
          if (bytes) refuseUnlessValid(entry.kind, bytes);
        }
      }
    }
    return originalUpload(args, opts);
  };
  upload.replace = async (id, args, opts) => {
    const fileId = mediaId(id);
    const users = fileId === null ? [] : ((await strapi.db.query(TEMPLATE_UID as never).findMany({ where: { file: { id: fileId } } } as never)) as MergeTemplateEntry[]);
    const bytes = users.some((u) => isMergeTemplateKind(u.kind)) ? await bytesOf(args.file) : null;
    for (const entry of users) if (bytes && isMergeTemplateKind(entry.kind)) refuseUnlessValid(entry.kind, bytes);
    return originalReplace(id, args, opts);
  };

  for (const kind of MERGE_TEMPLATE_KINDS) {
    const existing = (await strapi.db.query(TEMPLATE_UID as never).findMany({ where: { kind } } as never)) as MergeTemplateEntry[];
    if (existing.length === 0) {
      await strapi.documents(TEMPLATE_UID as never).create({ data: { kind, name: `${MERGE_TEMPLATE_KIND_LABELS[kind]} (modèle livré)`, logo: 'departement' } as never });
    }
    for (const entry of existing) {
      if ((entry as { mergeFields?: string }).mergeFields !== describeMergeFields(kind)) {
        await strapi.db.query(TEMPLATE_UID as never).update({ where: { id: entry.id }, data: { mergeFields: describeMergeFields(kind) } } as never);
      }
    }
  }
};
