// Shared SQL pieces of the file-active plugin (SQLite and PostgreSQL alike).
import { isPostgres, placeholders, rowsOf, type Knex, type SqlClient } from '@rsa/console-kit';
import { foldForSearch } from '@rsa/vocabulary';
export { isPostgres, placeholders, preparedRaw, rowsOf, toIsoDate, type Knex } from '@rsa/console-kit';
export { foldSql } from '@rsa/vocabulary';

export type SqlFragment = { sql: string; bindings: unknown[] };

/** `column IN (values)`; no value matches no row (an empty IN is not SQL). */
export const inValuesSql = (column: string, values: readonly unknown[]): SqlFragment =>
  values.length > 0 ? { sql: `${column} IN (${placeholders(values)})`, bindings: [...values] } : { sql: '1 = 0', bindings: [] };

/**
 * The raw values of the current characteristic (family, name) whose folded form (foldForSearch)
 * is one of `folded`, to compare the raw column with them. A characteristic has a handful of
 * distinct values over 100,000 files: folding those few here, with the domain's function, costs
 * one read through the index (family, name, until), where folding every row in SQL (foldSql, some
 * 70 REPLACE) cost « Droits clos » and « NSDD » 0.13 s of their 0.4–0.5 s on 104,065 files on
 * PostgreSQL (this read: 0.05 s); on SQLite the filter went from 0.33 s to 0.05 s. Only for a
 * characteristic with few values (a list): a date or free text has as many values as files.
 */
export const rawValuesFoldingTo = async (knex: Knex, family: string, name: string, folded: readonly string[]): Promise<string[]> => {
  const rows = rowsOf<{ value: string | null }>(
    await knex.raw('SELECT DISTINCT value FROM characteristics WHERE family = ? AND name = ? AND until IS NULL', [family, name]),
  );
  return rows.map((r) => r.value).filter((v): v is string => v !== null && folded.includes(foldForSearch(v)));
};

/** SQLite's FTS5 trigram index of beneficiaries.search_text (migrations/search-index.ts). */
export const SQLITE_SEARCH_TABLE = 'beneficiary_search_trigrams';

/** Every condition of `parts` (one stays as it is). */
const and = (parts: SqlFragment[]): SqlFragment =>
  parts.length === 1 ? parts[0] : { sql: `(${parts.map((p) => p.sql).join(' AND ')})`, bindings: parts.flatMap((p) => p.bindings) };

/**
 * The file `b` holds every folded word of `words` (foldForSearch) in its search text: `LIKE
 * '%word%'` for each. PostgreSQL serves it from its trigram index itself. On SQLite the words of
 * three characters or more (trigrams) go through the FTS5 trigram table as phrases of ONE query
 * (`MATCH '"roche" "elodie"'`: substrings, intersected inside the index — 3.4 ms for « roche » in
 * 104,065 files where the table's LIKE took 7.7 ms, reading each candidate's text back); a word
 * holding LIKE's wildcards keeps the table's LIKE, which gives them LIKE's meaning; shorter words
 * read the column. Same files every way (search-trigram.test.ts).
 */
/** A word a trigram index serves (three characters or more). */
export const isIndexedWord = (word: string): boolean => [...word].length >= 3;

