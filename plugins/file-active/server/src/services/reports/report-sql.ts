// The common frame of the file-active reports (R1, R3): files of the user's perimeter
// (visibleFilesSql, the one place), with their current or last référent de parcours, and the
// per-user situation filter (file active / sortis / tous).
import { ConsoleError, offThreadRead, perimeterSql as kitPerimeterSql, sortRows, type ConsoleUser, type ReportPageQuery } from '@rsa/console-kit';
import type { ReportParamDescription } from '@rsa/vocabulary';
import type { CharacteristicCatalogue } from '../../../../domain/characteristic-catalogue';
import type { Situation } from '../preferences';
import { visibleFilesSql } from '../scope';
import { assignmentInForceSql, foldSql, isPostgres, lastParcoursJoinSql, rowsOf, toIsoDate, type Knex, type SqlFragment } from '../sql';

export type ReportRow = Record<string, string | number | null> & { id: number | string; beneficiary: number };

export type ReportContext = {
  knex: Knex;
  catalogue: CharacteristicCatalogue;
  user: ConsoleUser;
  today: string;
  params: Record<string, string>;
  situation: Situation;
  /** The territory code of the commune whose INSEE code is the expression `inseeCode`, NULL when unknown. */
  communeTerritorySql: (inseeCode: string) => SqlFragment;
};

export type ReportColumn = { key: string; header: string; type?: 'text' | 'date' | 'number'; width?: number };

export type ReportDefinition = {
  title: string;
  /** French export name (reportExportFileName). */
  fileName: string;
  /** Every parameter `run` reads, as the console's form offers it. */
  params: readonly ReportParamDescription[];
  columns: ReportColumn[];
  /** Every row, in the report's own order (the export, the alerts, the in-memory pages). */
  run(context: ReportContext): Promise<ReportRow[]>;
  /** Optional: the page asked for, sorted and paged in SQL (same checks and rows as `run`). */
  page?(context: ReportContext, query: ReportPageQuery): Promise<{ rows: ReportRow[]; total: number }>;
};

/** The current or last référent de parcours `ra` is in force today (the file is in a file active). */
export const inForceSql = (today: string): SqlFragment => {
  const inForce = assignmentInForceSql('ra', today);
  return { sql: `(ra.id IS NOT NULL AND ${inForce.sql})`, bindings: inForce.bindings };
};

export const situationSql = (situation: Situation, today: string): SqlFragment => {
  if (situation === 'tous') return { sql: '1 = 1', bindings: [] };
  const inForce = inForceSql(today);
  return situation === 'file_active' ? inForce : { sql: `NOT ${inForce.sql}`, bindings: inForce.bindings };
};

/** The perimeter parameters on the file's last référent `ra` / `ru` (or another pair). */
export const perimeterSql = (params: Record<string, string>, assignment = 'ra', user = 'ru'): SqlFragment[] => kitPerimeterSql(params, assignment, user);

export const FILE_COLUMNS = `b.id AS beneficiary_id, b.file_number, b.last_name, b.first_name, b.caf_number, b.territory_code, b.insee_code, b.city,
  b.updated_from_genesis_on, ra.login AS referent_login, ru.name AS referent_name, COALESCE(rst.name, ru.structure_code) AS referent_structure,
  ra.start_date AS referent_start, ra.end_date AS referent_end`;

/**
 * A file report's statement: SELECT FILE_COLUMNS + `select` FROM the visible files `b`, their
 * current or last référent de parcours `ra` / `ru` / `rst`, plus `joins`, WHERE every condition,
 * in `orderBy` (the report's own order, ending on what makes a row unique so that pages do not
 * overlap). `select` may hold bindings (they come first). `sortable`: each column the report may be
 * sorted on in SQL, by the expression its values come from ('same on every row': sorted on it, the
 * report keeps its own order, as the in-memory sort does); a column missing is sorted in memory.
 */
