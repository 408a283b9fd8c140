// The one place that turns (collaborator, today) into the set of visible files (ACCESS.md): every
// list, detail, search, report and export of the plugins goes through `visibleFilesSql`.
// The rule itself is the domain's visibilityRule; here it becomes one SQL condition on `b`
// (the beneficiaries table alias), each clause built from the SQL statements of sql.ts and
// pinned to the domain's canSeeFile by test/integration/file-active-perimeter.test.ts.
import type { ConsoleUser } from '@rsa/console-kit';
import { visibilityRule, type VisibilityClause } from '../../../domain/visibility';
import { assignmentGrantsAccessSql, assignmentInForceSql, etapeGrantsAccessSql, fileStateSql, lastParcoursIdSql, type SqlFragment } from './sql';

export type { SqlFragment } from './sql';

const clauseSql = (clause: VisibilityClause): SqlFragment => {
  switch (clause.kind) {
    case 'assignmentInForce': {
      const grants = assignmentGrantsAccessSql('sa', clause.today);
      return {
        sql: `EXISTS (SELECT 1 FROM assignments sa WHERE sa.beneficiary_id = b.id AND sa.login = ? AND ${grants.sql})`,
        bindings: [clause.login, ...grants.bindings],
      };
    }
    case 'territory':
      return { sql: `(b.territory_code = ? AND b.archived_at IS NULL)`, bindings: [clause.code] };
    case 'structureOfLastParcoursReferent': {
      // The structure recorded on the assignment (at the time of the assignment), not where the
      // référent works today: a référent who moves does not take their files' secretariat along.
      const last = lastParcoursIdSql('b.id', clause.today);
      return {
        sql: `EXISTS (SELECT 1 FROM assignments ss WHERE ss.id = ${last.sql} AND ss.structure_code = ?)`,
        bindings: [...last.bindings, clause.code],
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

export default () => ({ visibleFilesSql, lastParcoursIdSql, assignmentInForceSql, assignmentGrantsAccessSql, etapeGrantsAccessSql, fileStateSql });
