// Who edits offers, sessions and events (ACCESS.md: cadres and siège "create, edit,
// deactivate"): the CMS admin panel, through a limited Strapi admin role created once at start —
// « Offres et événements » — that sees and edits those three content types only, and reads the
// lists their pickers need (structures, classifications, communes, characteristics, reference
// lists). A functional admin invites a cadre or the siège with this role; afterwards the role's
// permissions belong to the admins (never re-applied).
import type { Core } from '@strapi/strapi';

export const OFFERS_ROLE_CODE = 'rsa-offres-evenements';

const EDITED = ['api::offer.offer', 'api::offer-session.offer-session', 'api::event.event'];
const READ = ['api::structure.structure', 'api::classification.classification', 'api::commune.commune', 'api::characteristic-definition.characteristic-definition', 'api::reference-item.reference-item'];
const EXPLORER = 'plugin::content-manager.explorer';

type RoleService = {
  createRolesIfNoneExist(): Promise<void>;
  findOne(where: { code: string }): Promise<{ id: number } | null>;
  create(attributes: { name: string; code: string; description: string }): Promise<{ id: number }>;
  assignPermissions(roleId: number, permissions: unknown[]): Promise<unknown>;
};

const fieldsOf = (strapi: Core.Strapi, uid: string): string[] => {
  const attributes = (strapi.contentTypes as unknown as Record<string, { attributes: Record<string, { private?: boolean }> }>)[uid]?.attributes ?? {};
  return Object.keys(attributes).filter((name) => !['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(name) && attributes[name].private !== true);
};

export const ensureOffersAdminRole = async (strapi: Core.Strapi): Promise<void> => {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  if (await roles.findOne({ code: OFFERS_ROLE_CODE })) return;
  // Strapi creates its default roles (Super Admin, Editor, Author) only when there is no role
  // at all: let it do so first, or a fresh installation would have no Super Admin role.
  await roles.createRolesIfNoneExist();
  const role = await roles.create({
    name: 'Offres et événements',
    code: OFFERS_ROLE_CODE,
    description: 'Cadres et siège : créer, modifier, désactiver les offres de service, leurs sessions et les événements (rien d’autre).',
  });
  const permission = (action: string, subject: string, withFields: boolean) => ({
    action: `${EXPLORER}.${action}`,
    subject,
    properties: withFields ? { fields: fieldsOf(strapi, subject) } : {},
    conditions: [],
  });
  await roles.assignPermissions(role.id, [
    ...EDITED.flatMap((uid) => [permission('read', uid, true), permission('create', uid, true), permission('update', uid, true), permission('delete', uid, false)]),
    ...READ.map((uid) => permission('read', uid, true)),
  ]);
};
