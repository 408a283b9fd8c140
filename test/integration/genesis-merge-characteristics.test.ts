// GENESIS_FEED.md rule 2 (characteristics with history, droit events) is stated once, in
// plugins/genesis/domain/merge-characteristics.ts; the import runs it as set-based SQL
// (mergeCharacteristics), and skips persons whose row has the fingerprint of the row applied last
// time (same_row). This property test writes random persons (new or known, current values,
// today's row) into the real database (SQLite, or PostgreSQL with DATABASE_CLIENT=postgres), runs
// the real SQL merge, and compares the values closed and opened, the droit events and the
// "changed" flag with what the domain function says; then runs the same rows again marked
// same_row, which must change nothing.
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../support/test-app';
import { mergeCharacteristicValues, type StoredCharacteristic } from '../../plugins/genesis/domain/merge-characteristics';
import { CHARACTERISTIC_NAMES } from '../../plugins/genesis/domain/feed-characteristics';
import { mergeCharacteristics } from '../../plugins/genesis/server/src/services/feed-import/merge-characteristics';
import { CHARACTERISTIC_LAYOUT } from '../../plugins/genesis/server/src/services/feed-import/stage-feed';
import type { Knex } from '../../plugins/genesis/server/src/services/feed-import/sql';

const BASE = 61_000_000;
const RUNS = Number(process.env.GENESIS_MERGE_RUNS ?? 60);
const EXTRACTION = '2026-11-10';
const GENESIS_NAMES = Object.values(CHARACTERISTIC_NAMES).flat() as string[];
const VALUES = ['2', '5', 'SOC', 'X'];

type Person = { isNew: boolean; current: Array<string | null>; row: Array<string | null> };
const slotValues = fc.array(fc.option(fc.constantFrom(...VALUES), { nil: null, freq: 2 }), {
  minLength: CHARACTERISTIC_LAYOUT.length,
  maxLength: CHARACTERISTIC_LAYOUT.length,
});
const personArb: fc.Arbitrary<Person> = fc.record({ isNew: fc.boolean(), current: slotValues, row: slotValues });

let app: TestApp;
const knex = () => app.strapi.db.connection;
const rows = async <T>(sql: string, bindings: unknown[] = []): Promise<T[]> => {
  const r = (await knex().raw(sql, bindings)) as unknown;
  return Array.isArray(r) ? (r as T[]) : (r as { rows: T[] }).rows;
};
const personId = (i: number) => BASE + i;
const asStored = (values: Array<string | null>): StoredCharacteristic[] =>
  CHARACTERISTIC_LAYOUT.map((slot, k) => ({ family: slot.family, name: slot.name, value: values[k] }));
let importId = 900_000;

const clear = async () => {
  await knex().raw('DELETE FROM rights_events WHERE beneficiary_id >= ?', [BASE]);
  await knex().raw('DELETE FROM characteristics WHERE beneficiary_id >= ?', [BASE]);
  await knex().raw('DELETE FROM feed_staging_characteristics WHERE beneficiary_id >= ?', [BASE]);
  await knex().raw('DELETE FROM feed_staging_rows WHERE beneficiary_id >= ?', [BASE]);
  await knex().raw('DELETE FROM beneficiaries WHERE id >= ?', [BASE]);
};

const stage = async (people: Person[], sameRow: boolean) => {
  importId += 1;
  const now = new Date();
  await knex()('feed_staging_rows').insert(
    people.map((p, i) => ({
      import_id: importId, line: i + 2, genesis_id: `GC${personId(i)}`, beneficiary_id: personId(i),
      referent_login: 'ref.a', is_new: sameRow ? 0 : Number(p.isNew), same_row: Number(sameRow), characteristics_changed: 0,
      ...Object.fromEntries(p.row.map((value, k) => [`c_${k}`, value])), created_at: now, updated_at: now,
    })),
  );
};

