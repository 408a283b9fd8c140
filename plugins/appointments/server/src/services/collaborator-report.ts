// « Rendez-vous par collaborateur » (FEATURES A8): the appointments of a period on the files the
// user sees (file-active's perimeter, the one statement), counted per collaborator and réalisation
// in SQL; the rates come from the domain rule. The rows name collaborators, not files: a read or an
// export is audited once, without a file.
import type { Core } from '@strapi/strapi';
import { ConsoleError, perimeterSql, reportWorkbook, todayInParis, type ConsoleUser, type ReportFile, type ReportProvider } from '@rsa/console-kit';
import { APPOINTMENT_STATUSES, reportExportFileName, type ReportDescription } from '@rsa/vocabulary';
import { defaultReportPeriod, validateReportPeriod, withPeriodDefaults } from '@rsa/plugin-file-active/domain/reports/report-period';
import {
  COLLABORATOR_REPORT_COLUMNS,
  COLLABORATOR_REPORT_ID,
  COLLABORATOR_REPORT_PROFILES,
  collaboratorReportDescription,
  collaboratorReportRow,
  statusCounts,
  type CollaboratorReportRow,
} from '../../../domain/collaborator-report';
import { rowsOf, visibleFilesSql, type Knex, type Row } from './sql';

// The default period: the last 30 days, today included.
const DEFAULT_DAYS = 30;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  // The form shows the period the report applies when « Du » / « Au » are left empty.
  const withDefaultPeriod = (description: ReportDescription): ReportDescription => ({
    ...description,
    params: withPeriodDefaults(description.params, defaultReportPeriod(todayInParis(), DEFAULT_DAYS)),
  });

  const mayRead = (user: ConsoleUser) => user.profiles.some((p) => COLLABORATOR_REPORT_PROFILES.includes(p));

  const rows = async (user: ConsoleUser, params: Record<string, string>): Promise<CollaboratorReportRow[]> => {
    if (!mayRead(user)) throw new ConsoleError(403, 'Les rapports ne sont pas ouverts à votre profil.');
    const today = todayInParis();
    const defaults = defaultReportPeriod(today, DEFAULT_DAYS);
    const period = validateReportPeriod({ from: params.from || defaults.from, to: params.to || defaults.to });
    if (!period.ok) throw new ConsoleError(422, period.message);
    const scope = visibleFilesSql(strapi, user, today);
    // Structure and « Collaborateur » narrow the appointment's collaborator `u` (console_users has
    // the login too), the territory the files.
    const perimeter = perimeterSql(params, 'u', 'u');
    // One conditional count per réalisation status (the vocabulary's list, bound, never spelt here).
    const counts = APPOINTMENT_STATUSES.map((s) => ({ sql: `SUM(CASE WHEN a.status = ? THEN 1 ELSE 0 END) AS ${s}`, bindings: [s] }));
    const where = [
      scope,
      // start_local is the Paris wall-clock « AAAA-MM-JJTHH:mm »: both days of the period included.
      { sql: 'a.start_local >= ? AND a.start_local <= ?', bindings: [`${period.period.from}T00:00`, `${period.period.to}T23:59`] },
      ...perimeter,
    ];
    const sql = `SELECT a.collaborator_login AS login, MAX(u.name) AS name, MAX(COALESCE(st.name, u.structure_code)) AS structure,
        ${counts.map((c) => c.sql).join(', ')}
      FROM appointments a
      JOIN beneficiaries b ON b.id = a.beneficiary_id
      LEFT JOIN console_users u ON u.login = a.collaborator_login
      LEFT JOIN structures st ON st.code = u.structure_code
      WHERE ${where.map((w) => w.sql).join(' AND ')}
      GROUP BY a.collaborator_login
      ORDER BY MAX(COALESCE(st.name, u.structure_code)), MAX(u.name), a.collaborator_login`;
    const bindings = [...counts.flatMap((c) => c.bindings), ...where.flatMap((w) => w.bindings)];
    return rowsOf<Row>(await knex().raw(sql, bindings)).map((r) =>
      collaboratorReportRow({ login: String(r.login), name: (r.name as string) ?? null, structure: (r.structure as string) ?? null }, statusCounts(r)),
    );
  };

  const exportWorkbook = async (user: ConsoleUser, params: Record<string, string>): Promise<ReportFile> => {
    const result = await rows(user, params);
    const description = collaboratorReportDescription();
    const buffer = await reportWorkbook<CollaboratorReportRow>(
      description.title,
      COLLABORATOR_REPORT_COLUMNS.map((c) => ({ header: c.header, type: c.type, width: c.width, value: (row) => row[c.key] ?? null })),
      result,
    );
    // The rows name collaborators, not files: one entry without a file.
    await strapi.plugin('file-active').service('audit').record(user, `export:report:${COLLABORATOR_REPORT_ID}`, null);
    return { filename: reportExportFileName(description.fileName, todayInParis()), buffer };
  };

  /** The report as file-active's report registry serves it (registered at bootstrap); nothing for other profiles. */
  const provider: ReportProvider = {
    names: [COLLABORATOR_REPORT_ID],
    catalogue: (user) => (mayRead(user) ? [withDefaultPeriod(collaboratorReportDescription())] : []),
    list: async ({ user, params }) => ({ rows: await rows(user, params), columnKeys: COLLABORATOR_REPORT_COLUMNS.map((c) => c.key) }),
    export: ({ user, params }) => exportWorkbook(user, params),
  };

  return { provider };
};
