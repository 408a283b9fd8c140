import { basename } from 'node:path';
import { formatFrenchDate, isCalendarDate, isoDateFromParts } from '@rsa/vocabulary';
import { FeedRefusedError } from './feed-refused.error';

const FEED_FILE_NAME = /^genesis_(\d{4})(\d{2})(\d{2})\.csv$/i;

/**
 * The extraction date (`YYYY-MM-DD`) written in a feed's name `genesis_YYYYMMDD.csv`, wherever
 * the file lives. Throws `FeedRefusedError` when the name carries no date or an impossible one.
 */
export const extractionDateFromFileName = (path: string): string => {
  const name = basename(path);
  const match = FEED_FILE_NAME.exec(name);
  if (!match) {
    throw new FeedRefusedError(
      'no-extraction-date',
      `Date d'extraction introuvable : le nom « ${name} » n'est pas de la forme genesis_AAAAMMJJ.csv (précisez --date AAAA-MM-JJ)`,
    );
  }
  const iso = isoDateFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
  if (iso === null) {
    throw new FeedRefusedError(
      'impossible-extraction-date',
      `Date d'extraction impossible dans le nom « ${name} » : ${match[3]}/${match[2]}/${match[1]}`,
    );
  }
  return iso;
};

/**
 * The extraction date of an import: the `--date` override when given (checked), else the date in
 * the file name.
 */
export const resolveExtractionDate = (path: string, override?: string | null): string => {
  if (override === undefined || override === null) return extractionDateFromFileName(path);
  if (!isCalendarDate(override)) {
    throw new FeedRefusedError(
      'impossible-extraction-date',
      `Date d'extraction invalide : ${override} (attendu : une date AAAA-MM-JJ qui existe)`,
    );
  }
  return override;
};

/**
 * Orders two extraction dates (`YYYY-MM-DD`): negative when `a` is older, 0 when equal, positive
 * when newer; usable with `Array.prototype.sort`. A feed is "older than the last imported one"
 * when `compareFeedDates(candidate, last) < 0`.
 */
export const compareFeedDates = (a: string, b: string): -1 | 0 | 1 => {
  for (const date of [a, b]) {
    if (!isCalendarDate(date)) throw new RangeError(`Date d'extraction invalide : ${date}`);
  }
  // Zero-padded ISO dates sort as strings.
  return a < b ? -1 : a > b ? 1 : 0;
};

/**
 * Refuses an extraction date after `today` (Europe/Paris, `YYYY-MM-DD`): once imported, such a
 * feed would make every real one look "older than the last imported" and block the nightly run.
 */
export const refuseFutureExtractionDate = (date: string, today: string): void => {
  if (compareFeedDates(date, today) > 0) {
    throw new FeedRefusedError(
      'future-extraction-date',
      `Date d'extraction dans le futur : ${formatFrenchDate(date)} (nous sommes le ${formatFrenchDate(today)}). ` +
        'Fichier refusé : il ferait passer tous les vrais fichiers pour « plus anciens ». Vérifiez le nom du fichier ou --date.',
    );
  }
};

/**
 * Refuses a feed that holds its header and no row: Genesis always has beneficiaries, so an empty
 * extraction is an incident upstream, never "nobody any more".
 */
export const refuseEmptyExtraction = (rows: number): void => {
  if (rows === 0) {
    throw new FeedRefusedError(
      'no-rows',
      'Extraction vide : le fichier ne contient que l’en-tête, aucune ligne de bénéficiaire. ' +
        'Une extraction vide est un incident (export Genesis interrompu ?) : rien n’a été importé, vérifiez l’extraction.',
    );
  }
};
