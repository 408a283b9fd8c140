// The Strapi admin panel's API as a functional admin uses it: the first admin registered over
// HTTP, logged in at /admin/login, uploads sent as multipart like the media library sends them.
export type CmsAdmin = {
  token: string;
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  upload<T = unknown>(path: string, files: UploadPart[], fields?: Record<string, string>): Promise<{ status: number; body: T }>;
};

export type UploadPart = { name: string; bytes: Buffer; type?: string };

export const ADMIN_EMAIL = 'admin.fonctionnel@departement.test';
const ADMIN_PASSWORD = 'Admin-Fonctionnel-2026';

const json = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
};

export const cmsAdmin = async (baseUrl: string): Promise<CmsAdmin> => {
  const registered = await fetch(`${baseUrl}/admin/register-admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD, firstname: 'Agnès', lastname: 'Fonctionnelle' }),
  });
  if (registered.status !== 200 && registered.status !== 201) throw new Error(`register-admin: ${registered.status} ${JSON.stringify(await json(registered))}`);
  const login = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  });
  const logged = (await json(login)) as { data?: { token?: string } };
  const token = logged.data?.token;
  if (login.status !== 200 || !token) throw new Error(`admin login: ${login.status} ${JSON.stringify(logged)}`);
  const auth = { Authorization: `Bearer ${token}` };
  return {
    token,
    async call<T>(method: string, path: string, body?: unknown) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { ...auth, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await json(response)) as T };
    },
    async upload<T>(path: string, files: UploadPart[], fields: Record<string, string> = {}) {
      const form = new FormData();
      for (const file of files) form.append('files', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
      for (const [key, value] of Object.entries(fields)) form.append(key, value);
      const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: auth, body: form });
      return { status: response.status, body: (await json(response)) as T };
    },
  };
};
