// The media library's gate (issue 8 §4): every file a request carries is checked by its content
// before Strapi's upload plugin sees it, so a page or a script is refused with a French message
// instead of being stored on the console's origin. Listed in cms/config/middlewares.ts after
// strapi::body (which parses the multipart files), as 'plugin::cer.upload-guard'.
import { readFile } from 'node:fs/promises';
import { errors } from '@strapi/utils';
import { checkUpload } from '../../../domain/documents/upload-content';

/** A file as koa-body (formidable) hands it over. */
export type IncomingFile = { filepath?: string; path?: string; originalFilename?: string | null; name?: string; mimetype?: string | null; type?: string | null };

const filesOf = (value: unknown): IncomingFile[] => {
  if (!value) return [];
  if (Array.isArray(value)) return value.flatMap(filesOf);
  if (typeof value === 'object' && ('filepath' in value || 'path' in value)) return [value as IncomingFile];
  if (typeof value === 'object') return Object.values(value).flatMap(filesOf);
  return [];
};

/**
 * Refuses the request unless every file is accepted; an accepted file's declared type is
 * replaced by the one its content shows, so Strapi stores (and later serves) that type.
 */
export const checkIncomingFiles = async (files: unknown): Promise<void> => {
  const refused: string[] = [];
  for (const file of filesOf(files)) {
    const location = file.filepath ?? file.path;
    const name = file.originalFilename ?? file.name ?? '';
    const check = location ? checkUpload(name, await readFile(location)) : { ok: false as const, message: `Fichier « ${name} » illisible.` };
    if (check.ok) {
      file.mimetype = check.mime;
      if ('type' in file) file.type = check.mime;
    } else {
      refused.push(check.message);
    }
  }
  if (refused.length > 0) throw new errors.ValidationError(refused.join(' '), { refused });
};

type Ctx = { path: string; request: { files?: unknown } };

export const uploadGuard =
  () =>
  async (ctx: Ctx, next: () => Promise<unknown>): Promise<void> => {
    // The console API's uploads (the file's documents) are checked by their own controller, with
    // the same rule and their own statuses (415, 413).
    if (ctx.request.files && !ctx.path.startsWith('/api/console/')) await checkIncomingFiles(ctx.request.files);
    await next();
  };
