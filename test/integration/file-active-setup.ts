// Shared set-up of the file-active integration tests: a booted Strapi with the first sample feed
// imported, and one collaborator per profile around the référent djilali.teyssier34 (DTAS-NORD).
import { startTestApp, type TestApp } from '../support/test-app';
import { SAMPLE_FEEDS } from '../support/fixtures';
import { DEMO_PASSWORD, http, login, type HttpResult } from '../support/http';

export type Actor = 'referent' | 'otherReferent' | 'secretariat' | 'secretariatSud' | 'cadre' | 'siege' | 'structureSecretariat';

export const USERS: Record<Actor, { login: string; profiles: string[]; structure: string; territory: string; name: string }> = {
  referent: { login: 'djilali.teyssier34', profiles: ['referent'], structure: 'DTAS-NORD', territory: 'NORD', name: 'Djilali TEYSSIER' },
  otherReferent: { login: 'theo.diallo67', profiles: ['referent'], structure: 'DTAS-NORD', territory: 'NORD', name: 'Théo DIALLO' },
  secretariat: { login: 'secretariat.nord', profiles: ['secretariat'], structure: 'DTAS-NORD', territory: 'NORD', name: 'Sophie MARTIN' },
  secretariatSud: { login: 'secretariat.sud', profiles: ['secretariat'], structure: 'DTAS-SUD', territory: 'SUD', name: 'Paul REY' },
  cadre: { login: 'cadre.nord', profiles: ['cadre'], structure: 'DTAS-NORD', territory: 'NORD', name: 'Claire FAURE' },
  siege: { login: 'siege.insertion', profiles: ['siege'], structure: 'SIEGE', territory: 'CENTRE', name: 'Marc BLANC' },
  structureSecretariat: { login: 'secretariat.ccas', profiles: ['secretariat_structure'], structure: 'CCAS-ANNONAY', territory: 'NORD', name: 'Ines COSTE' },
};

export type World = {
  app: TestApp;
  tokens: Record<Actor, string>;
  /** A file of the référent, one of the other référent (same DTAS), one of DTAS Sud. */
  files: { own: number; other: number; sud: number; ccas: number };
  call<T = unknown>(actor: Actor, method: string, path: string, body?: unknown): Promise<HttpResult<T>>;
  one<T = Record<string, unknown>>(sql: string, bindings?: unknown[]): Promise<T>;
  all<T = Record<string, unknown>>(sql: string, bindings?: unknown[]): Promise<T[]>;
};

const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? (r as T[]) : ((r as { rows: T[] }).rows ?? []));

export const startWorld = async (): Promise<World> => {
  const app = await startTestApp();
  const summary = await app.strapi.plugin('genesis').service('feed-import').run({ file: SAMPLE_FEEDS[0] });
  if (summary.status !== 'done') throw new Error(`feed import failed: ${JSON.stringify(summary.errors)}`);
  const users = app.strapi.plugin('accounts').service('users');
  for (const u of Object.values(USERS)) {
    await users.upsert({ login: u.login, password: DEMO_PASSWORD, profiles: u.profiles, structure: u.structure, territory: u.territory, name: u.name });
  }
  const all = async <T>(sql: string, bindings: unknown[] = []): Promise<T[]> => rowsOf<T>(await app.strapi.db.connection.raw(sql, bindings));
  const one = async <T>(sql: string, bindings: unknown[] = []): Promise<T> => (await all<T>(sql, bindings))[0];
  const fileOf = async (where: string, bindings: unknown[]): Promise<number> => {
    const row = await one<{ id: number }>(
      `SELECT b.id FROM beneficiaries b JOIN assignments a ON a.beneficiary_id = b.id AND a.role = 'parcours' WHERE ${where} ORDER BY b.id LIMIT 1`,
      bindings,
    );
    if (!row) throw new Error(`no file for ${where}`);
    return Number(row.id);
  };
  const files = {
    own: await fileOf('a.login = ?', [USERS.referent.login]),
    other: await fileOf('a.login = ?', [USERS.otherReferent.login]),
    sud: await fileOf("b.territory_code = 'SUD'", []),
    ccas: await fileOf("a.login = 'francoise.nguyen48'", []),
  };
  const tokens = {} as Record<Actor, string>;
  for (const [actor, u] of Object.entries(USERS)) tokens[actor as Actor] = await login(app.baseUrl, u.login);
  return {
    app,
    tokens,
    files,
    call: (actor, method, path, body) => http(app.baseUrl, method, `/api/console${path}`, { token: tokens[actor], body }),
    one,
    all,
  };
};

export const q = (value: unknown): string => encodeURIComponent(JSON.stringify(value));
