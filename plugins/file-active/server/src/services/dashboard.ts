// « Mon tableau de bord » (R2) and the cadres' file active charts (R4), live on the user's
// perimeter: the file active today, entries and exits of the month, the file active per référent
// or per structure month by month. A référent counts their own caseload; the others their perimeter.
import type { Core } from '@strapi/strapi';
import { ConsoleError, todayInParis, type ConsoleUser } from '@rsa/console-kit';
import { monthSnapshots, calendarMonth, MONTHS_MAX } from '../../../domain/charts/month-snapshots';
import { inForceSql } from './reports/report-sql';
import { visibleFilesSql } from './scope';
import { assignmentInForceSql, lastParcoursIdSql, placeholders, rowsOf, toIsoDate, type Knex, type SqlFragment } from './sql';

export type Movement = 'entries' | 'exits';
export const MOVEMENTS: readonly Movement[] = ['entries', 'exits'];
export type ChartDimension = 'referent' | 'structure';
export type MovementRow = { id: number; beneficiary: number; fileNumber: string | null; lastName: string | null; firstName: string | null; referent: string | null; date: string | null };

/** Only référents count their own caseload; a cadre who is also a référent sees the perimeter. */
const countsOwnCaseload = (user: ConsoleUser): boolean => user.profiles.every((p) => p === 'referent' || p === 'referent_fse');

