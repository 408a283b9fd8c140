// First phase of an import: stream the file, validate each row (domain), and stream the accepted
// rows into the staging table (COPY on PostgreSQL, a prepared INSERT on SQLite: staging-sink).
// Memory holds one batch and the map of ids seen (to reject every row of an id that appears twice).
import { openFeed } from '../../../../domain/read-feed';
import { validateRawRow } from '../../../../domain/validate-row';
import { CHARACTERISTIC_NAMES, characteristicsFromRow, isRightsEventCharacteristic } from '../../../../domain/feed-characteristics';

/** The Genesis characteristics in the order characteristicsFromRow returns them. */
export const CHARACTERISTIC_LAYOUT = Object.entries(CHARACTERISTIC_NAMES).flatMap(([family, names]) =>
  (names as readonly string[]).map((name) => ({ family, name, rightsEvent: isRightsEventCharacteristic({ family, name } as never) })),
);
import type { FeedError, FeedRow } from '../../../../domain/feed-row';
import type { FeedEncodingOption } from '../../../../domain/feed-encoding';
import { type Knex } from './sql';
import { openStagingSink, type StagingSink } from './staging-sink';
import { nameSortKey } from '@rsa/vocabulary';
import { hash as digest } from 'crypto';
import { FEED_HEADER, type RawValues } from '../../../../domain/feed-columns';
import { rowsOf } from './sql';

// Bump when what a merge makes of a feed line changes (folding, normalisation, the characteristics
// read from it): every person then goes through the full merge once.
const HASH_VERSION = 'v2';

/**
 * Fingerprint of a feed line as read (every column, before any normalisation): a person whose line
 * is the very one applied last time has nothing of identity or characteristics to compare, so the
 * line is staged lean — no folding, no phone reading, no characteristics — which is most of a
 * night's lines.
 */
export const rowHash = (values: RawValues): string =>
  // One-shot digest: a Hash object per line cost as much as the hashing itself.
  digest('sha1', JSON.stringify([HASH_VERSION, ...FEED_HEADER.map((column) => values[column] ?? null)]), 'base64');

type KnownPerson = { id: number; hash: string | null };

/** Every file from the feed, with the fingerprint of its line applied last (one read, not a probe per line). */
const knownPersons = async (trx: Knex): Promise<Map<string, KnownPerson>> => {
  const rows = rowsOf<{ genesis_id: string; id: number; row_hash: string | null }>(
    await trx.raw('SELECT b.genesis_id, b.id, h.row_hash FROM beneficiaries b LEFT JOIN feed_person_hashes h ON h.beneficiary_id = b.id WHERE b.genesis_id IS NOT NULL'),
  );
  return new Map(rows.map((r) => [r.genesis_id, { id: Number(r.id), hash: r.row_hash }]));
};

export type StageResult = { rows: number; warnings: string[]; errors: FeedError[]; duplicateIds: string[] };

export type StageOptions = {
  importId: number;
  file: string;
  encoding: FeedEncodingOption;
  fold: (text: string) => string;
  normalizePhone: (raw: string) => string | null;
  onProgress: (rows: number) => void;
};

const BATCH = 1000;

/**
 * One staged line. Every line carries who, the merges' flags and the référent (rules 4–8); a line
 * to compare or create also carries identity, contact (read for a new file only: merge-beneficiaries
 * writes phone and e-mail at creation only) and search keys — a lean line leaves them NULL. One
 * literal with every key (a spread or added keys made V8 fall back to slow dictionary objects).
 */
const stagedRow = (importId: number, line: number, row: FeedRow, known: KnownPerson | undefined, sameRow: boolean, options: StageOptions, now: Date) => {
  const full = !sameRow;
  return {
    import_id: importId,
    line,
    genesis_id: row.genesisId,
    beneficiary_id: known?.id ?? null,
    household_number: full ? row.householdNumber : null,
    household_role: full ? row.role : null,
    organisation: full ? row.organisation : null,
    caf_number: full ? row.cafNumber : null,
    civility: full ? row.civility : null,
    last_name: full ? row.lastName : null,
    birth_name: full ? row.birthName : null,
    first_name: full ? row.firstName : null,
    birth_date: full ? row.birthDate : null,
    sex: full ? row.sex : null,
    address_line_1: full ? row.address.line1 : null,
    address_line_2: full ? row.address.line2 : null,
    postal_code: full ? row.address.postalCode : null,
    city: full ? row.address.city : null,
    insee_code: full ? row.address.inseeCode : null,
    phone: row.phone && !known ? options.normalizePhone(row.phone) : null,
    email: row.email && !known ? row.email.toLowerCase() : null,
    territory_code: full ? row.territory.toUpperCase() : null,
    referent_login: row.referentLogin.toLowerCase(),
    referent_name: row.referentName,
    referent_structure: row.referentStructure.toUpperCase(),
    referent_designated_on: row.referentDesignatedOn,
    sort_name: full ? nameSortKey(row.lastName, row.firstName) : null,
    search_text: full ? options.fold([row.lastName, row.birthName ?? '', row.firstName, row.cafNumber].join(' ')) : null,
    is_new: known ? 0 : 1, // the merge creates the file of an unknown person
    same_row: sameRow ? 1 : 0,
    identity_changed: 0,
    characteristics_changed: 0,
    reoriented: 0,
    reinstated: 0,
    created_at: now,
    updated_at: now,
  };
};

