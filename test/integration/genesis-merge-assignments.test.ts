// GENESIS_FEED.md rules 4, 5 and 7 are stated once, in plugins/genesis/domain/merge-assignment.ts;
// the import runs them as set-based SQL (mergeAssignments). This property test writes random
// known persons (référents de parcours and d'étape, hand-entered or from the feed, open, ended,
// without a start…) and feed rows into the real database (SQLite under `npm test`, PostgreSQL
// under `npm run test:pg`), runs the real SQL merge, and compares every assignment, the counts and
// the recorded events with what the domain function says.
import fc from 'fast-check';
import { addDays } from '@rsa/vocabulary';
import { startTestApp, type TestApp } from '../support/test-app';
import { mergeAssignment, type AssignmentChange, type KnownAssignment } from '../../plugins/genesis/domain/merge-assignment';
import { mergeAssignments } from '../../plugins/genesis/server/src/services/feed-import/merge-assignments';
import type { Knex } from '../../plugins/genesis/server/src/services/feed-import/sql';

const BASE = 60_000_000;
const RUNS = Number(process.env.GENESIS_MERGE_RUNS ?? 100);

const DAY0 = '2026-11-02';
const day = fc.integer({ min: -5, max: 5 }).map((n) => addDays(DAY0, n));
const LOGINS = ['ref.a', 'ref.b', 'ref.c'];

type GenAssignment = { role: 'parcours' | 'etape'; login: string; start: string | null; end: string | null; source: 'genesis' | 'manual' };
type Person = { assignments: GenAssignment[]; feed: { login: string; designatedOn: string; structure: string } };

const personArb: fc.Arbitrary<Person> = fc.record({
  assignments: fc.array(
    fc.record({
      role: fc.constantFrom<'parcours' | 'etape'>('parcours', 'parcours', 'etape'),
      login: fc.constantFrom(...LOGINS),
      start: fc.option(day, { nil: null, freq: 8 }),
      end: fc.option(day, { nil: null, freq: 2 }),
      source: fc.constantFrom<'genesis' | 'manual'>('genesis', 'manual'),
    }),
    { maxLength: 4 },
  ),
  feed: fc.record({ login: fc.constantFrom(...LOGINS), designatedOn: day, structure: fc.constantFrom('DTAS-NORD', 'CCAS-PRIVAS') }),
});

type Stored = { login: string; role: string; start: string | null; end: string | null; structure: string | null; source: string | null; endedBy: string | null };

let app: TestApp;
const knex = () => app.strapi.db.connection;
const rows = async <T>(sql: string, bindings: unknown[] = []): Promise<T[]> => {
  const r = (await knex().raw(sql, bindings)) as unknown;
  return Array.isArray(r) ? (r as T[]) : (r as { rows: T[] }).rows;
};
const personId = (i: number) => BASE + i;
const assignmentId = (i: number, k: number) => BASE + i * 10 + k;
let importId = 0;

const clear = async () => {
  await knex().raw('DELETE FROM file_events WHERE beneficiary_id >= ?', [BASE]);
  await knex().raw('DELETE FROM assignments WHERE beneficiary_id >= ?', [BASE]);
  await knex().raw('DELETE FROM feed_staging_rows WHERE beneficiary_id >= ?', [BASE]);
  await knex().raw('DELETE FROM beneficiaries WHERE id >= ?', [BASE]);
};

const write = async (people: Person[]) => {
  await clear();
  importId += 1;
  const now = new Date();
  const stamp = { created_at: now, updated_at: now };
  await knex()('beneficiaries').insert(
    people.map((_p, i) => ({ id: personId(i), file_number: `GM${personId(i)}`, genesis_id: `GM${personId(i)}`, last_name: 'FUSION', first_name: 'Test', ...stamp })),
  );
  const assignments = people.flatMap((p, i) =>
    p.assignments.map((a, k) => ({
      id: assignmentId(i, k),
      beneficiary_id: personId(i),
      login: a.login,
      role: a.role,
      start_date: a.start,
      end_date: a.end,
      structure_code: 'AVANT',
      source: a.source,
      ended_by_login: a.end === null ? null : 'quelqu.un',
      ...stamp,
    })),
  );
  if (assignments.length) await knex()('assignments').insert(assignments);
  await knex()('feed_staging_rows').insert(
    people.map((p, i) => ({
      import_id: importId,
      line: i + 2,
      genesis_id: `GM${personId(i)}`,
      beneficiary_id: personId(i),
      referent_login: p.feed.login,
      referent_name: p.feed.login,
      referent_structure: p.feed.structure,
      referent_designated_on: p.feed.designatedOn,
      is_new: 0,
      reoriented: 0,
      reinstated: 0,
      ...stamp,
    })),
  );
};

