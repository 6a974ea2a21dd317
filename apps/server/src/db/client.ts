import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

/** The database handle every repository takes as its first argument (STYLE.md). */
export type Db = NodePgDatabase<typeof schema>;

/** A handle inside a transaction; repositories accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** A handle usable by repositories: the pool or a transaction. */
export type DbOrTx = Db | Tx;

/** An open connection pool and its Drizzle handle. */
export interface Database {
  readonly db: Db;
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

/** Opens a pool to `url`. Pool errors of idle clients are logged, not thrown (e.g. a restarting server). */
export function openDatabase(
  url: string,
  options: { max?: number; onError?: (error: Error) => void } = {},
): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    application_name: 'varn',
  });
  pool.on('error', (error) => options.onError?.(error));
  // pg-pool listens for errors only on idle clients. A checked-out client (in a transaction, or
  // between two queries) whose connection the server ends (a shutdown, pg_terminate_backend)
  // would emit an unhandled 'error' and crash the process; its pending queries fail anyway.
  pool.on('connect', (client) => {
    client.on('error', (error) => options.onError?.(error));
  });
  const db = drizzle(pool, { schema });
  return {
    db,
    pool,
    close: () => pool.end(),
  };
}
