import { FEED_HEADER, REQUIRED_COLUMNS, isFeedColumnName } from './feed-columns';
import { FeedRefusedError } from './feed-refused.error';

export type HeaderAnalysis = {
  /** The header's cells, trimmed, in file order (field i of a row belongs to columns[i]). */
  columns: readonly string[];
  /** Non-blocking remarks, in French (unknown columns are ignored). */
  warnings: readonly string[];
};

/**
 * Checks the header line against the column catalogue. Throws `FeedRefusedError` when the file
 * cannot be read as the contract; unknown columns only give warnings (the order is free).
 */
export const analyseHeader = (cells: readonly string[]): HeaderAnalysis => {
  const columns = cells.map((cell) => cell.trim());
  if (columns.length < 2) {
    throw new FeedRefusedError(
      'not-csv',
      "Le fichier n'est pas un CSV Genesis : la première ligne ne contient aucun séparateur « ; »",
    );
  }
  // A data line may hold a value equal to a column name (« SDD »): only a line made mostly of
  // known names is taken for a header with missing columns.
  if (columns.filter(isFeedColumnName).length * 2 < REQUIRED_COLUMNS.length) {
    throw new FeedRefusedError(
      'no-header',
      `Ligne d'en-tête absente : la première ligne ne contient pas les noms de colonnes Genesis (attendu : ${FEED_HEADER.slice(0, 3).join(';')};…)`,
    );
  }

  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const column of columns) {
    if (column !== '' && seen.has(column)) duplicates.add(column);
    seen.add(column);
  }
  if (duplicates.size > 0) {
    const details = [...duplicates].map((column) => `Colonne en double : ${column}`);
    throw new FeedRefusedError('duplicate-column', details.join(' ; '), details);
  }

  const missing = REQUIRED_COLUMNS.filter((column) => !seen.has(column));
  if (missing.length > 0) {
    const details = missing.map((column) => `Colonne obligatoire absente : ${column}`);
    throw new FeedRefusedError('missing-column', details.join(' ; '), details);
  }

  const warnings = columns
    .filter((column) => !isFeedColumnName(column))
    .map((column) => `Colonne inconnue ignorée : ${column === '' ? '(sans nom)' : column}`);
  return { columns, warnings };
};
