// One source for the perimeter (ACCESS.md) and the file-state rules: the SQL that production runs
// (the file-active `scope` service: visibleFilesSql, fileStateSql, lastParcoursIdSql,
// assignmentInForceSql, assignmentGrantsAccessSql) is pinned to the domain functions
// (canSeeFile, fileState, lastParcoursAssignment, assignmentInForce, assignmentGrantsAccess) by
// property tests: random files, assignments, veilles, dates and viewers of every profile are
// written to the real database (SQLite under `npm test`, PostgreSQL under `npm run test:pg`) and
// both sides must agree on every case. Then the regression that started it: a référent moved to
// another structure does not take their files' secrétariat de structure along.
// The opérateur's clause (an étape in progress names them, plugins/offers' `positionnements`
// table) is pinned the same way: etapeGrantsAccessSql ≡ etapeGrantsAccess, inside visibleFilesSql.
import fc from 'fast-check';
import { addDays } from '@rsa/vocabulary';
import { toIsoDate, type ConsoleUser } from '@rsa/console-kit';
import { midemRequestStatus } from '../../plugins/file-active/domain/midem';
import { midemRequestStatusSql } from '../../plugins/file-active/server/src/services/sql';
import { startWorld, USERS, type World } from './file-active-setup';
import { DEMO_PASSWORD, http, login } from '../support/http';
import {
  assignmentGrantsAccess,
  assignmentInForce,
  canSeeFile,
  etapeGrantsAccess,
  lastParcoursAssignment,
  type Assignment,
  type FileScope,
} from '../../plugins/file-active/domain/visibility';
import { fileState, type Standby } from '../../plugins/file-active/domain/standby';
import { PROFILES, type Profile } from '../../plugins/file-active/domain/profile';
import { backfillAssignmentStructures } from '../../plugins/file-active/server/src/migrations/backfill-assignment-structures';

type Fragment = { sql: string; bindings: unknown[] };

// Generated rows live above this id, apart from the sample feed's files.
const BASE = 50_000_000;
const RUNS = Number(process.env.PERIMETER_RUNS ?? 150);

// Dates crowd around one day so that boundaries (start = today, end = today, end = yesterday,
// equal starts…) come up often.
const DAY0 = '2026-03-01';
const day = fc.integer({ min: -6, max: 6 }).map((n) => addDays(DAY0, n));
const today = fc.integer({ min: -3, max: 3 }).map((n) => addDays(DAY0, n));

const LOGINS = ['ref.a', 'ref.b', 'ref.c'];
const STRUCTURES = ['STRUCT-A', 'STRUCT-B', 'STRUCT-C'];
const TERRITORIES = ['NORD', 'SUD'];

type GenAssignment = { login: string; role: 'parcours' | 'etape'; start: string; end: string | null; structure: string | null };
type GenEtape = {
  collaborator: string | null;
  state: 'positionne' | 'etape' | 'refuse' | 'termine';
  plannedStart: string;
  plannedEnd: string;
  realStart: string | null;
  realEnd: string | null;
};
type GenStandby = { start: string; end: string | null; endedOn: string | null };
type GenFile = {
  territory: string | null;
  archived: boolean;
  entry: string;
  exit: string | null;
  hasEnrolment: boolean;
  standbys: GenStandby[];
  assignments: GenAssignment[];
  etapes: GenEtape[];
};

const assignmentArb: fc.Arbitrary<GenAssignment> = fc
  .record({
    login: fc.constantFrom(...LOGINS),
    role: fc.constantFrom<'parcours' | 'etape'>('parcours', 'parcours', 'etape'),
    start: day,
    length: fc.option(fc.integer({ min: -1, max: 8 }), { nil: null }),
    structure: fc.option(fc.constantFrom(...STRUCTURES), { nil: null, freq: 5 }),
  })
  // Mostly coherent periods, sometimes an end before the start (bad data must not grant more).
  .map(({ length, start, ...rest }) => ({ ...rest, start, end: length === null ? null : addDays(start, length) }));

