// The name search finds a word in a file's folded search text (`LIKE '%word%'`). On SQLite a word
// of three letters or more goes through the FTS5 trigram table kept by triggers (searchTextSql);
// this property test pins it to the plain LIKE on the column, through inserts, changes of the text
// and deletes, on the real database (SQLite under `npm test`, PostgreSQL under `npm run test:pg`,
// where the condition is the LIKE itself and the trigram index is PostgreSQL's own).
import fc from 'fast-check';
import { foldForSearch } from '@rsa/vocabulary';
import { startTestApp, type TestApp } from '../support/test-app';
import { searchTextSql } from '../../plugins/file-active/server/src/services/sql';

const BASE = 70_000_000;
const RUNS = Number(process.env.SEARCH_TRIGRAM_RUNS ?? 40);

let app: TestApp;
const knex = () => app.strapi.db.connection;
const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? (r as T[]) : ((r as { rows: T[] }).rows ?? []));

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.stop());

// Short alphabets make words meet often; accents and ligatures go through the folding first;
// quotes (the FTS5 phrase's own), LIKE's wildcards and a character outside the BMP (two UTF-16
// units, one trigram character) test the edges of the trigram table's phrase.
const word = fc.stringMatching(/^[abcéèœß'"_%🙂-]{1,6}$/u);
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => foldForSearch(words.join(' ')));

const matching = async (token: string, condition: { sql: string; bindings: unknown[] }): Promise<number[]> =>
  rowsOf<{ id: number }>(await knex().raw(`SELECT b.id FROM beneficiaries b WHERE b.id >= ? AND ${condition.sql} ORDER BY b.id`, [BASE, ...condition.bindings])).map((r) =>
    Number(r.id),
  );

test('searchTextSql finds the same files as LIKE on the search text, after inserts, changes and deletes', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(text, { minLength: 1, maxLength: 12 }),
      fc.array(fc.tuple(fc.nat(), text), { maxLength: 4 }),
      fc.array(fc.nat(), { maxLength: 3 }),
      fc.array(word.map(foldForSearch), { minLength: 1, maxLength: 5 }),
      async (texts, changes, deletions, tokens) => {
        await knex().raw('DELETE FROM beneficiaries WHERE id >= ?', [BASE]);
        const now = new Date();
        await knex()('beneficiaries').insert(
          texts.map((t, i) => ({ id: BASE + i, file_number: `ST${BASE + i}`, last_name: 'RECHERCHE', first_name: 'Test', search_text: t, created_at: now, updated_at: now })),
        );
        for (const [at, t] of changes) await knex().raw('UPDATE beneficiaries SET search_text = ? WHERE id = ?', [t, BASE + (at % texts.length)]);
        for (const at of deletions) await knex().raw('DELETE FROM beneficiaries WHERE id = ?', [BASE + (at % texts.length)]);
        for (const token of tokens) {
          expect(await matching(token, searchTextSql(knex(), [token]))).toEqual(await matching(token, { sql: 'b.search_text LIKE ?', bindings: [`%${token}%`] }));
        }
        // All the words at once (one FTS5 query for the trigram ones on SQLite): every word found.
        const every = { sql: tokens.map(() => 'b.search_text LIKE ?').join(' AND '), bindings: tokens.map((t) => `%${t}%`) };
        expect(await matching(tokens.join(' '), searchTextSql(knex(), tokens))).toEqual(await matching(tokens.join(' '), every));
      },
    ),
    { numRuns: RUNS },
  );
  await knex().raw('DELETE FROM beneficiaries WHERE id >= ?', [BASE]);
});

test('on SQLite a word of three letters or more is looked up in the trigram table, not in every file', async () => {
  const condition = searchTextSql(knex(), ['richard']);
  if (process.env.DATABASE_CLIENT === 'postgres') {
    expect(condition.sql).toBe('b.search_text LIKE ?');
    return;
  }
  const plan = rowsOf<{ detail: string }>(await knex().raw(`EXPLAIN QUERY PLAN SELECT b.id FROM beneficiaries b WHERE ${condition.sql}`, condition.bindings));
  expect(plan.map((p) => p.detail).join(' | ')).toMatch(/VIRTUAL TABLE INDEX/);
  expect(searchTextSql(knex(), ['ri']).sql).toBe('b.search_text LIKE ?');
  expect(searchTextSql(knex(), ['r🙂']).sql).toBe('b.search_text LIKE ?');
  // Several trigram words: one lookup in the table, every phrase in it.
  const both = searchTextSql(knex(), ['roche', 'elodie']);
  expect(both.sql.match(/MATCH/g)).toHaveLength(1);
  expect(both.bindings).toEqual(['"roche" "elodie"']);
});
