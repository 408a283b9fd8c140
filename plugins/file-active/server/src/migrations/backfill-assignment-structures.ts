// Assignments recorded before the structure was kept on them (ACCESS.md: the secrétariat de
// structure sees files by the structure of the référent *at the time of the assignment*) get the
// best knowledge there is: their référent's structure today, which is what the perimeter used
// until then, so the upgrade changes nobody's perimeter. Runs at every start; touches only rows
// still without a structure whose référent has one, so it is idempotent and cheap once done.
import type { Knex } from '../services/sql';

export const backfillAssignmentStructures = async (knex: Knex): Promise<void> => {
  await knex.raw(
    `UPDATE assignments SET structure_code = (SELECT u.structure_code FROM console_users u WHERE u.login = assignments.login)
      WHERE structure_code IS NULL
        AND EXISTS (SELECT 1 FROM console_users u WHERE u.login = assignments.login AND u.structure_code IS NOT NULL)`,
  );
};
