// The Strapi admin panel for a French functional admin (issue 9 §4): French by default, French
// labels and list views on every content type (content-manager configuration API), internal
// tables hidden, collaborators without a password hash and with validated profiles, the
// first-login / reset link sent through a local SMTP server and used once, reference lists by
// their French names, a read-only audit trail with filters.
import { CONTENT_TYPE_VIEWS } from '../../cms/src/content-manager/views';
import { applyContentManagerViews } from '../../cms/src/content-manager/apply-views';
import { REFERENCE_LIST_CODES } from '../../cms/src/content-manager/reference-list-names';
import { adminClient, adminLogin, createAdmin, type AdminClient } from '../support/admin-http';
import { startFakeSmtp, type FakeSmtp } from '../support/fake-smtp';
import { http, login } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

const PUBLIC_URL = 'https://rsa.departement.test';
const PASSWORD = 'Accompagnement-RSA-2026';
const USER_UID = 'plugin::accounts.console-user';
const AUDIT_UID = 'plugin::file-active.audit-entry';
const REF_UID = 'api::reference-item.reference-item';

type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list: string[]; edit: Array<Array<{ name: string }>> };
};

let app: TestApp;
let smtp: FakeSmtp;
let admin: AdminClient;
let editor: AdminClient;

const configuration = async (client: AdminClient, uid: string): Promise<Configuration> => {
  const result = await client<{ data: { contentType: Configuration } }>('GET', `/content-manager/content-types/${uid}/configuration`);
  expect(result.status).toBe(200);
  return result.body.data.contentType;
};

const documentIdOf = async (uid: string, where: Record<string, unknown>): Promise<string> => {
  const row = (await app.strapi.db.query(uid as never).findOne({ where })) as { documentId: string } | null;
  if (!row) throw new Error(`${uid} ${JSON.stringify(where)} introuvable`);
  return row.documentId;
};

beforeAll(async () => {
  smtp = await startFakeSmtp();
  app = await startTestApp({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
    SMTP_IGNORE_TLS: 'true',
    SMTP_FROM: 'rsa@departement.test',
    PUBLIC_URL,
  });
  await createAdmin(app, 'fanny@departement.test');
  await createAdmin(app, 'eddy@departement.test', 'strapi-editor');
  admin = adminClient(app, await adminLogin(app, 'fanny@departement.test'));
  editor = adminClient(app, await adminLogin(app, 'eddy@departement.test'));
  const users = app.strapi.plugin('accounts').service('users');
  await users.upsert({ login: 'lea.nouvelle', name: 'Léa NOUVELLE', email: 'lea.nouvelle@departement.test', profiles: ['referent'], structure: 'DTAS-NORD', territory: 'NORD' });
  await users.upsert({ login: 'sans.courriel', name: 'Sans COURRIEL', profiles: ['secretariat'], structure: 'DTAS-SUD', territory: 'SUD', password: PASSWORD });
});
afterAll(async () => {
  await app?.stop();
  await smtp?.stop();
});

describe('French by default', () => {
  test('admins get French as their preferred language, whoever created them', async () => {
    const me = await admin<{ data: { preferedLanguage: string } }>('GET', '/admin/users/me');
    expect(me.status).toBe(200);
    expect(me.body.data.preferedLanguage).toBe('fr');
  });
});

