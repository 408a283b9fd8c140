// The common frame of the file-active reports (R1, R3): files of the user's perimeter
// (visibleFilesSql, the one place), with their current or last référent de parcours, and the
// per-user situation filter (file active / sortis / tous).
import { ConsoleError, perimeterSql as kitPerimeterSql, type ConsoleUser } from '@rsa/console-kit';
import type { ReportParamDescription } from '@rsa/vocabulary';
import type { CharacteristicCatalogue } from '../../../../domain/characteristic-catalogue';
import type { Situation } from '../preferences';
import { visibleFilesSql } from '../scope';
import { assignmentInForceSql, lastParcoursIdSql, rowsOf, toIsoDate, type Knex, type SqlFragment } from '../sql';

export type ReportRow = Record<string, string | number | null> & { id: number | string; beneficiary: number };

export type ReportContext = {
  knex: Knex;
  catalogue: CharacteristicCatalogue;
  user: ConsoleUser;
  today: string;
  params: Record<string, string>;
  situation: Situation;
  communeTerritories: () => Promise<Map<string, string>>;
};

export type ReportColumn = { key: string; header: string; type?: 'text' | 'date' | 'number'; width?: number };

export type ReportDefinition = {
  title: string;
  /** French export name (reportExportFileName). */
  fileName: string;
  /** Every parameter `run` reads, as the console's form offers it. */
  params: readonly ReportParamDescription[];
  columns: ReportColumn[];
  run(context: ReportContext): Promise<ReportRow[]>;
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
 * SELECT <columns> FROM the visible files `b`, their last référent de parcours `ra` / `ru`, plus
 * `joins`, WHERE every condition. `select` may hold bindings (they come first).
 */
export const fileReportQuery = async (
  context: ReportContext,
  select: SqlFragment,
  joins: SqlFragment[],
  conditions: SqlFragment[],
  orderBy = 'b.last_name, b.first_name, b.id',
): Promise<Record<string, unknown>[]> => {
  const scope = visibleFilesSql(context.user, context.today);
  const where = [scope, ...conditions];
  const last = lastParcoursIdSql('b.id', context.today);
  const sql = `SELECT ${FILE_COLUMNS}${select.sql ? `, ${select.sql}` : ''}
    FROM beneficiaries b
    LEFT JOIN assignments ra ON ra.id = ${last.sql}
    LEFT JOIN console_users ru ON ru.login = ra.login
    LEFT JOIN structures rst ON rst.code = ru.structure_code
    ${joins.map((j) => j.sql).join('\n')}
    WHERE ${where.map((w) => w.sql).join(' AND ')}
    ORDER BY ${orderBy}`;
  const bindings = [...select.bindings, ...last.bindings, ...joins.flatMap((j) => j.bindings), ...where.flatMap((w) => w.bindings)];
  return rowsOf<Record<string, unknown>>(await context.knex.raw(sql, bindings));
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