const write = async (people: Person[]) => {
  await clear();
  const now = new Date();
  await knex()('beneficiaries').insert(
    people.map((_p, i) => ({ id: personId(i), file_number: `GC${personId(i)}`, genesis_id: `GC${personId(i)}`, last_name: 'FUSION', first_name: 'Test', created_at: now, updated_at: now })),
  );
  const current = people.flatMap((p, i) =>
    p.isNew ? [] : asStored(p.current).filter((c) => c.value !== null).map((c) => ({
      beneficiary_id: personId(i), family: c.family, name: c.name, value: c.value, since: '2026-01-01', until: null, source: 'genesis', created_at: now, updated_at: now,
    })),
  );
  if (current.length) await knex()('characteristics').insert(current);
  await stage(people, false);
};

const merge = () =>
  (knex() as unknown as { transaction<T>(f: (trx: Knex) => Promise<T>): Promise<T> }).transaction((trx) =>
    mergeCharacteristics(trx, importId, EXTRACTION, GENESIS_NAMES, new Date()),
  );

type Row = { beneficiary_id: number; family: string; name: string; value: string; until: string | null };
const key = (c: { family: string; name: string; value: string | null }) => `${c.family}|${c.name}|${c.value}`;
const state = async () => {
  const stored = await rows<Row>(
    `SELECT beneficiary_id, family, name, value, CAST(until AS VARCHAR(10)) AS until FROM characteristics WHERE beneficiary_id >= ? ORDER BY id`,
    [BASE],
  );
  const events = await rows<{ beneficiary_id: number; name: string; old_value: string | null; new_value: string; occurred_on: string }>(
    `SELECT beneficiary_id, name, old_value, new_value, CAST(occurred_on AS VARCHAR(10)) AS occurred_on FROM rights_events WHERE beneficiary_id >= ? ORDER BY id`,
    [BASE],
  );
  return { stored, events };
};

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  if (app) await clear();
  await app?.stop();
});

test('the SQL merge of characteristics does what mergeCharacteristicValues says; a same_row person is left alone', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(personArb, { minLength: 1, maxLength: 5 }), async (people) => {
      await write(people);
      await merge();
      const { stored, events } = await state();
      const changedFlags = await rows<{ beneficiary_id: number; characteristics_changed: number }>(
        'SELECT beneficiary_id, characteristics_changed FROM feed_staging_rows WHERE import_id = ? ORDER BY beneficiary_id',
        [importId],
      );
      const got = people.map((_p, i) => {
        const own = stored.filter((r) => Number(r.beneficiary_id) === personId(i));
        return {
          current: own.filter((r) => r.until === null).map(key).sort(),
          closed: own.filter((r) => r.until !== null).map((r) => `${key(r)}@${r.until}`).sort(),
          events: events.filter((e) => Number(e.beneficiary_id) === personId(i)).map((e) => `${e.name}:${e.old_value}→${e.new_value}@${e.occurred_on}`).sort(),
          changed: Number(changedFlags.find((f) => Number(f.beneficiary_id) === personId(i))?.characteristics_changed ?? 0) === 1,
        };
      });
      const want = people.map((p) => {
        const before = p.isNew ? [] : asStored(p.current).filter((c) => c.value !== null);
        const result = mergeCharacteristicValues(before, asStored(p.row), p.isNew);
        const closed = new Set(result.close.map(key));
        return {
          current: [...before.filter((c) => !closed.has(key(c))), ...result.open].map(key).sort(),
          closed: result.close.map((c) => `${key(c)}@${EXTRACTION}`).sort(),
          events: result.events.map((e) => `${e.name}:${e.oldValue}→${e.newValue}@${EXTRACTION}`).sort(),
          changed: result.changed,
        };
      });
      expect(got).toEqual(want);

      // The next day, the same rows with the fingerprint of the rows just applied: nothing moves.
      await stage(people, true);
      await merge();
      expect(await state()).toEqual({ stored, events });
    }),
    { numRuns: RUNS, endOnFailure: true },
  );
});
