// Serves the react-admin console (built by Vite into admin/dist) at /console/ from Strapi's own
// origin, so the console needs no CORS. Unknown paths under /console fall back to index.html.
// Listed in config/middlewares.ts after strapi::security (as global::console), so the console
// gets the same protective headers as the API, plus its own stricter policy below.
import fs from 'fs';
import path from 'path';
// koa-send ships without types; its call signature is all we use.
const send = require('koa-send') as (ctx: unknown, file: string, opts: { root: string; hidden: boolean }) => Promise<string>;

type Ctx = { path: string; method: string; status: number; redirect(url: string): void; set(k: string, v: string): void };

// The console's page and assets: scripts only from files of this origin (the Vite build has no
// inline script), data only from the API of this origin, never framed. Styles allow 'unsafe-inline'
// because MUI (emotion) injects its styles at run time; a style cannot run code.
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const consoleDir = (): string =>
  path.resolve(process.env.CONSOLE_DIR ?? path.join(__dirname, '..', '..', '..', '..', 'admin', 'dist'));

export const serveConsole = () => {
  const root = consoleDir();
  return async (ctx: Ctx, next: () => Promise<unknown>): Promise<void> => {
    if (ctx.path === '/console') {
      ctx.redirect('/console/');
      return;
    }
    if (!ctx.path.startsWith('/console/') || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) {
      await next();
      return;
    }
    ctx.set('Content-Security-Policy', CONSOLE_CSP);
    ctx.set('X-Frame-Options', 'DENY');
    const relative = ctx.path.slice('/console/'.length);
    const file = relative && fs.existsSync(path.join(root, relative)) ? relative : 'index.html';
    if (!fs.existsSync(path.join(root, 'index.html'))) {
      ctx.status = 503;
      (ctx as unknown as { body: string }).body = "La console n'est pas construite : lancez `npm run build`.";
      return;
    }
    // Hashed assets are immutable; index.html must always be revalidated.
    ctx.set('Cache-Control', file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    await send(ctx, file, { root, hidden: false });
  };
};