const CHART_PROFILES = ['cadre', 'siege'];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;

  const labelsOf = async (by: ChartDimension, keys: string[]): Promise<Map<string, string>> => {
    if (keys.length === 0) return new Map();
    const sql = by === 'referent' ? 'SELECT login AS k, name AS v FROM console_users WHERE login IN' : 'SELECT code AS k, name AS v FROM structures WHERE code IN';
    const rows = rowsOf<{ k: string; v: string | null }>(await knex().raw(`${sql} (${placeholders(keys)})`, keys));
    return new Map(rows.filter((r) => r.v).map((r) => [r.k, r.v as string]));
  };

  const movementQuery = (user: ConsoleUser, kind: Movement, today: string): SqlFragment => {
    const { from, to } = calendarMonth(today);
    const column = kind === 'entries' ? 'a.start_date' : 'a.end_date';
    const scope = visibleFilesSql(user, today);
    const mine = countsOwnCaseload(user) ? { sql: ' AND a.login = ?', bindings: [user.login] } : { sql: '', bindings: [] };
    return {
      sql: `FROM assignments a JOIN beneficiaries b ON b.id = a.beneficiary_id LEFT JOIN console_users u ON u.login = a.login
        WHERE a.role = 'parcours' AND ${column} >= ? AND ${column} <= ?${mine.sql} AND ${scope.sql}`,
      bindings: [from, to, ...mine.bindings, ...scope.bindings],
    };
  };

  return {
    countsOwnCaseload,

    /** The file active today (files whose référent de parcours is in force), the month's entries and exits. */
    async caseloadFigures(user: ConsoleUser) {
      const today = todayInParis();
      const scope = visibleFilesSql(user, today);
      const last = lastParcoursIdSql('b.id', today);
      const inForce = inForceSql(today);
      const mine = countsOwnCaseload(user) ? { sql: ' AND ra.login = ?', bindings: [user.login] } : { sql: '', bindings: [] };
      const [caseload] = rowsOf<{ n: unknown }>(
        await knex().raw(`SELECT COUNT(*) AS n FROM beneficiaries b LEFT JOIN assignments ra ON ra.id = ${last.sql} WHERE ${inForce.sql}${mine.sql} AND ${scope.sql}`, [
          ...last.bindings, ...inForce.bindings, ...mine.bindings, ...scope.bindings,
        ]),
      );
      const count = async (kind: Movement) => {
        const q = movementQuery(user, kind, today);
        const [row] = rowsOf<{ n: unknown }>(await knex().raw(`SELECT COUNT(*) AS n ${q.sql}`, q.bindings));
        return Number(row?.n ?? 0);
      };
      return { mine: countsOwnCaseload(user), caseload: Number(caseload?.n ?? 0), month: calendarMonth(today), entries: await count('entries'), exits: await count('exits') };
    },

    /** The référent de parcours assignments that began (entries) or end (exits) this month. */
    async movements(user: ConsoleUser, kind: string): Promise<MovementRow[]> {
      if (!MOVEMENTS.includes(kind as Movement)) throw new ConsoleError(404, `Mouvement inconnu : ${kind}.`);
      const q = movementQuery(user, kind as Movement, todayInParis());
      const rows = rowsOf<Record<string, unknown>>(
        await knex().raw(
          `SELECT a.id, a.start_date, a.end_date, a.login, u.name, b.id AS beneficiary_id, b.file_number, b.last_name, b.first_name ${q.sql}
            ORDER BY ${kind === 'entries' ? 'a.start_date' : 'a.end_date'} DESC, b.last_name, a.id`,
          q.bindings,
        ),
      );
      return rows.map((r) => ({
        id: Number(r.id),
        beneficiary: Number(r.beneficiary_id),
        fileNumber: (r.file_number as string) ?? null,
        lastName: (r.last_name as string) ?? null,
        firstName: (r.first_name as string) ?? null,
        referent: (r.name as string) ?? (r.login as string) ?? null,
        date: toIsoDate(kind === 'entries' ? r.start_date : r.end_date),
      }));
    },

    /**
     * The file active month by month, per référent or per structure (the structure recorded on the
     * assignment): on each month's last day (today for this month), the files of today's perimeter
     * whose référent de parcours assignment was in force — one statement, a SELECT per month.
     */
    async fileActiveChart(user: ConsoleUser, by: string, monthsParam: unknown) {
      if (!user.profiles.some((p) => CHART_PROFILES.includes(p))) throw new ConsoleError(403, 'Les graphiques sont réservés aux cadres et au siège.');
      if (by !== 'referent' && by !== 'structure') throw new ConsoleError(422, 'Regroupement inconnu : par référent (referent) ou par structure (structure).');
      const months = monthsParam === undefined || monthsParam === '' ? 12 : Number(monthsParam);
      if (!Number.isInteger(months) || months < 1 || months > MONTHS_MAX) throw new ConsoleError(422, `Le nombre de mois doit être un entier entre 1 et ${MONTHS_MAX}.`);
      const today = todayInParis();
      const snapshots = monthSnapshots(today, months);
      const scope = visibleFilesSql(user, today);
      const column = by === 'referent' ? 'a.login' : 'a.structure_code';
      const parts = snapshots.map((s) => {
        const inForce = assignmentInForceSql('a', s.day);
        return {
          sql: `SELECT CAST(? AS VARCHAR(7)) AS month, ${column} AS series, COUNT(DISTINCT a.beneficiary_id) AS files
            FROM assignments a JOIN beneficiaries b ON b.id = a.beneficiary_id
           WHERE a.role = 'parcours' AND ${inForce.sql} AND ${scope.sql} GROUP BY ${column}`,
          bindings: [s.month, ...inForce.bindings, ...scope.bindings],
        };
      });
      const rows = rowsOf<{ month: string; series: string | null; files: unknown }>(
        await knex().raw(parts.map((p) => p.sql).join('\nUNION ALL\n'), parts.flatMap((p) => p.bindings)),
      );
      const keys = [...new Set(rows.map((r) => r.series ?? ''))];
      const names = await labelsOf(by, keys.filter((k) => k !== ''));
      const index = new Map(snapshots.map((s, i) => [s.month, i]));
      const series = keys.map((key) => {
        const values = snapshots.map(() => 0);
        for (const r of rows) if ((r.series ?? '') === key) values[index.get(String(r.month)) ?? 0] = Number(r.files);
        return { key, label: key === '' ? 'Sans structure' : (names.get(key) ?? key), values };
      });
      series.sort((a, b) => b.values[b.values.length - 1] - a.values[a.values.length - 1] || a.label.localeCompare(b.label, 'fr'));
      return { by, months: snapshots.map((s) => s.month), series };
    },
  };
};
