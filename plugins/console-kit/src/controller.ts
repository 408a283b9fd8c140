// Wraps a console action: runs it, turns a ConsoleError into its HTTP status and French
// message (the shape react-admin's fetchJson reads: `message` at the top level), and lets
// anything else reach Strapi's error middleware as a 500 without leaking details.
import { ConsoleError } from './console-error';
import type { HttpContext } from './http-context';

export type ConsoleAction = (ctx: HttpContext) => Promise<void>;

export const sendError = (ctx: HttpContext, error: ConsoleError): void => {
  ctx.status = error.status;
  ctx.body = { message: error.message, error: { status: error.status, message: error.message, details: error.details ?? null } };
};

export const consoleAction =
  (action: ConsoleAction): ConsoleAction =>
  async (ctx) => {
    try {
      await action(ctx);
    } catch (error) {
      if (error instanceof ConsoleError) {
        sendError(ctx, error);
        return;
      }
      throw error;
    }
  };

export const readBody = (ctx: HttpContext): Record<string, unknown> => {
  const body = ctx.request.body;
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new ConsoleError(400, 'Corps de requête JSON attendu.');
  return body as Record<string, unknown>;
};

export const parseId = (raw: string | undefined): number => {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new ConsoleError(404, 'Introuvable.');
  return id;
};