export const searchTextSql = (knex: SqlClient, words: readonly string[]): SqlFragment => {
  if (words.length === 0) return { sql: '1 = 1', bindings: [] };
  const column = (word: string): SqlFragment => ({ sql: 'b.search_text LIKE ?', bindings: [`%${word}%`] });
  if (isPostgres(knex)) return and(words.map(column));
  const isPhrase = (word: string) => isIndexedWord(word) && !/[%_]/.test(word);
  const phrases = words.filter(isPhrase);
  const parts = words.filter((w) => !isPhrase(w)).map((w) =>
    !isIndexedWord(w) ? column(w) : { sql: `b.id IN (SELECT rowid FROM ${SQLITE_SEARCH_TABLE} WHERE search_text LIKE ?)`, bindings: [`%${w}%`] },
  );
  if (phrases.length > 0) {
    parts.unshift({
      sql: `b.id IN (SELECT rowid FROM ${SQLITE_SEARCH_TABLE} WHERE ${SQLITE_SEARCH_TABLE} MATCH ?)`,
      bindings: [phrases.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ')],
    });
  }
  return and(parts);
};

// The SQL statements of the domain's rules, each written once here and pinned to its domain
// function on SQLite and PostgreSQL by test/integration/file-active-perimeter.test.ts. Callers
// must not restate them.

/**
 * The file's state on `today` (domain standby.fileState): sortie once the dispositif exit date has
 * come, else veille while a veille has started and has not been ended by a user (it never ends by
 * itself, whatever its planned end), else entrée. Needs `b` and `e` (the enrolment, may be absent).
 */
export const fileStateSql = (today: string): SqlFragment => ({
  sql: `CASE WHEN e.exited_on IS NOT NULL AND e.exited_on <= ? THEN 'sortie'
  WHEN EXISTS (SELECT 1 FROM standbys st WHERE st.beneficiary_id = b.id AND st.start_date <= ? AND st.ended_on IS NULL) THEN 'veille'
  ELSE 'entree' END`,
  bindings: [today, today],
});

/** Assignment `alias` in force on `today` (domain visibility.assignmentInForce). */
export const assignmentInForceSql = (alias: string, today: string): SqlFragment => ({
  sql: `(${alias}.start_date <= ? AND (${alias}.end_date IS NULL OR ${alias}.end_date >= ?))`,
  bindings: [today, today],
});

/** Assignment `alias` grants access on `today` (domain visibility.assignmentGrantsAccess). */
export const assignmentGrantsAccessSql = (alias: string, today: string): SqlFragment => {
  const inForce = assignmentInForceSql(alias, today);
  return { sql: `(${inForce.sql} AND (${alias}.role = 'parcours' OR ${alias}.end_date IS NOT NULL))`, bindings: inForce.bindings };
};

/**
 * Étape `alias` (a row of the offers plugin's `positionnements` table) grants its named
 * collaborator access on `today` (domain visibility.etapeGrantsAccess): accepted or ended, real
 * start (else planned) ≤ today ≤ real end (else planned).
 */
export const etapeGrantsAccessSql = (alias: string, today: string): SqlFragment => ({
  sql: `(${alias}.state IN ('etape', 'termine') AND COALESCE(${alias}.real_start, ${alias}.planned_start) <= ? AND COALESCE(${alias}.real_end, ${alias}.planned_end) >= ?)`,
  bindings: [today, today],
});

// The order of lastParcoursAssignment among the file's parcours assignments started by `today`
// (one binding: today): in force first, latest start, open or later end, last recorded.
const lastParcoursOrderSql = (alias: string): string =>
  `CASE WHEN ${alias}.end_date IS NULL OR ${alias}.end_date >= ? THEN 1 ELSE 0 END DESC, ${alias}.start_date DESC,
           CASE WHEN ${alias}.end_date IS NULL THEN 1 ELSE 0 END DESC, ${alias}.end_date DESC, ${alias}.id DESC`;

/**
 * Id of the current or last référent de parcours assignment of the file whose id is `fileId` on
 * `today` (domain visibility.lastParcoursAssignment): in force first, latest start, open or
 * later end, last recorded. NULL when there is none. One lookup per file: for one file or a page.
 */
export const lastParcoursIdSql = (fileId: string, today: string): SqlFragment => ({
  sql: `(SELECT lp.id FROM assignments lp WHERE lp.beneficiary_id = ${fileId} AND lp.role = 'parcours' AND lp.start_date <= ?
  ORDER BY ${lastParcoursOrderSql('lp')} LIMIT 1)`,
  bindings: [today, today],
});

/**
 * The same assignment joined as `alias` on the file whose id is `fileId` (`LEFT JOIN`), for the
 * reports over a whole perimeter, in the form fastest on each database (measured on 104,065 files,
 * a territory of 40,262):
 * - 'window' (PostgreSQL): one pass over the parcours assignments started by `today`, ranked in
 *   each file in lastParcoursIdSql's order, keeping rank 1 — 165 ms where the lookup per file
 *   takes 420 ms. The rank is kept by `<= 1` (the same, ranks start at 1): PostgreSQL estimates
 *   `= 1` on a window's result at 0.5 % of the rows, and then joined the files one by one (1.9 s
 *   for « Droits clos »).
 * - 'lookup' (SQLite): lastParcoursIdSql per file — 0.58 s where SQLite's window takes 0.96 s.
 */
export const lastParcoursJoinSql = (alias: string, fileId: string, today: string, form: 'window' | 'lookup'): SqlFragment => {
  if (form === 'lookup') {
    const last = lastParcoursIdSql(fileId, today);
    return { sql: `LEFT JOIN assignments ${alias} ON ${alias}.id = ${last.sql}`, bindings: last.bindings };
  }
  return {
    sql: `LEFT JOIN (SELECT lr.*, ROW_NUMBER() OVER (PARTITION BY lr.beneficiary_id ORDER BY ${lastParcoursOrderSql('lr')}) AS parcours_rank
  FROM assignments lr WHERE lr.role = 'parcours' AND lr.start_date <= ?) ${alias} ON ${alias}.beneficiary_id = ${fileId} AND ${alias}.parcours_rank <= 1`,
    bindings: [today, today],
  };
};

/**
 * Status of a MIDEM request (domain midem.midemRequestStatus) from the raw values of the current
 * « Date demande de MIDEM » and « Date MIDEM » characteristics, read as the file summary reads
 * them (toIsoDate: the first 10 characters, empty as none): aucune without a request date,
 * traitee when the feed's date is later, else en_attente.
 */
export const midemRequestStatusSql = (requestedOn: SqlFragment, midemOn: SqlFragment): SqlFragment => ({
  sql: `CASE WHEN NULLIF(SUBSTR(${requestedOn.sql}, 1, 10), '') IS NULL THEN 'aucune'
  WHEN NULLIF(SUBSTR(${midemOn.sql}, 1, 10), '') > SUBSTR(${requestedOn.sql}, 1, 10) THEN 'traitee' ELSE 'en_attente' END`,
  bindings: [...requestedOn.bindings, ...midemOn.bindings, ...requestedOn.bindings],
});

/**
 * The mutation of a file (domain reports/mutation.fileMutation): 'hors_departement' when its
 * commune's INSEE code does not start with the département's code, else 'autre_dtas' when the
 * commune's territory is known and is not the file's, else NULL. `communeTerritory`: the
 * territory code of the commune `inseeCode` (NULL when unknown).
 */
export const fileMutationSql = (inseeCode: string, territory: string, communeTerritory: SqlFragment, department: string): SqlFragment => ({
  sql: `CASE WHEN SUBSTR(${inseeCode}, 1, ?) <> ? THEN 'hors_departement'
  WHEN ${communeTerritory.sql} <> ${territory} THEN 'autre_dtas' END`,
  bindings: [department.length, department, ...communeTerritory.bindings],
});

export const toIsoDateTime = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || /^\d+$/.test(String(value))) return new Date(Number(value)).toISOString();
  const parsed = new Date(String(value).replace(' ', 'T'));
  return Number.isNaN(parsed.getTime()) ? String(value) : parsed.toISOString();
};