describe('content manager views', () => {
  test('only the content types a functional admin works with are shown; internal tables are hidden', async () => {
    const result = await admin<{ data: Array<{ uid: string; isDisplayed: boolean }> }>('GET', '/content-manager/content-types');
    expect(result.status).toBe(200);
    const displayed = result.body.data.filter((ct) => ct.isDisplayed && (ct.uid.startsWith('api::') || ct.uid.startsWith('plugin::accounts') || ct.uid.startsWith('plugin::file-active') || ct.uid.startsWith('plugin::cer') || ct.uid.startsWith('plugin::genesis')));
    expect(displayed.map((ct) => ct.uid).sort()).toEqual(CONTENT_TYPE_VIEWS.map((v) => v.uid).sort());
    for (const internal of ['plugin::accounts.console-session', 'plugin::accounts.login-throttle', 'plugin::accounts.reset-link', 'api::job-lock.job-lock', 'plugin::genesis.feed-staging-row', 'plugin::cer.cer-signature']) {
      expect(result.body.data.find((ct) => ct.uid === internal)?.isDisplayed).toBe(false);
    }
  });

  test.each(CONTENT_TYPE_VIEWS.map((view) => [view.uid, view] as const))('%s: every field has a French label, the list view our columns and sort', async (uid, view) => {
    const config = await configuration(admin, uid);
    for (const [field, meta] of Object.entries(config.metadatas)) {
      expect({ field, label: meta.edit.label }).not.toEqual({ field, label: field });
    }
    for (const [field, text] of Object.entries(view.fields)) {
      if (!config.metadatas[field]) continue;
      expect(config.metadatas[field].edit.label).toBe(text.label);
      expect(config.metadatas[field].edit.description).toBe(text.description ?? '');
      expect(config.metadatas[field].list.label).toBe(text.column ?? text.label);
    }
    expect(config.layouts.list).toEqual(view.list.filter((f) => f in config.metadatas));
    expect(config.settings).toMatchObject({ mainField: view.mainField, defaultSortBy: view.defaultSortBy, defaultSortOrder: view.defaultSortOrder, pageSize: view.pageSize });
  });

  test('labels are re-applied at each start; an admin’s own list layout is kept', async () => {
    const uid = 'api::structure.structure';
    const before = await configuration(admin, uid);
    // As the panel's « Configurer la vue » sends it: without the relations' list.mainField.
    const metadatas = Object.fromEntries(
      Object.entries(before.metadatas).map(([field, meta]) => {
        const { mainField: _mainField, ...list } = meta.list;
        return [field, { ...meta, list }];
      }),
    );
    const customised = {
      settings: { ...before.settings, pageSize: 50 },
      metadatas: { ...metadatas, name: { ...metadatas.name, edit: { ...metadatas.name.edit, label: 'name' } } },
      layouts: { ...before.layouts, list: ['name', 'city'] },
    };
    const put = await admin('PUT', `/content-manager/content-types/${uid}/configuration`, customised);
    expect(put.status).toBe(200);
    await applyContentManagerViews(app.strapi); // what the next start does
    const after = await configuration(admin, uid);
    expect(after.metadatas.name.edit.label).toBe('Nom');
    expect(after.layouts.list).toEqual(['name', 'city']);
    expect(after.settings.pageSize).toBe(50);
  });
});

