// Second phase, Genesis characteristics with history: a changed or vanished value is closed on
// the extraction date and the new one opened; a change of état du droit, SDD or orientation
// of a known person also records a droit event (domain recordsRightsEvent: never for a file
// created by this import — its first values are no change).
import { CHARACTERISTIC_LAYOUT } from './stage-feed';
import { affected, refreshStatistics, type Knex } from './sql';

// New values past which the table's statistics are refreshed inside the import.
const STATISTICS_THRESHOLD = 10_000;

export const FEED_FAMILIES = ['Situation RSA', 'AdministratifCD07', 'Situation familiale'] as const;

// The staged columns c0…c13 unpivoted in ONE pass over the staged rows: each row meets the 14
// slots of the layout (a constant relation) and the slot picks its column. (A UNION of 14
// selections read the wide staging table 14 times.) CROSS JOIN keeps the staged rows outside on
// SQLite; PostgreSQL's planner does the same with a 14-row inner side.
const SLOTS = CHARACTERISTIC_LAYOUT.map((slot, index) => `SELECT ${index} AS k, ? AS family, ? AS name, ${slot.rightsEvent ? 1 : 0} AS is_rights_event`).join(' UNION ALL ');
const SLOT_VALUE = `CASE slot.k ${CHARACTERISTIC_LAYOUT.map((_slot, index) => `WHEN ${index} THEN r.c_${index}`).join(' ')} END`;

/** One row per value (family, name, value) of the persons `where` selects. */
const unpivot = (where: string): string =>
  `SELECT r.import_id, r.genesis_id, r.beneficiary_id, slot.family, slot.name, ${SLOT_VALUE} AS value, slot.is_rights_event
     FROM feed_staging_rows r CROSS JOIN (${SLOTS}) slot
    WHERE r.import_id = ? AND ${where} AND ${SLOT_VALUE} IS NOT NULL`;
const unpivotBindings = (importId: number) => [...CHARACTERISTIC_LAYOUT.flatMap((slot) => [slot.family, slot.name]), importId];

