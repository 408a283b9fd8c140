// Name search at 100,000 files (issue 15): `search_text` is the folded text of a file's names and
// numbers (foldForSearch: accent- and case-blind), searched with LIKE '%word%'. On PostgreSQL a
// trigram index serves those LIKEs when the pg_trgm extension can be installed (superuser or
// trusted extension); otherwise, and on SQLite, the search reads the narrow column in one pass.
import { isPostgres, type Knex } from '../services/sql';

export const ensureSearchIndex = async (knex: Knex, log: { warn(message: string): void }): Promise<void> => {
  if (!isPostgres(knex)) return;
  try {
    await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await knex.raw('CREATE INDEX IF NOT EXISTS ix_beneficiaries_search_text_trgm ON beneficiaries USING gin (search_text gin_trgm_ops)');
  } catch (error) {
    log.warn(`Recherche par nom sans index trigramme (pg_trgm indisponible : ${(error as Error).message}).`);
  }
};
