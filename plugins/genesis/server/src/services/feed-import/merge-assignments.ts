// Second phase, référents de parcours (GENESIS_FEED.md rules 4, 5, 7): the feed's référent is
// the truth. Another référent than the current one → réorientation (old assignment ended on the
// extraction date, new one from the designation date). Same référent but a sortie entered in the
// application → the end date is removed. Référents d'étape and veilles are never touched.
// The rules are stated in domain/merge-assignment.ts (mergeAssignment); this set-based SQL is
// pinned to it by test/integration/genesis-merge-assignments.test.ts on SQLite and PostgreSQL.
import { rowsOf, type Knex } from './sql';

export const mergeAssignments = async (
  trx: Knex,
  importId: number,
  extractionDate: string,
  now: Date,
): Promise<{ reoriented: number; reinstated: number }> => {
  // The current référent de parcours of every known person (domain currentParcoursAssignment:
  // latest start, one without a start counts as the oldest, then the latest created), ranked in
  // one pass over the assignments rather than one ordered probe per person. Only the persons it
  // moves are written: another référent (réorientation) or the same one ended in the application
  // (sortie to revert) — a few hundred lines a night, where writing every line cost seconds.
  await trx.raw(
    `UPDATE feed_staging_rows
        SET current_assignment_id = ranked.id,
            reoriented = CASE WHEN ranked.login <> feed_staging_rows.referent_login THEN 1 ELSE 0 END,
            reinstated = CASE WHEN ranked.login <> feed_staging_rows.referent_login THEN 0 WHEN ranked.end_date IS NOT NULL THEN 1 ELSE 0 END
       FROM (SELECT a.id, a.beneficiary_id, a.login, a.end_date,
                    ROW_NUMBER() OVER (PARTITION BY a.beneficiary_id
                                       ORDER BY CASE WHEN a.start_date IS NULL THEN 0 ELSE 1 END DESC, a.start_date DESC, a.id DESC) AS rank
               FROM assignments a
              WHERE a.role = 'parcours'
                AND a.beneficiary_id IN (SELECT s.beneficiary_id FROM feed_staging_rows s WHERE s.import_id = ? AND s.is_new = 0)) ranked
      WHERE feed_staging_rows.import_id = ? AND feed_staging_rows.is_new = 0
        AND ranked.rank = 1 AND ranked.beneficiary_id = feed_staging_rows.beneficiary_id
        AND (ranked.login <> feed_staging_rows.referent_login OR ranked.end_date IS NOT NULL)`,
    [importId, importId],
  );
  // A known person without any référent de parcours gets the feed's: a réorientation too.
  await trx.raw(
    `UPDATE feed_staging_rows SET reoriented = 1
      WHERE import_id = ? AND is_new = 0
        AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.beneficiary_id = feed_staging_rows.beneficiary_id AND a.role = 'parcours')`,
    [importId],
  );
  const [counts] = rowsOf<{ reoriented: unknown; reinstated: unknown }>(
    await trx.raw(
      `SELECT SUM(reoriented) AS reoriented, SUM(reinstated) AS reinstated FROM feed_staging_rows WHERE import_id = ? AND (reoriented = 1 OR reinstated = 1)`,
      [importId],
    ),
  );
  const reoriented = Number(counts?.reoriented ?? 0);
  const reinstated = Number(counts?.reinstated ?? 0);

  await trx.raw(
    `INSERT INTO file_events (beneficiary_id, kind, occurred_on, details, by_login, created_at, updated_at)
     SELECT s.beneficiary_id, 'reorientation', ?, NULL, 'genesis', ?, ?
       FROM feed_staging_rows s WHERE s.import_id = ? AND s.reoriented = 1`,
    [extractionDate, now, now, importId],
  );
  await trx.raw(
    `UPDATE assignments SET end_date = ?, ended_by_login = 'genesis', updated_at = ?
      WHERE id IN (SELECT current_assignment_id FROM feed_staging_rows WHERE import_id = ? AND reoriented = 1)
        AND (end_date IS NULL OR end_date > ?)`,
    [extractionDate, now, importId, extractionDate],
  );
  await trx.raw(
    `INSERT INTO file_events (beneficiary_id, kind, occurred_on, details, by_login, created_at, updated_at)
     SELECT s.beneficiary_id, 'sortie_reverted', ?, NULL, 'genesis', ?, ?
       FROM feed_staging_rows s WHERE s.import_id = ? AND s.reinstated = 1`,
    [extractionDate, now, now, importId],
  );
  await trx.raw(
    `UPDATE assignments SET end_date = NULL, ended_by_login = NULL, source = 'genesis', updated_at = ?
      WHERE id IN (SELECT current_assignment_id FROM feed_staging_rows WHERE import_id = ? AND reinstated = 1)`,
    [now, importId],
  );
  await trx.raw(
    `INSERT INTO assignments (beneficiary_id, login, role, start_date, end_date, structure_code, source, created_by_login, created_at, updated_at)
     SELECT s.beneficiary_id, s.referent_login, 'parcours', s.referent_designated_on, NULL, s.referent_structure, 'genesis', 'genesis', ?, ?
       FROM feed_staging_rows s WHERE s.import_id = ? AND (s.is_new = 1 OR s.reoriented = 1)`,
    [now, now, importId],
  );
  return { reoriented, reinstated };
};