export const mergeCharacteristics = async (trx: Knex, importId: number, extractionDate: string, genesisNames: readonly string[], now: Date): Promise<void> => {
  // A file created by this import has no history: its values are inserted as they come
  // (nothing to compare, and no droit event: recordsRightsEvent).
  const inserted = affected(
    await trx.raw(
      `INSERT INTO characteristics (beneficiary_id, family, name, value, since, until, source, changed_by_login, created_at, updated_at)
       SELECT c.beneficiary_id, c.family, c.name, c.value, ?, NULL, 'genesis', 'genesis', ?, ?
         FROM (${unpivot('r.is_new = 1')}) c`,
      [extractionDate, now, now, ...unpivotBindings(importId)],
    ),
  );
  // A first import grows the table from nothing to a million values: without fresh statistics
  // PostgreSQL keeps planning it as empty, here and in the next nights' imports until autovacuum
  // passes (the droit events' lookup of the old value scanned every current « Etat du droit » per
  // changed person: 14 s on the benchmark's day 2).
  if (inserted > STATISTICS_THRESHOLD) await refreshStatistics(trx, ['characteristics']);

  // Known persons whose row is the one applied last time (same_row) keep their values as they
  // are: only the others are compared, so a day with 2 % of changes compares 2 % of the persons.
  const sameCurrent = `SELECT 1 FROM characteristics ch
      WHERE ch.beneficiary_id = c.beneficiary_id AND ch.family = c.family AND ch.name = c.name AND ch.until IS NULL AND ch.value = c.value`;

  // Whether each value is new or changed is decided once before the history moves (the insert
  // into characteristics below then reads only this table: an INSERT that probes the table it
  // fills makes PostgreSQL rescan its own new rows).
  await trx.raw(
    `INSERT INTO feed_staging_characteristics (import_id, genesis_id, beneficiary_id, family, name, value, is_rights_event, changed)
     SELECT c.import_id, c.genesis_id, c.beneficiary_id, c.family, c.name, c.value, c.is_rights_event,
            CASE WHEN EXISTS (${sameCurrent}) THEN 0 ELSE 1 END
       FROM (${unpivot('r.is_new = 0 AND r.same_row = 0')}) c`,
    unpivotBindings(importId),
  );
  await refreshStatistics(trx, ['feed_staging_characteristics']);

  await trx.raw(
    `INSERT INTO rights_events (beneficiary_id, occurred_on, name, old_value, new_value, created_at, updated_at)
     SELECT c.beneficiary_id, ?, c.name,
            (SELECT ch.value FROM characteristics ch WHERE ch.beneficiary_id = c.beneficiary_id AND ch.family = c.family AND ch.name = c.name AND ch.until IS NULL ORDER BY ch.id DESC LIMIT 1),
            c.value, ?, ?
       FROM feed_staging_characteristics c
      WHERE c.import_id = ? AND c.is_rights_event = 1 AND c.changed = 1`,
    [extractionDate, now, now, importId],
  );

  // Persons whose characteristics change (for the "updated" count), before the history moves:
  // a value new or changed, or a current one the row no longer carries.
  await trx.raw(
    `UPDATE feed_staging_rows SET characteristics_changed = 1
      WHERE import_id = ? AND is_new = 0 AND same_row = 0 AND (
        EXISTS (SELECT 1 FROM feed_staging_characteristics c WHERE c.import_id = feed_staging_rows.import_id
                 AND c.beneficiary_id = feed_staging_rows.beneficiary_id AND c.changed = 1)
        OR EXISTS (SELECT 1 FROM characteristics ch WHERE ch.beneficiary_id = feed_staging_rows.beneficiary_id AND ch.until IS NULL
                 AND ch.name IN (${genesisNames.map(() => '?').join(', ')}) AND ch.family IN (?, ?, ?)
                 AND NOT EXISTS (SELECT 1 FROM feed_staging_characteristics c WHERE c.import_id = feed_staging_rows.import_id
                     AND c.beneficiary_id = ch.beneficiary_id AND c.family = ch.family AND c.name = ch.name AND c.value = ch.value)))`,
    [importId, ...genesisNames, ...FEED_FAMILIES],
  );

  await trx.raw(
    `UPDATE characteristics SET until = ?, updated_at = ?
      WHERE until IS NULL
        AND name IN (${genesisNames.map(() => '?').join(', ')}) AND family IN (?, ?, ?)
        AND beneficiary_id IN (SELECT beneficiary_id FROM feed_staging_rows WHERE import_id = ? AND characteristics_changed = 1)
        AND NOT EXISTS (SELECT 1 FROM feed_staging_characteristics c WHERE c.import_id = ?
                         AND c.beneficiary_id = characteristics.beneficiary_id AND c.family = characteristics.family
                         AND c.name = characteristics.name AND c.value = characteristics.value)`,
    [extractionDate, now, ...genesisNames, ...FEED_FAMILIES, importId, importId],
  );
  await trx.raw(
    `INSERT INTO characteristics (beneficiary_id, family, name, value, since, until, source, changed_by_login, created_at, updated_at)
     SELECT c.beneficiary_id, c.family, c.name, c.value, ?, NULL, 'genesis', 'genesis', ?, ?
       FROM feed_staging_characteristics c
      WHERE c.import_id = ? AND c.changed = 1`,
    [extractionDate, now, now, importId],
  );
};

/**
 * Keeps each person's fingerprint of the row just applied (same transaction as the merges, so a
 * rolled-back import leaves the previous fingerprints): tomorrow an identical row skips the
 * comparisons. Only Genesis writes identity and Genesis characteristics (the console refuses to
 * edit them: validateUserCharacteristicEdit), so the fingerprint stays true between imports.
 */
export const storeRowHashes = async (trx: Knex, importId: number, now: Date): Promise<void> => {
  await trx.raw(
    `DELETE FROM feed_person_hashes
      WHERE beneficiary_id IN (SELECT beneficiary_id FROM feed_staging_rows WHERE import_id = ? AND same_row = 0)`,
    [importId],
  );
  await trx.raw(
    `INSERT INTO feed_person_hashes (beneficiary_id, row_hash, created_at, updated_at)
     SELECT beneficiary_id, row_hash, ?, ? FROM feed_staging_rows WHERE import_id = ? AND same_row = 0`,
    [now, now, importId],
  );
};
