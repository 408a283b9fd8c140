// Word templates are checked when a functional admin gives them (issue 9 §4), never when a
// référent generates a CER: on save of a « Modèle de document » entry (its file and its kind), on
// an upload attached straight to such an entry, and when the media library replaces the file
// such an entry uses. Also keeps each entry's read-only « Champs de fusion » help in step with
// the domain's list, and makes sure every kind has its entry.
import { readFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CER_TEMPLATE_LABELS, CER_TEMPLATE_NAMES, isCerTemplateName, type CerTemplateName } from '../../../domain';
import { checkCerTemplate, describeCerTemplateFields } from '../../../domain/documents/check-cer-template';
import { getService } from '../services/get-service';
import { checkIncomingFiles, type IncomingFile } from './upload-guard';

export const TEMPLATE_UID = 'api::document-template.document-template';

type UploadService = {
  upload(args: { data: Record<string, unknown>; files: unknown }, opts?: unknown): Promise<unknown>;
  replace(id: unknown, args: { data: Record<string, unknown>; file: unknown }, opts?: unknown): Promise<unknown>;
};

type TemplateEntry = { id: number; documentId: string; kind: string | null; mergeFields?: string | null; file?: { id: number } | null };

const templateName = (kind: unknown): CerTemplateName | null => {
  const name = typeof kind === 'string' && kind.startsWith('cer-') ? kind.slice(4) : null;
  return isCerTemplateName(name) ? name : null;
};

/** The id of a media value as the content manager or the document service sends it. */
const mediaId = (value: unknown): number | null => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  if (Array.isArray(value)) return value.length > 0 ? mediaId(value[0]) : null;
  if (typeof value === 'object' && 'id' in value) return mediaId((value as { id: unknown }).id);
  return null;
};

export const defaultTemplatePath = (name: CerTemplateName): string => `/api/cer/templates/${name}/default`;

export const registerTemplateGuard = async (strapi: Core.Strapi): Promise<void> => {
  const templates = getService(strapi, 'cer-templates');
  const publicUrl = String(strapi.config.get('server.url') ?? '').replace(/\/$/, '');
  const help = (name: CerTemplateName): string => describeCerTemplateFields(name, `${publicUrl}${defaultTemplatePath(name)}`);

  const refuseUnlessValid = (name: CerTemplateName, bytes: Buffer): void => {
    const check = checkCerTemplate(name, bytes);
    if (!check.ok) throw new errors.ValidationError(check.message, { unknownTags: check.unknownTags, details: check.details });
  };

  // Saving an entry: the resulting (kind, file) pair must be a valid template.
  strapi.documents.use(async (context, next) => {
    if (context.uid !== TEMPLATE_UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    const data = params.data ?? {};
    let kind = data.kind;
    let file = data.file;
    if (context.action === 'update' && (kind === undefined || file === undefined) && params.documentId) {
      const existing = (await strapi.db.query(TEMPLATE_UID).findOne({ where: { documentId: params.documentId }, populate: { file: true } })) as TemplateEntry | null;
      if (kind === undefined) kind = existing?.kind;
      if (file === undefined) file = existing?.file ?? null;
    }
    const name = templateName(kind);
    if (name) {
      // Read-only for the admin: whatever is sent, the help is the domain's.
      params.data = { ...data, mergeFields: help(name) };
      const fileId = mediaId(file);
      const bytes = fileId === null ? null : await templates.mediaBytes(fileId);
      if (fileId !== null && !bytes) throw new errors.ValidationError(`Le fichier du modèle « ${CER_TEMPLATE_LABELS[name]} » est introuvable.`);
      if (bytes) refuseUnlessValid(name, bytes);
    }
    return next();
  });

  // Uploads: content first (every upload path, the URL import included), then the template rules
  // when the file is meant for, or already used by, a template entry.
  const upload = strapi.plugin('upload').service('upload') as UploadService;
  const originalUpload = upload.upload;
  const originalReplace = upload.replace;
  const templateUsing = async (fileId: unknown): Promise<CerTemplateName | null> => {
    const id = mediaId(fileId);
    if (id === null) return null;
    const entry = (await strapi.db.query(TEMPLATE_UID).findOne({ where: { file: { id } } })) as TemplateEntry | null;
    return templateName(entry?.kind);
  };
  const bytesOf = async (file: unknown): Promise<Buffer | null> => {
    const location = (file as IncomingFile | null)?.filepath ?? (file as IncomingFile | null)?.path;
    return location ? readFile(location) : null;
  };
  upload.upload = async (args, opts) => {
    await checkIncomingFiles(args.files);
    const { ref, refId, field } = args.data ?? {};
    if (ref === TEMPLATE_UID && field === 'file' && refId !== undefined) {
      const entry = (await strapi.db.query(TEMPLATE_UID).findOne({ where: { id: Number(refId) } })) as TemplateEntry | null;
      const name = templateName(entry?.kind);
      const files = Array.isArray(args.files) ? args.files : [args.files];
      for (const file of files) {
        const bytes = name ? await bytesOf(file) : null;
        if (name && bytes) refuseUnlessValid(name, bytes);
      }
    }
    return originalUpload(args, opts);
  };
  upload.replace = async (id, args, opts) => {
    await checkIncomingFiles(args.file);
    const name = await templateUsing(id);
    const bytes = name ? await bytesOf(args.file) : null;
    if (name && bytes) refuseUnlessValid(name, bytes);
    return originalReplace(id, args, opts);
  };

  // One entry per kind, so that each kind shows its merge fields; a missing file means the
  // shipped template is used.
  for (const name of CER_TEMPLATE_NAMES) {
    const kind = `cer-${name}`;
    const existing = (await strapi.db.query(TEMPLATE_UID).findOne({ where: { kind } })) as TemplateEntry | null;
    if (!existing) {
      await strapi.documents(TEMPLATE_UID).create({ data: { kind, name: CER_TEMPLATE_LABELS[name] } as never });
    } else if (existing.mergeFields !== help(name)) {
      await strapi.db.query(TEMPLATE_UID).update({ where: { id: existing.id }, data: { mergeFields: help(name) } });
    }
  }
};
