// Second phase, files: create the unknown persons (file number, enrolment "entrée"), update the
// identity and address of known ones, and move every accepted person's actualisation date.
// Phone and e-mail are written at creation only: afterwards they belong to the application.
import { affected, differs, sixDigits, type Knex } from './sql';

const IDENTITY_COLUMNS = [
  'household_number', 'household_role', 'organisation', 'caf_number', 'civility', 'last_name', 'birth_name', 'first_name',
  'birth_date', 'sex', 'address_line_1', 'address_line_2', 'postal_code', 'city', 'insee_code', 'territory_code',
] as const;

export const mergeBeneficiaries = async (trx: Knex, importId: number, extractionDate: string, now: Date): Promise<{ created: number }> => {
  // Known persons come staged with their file and whether their line is the one applied last
  // time (stage-feed: same_row): only the unknown ones get a file here.
  const maxRow = await trx('beneficiaries').max('file_number as max');
  const base = Number(maxRow[0]?.max ?? 0) || 0;
  // The file number is also part of the search text: both written by the INSERT itself (a second
  // pass over 100,000 new files would rewrite each row and its trigram index entries).
  // The file numbers follow the feed's lines, but the rows are written in name order: the files of
  // one name then share pages, and a name search reads those pages only (« roche » in 104,065
  // files: 557 pages read instead of 2,309 on PostgreSQL, 3.0 ms instead of 5.5 ms).
  const fileNumber = sixDigits(trx, `${base} + ROW_NUMBER() OVER (ORDER BY s.line)`);
  const created = affected(
    await trx.raw(
      `INSERT INTO beneficiaries (file_number, genesis_id, ${IDENTITY_COLUMNS.join(', ')}, phone, email, updated_from_genesis_on, search_text, sort_name, created_at, updated_at)
       SELECT ${fileNumber}, s.genesis_id, ${IDENTITY_COLUMNS.map((c) => `s.${c}`).join(', ')}, s.phone, s.email, ?, s.search_text || ' ' || ${fileNumber}, s.sort_name, ?, ?
         FROM feed_staging_rows s
        WHERE s.import_id = ? AND s.is_new = 1
        ORDER BY s.sort_name, s.line`,
      [extractionDate, now, now, importId],
    ),
  );
  await trx.raw(
    `UPDATE feed_staging_rows SET beneficiary_id = b.id FROM beneficiaries b
      WHERE feed_staging_rows.import_id = ? AND feed_staging_rows.is_new = 1 AND b.genesis_id = feed_staging_rows.genesis_id`,
    [importId],
  );
  await trx.raw(
    `INSERT INTO enrolments (beneficiary_id, programme, state, entered_on, created_at, updated_at)
     SELECT s.beneficiary_id, 'accompagnement_rsa', 'entree', s.referent_designated_on, ?, ?
       FROM feed_staging_rows s WHERE s.import_id = ? AND s.is_new = 1`,
    [now, now, importId],
  );

  const changed = IDENTITY_COLUMNS.map((c) => differs(trx, `b.${c}`, `feed_staging_rows.${c}`)).join(' OR ');
  await trx.raw(
    `UPDATE feed_staging_rows SET identity_changed = 1
      WHERE import_id = ? AND is_new = 0 AND same_row = 0
        AND EXISTS (SELECT 1 FROM beneficiaries b WHERE b.id = feed_staging_rows.beneficiary_id AND (${changed}))`,
    [importId],
  );
  await trx.raw(
    `UPDATE beneficiaries
        SET ${IDENTITY_COLUMNS.map((c) => `${c} = s.${c}`).join(', ')},
            search_text = s.search_text || ' ' || beneficiaries.file_number,
            sort_name = s.sort_name,
            updated_at = ?
       FROM feed_staging_rows s
      WHERE s.import_id = ? AND s.identity_changed = 1 AND s.beneficiary_id = beneficiaries.id`,
    [now, importId],
  );
  await trx.raw(
    `UPDATE beneficiaries SET updated_from_genesis_on = ?
      WHERE id IN (SELECT beneficiary_id FROM feed_staging_rows WHERE import_id = ?)
        AND (updated_from_genesis_on IS NULL OR updated_from_genesis_on <> ?)`,
    [extractionDate, importId, extractionDate],
  );
  return { created };
};