describe('collaborators', () => {
  test('the password hash is neither shown, nor configurable, nor writable from the admin panel', async () => {
    const config = await configuration(admin, USER_UID);
    expect(Object.keys(config.metadatas)).not.toContain('passwordHash');
    expect(config.layouts.edit.flat().map((f) => f.name)).not.toContain('passwordHash');
    const documentId = await documentIdOf(USER_UID, { login: 'sans.courriel' });
    const read = await admin<{ data: Record<string, unknown> }>('GET', `/content-manager/collection-types/${USER_UID}/${documentId}`);
    expect(read.status).toBe(200);
    expect(read.body.data).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(read.body)).not.toMatch(/scrypt|argon|\$2[aby]\$/);
    const hashBefore = ((await app.strapi.db.query(USER_UID as never).findOne({ where: { documentId } })) as { passwordHash: string }).passwordHash;
    const write = await admin('PUT', `/content-manager/collection-types/${USER_UID}/${documentId}`, { ...read.body.data, passwordHash: 'x' });
    expect(write.status).toBe(200);
    const hashAfter = ((await app.strapi.db.query(USER_UID as never).findOne({ where: { documentId } })) as { passwordHash: string }).passwordHash;
    expect(hashAfter).toBe(hashBefore);
    expect(await login(app.baseUrl, 'sans.courriel', PASSWORD)).toEqual(expect.any(String));
  });

  test('profiles are a checkbox custom field whose choices carry the French labels', async () => {
    const result = await admin<{ data: { attributes: Record<string, { customField?: string; options?: { choices: Array<{ value: string; label: string }> } }> } }>(
      'GET',
      `/content-manager/content-types/${USER_UID}/configuration`,
    );
    expect(result.status).toBe(200);
    const types = await admin<{ data: Array<{ uid: string; attributes: Record<string, { customField?: string; options?: { choices: Array<{ value: string; label: string }> } }> }> }>('GET', '/content-manager/content-types');
    const profiles = types.body.data.find((ct) => ct.uid === USER_UID)?.attributes.profiles;
    expect(profiles?.customField).toBe('plugin::accounts.profiles');
    expect(profiles?.options?.choices).toContainEqual({ value: 'secretariat_structure', label: 'Secrétariat de structure' });
  });

  test('profiles are validated on the server: unknown or none → 400 with a French message, nothing changed', async () => {
    const documentId = await documentIdOf(USER_UID, { login: 'lea.nouvelle' });
    for (const profiles of [['referent', 'administrateur'], [], 'cadre']) {
      const result = await admin<{ error: { message: string } }>('PUT', `/content-manager/collection-types/${USER_UID}/${documentId}`, { profiles });
      expect(result.status).toBe(400);
      expect(result.body.error.message).toMatch(/^(Profil inconnu : administrateur\.|Choisissez au moins un profil\.|Les profils doivent être une liste)/);
    }
    const created = await admin<{ error: { message: string } }>('POST', `/content-manager/collection-types/${USER_UID}`, { login: 'jean.sansprofil', name: 'Jean SANSPROFIL' });
    expect(created.status).toBe(400);
    expect(created.body.error.message).toBe('Choisissez au moins un profil.');
    const row = (await app.strapi.db.query(USER_UID as never).findOne({ where: { documentId } })) as { profiles: string[] };
    expect(row.profiles).toEqual(['referent']);
    const ok = await admin<{ data: { profiles: string[] } }>('PUT', `/content-manager/collection-types/${USER_UID}/${documentId}`, { profiles: ['cadre', 'referent'] });
    expect(ok.status).toBe(200);
    expect(ok.body.data.profiles).toEqual(['cadre', 'referent']);
  });

  test('« Envoyer un lien » e-mails a single-use link to PUBLIC_URL through SMTP; the link works once', async () => {
    const documentId = await documentIdOf(USER_UID, { login: 'lea.nouvelle' });
    const sent = await admin<{ delivery: string; to: string; link?: string }>('POST', `/accounts/console-users/${documentId}/access-link`);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ delivery: 'email', to: 'lea.nouvelle@departement.test' });
    expect(sent.body.link).toBeUndefined();
    const mail = await smtp.waitForMail(1);
    expect(mail.to).toEqual(['lea.nouvelle@departement.test']);
    expect(mail.raw).toMatch(/^Subject: .*premi/im);
    const match = mail.text.match(/https:\/\/rsa\.departement\.test\/console\/#\/mot-de-passe\/([A-Za-z0-9_-]+)/);
    expect(match).not.toBeNull();
    const token = match![1];
    const used = await http(app.baseUrl, 'POST', '/api/console/auth/reset', { body: { token, password: 'Premiere-Connexion-2026' } });
    expect(used.status).toBe(204);
    expect(await login(app.baseUrl, 'lea.nouvelle', 'Premiere-Connexion-2026')).toEqual(expect.any(String));
    const again = await http<{ message: string }>(app.baseUrl, 'POST', '/api/console/auth/reset', { body: { token, password: 'Deuxieme-Essai-2026' } });
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.body.message).toMatch(/déjà été utilisé|pas valide/);
  });

  test('without an e-mail address, or without SMTP, the link is shown once to the admin', async () => {
    const documentId = await documentIdOf(USER_UID, { login: 'sans.courriel' });
    const shown = await admin<{ delivery: string; link: string; reason: string }>('POST', `/accounts/console-users/${documentId}/access-link`);
    expect(shown.status).toBe(200);
    expect(shown.body.delivery).toBe('shown');
    expect(shown.body.link).toMatch(/^https:\/\/rsa\.departement\.test\/console\/#\/mot-de-passe\/[A-Za-z0-9_-]+$/);
    expect(shown.body.reason).toMatch(/adresse de courriel/);
    const host = process.env.SMTP_HOST;
    delete process.env.SMTP_HOST;
    try {
      const lea = await documentIdOf(USER_UID, { login: 'lea.nouvelle' });
      const noSmtp = await admin<{ delivery: string; reason: string }>('POST', `/accounts/console-users/${lea}/access-link`);
      expect(noSmtp.body).toMatchObject({ delivery: 'shown' });
      expect(noSmtp.body.reason).toMatch(/SMTP_HOST/);
    } finally {
      process.env.SMTP_HOST = host;
    }
    expect(smtp.mails).toHaveLength(1);
  });

  test('the link route needs an admin session', async () => {
    const documentId = await documentIdOf(USER_UID, { login: 'lea.nouvelle' });
    expect((await http(app.baseUrl, 'POST', `/accounts/console-users/${documentId}/access-link`)).status).toBe(401);
    const consoleToken = await login(app.baseUrl, 'sans.courriel', PASSWORD).catch(() => 'x');
    expect((await http(app.baseUrl, 'POST', `/accounts/console-users/${documentId}/access-link`, { token: consoleToken })).status).toBe(401);
    expect((await admin('POST', '/accounts/console-users/inconnu/access-link')).status).toBe(404);
  });
});

