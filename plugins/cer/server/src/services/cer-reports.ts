// CER reports (FEATURES C6, R3, R4): live queries on the tables, scoped by the file-active
// perimeter (the same rule as every list), set-based SQL portable to SQLite and PostgreSQL.
import type { Core } from '@strapi/strapi';
import { ConsoleError, perimeterSql, reportWorkbook, todayInParis, type AlertProvider, type ConsoleUser, type ReportContext, type ReportFile, type ReportProvider } from '@rsa/console-kit';
import { reportExportFileName } from '@rsa/vocabulary';
import { addDays, CER_STATE_LABELS, daysUntilRenewal, type CerState } from '../../../domain';
import {
  CER_REPORT_FILE_NAMES,
  CER_REPORT_TITLES,
  cerReportCatalogue,
  cerReportColumns,
  filesWithoutCerColumns,
  type CerReportName,
  type CerReportRow,
  type FileWithoutCerRow,
} from '../../../domain/reports/cer-report-columns';
import { parseRenewalDays, parseReportStates, parseReportWindow, type ParamCheck } from '../../../domain/reports/cer-report-params';
import { getService } from './get-service';
import { placeholders, rowsOf, toBool, toIsoDate, toNumber, type Knex, type Row } from './sql';

type Fragment = { sql: string; bindings: unknown[] };
export type ReportParams = Record<string, unknown>;

const PERSON_COLUMNS = `b.id AS beneficiary_id, b.file_number, b.last_name, b.first_name, ra.login AS referent_login, u.name AS referent_name,
  COALESCE(s.name, u.structure_code) AS referent_structure`;

const valueOf = <T>(check: ParamCheck<T>): T => {
  if (!check.ok) throw new ConsoleError(422, check.message);
  return check.value;
};

// The alerts' remembered situation (R1): `ra` is the file's référent de parcours only when in force
// today (currentReferentJoin), so « file active » is a file where it was found, « sortis » one without.
const situationSql = (situation: unknown): string => {
  if (situation === undefined || situation === null || situation === '' || situation === 'tous') return '';
  if (situation === 'file_active') return ' AND ra.id IS NOT NULL';
  if (situation === 'sortis') return ' AND ra.id IS NULL';
  throw new ConsoleError(422, 'Situation inconnue : file active, sortis ou tous.');
};

const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

const person = (r: Row) => ({
  beneficiary: toNumber(r.beneficiary_id),
  fileNumber: String(r.file_number ?? ''),
  lastName: String(r.last_name ?? ''),
  firstName: String(r.first_name ?? ''),
  referentLogin: str(r.referent_login),
  referentName: str(r.referent_name ?? r.referent_login),
  referentStructure: str(r.referent_structure),
});

