import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { FEED_HEADER } from '../../plugins/genesis/domain/feed-columns';
import { createFrenchDateCache } from './calendar';
import type { Household, Person } from './population';

/** Like the samples: CRLF line ends, UTF-8 without BOM, `;` separator. */
export const FEED_EOL = '\r\n';

const NEEDS_QUOTES = /[;"\r\n]/;

/** RFC 4180 quoting, only when needed (a `;`, a `"` or a line break in the value). */
export const csvField = (value: string): string => (NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

const date = createFrenchDateCache();

/** One feed line (without its line end), columns in FEED_HEADER order. */
export const feedLine = (household: Household, person: Person): string => {
  const { address } = household;
  const fields = [
    String(person.id),
    String(household.number),
    person.role,
    household.organisation,
    household.matricule,
    person.civility ?? '',
    person.lastName,
    person.birthName,
    person.firstName,
    date(person.birthDate),
    person.sex ?? '',
    address.line1,
    address.line2,
    address.commune.postalCode,
    address.commune.name,
    address.commune.inseeCode,
    person.phone,
    household.email,
    household.familySituation,
    date(household.familySituationDate),
    household.rightsState,
    date(household.rightsStateDate),
    household.closureReason,
    date(household.paymentSuspendedOn),
    person.sdd,
    person.orientation ?? '',
    person.employmentContract,
    date(person.firstSupportDate),
    household.territory,
    person.referent.login,
    person.referent.name,
    person.referent.structure,
    date(person.designatedOn),
    date(person.midemDate),
    person.midemReason,
  ];
  let line = csvField(fields[0]);
  for (let index = 1; index < fields.length; index++) line += ';' + csvField(fields[index]);
  return line;
};

export const FEED_HEADER_LINE = FEED_HEADER.join(';');

/** Lines are gathered into chunks of about this size: one write per line would be slow. */
const CHUNK_SIZE = 1 << 16;

/**
 * Writes one feed file, streaming (memory does not grow with the file) and waiting for the disk
 * when the stream asks to. Returns the number of data rows written.
 */
export const writeFeedFile = async (path: string, households: readonly Household[]): Promise<number> => {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  const closed = once(stream, 'close');
  closed.catch(() => undefined); // a write error is rethrown by whichever await meets it first
  let chunk = FEED_HEADER_LINE + FEED_EOL;
  let rows = 0;
  const flush = async (): Promise<void> => {
    if (!stream.write(chunk)) await once(stream, 'drain');
    chunk = '';
  };
  for (const household of households) {
    for (const person of household.members) {
      chunk += feedLine(household, person) + FEED_EOL;
      rows++;
    }
    if (chunk.length >= CHUNK_SIZE) await flush();
  }
  stream.end(chunk);
  await closed;
  return rows;
};
