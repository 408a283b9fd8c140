// The admin panel speaks French by default. The panel takes its language from the logged-in
// admin's `preferedLanguage` (and, before log-in, from localStorage `strapi-admin-language`,
// which src/admin/app.tsx sets to 'fr' when empty). Admins created by the registration page, the
// CLI (`strapi admin:create-user`) or a seed get 'fr' unless they chose another language; each
// can still change it in their profile.
import type { Core } from '@strapi/strapi';

export const DEFAULT_ADMIN_LANGUAGE = 'fr';

type AdminUserEvent = { params: { data?: Record<string, unknown> } };

export const frenchAdminsByDefault = async (strapi: Core.Strapi): Promise<void> => {
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    beforeCreate(event: AdminUserEvent) {
      const data = event.params.data;
      if (data && !data.preferedLanguage) data.preferedLanguage = DEFAULT_ADMIN_LANGUAGE;
    },
  } as never);
  // Admins created before this rule (or by a path that bypassed it) and who never chose.
  await strapi.db.query('admin::user').updateMany({ where: { preferedLanguage: { $null: true } }, data: { preferedLanguage: DEFAULT_ADMIN_LANGUAGE } });
};
