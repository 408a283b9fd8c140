// Strapi silently skips a local plugin whose entry file is missing: this test fails loudly
// instead, and checks the reference data seeded on an empty database (not the run's template copy).
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { fromTemplate: false });
});
afterAll(async () => app?.stop());

test.each([
  'plugin::accounts.console-user',
  'plugin::accounts.console-session',
  'plugin::file-active.beneficiary',
  'plugin::file-active.assignment',
  'plugin::file-active.characteristic',
  'plugin::genesis.feed-import',
  'plugin::cer.cer',
  'api::territory.territory',
  'api::commune.commune',
  'api::structure.structure',
  'api::reference-item.reference-item',
])('content type %s is loaded', (uid) => {
  expect(app.strapi.contentTypes[uid as keyof typeof app.strapi.contentTypes]).toBeDefined();
});

test('the 335 Ardèche communes are seeded with their territory by arrondissement', async () => {
  const communes = (await app.strapi.db.query('api::commune.commune').findMany({ populate: ['territory'] })) as Array<{
    inseeCode: string;
    territory: { code: string } | null;
  }>;
  expect(communes).toHaveLength(335);
  const privas = communes.find((c) => c.inseeCode === '07186');
  expect(privas?.territory?.code).toBe('CENTRE');
  const annonay = communes.find((c) => c.inseeCode === '07010');
  expect(annonay?.territory?.code).toBe('NORD');
  expect(communes.every((c) => c.territory !== null)).toBe(true);
});

test('reference lists are seeded in French', async () => {
  const themes = (await app.strapi.db.query('api::reference-item.reference-item').findMany({ where: { list: 'cer_objective_theme' } })) as Array<{ label: string }>;
  expect(themes.map((t) => t.label)).toContain('Emploi');
});

test('the console API refuses a request without a token with a French message', async () => {
  const response = await fetch(`${app.baseUrl}/api/console/auth/me`);
  expect(response.status).toBe(401);
  const body = (await response.json()) as { message: string };
  expect(body.message).toMatch(/reconnecter/);
});