export type FileReportSql = {
  select: SqlFragment;
  joins: SqlFragment[];
  conditions: SqlFragment[];
  orderBy: string;
  sortable?: Readonly<Record<string, string | SqlFragment | 'same on every row'>>;
};

const NOTHING: SqlFragment = { sql: '', bindings: [] };

// The report's statement without its order; the current or last référent de parcours in the form
// fastest on the database (lastParcoursJoinSql).
const fromSql = (context: ReportContext, report: FileReportSql): { sql: string; bindings: unknown[] } => {
  const scope = visibleFilesSql(context.user, context.today);
  const where = [scope, ...report.conditions];
  const last = lastParcoursJoinSql('ra', 'b.id', context.today, isPostgres(context.knex) ? 'window' : 'lookup');
  const { select } = report;
  return {
    sql: `SELECT ${FILE_COLUMNS}${select.sql ? `, ${select.sql}` : ''}
    FROM beneficiaries b
    ${last.sql}
    LEFT JOIN console_users ru ON ru.login = ra.login
    LEFT JOIN structures rst ON rst.code = ru.structure_code
    ${report.joins.map((j) => j.sql).join('\n')}
    WHERE ${where.map((w) => w.sql).join(' AND ')}`,
    bindings: [...select.bindings, ...last.bindings, ...report.joins.flatMap((j) => j.bindings), ...where.flatMap((w) => w.bindings)],
  };
};

/**
 * How a column sorts as the registry sorts rows in memory (console-kit sortRows): empty values
 * last ascending, first descending; text in French order (accents and case folded first, then the
 * raw text breaks the tie); ties keep the report's own order.
 */
const sortSql = (expression: string | SqlFragment, type: ReportColumn['type'], order: 'ASC' | 'DESC'): SqlFragment => {
  const e = typeof expression === 'string' ? { sql: expression, bindings: [] } : expression;
  const keys = type === 'date' || type === 'number' ? [e.sql] : [foldSql(e.sql), e.sql];
  return {
    sql: [`CASE WHEN ${e.sql} IS NULL THEN 1 ELSE 0 END`, ...keys].map((k) => `${k} ${order}`).join(', '),
    bindings: [...e.bindings, ...keys.flatMap(() => e.bindings)],
  };
};

/**
 * The page asked for of a file report, sorted in SQL on a column of `sortable` (else in its own
 * order), with the report's total; `range` null: every row.
 */
export const fileReportPage = async (
  context: ReportContext,
  report: FileReportSql,
  columns: readonly ReportColumn[],
  query: ReportPageQuery,
): Promise<{ rows: Record<string, unknown>[]; total: number }> => {
  const from = fromSql(context, report);
  const column = query.sort ? columns.find((c) => c.key === query.sort?.field) : undefined;
  const expression = column ? report.sortable?.[column.key] : undefined;
  const sort = column && expression !== undefined && expression !== 'same on every row' && query.sort ? sortSql(expression, column.type, query.sort.order) : null;
  const orderBy = sort ? `${sort.sql}, ${report.orderBy}` : report.orderBy;
  const limit = query.range ? { sql: ' LIMIT ? OFFSET ?', bindings: [query.range.end - query.range.start + 1, query.range.start] } : NOTHING;
  // A page on screen: on SQLite in a worker thread (offThreadRead), so that a report's
  // 150–450 ms over 100,000 files do not hold every other request; an export (every row) reads here.
  const sql = `${from.sql.replace(/^SELECT /, 'SELECT COUNT(*) OVER () AS report_total, ')}\n    ORDER BY ${orderBy}${limit.sql}`;
  const bindings = [...from.bindings, ...(sort?.bindings ?? []), ...limit.bindings];
  const rows = rowsOf<Record<string, unknown>>(query.range ? await offThreadRead(context.knex, sql, bindings, { prepared: false }) : await context.knex.raw(sql, bindings));
  if (rows.length > 0) return { rows, total: Number(rows[0].report_total) };
  // A page past the end: the total alone.
  const [count] = rowsOf<{ n: number | string }>(await context.knex.raw(`SELECT COUNT(*) AS n FROM (${from.sql}) t`, from.bindings));
  return { rows, total: Number(count?.n ?? 0) };
};

