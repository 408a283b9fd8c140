// Collaborators through the document service (the admin panel's content manager): the profiles
// are checked against the profile list (a French 400 otherwise); a password hash can never be
// set that way — it only comes from the reset link or users:upsert — and is never returned
// (the admin API does not apply `private`; the accounts services read it with db.query).
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkProfileList } from '@rsa/vocabulary';
import { USER_UID } from './services/users';

type DocumentContext = { uid: string; action: string; params: { data?: Record<string, unknown> } };
type DocumentsWithMiddleware = { use(middleware: (ctx: DocumentContext, next: () => Promise<unknown>) => Promise<unknown>): unknown };

const withoutHash = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutHash);
  if (value && typeof value === 'object') {
    const { passwordHash: _hidden, ...rest } = value as Record<string, unknown>;
    if (Array.isArray(rest.entries)) rest.entries = rest.entries.map(withoutHash);
    return rest;
  }
  return value;
};

export const registerCollaboratorGuard = (strapi: Core.Strapi): void => {
  (strapi.documents as unknown as DocumentsWithMiddleware).use(async (ctx, next) => {
    if (ctx.uid !== USER_UID) return next();
    const data = ctx.params.data;
    if (data && (ctx.action === 'create' || ctx.action === 'update')) {
      delete data.passwordHash;
      if (ctx.action === 'create' || 'profiles' in data) {
        const check = checkProfileList(data.profiles);
        if (!check.ok) throw new errors.ValidationError(check.message, { errors: [{ path: ['profiles'], message: check.message, name: 'ValidationError' }] });
        data.profiles = check.profiles;
      }
    }
    return withoutHash(await next());
  });
};