const etapeArb: fc.Arbitrary<GenEtape> = fc
  .record({
    collaborator: fc.option(fc.constantFrom(...LOGINS), { nil: null, freq: 6 }),
    state: fc.constantFrom<GenEtape['state']>('positionne', 'etape', 'etape', 'refuse', 'termine', 'termine'),
    plannedStart: day,
    length: fc.integer({ min: -1, max: 8 }),
    realStart: fc.option(day, { nil: null }),
    realEnd: fc.option(day, { nil: null }),
  })
  .map(({ length, plannedStart, ...rest }) => ({ ...rest, plannedStart, plannedEnd: addDays(plannedStart, length) }));

const standbyArb: fc.Arbitrary<GenStandby> = fc
  .record({ start: day, end: fc.option(day, { nil: null }), ended: fc.boolean(), endedOn: day })
  .map(({ start, end, ended, endedOn }) => ({ start, end, endedOn: ended ? endedOn : null }));

const fileArb: fc.Arbitrary<GenFile> = fc.record({
  territory: fc.option(fc.constantFrom(...TERRITORIES), { nil: null, freq: 5 }),
  archived: fc.boolean(),
  entry: day,
  exit: fc.option(day, { nil: null, freq: 2 }),
  hasEnrolment: fc.boolean(),
  standbys: fc.array(standbyArb, { maxLength: 2 }),
  assignments: fc.array(assignmentArb, { maxLength: 5 }),
  etapes: fc.array(etapeArb, { maxLength: 3 }),
});

type Viewer = { profiles: Profile[]; login: string; territory: string | null; structure: string | null };
const viewerArb: fc.Arbitrary<Viewer> = fc.record({
  profiles: fc.subarray([...PROFILES], { minLength: 0, maxLength: 3 }),
  login: fc.constantFrom(...LOGINS),
  territory: fc.option(fc.constantFrom(...TERRITORIES), { nil: null, freq: 5 }),
  structure: fc.option(fc.constantFrom(...STRUCTURES), { nil: null, freq: 5 }),
});

const consoleUser = (v: Viewer): ConsoleUser => ({
  id: 0,
  login: v.login,
  name: v.login,
  profiles: v.profiles,
  structureCode: v.structure,
  territoryCode: v.territory,
});

const fileId = (index: number) => BASE + index;
const assignmentId = (file: number, k: number) => BASE + file * 10 + k;
const etapeId = (file: number, k: number) => BASE + file * 10 + k;

const toScope = (f: GenFile): FileScope => ({
  territory: f.territory,
  archived: f.archived,
  assignments: f.assignments.map((a): Assignment => ({ ...a })),
  etapes: f.etapes.map((e) => ({ ...e })),
});
const toStandbys = (f: GenFile): Standby[] => f.standbys.map((s) => ({ ...s, motif: 'm' }));

let w: World;
const scope = () => w.app.strapi.plugin('file-active').service('scope');
const knex = () => w.app.strapi.db.connection;

const clear = async () => {
  await knex().raw('DELETE FROM standbys WHERE beneficiary_id >= ?', [BASE]);
  await knex().raw('DELETE FROM positionnements WHERE beneficiary_id >= ?', [BASE]);
  await knex().raw('DELETE FROM enrolments WHERE beneficiary_id >= ?', [BASE]);
  await knex().raw('DELETE FROM assignments WHERE beneficiary_id >= ?', [BASE]);
  await knex().raw('DELETE FROM beneficiaries WHERE id >= ?', [BASE]);
};

