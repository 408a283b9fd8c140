// Name search at 100,000 files (issue 15): `search_text` is the folded text of a file's names and
// numbers (foldForSearch: accent- and case-blind), searched with LIKE '%word%'. On PostgreSQL a
// trigram index serves those LIKEs when the pg_trgm extension can be installed (superuser or
// trusted extension); otherwise the search reads the narrow column in one pass (on SQLite, from
// covering indexes).
import { SQLITE_SEARCH_TABLE, isPostgres, rowsOf, type Knex } from '../services/sql';

export const ensureSearchIndex = async (knex: Knex, log: { warn(message: string): void }): Promise<void> => {
  if (!isPostgres(knex)) {
    // SQLite has no trigram index; the search reads the folded column with its sort key from a
    // covering index (a narrow scan) rather than from every row of the table: 104,065 files,
    // « roche » in a territory 2.6 s → 19 ms, in all files 0.76 s → 85 ms. PostgreSQL does not
    // need them (the trigram index), so its import does not pay for them.
    await knex.raw('CREATE INDEX IF NOT EXISTS ix_beneficiaries_search_text_sort_name ON beneficiaries (search_text, sort_name)');
    await knex.raw('CREATE INDEX IF NOT EXISTS ix_beneficiaries_territory_search_text ON beneficiaries (territory_code, archived_at, search_text, sort_name)');
    await ensureSqliteTrigramIndex(knex);
    return;
  }
  // The nightly feed moves every accepted file's actualisation date (100,000 rows a night). With
  // half of each page kept free, PostgreSQL rewrites those rows in place (HOT updates: no entry in
  // any of the table's indexes, the trigram one included): 10.2 s → 0.5 s for 104,396 files on the
  // benchmark. New pages follow it; an existing table gets it wholly after a VACUUM FULL.
  await knex.raw('ALTER TABLE beneficiaries SET (fillfactor = 50)');
  try {
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await knex.raw('CREATE INDEX IF NOT EXISTS ix_beneficiaries_search_text_trgm ON beneficiaries USING gin (search_text gin_trgm_ops)');
  } catch (error) {
    log.warn(`Recherche par nom sans index trigramme (pg_trgm indisponible : ${(error as Error).message}).`);
  }
};

/**
 * SQLite's trigram index: an FTS5 table over `beneficiaries.search_text` (external content: it
 * stores only the index, the text stays in the files' table), kept by triggers on every insert,
 * change of the text, and delete — the import's bulk statements included. A word of three letters
 * or more is then found through it (searchTextSql) instead of reading the column of every file.
 * Strapi leaves such tables alone: they are not its own and were never in its schema. Built once
 * from the existing files when it is created.
 */
const ensureSqliteTrigramIndex = async (knex: Knex): Promise<void> => {
  const exists = rowsOf(await knex.raw(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '${SQLITE_SEARCH_TABLE}'`)).length > 0;
  if (!exists) {
    await knex.raw(`CREATE VIRTUAL TABLE ${SQLITE_SEARCH_TABLE} USING fts5(search_text, content = 'beneficiaries', content_rowid = 'id', tokenize = 'trigram')`);
  }
  await knex.raw(`CREATE TRIGGER IF NOT EXISTS beneficiaries_search_ai AFTER INSERT ON beneficiaries BEGIN
      INSERT INTO ${SQLITE_SEARCH_TABLE} (rowid, search_text) VALUES (new.id, new.search_text); END`);
  await knex.raw(`CREATE TRIGGER IF NOT EXISTS beneficiaries_search_ad AFTER DELETE ON beneficiaries BEGIN
      INSERT INTO ${SQLITE_SEARCH_TABLE} (${SQLITE_SEARCH_TABLE}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END`);
  await knex.raw(`CREATE TRIGGER IF NOT EXISTS beneficiaries_search_au AFTER UPDATE OF search_text ON beneficiaries BEGIN
      INSERT INTO ${SQLITE_SEARCH_TABLE} (${SQLITE_SEARCH_TABLE}, rowid, search_text) VALUES ('delete', old.id, old.search_text);
      INSERT INTO ${SQLITE_SEARCH_TABLE} (rowid, search_text) VALUES (new.id, new.search_text); END`);
  if (!exists) await knex.raw(`INSERT INTO ${SQLITE_SEARCH_TABLE} (${SQLITE_SEARCH_TABLE}) VALUES ('rebuild')`);
};
