// The first sample feed with some of its persons renamed, imported into a booted app: the name
// tests (accent folding, French order) need files whose names they choose.
import { readSample, writeFeed } from './fixtures';
import type { TestApp } from './test-app';

type RenameOptions = {
  names: readonly string[];
  /** Feed columns that receive the name (NOM, and NOM_NAISSANCE where the test needs it). */
  columns: readonly string[];
  /** Which rows may be renamed, in file order. */
  pick(cell: (column: string) => string): boolean;
};

const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? (r as T[]) : ((r as { rows: T[] }).rows ?? []));

/** Imports the renamed feed and answers each name's file id. */
export const importRenamedSample = async (app: TestApp, options: RenameOptions): Promise<Map<string, number>> => {
  const [header, ...rows] = readSample(0).split('\n');
  const columns = header.split(';');
  const index = (column: string) => columns.indexOf(column);
  const renamed = new Map<string, string>();
  const edited = rows.map((row) => {
    const cells = row.split(';');
    if (cells.length < columns.length || renamed.size === options.names.length || !options.pick((c) => cells[index(c)])) return row;
    const name = options.names[renamed.size];
    renamed.set(cells[index('ID_INDIVIDU')], name);
    for (const column of options.columns) cells[index(column)] = name;
    return cells.join(';');
  });
  if (renamed.size !== options.names.length) throw new Error(`only ${renamed.size} rows could be renamed`);
  const summary = await app.strapi.plugin('genesis').service('feed-import').run({ file: writeFeed('genesis_20261102.csv', [header, ...edited].join('\n')) });
  if (summary.status !== 'done') throw new Error(`feed import failed: ${JSON.stringify(summary.errors)}`);
  const ids = new Map<string, number>();
  for (const [genesisId, name] of renamed) {
    const [row] = rowsOf<{ id: number }>(await app.strapi.db.connection.raw('SELECT id FROM beneficiaries WHERE genesis_id = ?', [genesisId]));
    ids.set(name, Number(row.id));
  }
  return ids;
};