const write = async (files: GenFile[]) => {
  await clear();
  const now = new Date();
  const stamp = { created_at: now, updated_at: now };
  if (files.length === 0) return;
  await knex()('beneficiaries').insert(
    files.map((f, i) => ({
      id: fileId(i),
      file_number: `PT${fileId(i)}`,
      genesis_id: `PT${fileId(i)}`,
      last_name: 'PROPRIETE',
      first_name: 'Test',
      territory_code: f.territory,
      archived_at: f.archived ? now : null,
      ...stamp,
    })),
  );
  const enrolments = files.flatMap((f, i) =>
    f.hasEnrolment ? [{ beneficiary_id: fileId(i), programme: 'accompagnement_rsa', state: 'entree', entered_on: f.entry, exited_on: f.exit, ...stamp }] : [],
  );
  if (enrolments.length) await knex()('enrolments').insert(enrolments);
  const standbys = files.flatMap((f, i) =>
    f.standbys.map((s) => ({ beneficiary_id: fileId(i), start_date: s.start, end_date: s.end, ended_on: s.endedOn, motif: 'm', ...stamp })),
  );
  if (standbys.length) await knex()('standbys').insert(standbys);
  const assignments = files.flatMap((f, i) =>
    f.assignments.map((a, k) => ({
      id: assignmentId(i, k),
      beneficiary_id: fileId(i),
      login: a.login,
      role: a.role,
      start_date: a.start,
      end_date: a.end,
      structure_code: a.structure,
      source: 'genesis',
      ...stamp,
    })),
  );
  if (assignments.length) await knex()('assignments').insert(assignments);
  const etapes = files.flatMap((f, i) =>
    f.etapes.map((e, k) => ({
      id: etapeId(i, k),
      beneficiary_id: fileId(i),
      offer_id: 1,
      collaborator_login: e.collaborator,
      state: e.state,
      planned_start: e.plannedStart,
      planned_end: e.plannedEnd,
      real_start: e.realStart,
      real_end: e.realEnd,
      ...stamp,
    })),
  );
  if (etapes.length) await knex()('positionnements').insert(etapes);
};

const rows = async <T>(sql: string, bindings: unknown[]): Promise<T[]> => {
  const r = (await knex().raw(sql, bindings)) as unknown;
  return Array.isArray(r) ? (r as T[]) : (r as { rows: T[] }).rows;
};

const filesArb = fc.array(fileArb, { minLength: 1, maxLength: 6 });
const params = { numRuns: RUNS, endOnFailure: true };

beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => {
  if (w) await clear();
  await w?.app.stop();
});

