// Strapi creates no index for our query patterns (and no unique constraint for `unique: true`),
// and may drop indexes it does not know when it syncs the schema: each plugin re-asserts its
// own at bootstrap. CREATE INDEX IF NOT EXISTS is cheap when they are there.
export type IndexDefinition = { table: string; columns: string[]; unique?: boolean };

type RawKnex = { raw(sql: string): Promise<unknown> };

export const indexName = (d: IndexDefinition): string => `${d.unique ? 'ux' : 'ix'}_${d.table}_${d.columns.join('_')}`.slice(0, 63);

export const ensureIndexes = async (knex: unknown, definitions: IndexDefinition[]): Promise<void> => {
  const k = knex as RawKnex;
  for (const d of definitions) {
    await k.raw(`CREATE ${d.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${indexName(d)} ON ${d.table} (${d.columns.join(', ')})`);
  }
};
