// The audit trail and the SMS outbox are written by the application only (plain SQL inserts) and
// shown read-only in the admin panel. No admin role — Super Admin included — may create, change
// or delete an entry: the permission engine drops those permissions for every ability it builds
// (server-side refusal, 403), the stored permission rows are removed so that the panel shows no
// « Créer » / « Modifier » / « Supprimer » buttons, and the document service refuses any write.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

export const READ_ONLY_CONTENT_TYPES: Readonly<Record<string, string>> = {
  'plugin::file-active.audit-entry': 'Le journal d’accès est en lecture seule : ses entrées ne peuvent être ni créées, ni modifiées, ni supprimées.',
  'plugin::cer.sms-message': 'La boîte d’envoi des SMS est en lecture seule.',
};

const WRITE_PERMISSIONS = ['create', 'update', 'delete', 'publish'].map((action) => `plugin::content-manager.explorer.${action}`);

const WRITE_DOCUMENT_ACTIONS = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

type DocumentContext = { uid: string; action: string };
type DocumentsWithMiddleware = { use(middleware: (ctx: DocumentContext, next: () => Promise<unknown>) => Promise<unknown>): unknown };
type PermissionHook = { register(handler: (context: { permission: { action: string; subject?: string | null } }) => boolean | void): void };
type PermissionService = { engine: { hooks: Record<string, PermissionHook> } };

const isWritePermission = (permission: { action: string; subject?: string | null }): boolean =>
  WRITE_PERMISSIONS.includes(permission.action) && typeof permission.subject === 'string' && permission.subject in READ_ONLY_CONTENT_TYPES;

/** Called from the app's register(): the document service guard. */
export const registerReadOnlyGuard = (strapi: Core.Strapi): void => {
  (strapi.documents as unknown as DocumentsWithMiddleware).use(async (ctx, next) => {
    const message = READ_ONLY_CONTENT_TYPES[ctx.uid];
    if (message && WRITE_DOCUMENT_ACTIONS.has(ctx.action)) throw new errors.ForbiddenError(message);
    return next();
  });
};

/** Called from the app's bootstrap(), after the admin created the Super Admin's permissions. */
export const enforceReadOnlyPermissions = async (strapi: Core.Strapi): Promise<void> => {
  const permissionService = strapi.service('admin::permission') as unknown as PermissionService;
  permissionService.engine.hooks['before-format::validate.permission'].register(({ permission }) => (isWritePermission(permission) ? false : undefined));
  await strapi.db.query('admin::permission').deleteMany({
    where: { action: { $in: WRITE_PERMISSIONS }, subject: { $in: Object.keys(READ_ONLY_CONTENT_TYPES) } },
  });
};

/**
 * Audit rows written before they carried a document id (plain SQL inserts) get one, so that the
 * content manager can list and open them. Once per database.
 */
export const backfillAuditDocumentIds = async (strapi: Core.Strapi): Promise<void> => {
  const store = { type: 'core', name: 'rsa-admin-views', key: 'audit-document-ids' } as const;
  if (await strapi.store.get(store)) return;
  await strapi.db.connection.raw(
    "UPDATE audit_entries SET document_id = 'audit' || CAST(id AS VARCHAR(20)), published_at = COALESCE(published_at, at) WHERE document_id IS NULL",
  );
  await strapi.store.set({ ...store, value: true });
};