describe('reference lists', () => {
  test('the list picker is the reference-list custom field over the same list codes', async () => {
    const types = await admin<{ data: Array<{ uid: string; attributes: Record<string, { customField?: string; type: string; enum?: string[] }> }> }>('GET', '/content-manager/content-types');
    const list = types.body.data.find((ct) => ct.uid === REF_UID)?.attributes.list;
    expect(list?.customField).toBe('global::reference-list');
    expect(list?.type).toBe('enumeration');
    expect([...(list?.enum ?? [])].sort()).toEqual([...REFERENCE_LIST_CODES].sort());
  });

  test('a list is browsed by filtering on its code, sorted by display order; a new value is read by the server', async () => {
    const result = await admin<{ results: Array<{ list: string; label: string; position: number }> }>(
      'GET',
      `/content-manager/collection-types/${REF_UID}?page=1&pageSize=50&sort=position:ASC&filters[$and][0][list][$eq]=standby_motif`,
    );
    expect(result.status).toBe(200);
    expect(result.body.results.length).toBeGreaterThan(3);
    expect(new Set(result.body.results.map((r) => r.list))).toEqual(new Set(['standby_motif']));
    const created = await admin('POST', `/content-manager/collection-types/${REF_UID}`, { list: 'standby_motif', code: 'parti_pecher', label: 'Parti pêcher', active: true, position: 99 });
    expect(created.status).toBe(201);
    const bad = await admin('POST', `/content-manager/collection-types/${REF_UID}`, { list: 'not_a_list', code: 'x', label: 'X', active: true });
    expect(bad.status).toBe(400);
  });
});

