// Issue 8: the lock-out and reset links under parallel requests, malformed logins, and the
// printed reset link — on a booted server, with real concurrent HTTP requests.
import { startTestApp, type TestApp } from '../support/test-app';
import { http, login, type HttpResult } from '../support/http';
import { runCli } from '../support/run-cli';
import { FREE_FAILURES, lockUntilAfterAttempt } from '../../plugins/accounts/domain/login-throttle';
import { countAttempt, type RawKnex } from '../../plugins/accounts/server/src/services/login-throttle-sql';

let app: TestApp;
const PASSWORD = 'Sécurité-Insertion-07';
const WRONG = 'Faux-Mot-De-Passe-1';

const upsert = (loginName: string, password = PASSWORD) =>
  app.strapi.plugin('accounts').service('users').upsert({ login: loginName, password, profiles: ['referent'], structure: 'DTAS-CENTRE', name: 'Agent TEST' });

const attempt = (loginName: string, password: string) =>
  http<{ message: string; token?: string }>(app.baseUrl, 'POST', '/api/console/auth/login', { body: { login: loginName, password } });

const statuses = (results: HttpResult[]) => {
  const counts: Record<number, number> = {};
  for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
};

const throttleRow = async (loginName: string) =>
  (await app.strapi.db.connection('login_throttles').where({ login: loginName }).first()) as { failures: number; locked_until_ms: string | number | null } | undefined;

const knex = () => app.strapi.db.connection as unknown as RawKnex;

beforeAll(async () => {
  app = await startTestApp();
  await Promise.all(['marie.martin', 'paul.durand', 'lea.petit', 'jean.roux', 'ines.blanc'].map((l) => upsert(l)));
});
afterAll(async () => app?.stop());

test('idle connections are kept longer than a reverse proxy keeps them (no reset on reuse)', () => {
  expect(app.strapi.server.httpServer.keepAliveTimeout).toBe(65_000);
  expect(app.strapi.server.httpServer.headersTimeout).toBeGreaterThan(65_000);
});

describe('lock-out under parallel requests', () => {
  test('100 wrong passwords at once: no 5xx, exactly 5 checked (401), the rest wait (429), the counter says 5', async () => {
    const results = await Promise.all(Array.from({ length: 100 }, () => attempt('marie.martin', WRONG)));
    const counts = statuses(results);
    expect(Object.keys(counts).filter((s) => Number(s) >= 500)).toEqual([]);
    expect(counts).toEqual({ 401: FREE_FAILURES + 1, 429: 100 - FREE_FAILURES - 1 });
    expect(Number((await throttleRow('marie.martin'))?.failures)).toBe(counts[401]);
    const waiting = results.find((r) => r.status === 429);
    expect(waiting?.body.message).toBe('Trop de tentatives de connexion échouées. Réessayez dans 1 minute.');

    // Then the right password among 150 parallel attempts: never let in while the account waits.
    const burst = await Promise.all(Array.from({ length: 150 }, (_, i) => attempt('marie.martin', i === 139 ? PASSWORD : WRONG)));
    expect(statuses(burst)).toEqual({ 429: 150 });
    expect(Number((await throttleRow('marie.martin'))?.failures)).toBe(FREE_FAILURES + 1);
  });

  test('150 parallel attempts from a clean account, the right one at position 140: at most 5 passwords checked', async () => {
    const burst = await Promise.all(Array.from({ length: 150 }, (_, i) => attempt('paul.durand', i === 139 ? PASSWORD : WRONG)));
    const counts = statuses(burst);
    expect(Object.keys(counts).filter((s) => Number(s) >= 500)).toEqual([]);
    expect((counts[401] ?? 0) + (counts[200] ?? 0)).toBeLessThanOrEqual(FREE_FAILURES + 1);
    expect(counts[429]).toBeGreaterThanOrEqual(150 - FREE_FAILURES - 1);
    // Whatever came first, the row never counts more than the passwords checked.
    const row = await throttleRow('paul.durand');
    if (counts[200]) expect(row === undefined || Number(row.failures) <= FREE_FAILURES + 1).toBe(true);
    else expect(Number(row?.failures)).toBe(counts[401]);
  });

  test('once the wait is over one more password is checked, and the right one resets the count', async () => {
    for (let i = 0; i < FREE_FAILURES + 1; i += 1) expect((await attempt('lea.petit', WRONG)).status).toBe(401);
    expect((await attempt('lea.petit', PASSWORD)).status).toBe(429);
    await app.strapi.db.connection('login_throttles').where({ login: 'lea.petit' }).update({ locked_until_ms: Date.now() - 1 });
    const ok = await attempt('lea.petit', PASSWORD);
    expect(ok.status).toBe(200);
    expect(await throttleRow('lea.petit')).toBeUndefined();
  });

  test('an unknown login waits the same way (the lock does not reveal which accounts exist)', async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => attempt('personne.inconnue', WRONG)));
    expect(statuses(results)).toEqual({ 401: FREE_FAILURES + 1, 429: 30 - FREE_FAILURES - 1 });
  });
});