/** The person's assignments after applying the domain's decision. */
const expected = (p: Person, i: number, change: AssignmentChange): { kept: Stored[]; opened: Stored[] } => {
  const kept = p.assignments.map((a, k): Stored => {
    const id = assignmentId(i, k);
    const base: Stored = { login: a.login, role: a.role, start: a.start, end: a.end, structure: 'AVANT', source: a.source, endedBy: a.end === null ? null : 'quelqu.un' };
    if (change.kind === 'reorientation' && change.endId === id) return { ...base, end: change.endOn, endedBy: 'genesis' };
    if (change.kind === 'sortieReverted' && change.id === id) return { ...base, end: null, endedBy: null, source: 'genesis' };
    return base;
  });
  const opened: Stored[] =
    change.kind === 'reorientation'
      ? [{ login: change.open.login, role: 'parcours', start: change.open.start, end: null, structure: change.open.structure, source: 'genesis', endedBy: null }]
      : [];
  return { kept, opened };
};

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  if (app) await clear();
  await app?.stop();
});

test('the SQL merge of the import does what mergeAssignment says (rules 4, 5, 7), on every random case', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(personArb, { minLength: 1, maxLength: 6 }), day, async (people, extraction) => {
      await write(people);
      const result = await (knex() as unknown as { transaction<T>(f: (trx: Knex) => Promise<T>): Promise<T> }).transaction((trx) =>
        mergeAssignments(trx, importId, extraction, new Date()),
      );
      const changes = people.map((p, i) =>
        mergeAssignment(
          p.assignments.map((a, k): KnownAssignment => ({ id: assignmentId(i, k), role: a.role, login: a.login, start: a.start, end: a.end })),
          p.feed,
          extraction,
        ),
      );
      const stored = await rows<Record<string, unknown>>(
        `SELECT id, beneficiary_id, login, role, CAST(start_date AS VARCHAR(10)) AS start_date, CAST(end_date AS VARCHAR(10)) AS end_date,
                structure_code, source, ended_by_login FROM assignments WHERE beneficiary_id >= ? ORDER BY beneficiary_id, id`,
        [BASE],
      );
      const events = await rows<{ beneficiary_id: number; kind: string; occurred_on: string }>(
        `SELECT beneficiary_id, kind, CAST(occurred_on AS VARCHAR(10)) AS occurred_on FROM file_events WHERE beneficiary_id >= ? ORDER BY beneficiary_id, kind`,
        [BASE],
      );
      const inserted = new Set(people.flatMap((p, i) => p.assignments.map((_a, k) => assignmentId(i, k))));
      const toStored = (r: Record<string, unknown>): Stored => ({
        login: String(r.login),
        role: String(r.role),
        start: (r.start_date as string | null) ?? null,
        end: (r.end_date as string | null) ?? null,
        structure: (r.structure_code as string | null) ?? null,
        source: (r.source as string | null) ?? null,
        endedBy: (r.ended_by_login as string | null) ?? null,
      });
      const got = people.map((_p, i) => {
        const own = stored.filter((r) => Number(r.beneficiary_id) === personId(i));
        return {
          kept: own.filter((r) => inserted.has(Number(r.id))).map(toStored),
          opened: own.filter((r) => !inserted.has(Number(r.id))).map(toStored),
          events: events.filter((e) => Number(e.beneficiary_id) === personId(i)).map((e) => `${e.kind}@${e.occurred_on}`),
        };
      });
      const want = people.map((p, i) => ({
        ...expected(p, i, changes[i]),
        events:
          changes[i].kind === 'reorientation' ? [`reorientation@${extraction}`] : changes[i].kind === 'sortieReverted' ? [`sortie_reverted@${extraction}`] : [],
      }));
      expect({ extraction, got }).toEqual({ extraction, got: want });
      expect(result).toEqual({
        reoriented: changes.filter((c) => c.kind === 'reorientation').length,
        reinstated: changes.filter((c) => c.kind === 'sortieReverted').length,
      });
    }),
    { numRuns: RUNS, endOnFailure: true },
  );
});
