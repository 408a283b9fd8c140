// The one place that turns (collaborator, today) into the set of visible files (ACCESS.md): every
// list, detail, search, report and export of the plugins goes through `visibleFilesSql`.
// The rule itself is the domain's visibilityRule; here it becomes one SQL condition on `b`
// (the beneficiaries table alias), each clause built from the SQL statements of sql.ts and
// pinned to the domain's canSeeFile by test/integration/file-active-perimeter.test.ts.
import type { ConsoleUser } from '@rsa/console-kit';
import { visibilityRule, type VisibilityClause } from '../../../domain/visibility';
import { assignmentGrantsAccessSql, assignmentInForceSql, etapeGrantsAccessSql, fileStateSql, lastParcoursIdSql, lastParcoursJoinSql, type SqlFragment } from './sql';

export type { SqlFragment } from './sql';

const clauseSql = (clause: VisibilityClause): SqlFragment => {
  switch (clause.kind) {
    case 'assignmentInForce': {
      const grants = assignmentGrantsAccessSql('sa', clause.today);
      // A set (the collaborator's assignments, by the login index) rather than a test per file:
      // PostgreSQL and SQLite evaluate it once, also inside an OR.
      return {
        sql: `b.id IN (SELECT sa.beneficiary_id FROM assignments sa WHERE sa.login = ? AND sa.beneficiary_id IS NOT NULL AND ${grants.sql})`,
        bindings: [clause.login, ...grants.bindings],
      };
    }
    case 'territory':
      return { sql: `(b.territory_code = ? AND b.archived_at IS NULL)`, bindings: [clause.code] };
    case 'structureOfLastParcoursReferent': {
      // The structure recorded on the assignment (at the time of the assignment), not where the
      // référent works today: a référent who moves does not take their files' secretariat along.
      // Read from the structure's side: the files one of whose assignments of that structure is
      // their current or last parcours one (the same files as "the last one has that structure",
      // but the last-assignment statement runs for that structure's assignments, not every file).
      const last = lastParcoursIdSql('ss.beneficiary_id', clause.today);
      return {
        sql: `b.id IN (SELECT ss.beneficiary_id FROM assignments ss WHERE ss.structure_code = ? AND ss.role = 'parcours' AND ss.beneficiary_id IS NOT NULL AND ss.id = ${last.sql})`,
        bindings: [clause.code, ...last.bindings],
      };
    }
    case 'etapeInProgress': {
      const grants = etapeGrantsAccessSql('ep', clause.today);
      return {
        sql: `EXISTS (SELECT 1 FROM positionnements ep WHERE ep.beneficiary_id = b.id AND ep.collaborator_login = ? AND ${grants.sql})`,
        bindings: [clause.login, ...grants.bindings],
      };
    }
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

export default () => ({ visibleFilesSql, lastParcoursIdSql, lastParcoursJoinSql, assignmentInForceSql, assignmentGrantsAccessSql, etapeGrantsAccessSql, fileStateSql });