describe('audit trail, read-only', () => {
  const record = async (login: string, action: `read:${string}` | `change:${string}`, beneficiaryId: number) =>
    app.strapi.plugin('file-active').service('audit').record({ id: 1, login, name: login, profiles: ['referent'], structureCode: 'DTAS-NORD', territoryCode: 'NORD' }, action, beneficiaryId);

  beforeAll(async () => {
    await record('alice.referente', 'read:file', 11);
    await record('alice.referente', 'change:note', 11);
    await record('bob.referent', 'read:file', 12);
  });

  test('entries are listed with filters on user, file, action and period', async () => {
    const base = `/content-manager/collection-types/${AUDIT_UID}?page=1&pageSize=50&sort=at:DESC`;
    const byUser = await admin<{ results: Array<{ login: string; action: string }> }>('GET', `${base}&filters[$and][0][login][$eq]=alice.referente`);
    expect(byUser.status).toBe(200);
    expect(byUser.body.results.map((r) => r.action).sort()).toEqual(['change:note', 'read:file']);
    const byFile = await admin<{ results: unknown[] }>('GET', `${base}&filters[$and][0][beneficiaryId][$eq]=12`);
    expect(byFile.body.results).toHaveLength(1);
    const byAction = await admin<{ results: unknown[] }>('GET', `${base}&filters[$and][0][action][$startsWith]=change`);
    expect(byAction.body.results).toHaveLength(1);
    const since = new Date(Date.now() - 60_000).toISOString();
    const until = new Date(Date.now() + 60_000).toISOString();
    const byPeriod = await admin<{ results: unknown[] }>('GET', `${base}&filters[$and][0][at][$gte]=${since}&filters[$and][1][at][$lte]=${until}`);
    expect(byPeriod.body.results.length).toBeGreaterThanOrEqual(3);
    const before = await admin<{ results: unknown[] }>('GET', `${base}&filters[$and][0][at][$lt]=${since}`);
    expect(before.body.results).toHaveLength(0);
    const one = await admin<{ data: { login: string } }>('GET', `/content-manager/collection-types/${AUDIT_UID}/${await documentIdOf(AUDIT_UID, { beneficiaryId: 12 })}`);
    expect(one.status).toBe(200);
    expect(one.body.data.login).toBe('bob.referent');
  });

  test.each([
    ['Super Admin', () => admin],
    ['Editor', () => editor],
  ])('%s can neither create, change nor delete an entry (403), in parallel, and nothing changes', async (_role, client) => {
    const documentId = await documentIdOf(AUDIT_UID, { beneficiaryId: 12 });
    const countBefore = await app.strapi.db.query(AUDIT_UID as never).count();
    const results = await Promise.all([
      client()('POST', `/content-manager/collection-types/${AUDIT_UID}`, { at: new Date().toISOString(), login: 'faux', action: 'read:file', beneficiaryId: 1 }),
      client()('PUT', `/content-manager/collection-types/${AUDIT_UID}/${documentId}`, { login: 'effacé' }),
      client()('DELETE', `/content-manager/collection-types/${AUDIT_UID}/${documentId}`),
      client()('POST', `/content-manager/collection-types/${AUDIT_UID}/actions/bulkDelete`, { documentIds: [documentId] }),
    ]);
    expect(results.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    expect(await app.strapi.db.query(AUDIT_UID as never).count()).toBe(countBefore);
    const row = (await app.strapi.db.query(AUDIT_UID as never).findOne({ where: { documentId } })) as { login: string };
    expect(row.login).toBe('bob.referent');
  });

  test('the document service refuses writes too, whoever calls it', async () => {
    await expect(app.strapi.documents(AUDIT_UID as never).create({ data: { at: new Date(), login: 'x', action: 'read:file' } as never })).rejects.toThrow(/lecture seule/);
  });

  test('no admin role holds a write permission on the trail', async () => {
    const rows = (await app.strapi.db.query('admin::permission').findMany({ where: { subject: AUDIT_UID } })) as Array<{ action: string }>;
    expect(rows.map((r) => r.action).filter((a) => !a.endsWith('.read'))).toEqual([]);
  });
});
