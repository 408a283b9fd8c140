// The HTTP access log, in place of strapi::logger: one line per request with the method, the
// path, the duration and the status — never the query string. Query strings carry what users
// typed (a searched surname, a file number, a filter on characteristics) and the log is read
// far more widely than the data it would leak (ACCESS.md: no personal data in URLs nor logs).
import type { Core } from '@strapi/strapi';

type Ctx = { method: string; path: string; querystring: string; status: number };

/** The log line of a request: the query string is reduced to a marker that one was there. */
export const httpLogLine = (ctx: Ctx, ms: number): string =>
  `${ctx.method} ${ctx.path}${ctx.querystring ? '?…' : ''} (${ms} ms) ${ctx.status}`;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    const start = Date.now();
    try {
      await next();
    } finally {
      strapi.log.http(httpLogLine(ctx, Math.ceil(Date.now() - start)));
    }
  };
