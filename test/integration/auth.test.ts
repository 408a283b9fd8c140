// Accounts and sessions (ACCESS.md, CONTRACT.md: POST /api/console/auth/login).
import { startTestApp, type TestApp } from '../support/test-app';
import { http, login } from '../support/http';

let app: TestApp;
const PASSWORD = 'Sécurité-Insertion-07';

beforeAll(async () => {
  app = await startTestApp();
  await app.strapi.plugin('accounts').service('users').upsert({
    login: 'marie.martin',
    password: PASSWORD,
    profiles: ['referent'],
    structure: 'DTAS-CENTRE',
    territory: 'CENTRE',
    name: 'Marie MARTIN',
  });
});
afterAll(async () => app?.stop());

test('login answers the token and the user as CONTRACT.md says', async () => {
  const result = await http<{ token: string; user: Record<string, unknown> }>(app.baseUrl, 'POST', '/api/console/auth/login', {
    body: { login: 'marie.martin', password: PASSWORD },
  });
  expect(result.status).toBe(200);
  expect(typeof result.body.token).toBe('string');
  expect(result.body.user).toEqual({ id: expect.any(Number), login: 'marie.martin', name: 'Marie MARTIN', profiles: ['referent'], structureCode: 'DTAS-CENTRE', territoryCode: 'CENTRE' });
});

test('unknown login and wrong password give the same 401 French answer', async () => {
  const wrong = await http<{ message: string }>(app.baseUrl, 'POST', '/api/console/auth/login', { body: { login: 'marie.martin', password: 'Mauvais-Mot-2026!' } });
  const unknown = await http<{ message: string }>(app.baseUrl, 'POST', '/api/console/auth/login', { body: { login: 'personne.inconnue', password: 'Mauvais-Mot-2026!' } });
  expect(wrong.status).toBe(401);
  expect(unknown.status).toBe(401);
  expect(wrong.body).toEqual(unknown.body);
  expect(wrong.body.message).toBe('Identifiant ou mot de passe incorrect.');
});

test('missing fields are refused with 422', async () => {
  const result = await http<{ message: string }>(app.baseUrl, 'POST', '/api/console/auth/login', { body: { login: 'marie.martin' } });
  expect(result.status).toBe(422);
});

test('several tabs: two logins give two working tokens; log-out revokes only its own', async () => {
  const tabA = await login(app.baseUrl, 'marie.martin', PASSWORD);
  const tabB = await login(app.baseUrl, 'marie.martin', PASSWORD);
  expect(tabA).not.toBe(tabB);
  expect((await http(app.baseUrl, 'GET', '/api/console/auth/me', { token: tabA })).status).toBe(200);
  expect((await http(app.baseUrl, 'POST', '/api/console/auth/logout', { token: tabA })).status).toBe(204);
  expect((await http(app.baseUrl, 'GET', '/api/console/auth/me', { token: tabA })).status).toBe(401);
  expect((await http(app.baseUrl, 'GET', '/api/console/auth/me', { token: tabB })).status).toBe(200);
});

test('an invalid token is refused', async () => {
  expect((await http(app.baseUrl, 'GET', '/api/console/auth/me', { token: 'x'.repeat(43) })).status).toBe(401);
});

test('sessions expire after 30 minutes idle', async () => {
  const token = await login(app.baseUrl, 'marie.martin', PASSWORD);
  const sessions = app.strapi.plugin('accounts').service('sessions');
  const later = new Date(Date.now() + 31 * 60_000);
  const resolved = await sessions.resolve(token, later);
  expect(resolved).toEqual({ ok: false, message: expect.stringMatching(/30 minutes/) });
});

test('password change: weak password refused (nothing changed), then a strong one revokes other sessions', async () => {
  const tab1 = await login(app.baseUrl, 'marie.martin', PASSWORD);
  const tab2 = await login(app.baseUrl, 'marie.martin', PASSWORD);
  const weak = await http<{ message: string }>(app.baseUrl, 'POST', '/api/console/auth/password', {
    token: tab1,
    body: { currentPassword: PASSWORD, newPassword: 'azerty123' },
  });
  expect(weak.status).toBe(422);
  expect(weak.body.message).toMatch(/Mot de passe refusé/);
  expect((await http(app.baseUrl, 'GET', '/api/console/auth/me', { token: tab2 })).status).toBe(200);

  const next = 'Nouveau-Parcours-2027!';
  const changed = await http<{ token: string }>(app.baseUrl, 'POST', '/api/console/auth/password', {
    token: tab1,
    body: { currentPassword: PASSWORD, newPassword: next },
  });
  expect(changed.status).toBe(200);
  expect((await http(app.baseUrl, 'GET', '/api/console/auth/me', { token: tab2 })).status).toBe(401);
  expect((await http(app.baseUrl, 'GET', '/api/console/auth/me', { token: changed.body.token })).status).toBe(200);
  // back to the shared password for the other tests
  await app.strapi.plugin('accounts').service('users').upsert({ login: 'marie.martin', password: PASSWORD, profiles: ['referent'], structure: 'DTAS-CENTRE' });
});

test('reset link: single use, 24 h validity, policy enforced', async () => {
  const auth = app.strapi.plugin('accounts').service('auth');
  const { token } = await auth.createResetLink('marie.martin');
  const weak = await http(app.baseUrl, 'POST', '/api/console/auth/reset', { body: { token, password: 'court' } });
  expect(weak.status).toBe(422);
  const ok = await http(app.baseUrl, 'POST', '/api/console/auth/reset', { body: { token, password: 'Lien-Unique-Valide-2026' } });
  expect(ok.status).toBe(204);
  const reused = await http<{ message: string }>(app.baseUrl, 'POST', '/api/console/auth/reset', { body: { token, password: 'Lien-Unique-Valide-2027' } });
  expect(reused.status).toBe(422);
  expect(reused.body.message).toMatch(/déjà été utilisé/);
  await login(app.baseUrl, 'marie.martin', 'Lien-Unique-Valide-2026');

  const expired = await auth.createResetLink('marie.martin', new Date(Date.now() - 25 * 3600_000));
  const late = await http<{ message: string }>(app.baseUrl, 'POST', '/api/console/auth/reset', { body: { token: expired.token, password: 'Lien-Expire-Refuse-2026' } });
  expect(late.status).toBe(422);
  expect(late.body.message).toMatch(/expiré/);
  const unknown = await http(app.baseUrl, 'POST', '/api/console/auth/reset', { body: { token: 'y'.repeat(43), password: 'Lien-Expire-Refuse-2026' } });
  expect(unknown.status).toBe(404);
  await app.strapi.plugin('accounts').service('users').upsert({ login: 'marie.martin', password: PASSWORD, profiles: ['referent'], structure: 'DTAS-CENTRE' });
});

test('after 5 failures the account waits (429), the same for an unknown login', async () => {
  for (const who of ['marie.martin', 'nobody.here']) {
    for (let i = 0; i < 5; i += 1) {
      await http(app.baseUrl, 'POST', '/api/console/auth/login', { body: { login: who, password: 'Faux-Mot-De-Passe-1' } });
    }
    const locked = await http<{ message: string }>(app.baseUrl, 'POST', '/api/console/auth/login', { body: { login: who, password: PASSWORD } });
    expect(locked.status).toBe(429);
    expect(locked.body.message).toMatch(/Réessayez dans/);
  }
});
