// The Strapi admin panel's API as a functional admin's browser calls it: an admin user created
// through the admin services, logged in with POST /admin/login (admin JWT).
import type { TestApp } from './test-app';
import { http, type HttpResult } from './http';

export const ADMIN_PASSWORD = 'Administration-RSA-2026';

type RoleService = { getSuperAdmin(): Promise<{ id: number }>; findOne(where: { code: string }): Promise<{ id: number } | null> };
type AdminUserService = { create(data: Record<string, unknown>): Promise<{ id: number }> };

export const createAdmin = async (app: TestApp, email: string, roleCode = 'strapi-super-admin'): Promise<void> => {
  const roles = app.strapi.service('admin::role') as unknown as RoleService;
  const role = roleCode === 'strapi-super-admin' ? await roles.getSuperAdmin() : await roles.findOne({ code: roleCode });
  if (!role) throw new Error(`rôle ${roleCode} absent`);
  await (app.strapi.service('admin::user') as unknown as AdminUserService).create({
    email,
    firstname: 'Fanny',
    lastname: 'FONCTIONNELLE',
    password: ADMIN_PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
};

export const adminLogin = async (app: TestApp, email: string): Promise<string> => {
  const result = await http<{ data: { token: string } }>(app.baseUrl, 'POST', '/admin/login', { body: { email, password: ADMIN_PASSWORD } });
  if (result.status !== 200) throw new Error(`admin login ${email}: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body.data.token;
};

export type AdminClient = <T = unknown>(method: string, path: string, body?: unknown) => Promise<HttpResult<T>>;

export const adminClient = (app: TestApp, token: string): AdminClient => (method, path, body) => http(app.baseUrl, method, path, { token, body });
