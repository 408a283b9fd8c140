import type { HttpContext } from '@rsa/console-kit';

/** A download: attachment with its file name, its type, never cached. */
export const sendFile = (ctx: HttpContext, file: { bytes: Buffer; mime: string; filename: string }): void => {
  ctx.attachment(file.filename);
  ctx.type = file.mime;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = file.bytes;
};
