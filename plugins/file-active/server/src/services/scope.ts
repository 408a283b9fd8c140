// The one place that turns (collaborator, today) into the set of visible files (ACCESS.md): every
// list, detail, search, report and export of the plugins goes through `visibleFilesSql`.
// The rule itself is the domain's visibilityRule; here it becomes one SQL condition on `b`
// (the beneficiaries table alias).
import type { ConsoleUser } from '@rsa/console-kit';
import { visibilityRule, type VisibilityClause } from '../../../domain/visibility';

export type SqlFragment = { sql: string; bindings: unknown[] };

const clauseSql = (clause: VisibilityClause): SqlFragment => {
  switch (clause.kind) {
    case 'assignmentInForce':
      return {
        sql: `EXISTS (SELECT 1 FROM assignments sa WHERE sa.beneficiary_id = b.id AND sa.login = ? AND sa.start_date <= ?
                AND (sa.end_date IS NULL OR sa.end_date >= ?) AND (sa.role = 'parcours' OR sa.end_date IS NOT NULL))`,
        bindings: [clause.login, clause.today, clause.today],
      };
    case 'territory':
      return { sql: `(b.territory_code = ? AND b.archived_at IS NULL)`, bindings: [clause.code] };
    case 'structureOfLastParcoursReferent':
      return {
        sql: `EXISTS (SELECT 1 FROM console_users su WHERE su.structure_code = ? AND su.login = (
                SELECT sa.login FROM assignments sa WHERE sa.beneficiary_id = b.id AND sa.role = 'parcours' AND sa.start_date <= ?
                 ORDER BY sa.start_date DESC, sa.id DESC LIMIT 1))`,
        bindings: [clause.code, clause.today],
      };
  }
};

export const visibleFilesSql = (user: ConsoleUser, today: string): SqlFragment => {
  const rule = visibilityRule(
    { profiles: user.profiles, login: user.login, territory: user.territoryCode, structure: user.structureCode },
    today,
  );
  if (rule.kind === 'all') return { sql: '1 = 1', bindings: [] };
  if (rule.kind === 'none') return { sql: '1 = 0', bindings: [] };
  const parts = rule.of.map(clauseSql);
  return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, bindings: parts.flatMap((p) => p.bindings) };
};

export default () => ({ visibleFilesSql });