type StagedRow = ReturnType<typeof stagedRow>;
/** Every key of a staged row, in COPY order (the type checks each name; the literal above has no other). */
const ROW_COLUMNS: ReadonlyArray<keyof StagedRow> = [
  'import_id', 'line', 'genesis_id', 'beneficiary_id', 'household_number', 'household_role', 'organisation', 'caf_number', 'civility',
  'last_name', 'birth_name', 'first_name', 'birth_date', 'sex', 'address_line_1', 'address_line_2', 'postal_code', 'city', 'insee_code',
  'phone', 'email', 'territory_code', 'referent_login', 'referent_name', 'referent_structure', 'referent_designated_on', 'sort_name',
  'search_text', 'is_new', 'same_row', 'identity_changed', 'characteristics_changed', 'reoriented', 'reinstated', 'created_at', 'updated_at',
];
const NO_CHARACTERISTICS: Array<string | null> = CHARACTERISTIC_LAYOUT.map(() => null);

/**
 * The characteristics travel as columns c_0…c_13 of the person's line (CHARACTERISTIC_LAYOUT
 * order); the merge unpivots them server-side, which saves a million-row transfer.
 */
const characteristicValues = (row: FeedRow): Array<string | null> => {
  const values = characteristicsFromRow(row);
  return CHARACTERISTIC_LAYOUT.map((slot, index) => {
    const found = values[index];
    if (found.family !== slot.family || found.name !== slot.name) throw new Error('Ordre des caractéristiques Genesis inattendu.');
    return found.value;
  });
};

/** The staged columns, in COPY order. */
const STAGED_COLUMNS = [...ROW_COLUMNS, ...CHARACTERISTIC_LAYOUT.map((_slot, index) => `c_${index}`), 'row_hash'];

export const stageFeed = async (trx: Knex, options: StageOptions): Promise<StageResult> => {
  const feed = await openFeed(options.file, { encoding: options.encoding });
  const errors: FeedError[] = [];
  const linesById = new Map<string, number[]>();
  const known = await knownPersons(trx);
  const sink: StagingSink = await openStagingSink(trx, 'feed_staging_rows', STAGED_COLUMNS);
  let count = 0;
  const now = new Date();

  try {
    for await (const raw of feed.rows) {
      count += 1;
      const validation = validateRawRow(raw);
      const id = raw.values.ID_INDIVIDU?.trim();
      if (id) linesById.set(id, [...(linesById.get(id) ?? []), raw.line]);
      if (!validation.ok) {
        errors.push(...validation.errors);
      } else {
        const hash = rowHash(raw.values);
        const person = known.get(validation.row.genesisId);
        const sameRow = person !== undefined && person.hash === hash;
        const row = stagedRow(options.importId, raw.line, validation.row, person, sameRow, options, now);
        const values: unknown[] = ROW_COLUMNS.map((column) => row[column]);
        values.push(...(sameRow ? NO_CHARACTERISTICS : characteristicValues(validation.row)), hash);
        const full = sink.write(values);
        if (full) await full;
      }
      if (count % BATCH === 0) options.onProgress(count);
    }
    await sink.close();
  } catch (error) {
    await sink.abort();
    throw error;
  }
  options.onProgress(count);

  // An id on several rows: nobody can tell which is right, so every one of them is rejected.
  const duplicateIds: string[] = [];
  for (const [id, lines] of linesById) {
    if (lines.length < 2) continue;
    duplicateIds.push(id);
    for (const line of lines) {
      errors.push({ line, column: 'ID_INDIVIDU', message: `Identifiant ${id} présent sur plusieurs lignes (${lines.join(', ')}) : toutes ces lignes sont rejetées` });
    }
  }
  for (let i = 0; i < duplicateIds.length; i += 500) {
    const chunk = duplicateIds.slice(i, i + 500);
    await trx('feed_staging_rows').where('import_id', options.importId).whereIn('genesis_id', chunk).delete();
    await trx('feed_staging_characteristics').where('import_id', options.importId).whereIn('genesis_id', chunk).delete();
  }
  errors.sort((a, b) => a.line - b.line);
  return { rows: count, warnings: [...feed.warnings], errors, duplicateIds };
};