describe('the SQL production runs agrees with the domain rule, on random data', () => {
  test('perimeter: visibleFilesSql ≡ canSeeFile, for viewers of every profile', async () => {
    await fc.assert(
      fc.asyncProperty(filesArb, fc.array(viewerArb, { minLength: 1, maxLength: 4 }), today, async (files, viewers, on) => {
        await write(files);
        for (const viewer of viewers) {
          const where = scope().visibleFilesSql(consoleUser(viewer), on) as Fragment;
          const seen = await rows<{ id: number }>(`SELECT b.id FROM beneficiaries b WHERE b.id >= ? AND ${where.sql} ORDER BY b.id`, [BASE, ...where.bindings]);
          const expected = files.flatMap((f, i) => (canSeeFile(viewer, toScope(f), on) ? [fileId(i)] : []));
          expect({ viewer, on, visible: seen.map((r) => Number(r.id)) }).toEqual({ viewer, on, visible: expected });
        }
      }),
      params,
    );
  });

  test('file state: fileStateSql ≡ fileState (entrée / veille / sortie)', async () => {
    await fc.assert(
      fc.asyncProperty(filesArb, today, async (files, on) => {
        await write(files);
        const state = scope().fileStateSql(on) as Fragment;
        const got = await rows<{ id: number; state: string }>(
          `SELECT b.id, ${state.sql} AS state FROM beneficiaries b LEFT JOIN enrolments e ON e.beneficiary_id = b.id WHERE b.id >= ? ORDER BY b.id`,
          [...state.bindings, BASE],
        );
        const expected = files.map((f, i) => ({
          id: fileId(i),
          state: fileState({ entryDate: f.entry, exitDate: f.hasEnrolment ? f.exit : null }, toStandbys(f), on),
        }));
        expect({ on, states: got.map((r) => ({ id: Number(r.id), state: r.state })) }).toEqual({ on, states: expected });
      }),
      params,
    );
  });

  test('tie-breaks: lastParcoursIdSql ≡ lastParcoursJoinSql ≡ lastParcoursAssignment (the current or last référent de parcours)', async () => {
    // Few distinct dates, so that equal starts and full ties are frequent.
    const tied = fc.array(
      fileArb.map((f) => ({ ...f, assignments: f.assignments.map((a) => ({ ...a, start: a.start < DAY0 ? addDays(DAY0, -2) : a.start })) })),
      { minLength: 1, maxLength: 6 },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(filesArb, tied), today, async (files, on) => {
        await write(files);
        const last = scope().lastParcoursIdSql('b.id', on) as Fragment;
        // Both forms of the join, whichever database this is.
        const ranked = scope().lastParcoursJoinSql('ra', 'b.id', on, 'window') as Fragment;
        const looked = scope().lastParcoursJoinSql('rl', 'b.id', on, 'lookup') as Fragment;
        const got = await rows<{ id: number; last_id: number | null; ranked_id: number | null; looked_id: number | null }>(
          `SELECT b.id, ${last.sql} AS last_id, ra.id AS ranked_id, rl.id AS looked_id FROM beneficiaries b
             ${ranked.sql} ${looked.sql} WHERE b.id >= ? ORDER BY b.id`,
          [...last.bindings, ...ranked.bindings, ...looked.bindings, BASE],
        );
        const expected = files.map((f, i) => {
          const assignments = toScope(f).assignments;
          const chosen = lastParcoursAssignment(assignments, on);
          return { id: fileId(i), last: chosen === null ? null : assignmentId(i, assignments.indexOf(chosen)) };
        });
        const ids = (pick: (r: (typeof got)[number]) => number | null) => got.map((r) => ({ id: Number(r.id), last: pick(r) === null ? null : Number(pick(r)) }));
        expect({ on, last: ids((r) => r.last_id), ranked: ids((r) => r.ranked_id), looked: ids((r) => r.looked_id) }).toEqual({ on, last: expected, ranked: expected, looked: expected });
      }),
      params,
    );
  });

  test('MIDEM request status: midemRequestStatusSql ≡ midemRequestStatus of the values as the file summary reads them', async () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(''),
      fc.integer({ min: -3, max: 3 }).map((n) => addDays(DAY0, n)),
      fc.integer({ min: -3, max: 3 }).map((n) => `${addDays(DAY0, n)}T10:00:00.000Z`),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 12 }), async (pairs) => {
        const status = midemRequestStatusSql({ sql: 'v.r', bindings: [] }, { sql: 'v.m', bindings: [] });
        const got = await rows<{ k: number; status: string }>(
          `SELECT v.k, ${status.sql} AS status FROM (${pairs.map(() => 'SELECT CAST(? AS INTEGER) AS k, CAST(? AS TEXT) AS r, CAST(? AS TEXT) AS m').join(' UNION ALL ')}) v ORDER BY v.k`,
          [...pairs.flatMap(([r, m], k) => [k, r, m]), ...status.bindings],
        );
        const expected = pairs.map(([r, m]) => midemRequestStatus({ requestedOn: toIsoDate(r), motif: null }, toIsoDate(m)));
        expect({ pairs, got: got.map((g) => g.status) }).toEqual({ pairs, got: expected });
      }),
      params,
    );
  });

  test('assignment in force: assignmentInForceSql ≡ assignmentInForce, assignmentGrantsAccessSql ≡ assignmentGrantsAccess', async () => {
    await fc.assert(
      fc.asyncProperty(filesArb, today, async (files, on) => {
        await write(files);
        const inForce = scope().assignmentInForceSql('a', on) as Fragment;
        const grants = scope().assignmentGrantsAccessSql('a', on) as Fragment;
        const got = await rows<{ id: number; in_force: number | boolean; grants: number | boolean }>(
          `SELECT a.id, CASE WHEN ${inForce.sql} THEN 1 ELSE 0 END AS in_force, CASE WHEN ${grants.sql} THEN 1 ELSE 0 END AS grants
             FROM assignments a WHERE a.beneficiary_id >= ? ORDER BY a.id`,
          [...inForce.bindings, ...grants.bindings, BASE],
        );
        const expected = files.flatMap((f, i) =>
          f.assignments.map((a, k) => ({ id: assignmentId(i, k), inForce: assignmentInForce(a, on), grants: assignmentGrantsAccess(a, on) })),
        );
        expect(got.map((r) => ({ id: Number(r.id), inForce: Number(r.in_force) === 1, grants: Number(r.grants) === 1 }))).toEqual(expected);
      }),
      params,
    );
  });
});