const cerRow = (r: Row, today: string): CerReportRow => {
  const end = toIsoDate(r.end_date);
  const lastContract = toBool(r.last_contract);
  return {
    id: toNumber(r.id),
    ...person(r),
    number: toNumber(r.number),
    signedOn: toIsoDate(r.signed_on),
    start: toIsoDate(r.start_date) ?? '',
    end,
    state: String(r.state),
    stateLabel: CER_STATE_LABELS[String(r.state) as CerState] ?? String(r.state),
    priority: str(r.priority),
    validatedOn: toIsoDate(r.validated_on),
    notValidatedOn: toIsoDate(r.not_validated_on),
    decision: str(r.decision),
    lastContract,
    daysUntilRenewal: daysUntilRenewal({ end, lastContract }, today),
  };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const scopeOf = (user: ConsoleUser, today: string): Fragment =>
    strapi.plugin('file-active').service('scope').visibleFilesSql(user, today) as Fragment;
  // The file's current référent de parcours: the file-active plugin's statement of the rule
  // (its last référent de parcours, when in force today), not a copy of it.
  const currentReferentJoin = (today: string): Fragment => {
    const scope = strapi.plugin('file-active').service('scope');
    const last = scope.lastParcoursIdSql('b.id', today) as Fragment;
    const inForce = scope.assignmentInForceSql('ra', today) as Fragment;
    return {
      sql: `LEFT JOIN assignments ra ON ra.id = ${last.sql} AND ${inForce.sql}
  LEFT JOIN console_users u ON u.login = ra.login
  LEFT JOIN structures s ON s.code = u.structure_code`,
      bindings: [...last.bindings, ...inForce.bindings],
    };
  };

  /** The scope and the perimeter parameters (structure, référent, territory of the current référent). */
  const whereOf = (user: ConsoleUser, today: string, params: ReportParams): Fragment => {
    const parts = [scopeOf(user, today), ...perimeterSql(params, 'ra', 'u')];
    return { sql: parts.map((p) => p.sql).join(' AND '), bindings: parts.flatMap((p) => p.bindings) };
  };

  const cerQuery = async (user: ConsoleUser, today: string, filter: Fragment, orderBy: string, params: ReportParams = {}): Promise<CerReportRow[]> => {
    const scope = whereOf(user, today, params);
    const join = currentReferentJoin(today);
    const rows = rowsOf(
      await knex().raw(
        `SELECT c.*, ${PERSON_COLUMNS}
           FROM cers c JOIN beneficiaries b ON b.id = c.beneficiary_id
           ${join.sql}
          WHERE ${scope.sql} AND ${filter.sql}
          ORDER BY ${orderBy}, b.last_name, b.first_name, c.id`,
        [...join.bindings, ...scope.bindings, ...filter.bindings],
      ),
    );
    return rows.map((r) => cerRow(r, today));
  };

  const windowOf = (params: ReportParams, today: string) =>
    valueOf(parseReportWindow({ from: params.from, to: params.to, lastDays: params.lastDays }, today));

  const reports: Record<CerReportName, (user: ConsoleUser, params: ReportParams, today: string) => Promise<CerReportRow[]>> = {
    'cer-by-state': (user, params, today) => {
      const window = windowOf(params, today);
      const states = valueOf(parseReportStates(params.state));
      const stateSql = states.length ? ` AND c.state IN (${placeholders(states)})` : '';
      return cerQuery(user, today, { sql: `c.signed_on >= ? AND c.signed_on <= ?${stateSql}`, bindings: [window.from, window.to, ...states] }, 'c.signed_on', params);
    },
    'cer-validated': (user, params, today) => {
      const window = windowOf(params, today);
      return cerQuery(user, today, { sql: `c.state = 'valide' AND c.validated_on >= ? AND c.validated_on <= ?`, bindings: [window.from, window.to] }, 'c.validated_on', params);
    },
    'cer-not-validated': (user, params, today) => {
      const window = windowOf(params, today);
      return cerQuery(user, today, { sql: `c.state = 'non_valide' AND c.not_validated_on >= ? AND c.not_validated_on <= ?`, bindings: [window.from, window.to] }, 'c.not_validated_on', params);
    },
    // The file's latest CER only (a newer one is the renewal); "dernier contrat" never asks for one.
    'cer-renewal': (user, params, today) => {
      const days = valueOf(parseRenewalDays(params.days));
      return cerQuery(
        user,
        today,
        {
          sql: `c.id = (SELECT c2.id FROM cers c2 WHERE c2.beneficiary_id = c.beneficiary_id ORDER BY c2.start_date DESC, c2.id DESC LIMIT 1)
                AND (c.last_contract IS NULL OR c.last_contract = ?) AND c.end_date IS NOT NULL AND c.end_date <= ?${situationSql(params.situation)}`,
          bindings: [false, addDays(today, days)],
        },
        'c.end_date',
        params,
      );
    },
  };

  const filesWithoutCer = async (user: ConsoleUser, params: ReportParams = {}): Promise<FileWithoutCerRow[]> => {
    const today = todayInParis();
    const scope = whereOf(user, today, params);
    const join = currentReferentJoin(today);
    const rows = rowsOf(
      await knex().raw(
        `SELECT ${PERSON_COLUMNS}, b.updated_from_genesis_on
           FROM beneficiaries b ${join.sql}
          WHERE ${scope.sql} AND NOT EXISTS (SELECT 1 FROM cers c WHERE c.beneficiary_id = b.id)
          ORDER BY b.last_name, b.first_name, b.id`,
        [...join.bindings, ...scope.bindings],
      ),
    );
    return rows.map((r) => ({ id: toNumber(r.beneficiary_id), ...person(r), updatedFromGenesisOn: toIsoDate(r.updated_from_genesis_on) }));
  };

  /** A report shown or exported is a read (or an export) of every file it lists. */
  const audit = (user: ConsoleUser, name: string, kind: 'read' | 'export', beneficiaryIds: readonly number[]) =>
    getService(strapi, 'cer-access').auditMany(user, `${kind}:report:${name}`, beneficiaryIds);

  const catalogue = cerReportCatalogue();
  // The registry asks only for the names below: files-without-cer or one of `reports`.
  const rowsFor = ({ user, name, params }: ReportContext): Promise<Array<CerReportRow | FileWithoutCerRow>> =>
    name === 'files-without-cer' ? filesWithoutCer(user, params) : reports[name as CerReportName](user, params, todayInParis());

  /** The C6 reports as file-active's report registry serves them (registered at bootstrap). */
  const provider: ReportProvider = {
    names: catalogue.map((r) => r.id),
    catalogue: () => catalogue,
    list: async (ctx) => ({ rows: await rowsFor(ctx), columnKeys: catalogue.find((r) => r.id === ctx.name)?.columns.map((c) => c.key) ?? [] }),
    async export(ctx): Promise<ReportFile> {
      const name = ctx.name as CerReportName | 'files-without-cer';
      const rows = await rowsFor(ctx);
      const buffer =
        name === 'files-without-cer'
          ? await reportWorkbook(CER_REPORT_TITLES[name], filesWithoutCerColumns, rows as FileWithoutCerRow[])
          : await reportWorkbook(CER_REPORT_TITLES[name], cerReportColumns(name), rows as CerReportRow[]);
      await audit(ctx.user, name, 'export', rows.map((r) => r.beneficiary));
      return { filename: reportExportFileName(CER_REPORT_FILE_NAMES[name], todayInParis()), buffer };
    },
  };

  /** « CER à renouveler » in the « Alertes » screen (file-active's alerts registry, at bootstrap). */
  const alertProvider: AlertProvider = {
    names: ['cer-renewal'],
    columns: () => catalogue.find((r) => r.id === 'cer-renewal')?.columns ?? [],
    rows: (user, _name, params) => reports['cer-renewal'](user, { days: params.days, situation: params.situation }, todayInParis()),
  };

  return {
    alertProvider,

    catalogue: cerReportCatalogue,
    filesWithoutCer,
    provider,

    /** "CER à renouveler" for the home page: how many, and the most urgent first. */
    async renewalAlert(user: ConsoleUser, params: ReportParams) {
      const days = valueOf(parseRenewalDays(params.days));
      const limit = Math.min(Math.max(Number(params.limit ?? 5) || 5, 1), 50);
      const rows = await reports['cer-renewal'](user, { days }, todayInParis());
      return { days, count: rows.length, overdue: rows.filter((r) => (r.daysUntilRenewal ?? 0) < 0).length, rows: rows.slice(0, limit) };
    },

    audit,
  };
};
