import { rowsOf, type Knex } from './sql';

export type Outcome = { created: number; updated: number; unchanged: number };

/** created + updated + unchanged = accepted rows; "updated" = any change besides the actualisation date. */
export const countOutcome = async (trx: Knex, importId: number): Promise<Outcome> => {
  const [row] = rowsOf<Record<string, unknown>>(
    await trx.raw(
      `SELECT SUM(CASE WHEN is_new = 1 THEN 1 ELSE 0 END) AS created,
              SUM(CASE WHEN is_new = 0 AND (identity_changed = 1 OR characteristics_changed = 1 OR reoriented = 1 OR reinstated = 1) THEN 1 ELSE 0 END) AS updated,
              SUM(CASE WHEN is_new = 0 AND identity_changed = 0 AND characteristics_changed = 0 AND reoriented = 0 AND reinstated = 0 THEN 1 ELSE 0 END) AS unchanged
         FROM feed_staging_rows WHERE import_id = ?`,
      [importId],
    ),
  );
  return { created: Number(row?.created ?? 0), updated: Number(row?.updated ?? 0), unchanged: Number(row?.unchanged ?? 0) };
};