/**
 * A file report sorted and paged in SQL: `query` its statement (async when it reads the database
 * first, e.g. rawValuesFoldingTo), `row` one of its rows as shown; `run` is every row in its own
 * order.
 */
export const sqlFileReport = (
  report: Omit<ReportDefinition, 'run' | 'page'> & {
    query(context: ReportContext): FileReportSql | Promise<FileReportSql>;
    row(r: Record<string, unknown>, context: ReportContext): ReportRow;
  },
): ReportDefinition => ({
  title: report.title,
  fileName: report.fileName,
  params: report.params,
  columns: report.columns,
  async run(context) {
    const { rows } = await fileReportPage(context, await report.query(context), report.columns, { sort: null, range: null });
    return rows.map((r) => report.row(r, context));
  },
  async page(context, query) {
    const statement = await report.query(context);
    if (query.sort && statement.sortable?.[query.sort.field] === undefined) {
      // A column computed in JS (no SQL expression): every row, sorted and paged in memory.
      const { rows } = await fileReportPage(context, statement, report.columns, { sort: null, range: null });
      const sorted = sortRows(rows.map((r) => report.row(r, context)), query.sort);
      return { rows: query.range ? sorted.slice(query.range.start, query.range.end + 1) : sorted, total: sorted.length };
    }
    const { rows, total } = await fileReportPage(context, statement, report.columns, query);
    return { rows: rows.map((r) => report.row(r, context)), total };
  },
});

/** The SQL of FILE_HEADERS, REFERENT_HEADERS and the file columns, to sort on them. */
export const FILE_SORTABLE: Readonly<Record<string, string>> = {
  fileNumber: 'b.file_number',
  lastName: 'b.last_name',
  firstName: 'b.first_name',
  cafNumber: 'b.caf_number',
  territory: 'b.territory_code',
  city: 'b.city',
  inseeCode: 'b.insee_code',
  updatedFromGenesisOn: 'b.updated_from_genesis_on',
  referentStructure: 'COALESCE(rst.name, ru.structure_code)',
  referent: 'COALESCE(ru.name, ra.login)',
  referentStart: 'ra.start_date',
  referentEnd: 'ra.end_date',
};
/** The columns every file row carries. */
export const fileFields = (r: Record<string, unknown>) => ({
  beneficiary: Number(r.beneficiary_id),
  fileNumber: (r.file_number as string) ?? null,
  lastName: (r.last_name as string) ?? null,
  firstName: (r.first_name as string) ?? null,
  cafNumber: (r.caf_number as string) ?? null,
  territory: (r.territory_code as string) ?? null,
  referentStructure: (r.referent_structure as string) ?? null,
  referent: (r.referent_name as string) ?? (r.referent_login as string) ?? null,
  referentLogin: (r.referent_login as string) ?? null,
  referentStart: toIsoDate(r.referent_start),
  referentEnd: toIsoDate(r.referent_end),
  updatedFromGenesisOn: toIsoDate(r.updated_from_genesis_on),
});

export const FILE_HEADERS: ReportColumn[] = [
  { key: 'fileNumber', header: 'N° dossier' },
  { key: 'lastName', header: 'Nom', width: 20 },
  { key: 'firstName', header: 'Prénom', width: 16 },
];

export const REFERENT_HEADERS: ReportColumn[] = [
  { key: 'referentStructure', header: 'Structure référent', width: 18 },
  { key: 'referent', header: 'Référent', width: 22 },
];

export const intParam = (raw: string | undefined, fallback: number, min: number, max: number, label: string): number => {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConsoleError(422, `${label} doit être un nombre entier entre ${min} et ${max}.`);
  return n;
};