test('the upsert restates the domain rule: count n at t starts the wait lockUntilAfterAttempt(n, t), nothing counted while waiting', async () => {
  let now = new Date('2026-03-01T08:00:00.000Z');
  for (let n = 1; n <= 14; n += 1) {
    const counted = await countAttempt(knex(), 'pin.sql', now);
    expect(counted).toEqual({ counted: true, attempt: n });
    const expected = lockUntilAfterAttempt(n, now);
    const row = await throttleRow('pin.sql');
    expect(row?.locked_until_ms === null ? null : Number(row?.locked_until_ms)).toBe(expected ? expected.getTime() : null);
    if (expected) {
      // One millisecond before the end: refused and not counted; at the end: counted again.
      expect(await countAttempt(knex(), 'pin.sql', new Date(expected.getTime() - 1))).toEqual({ counted: false, lockedUntil: expected });
      expect(Number((await throttleRow('pin.sql'))?.failures)).toBe(n);
      now = expected;
    } else {
      now = new Date(now.getTime() + 1000);
    }
  }
});

describe('malformed logins (log injection, oversized input)', () => {
  test.each([
    ['a newline that would forge a log line', 'marie.martin\n[2026-12-02 06:00:00.000] info: Connexion réussie pour admin'],
    ['200 KB', 'a'.repeat(200 * 1024)],
    ['101 characters', 'b'.repeat(101)],
  ])('%s: 400 with a French message, nothing stored, nothing raw in the log', async (_label, loginName) => {
    const before = (await app.strapi.db.connection('login_throttles').count('* as n')) as Array<{ n: number | string }>;
    const warn = jest.spyOn(app.strapi.log, 'warn');
    try {
      const result = await attempt(loginName, WRONG);
      expect(result.status).toBe(400);
      expect(result.body.message).toMatch(/^L’identifiant /);
      for (const call of warn.mock.calls) expect(String(call[0])).not.toMatch(/[\r\n]/);
    } finally {
      warn.mockRestore();
    }
    const after = (await app.strapi.db.connection('login_throttles').count('* as n')) as Array<{ n: number | string }>;
    expect(Number(after[0].n)).toBe(Number(before[0].n));
    const stored = await app.strapi.db.connection('login_throttles').whereRaw('length(login) > 64').count('* as n');
    expect(Number((stored as Array<{ n: number | string }>)[0].n)).toBe(0);
  });
});

describe('reset links under concurrency', () => {
  test('20 parallel uses of one link: exactly one succeeds, the others get a clear French refusal', async () => {
    const auth = app.strapi.plugin('accounts').service('auth');
    const { token } = await auth.createResetLink('jean.roux');
    const other = await auth.createResetLink('jean.roux');
    const session = await login(app.baseUrl, 'jean.roux', PASSWORD);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        http<{ message: string }>(app.baseUrl, 'POST', '/api/console/auth/reset', { body: { token, password: `Lien-Unique-Course-${1000 + i}` } }),
      ),
    );
    const counts = statuses(results);
    expect(counts).toEqual({ 204: 1, 422: 19 });
    for (const r of results.filter((x) => x.status === 422)) expect(r.body.message).toBe('Ce lien a déjà été utilisé. Demandez un nouveau lien si nécessaire.');
    // The winner's password is the one that works.
    const winner = results.findIndex((r) => r.status === 204);
    await login(app.baseUrl, 'jean.roux', `Lien-Unique-Course-${1000 + winner}`);
    // Using a link closed the person's other open link and their sessions.
    const second = await http<{ message: string }>(app.baseUrl, 'POST', '/api/console/auth/reset', { body: { token: other.token, password: 'Autre-Lien-Ferme-2026' } });
    expect(second.status).toBe(422);
    expect(second.body.message).toMatch(/plus valable/);
    expect((await http(app.baseUrl, 'GET', '/api/console/auth/me', { token: session })).status).toBe(401);
  });

  test('a refused password does not burn the link', async () => {
    const { token } = await app.strapi.plugin('accounts').service('auth').createResetLink('ines.blanc');
    expect((await http(app.baseUrl, 'POST', '/api/console/auth/reset', { body: { token, password: 'court' } })).status).toBe(422);
    expect((await http(app.baseUrl, 'POST', '/api/console/auth/reset', { body: { token, password: 'Lien-Encore-Valide-2026' } })).status).toBe(204);
  });

  test('npm run users:reset-link prints a link on PUBLIC_URL, and that link works', async () => {
    const result = await runCli('users-reset-link.ts', ['--login', 'ines.blanc'], { ...app.database.env, PUBLIC_URL: 'https://rsa.departement.example/' });
    expect(result.code).toBe(0);
    const link = result.stdout.trim().split('\n').pop() ?? '';
    expect(link).toMatch(/^https:\/\/rsa\.departement\.example\/console\/#\/mot-de-passe\/[A-Za-z0-9_-]{43}$/);
    const token = link.split('/').pop() as string;
    expect((await http(app.baseUrl, 'POST', '/api/console/auth/reset', { body: { token, password: 'Lien-Public-Valide-2026' } })).status).toBe(204);
  });
});
