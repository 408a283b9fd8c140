// global::uploads-headers (config/middlewares.ts): a file of the media library is downloaded,
// never displayed as a page nor run as a script on the console's origin (issue 8 §4), whatever
// was stored before the upload checks existed and whichever way the path is spelt.
import path from 'path';

type Ctx = { path: string; status: number; set(field: string, value: string): void; type: string };

const UPLOADS = '/uploads/';
// Types the media library accepts (plugins/cer/domain/documents/upload-content.ts); anything else
// is served as bytes.
const KEPT_TYPES = /^(image\/png|image\/jpeg|application\/pdf|application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document)\b/;

const isUploadPath = (requestPath: string): boolean => {
  let decoded = requestPath;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    /* a malformed escape is served (or refused) as it is; the raw path is checked */
  }
  return path.posix.normalize(decoded.replace(/\\/g, '/')).replace(/^\/+/, '/').startsWith(UPLOADS);
};

export default () =>
  async (ctx: Ctx, next: () => Promise<unknown>): Promise<void> => {
    if (!isUploadPath(ctx.path)) {
      await next();
      return;
    }
    await next();
    ctx.set('Content-Disposition', 'attachment');
    ctx.set('X-Content-Type-Options', 'nosniff');
    // Even opened directly, the response is a sandboxed document that may load nothing.
    ctx.set('Content-Security-Policy', "default-src 'none'; sandbox; frame-ancestors 'none'");
    ctx.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (ctx.status === 200 && !KEPT_TYPES.test(ctx.type)) ctx.type = 'application/octet-stream';
  };
