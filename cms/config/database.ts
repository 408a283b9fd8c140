import path from 'path';

// knex prepares every statement anew (parsing and planning: 0.1 ms for the list page's rows, which
// then run in 0.7 ms). better-sqlite3 statements are reusable (they run synchronously, one at a
// time) and re-prepare themselves after a schema change: the connection keeps the last 500 used.
const STATEMENT_CACHE = 500;
const cachedPrepare = <T>(prepare: (sql: string) => T): ((sql: string) => T) => {
  const cache = new Map<string, T>();
  return (sql: string) => {
    let statement = cache.get(sql);
    if (statement !== undefined) {
      cache.delete(sql); // most recently used last
    } else {
      statement = prepare(sql);
      if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
    }
    cache.set(sql, statement);
    return statement;
  };
};

// SQLite (embedded, default) or PostgreSQL (production). The import command and the server may
// run at the same time on one SQLite file: WAL mode lets readers go on while the import writes,
// and the busy timeout makes a second writer wait instead of failing at once.
export default ({ env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          schema: env('DATABASE_SCHEMA', 'public'),
          ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
          // Session settings sent at connection. JIT off: PostgreSQL compiles any statement it
          // estimates costly, which took 1.4–2 s per merge statement of the nightly import that
          // runs in under a second without it (auto_explain, bench:import); this workload's
          // statements are short or set-based, never the long analytic scans JIT pays off on.
          options: env('DATABASE_OPTIONS', '-c jit=off'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', path.join(__dirname, '..', '..', '.tmp', 'data.db'))),
      },
      useNullAsDefault: true,
      pool: {
        afterCreate: (conn: { pragma: (sql: string) => unknown; prepare: (sql: string) => unknown }, done: (err: Error | null, conn: unknown) => void) => {
          try {
            conn.pragma('journal_mode = WAL');
            conn.pragma('busy_timeout = 30000');
            conn.pragma('foreign_keys = ON');
            conn.prepare = cachedPrepare(conn.prepare.bind(conn));
            done(null, conn);
          } catch (error) {
            done(error as Error, conn);
          }
        },
      },
    },
  };
};
