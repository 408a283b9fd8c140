import { readFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { ConsoleError, consoleAction, parseId, requireConsoleUser, type HttpContext } from '@rsa/console-kit';

type MultipartFile = { filepath?: string; path?: string; originalFilename?: string | null; name?: string | null; size?: number };
type MultipartContext = HttpContext & { request: HttpContext['request'] & { files?: Record<string, MultipartFile | MultipartFile[]> } };

const singleFile = (ctx: MultipartContext): MultipartFile => {
  const value = ctx.request.files?.file;
  const file = Array.isArray(value) ? value[0] : value;
  if (!file || Array.isArray(value) && value.length > 1) throw new ConsoleError(422, 'Joignez un fichier (champ « file ») et un seul.');
  return file;
};

/** A download: always an attachment, never sniffed, never cached (ACCESS.md: an audited read). */
export const sendAttachment = (ctx: HttpContext, file: { bytes: Buffer; mime: string; filename: string }): void => {
  ctx.attachment(file.filename);
  ctx.type = file.mime;
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Content-Security-Policy', "sandbox; default-src 'none'");
  ctx.set('Cache-Control', 'no-store');
  ctx.body = file.bytes;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('documents').service('document-store');
  return {
    types: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      const rows = await service().types();
      ctx.set('Content-Range', `document-types 0-${Math.max(0, rows.length - 1)}/${rows.length}`);
      ctx.set('Access-Control-Expose-Headers', 'Content-Range');
      ctx.body = rows;
    }),
    list: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const rows = await service().list(user, parseId(ctx.params.id));
      ctx.set('Content-Range', `documents 0-${Math.max(0, rows.length - 1)}/${rows.length}`);
      ctx.set('Access-Control-Expose-Headers', 'Content-Range');
      ctx.body = rows;
    }),
    upload: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const beneficiaryId = parseId(ctx.params.id);
      const body = (ctx.request.body ?? {}) as Record<string, unknown>;
      const file = singleFile(ctx as MultipartContext);
      const location = file.filepath ?? file.path;
      if (!location) throw new ConsoleError(422, 'Fichier illisible.');
      // Perimeter and rights before reading anything (404 / 403); the service checks the rest.
      await strapi.plugin('file-active').service('file-access').requireVisible(user, beneficiaryId);
      const bytes = await readFile(location);
      ctx.body = await service().upload(user, beneficiaryId, { bytes, filename: file.originalFilename ?? file.name ?? '', type: body.type, name: body.name, sentOn: body.sentOn });
      ctx.status = 201;
    }),
    content: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      sendAttachment(ctx, await service().content(user, parseId(ctx.params.id)));
    }),
    verify: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      ctx.body = await service().verify(user, parseId(ctx.params.id));
    }),
    remove: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      ctx.body = await service().remove(user, parseId(ctx.params.id));
    }),
  };
};