describe('the opérateur’s étape clause', () => {
  test('étape in progress: etapeGrantsAccessSql ≡ etapeGrantsAccess', async () => {
    await fc.assert(
      fc.asyncProperty(filesArb, today, async (files, on) => {
        await write(files);
        const grants = scope().etapeGrantsAccessSql('p', on) as Fragment;
        const got = await rows<{ id: number; grants: number | boolean }>(
          `SELECT p.id, CASE WHEN ${grants.sql} THEN 1 ELSE 0 END AS grants FROM positionnements p WHERE p.beneficiary_id >= ? ORDER BY p.id`,
          [...grants.bindings, BASE],
        );
        const expected = files.flatMap((f, i) => f.etapes.map((e, k) => ({ id: etapeId(i, k), grants: etapeGrantsAccess(e, on) })));
        expect({ on, got: got.map((r) => ({ id: Number(r.id), grants: Number(r.grants) === 1 })) }).toEqual({ on, got: expected });
      }),
      params,
    );
  });

  test('perimeter of opérateurs alone: visibleFilesSql ≡ canSeeFile', async () => {
    const operators = fc.record({
      profiles: fc.constantFrom<Profile[]>(['operateur'], ['operateur', 'gestionnaire_fse']),
      login: fc.constantFrom(...LOGINS),
      territory: fc.constant(null),
      structure: fc.option(fc.constantFrom(...STRUCTURES), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(filesArb, fc.array(operators, { minLength: 1, maxLength: 3 }), today, async (files, viewers, on) => {
        await write(files);
        for (const viewer of viewers) {
          const where = scope().visibleFilesSql(consoleUser(viewer), on) as Fragment;
          const seen = await rows<{ id: number }>(`SELECT b.id FROM beneficiaries b WHERE b.id >= ? AND ${where.sql} ORDER BY b.id`, [BASE, ...where.bindings]);
          const expected = files.flatMap((f, i) => (canSeeFile(viewer, toScope(f), on) ? [fileId(i)] : []));
          expect({ viewer, on, visible: seen.map((r) => Number(r.id)) }).toEqual({ viewer, on, visible: expected });
        }
      }),
      params,
    );
  });
});

describe('the structure on the assignment', () => {
  test("the feed's REFERENT_STRUCTURE is recorded on every assignment the import opens", async () => {
    const [missing] = await w.all<{ n: number }>("SELECT COUNT(*) AS n FROM assignments WHERE source = 'genesis' AND structure_code IS NULL AND beneficiary_id < ?", [BASE]);
    expect(Number(missing.n)).toBe(0);
    const [ccas] = await w.all<{ structure_code: string }>("SELECT structure_code FROM assignments WHERE beneficiary_id = ? AND role = 'parcours'", [w.files.ccas]);
    expect(ccas.structure_code).toBe('CCAS-ANNONAY');
  });

  test("assignments recorded before get their référent's structure of the day (backfill), once", async () => {
    const now = new Date();
    await w.app.strapi.db.connection('assignments').insert([
      { id: BASE - 1, beneficiary_id: w.files.other, login: USERS.otherReferent.login, role: 'etape', start_date: '2026-01-01', end_date: '2026-01-31', structure_code: null, created_at: now, updated_at: now },
      { id: BASE - 2, beneficiary_id: w.files.other, login: 'inconnu.sans.compte', role: 'etape', start_date: '2026-01-01', end_date: '2026-01-31', structure_code: null, created_at: now, updated_at: now },
      { id: BASE - 3, beneficiary_id: w.files.other, login: USERS.otherReferent.login, role: 'etape', start_date: '2026-01-01', end_date: '2026-01-31', structure_code: 'DEJA-LA', created_at: now, updated_at: now },
    ]);
    await backfillAssignmentStructures(w.app.strapi.db.connection as never);
    await backfillAssignmentStructures(w.app.strapi.db.connection as never);
    const got = await w.all<{ id: number; structure_code: string | null }>('SELECT id, structure_code FROM assignments WHERE id IN (?, ?, ?) ORDER BY id DESC', [BASE - 1, BASE - 2, BASE - 3]);
    expect(got.map((r) => r.structure_code)).toEqual(['DTAS-NORD', null, 'DEJA-LA']);
    await w.app.strapi.db.connection.raw('DELETE FROM assignments WHERE id IN (?, ?, ?)', [BASE - 1, BASE - 2, BASE - 3]);
  });
});

describe('a référent moved to another structure', () => {
  test("the secrétariat of the assignment's structure keeps the file (200), the new structure's does not see it (404)", async () => {
    await clear();
    const users = w.app.strapi.plugin('accounts').service('users');
    await users.upsert({ login: 'secretariat.sud.structure', password: DEMO_PASSWORD, profiles: ['secretariat_structure'], structure: 'DTAS-SUD', territory: 'SUD', name: 'Lucie ROUX' });
    const newStructureToken = await login(w.app.baseUrl, 'secretariat.sud.structure');
    const asNewStructure = (path: string) => http(w.app.baseUrl, 'GET', `/api/console${path}`, { token: newStructureToken });

    const file = w.files.ccas; // référent francoise.nguyen48, CCAS-ANNONAY in the feed
    expect((await w.call('structureSecretariat', 'GET', `/beneficiaries/${file}`)).status).toBe(200);
    expect((await asNewStructure(`/beneficiaries/${file}`)).status).toBe(404);

    // The référent now works for DTAS-SUD (an account edit, as a functional admin would do).
    await users.upsert({ login: 'francoise.nguyen48', profiles: ['referent'], structure: 'DTAS-SUD', territory: 'SUD' });

    const before = await w.call<{ message: string }>('structureSecretariat', 'GET', `/beneficiaries/${file}`);
    expect(before.status).toBe(200);
    const list = await w.call<unknown[]>('structureSecretariat', 'GET', `/beneficiaries?range=${encodeURIComponent('[0,499]')}`);
    expect(list.status).toBe(200);
    expect((list.body as Array<{ id: number }>).map((r) => r.id)).toContain(file);

    const moved = await asNewStructure(`/beneficiaries/${file}`);
    expect(moved.status).toBe(404);
    expect(moved.body).toMatchObject({ message: 'Dossier introuvable.' });
  });

  test("a référent d'étape added in the console keeps their structure of the day on the assignment", async () => {
    const res = await w.call<{ login: string; structure: string | null }>('secretariat', 'POST', '/assignments', {
      beneficiary: w.files.other,
      login: USERS.referent.login,
      role: 'etape',
      start: '2026-01-05',
      end: '2026-12-31',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ login: USERS.referent.login, structure: 'DTAS-NORD' });
    // Moving that référent later does not change the structure recorded on the assignment.
    await w.app.strapi.plugin('accounts').service('users').upsert({ login: USERS.referent.login, profiles: ['referent'], structure: 'DTAS-SUD', territory: 'SUD' });
    const [row] = await w.all<{ structure_code: string }>("SELECT structure_code FROM assignments WHERE login = ? AND role = 'etape'", [USERS.referent.login]);
    expect(row.structure_code).toBe('DTAS-NORD');
  });
});
