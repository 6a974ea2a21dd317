import { startEmbeddedPostgres, type EmbeddedLog, type EmbeddedServer } from './embedded';
import { openDatabase, type Database } from './client';
import { migrateDatabase } from './migrate';

/** The database of a running process and how to let go of it. */
export interface RunningDatabase {
  readonly database: Database;
  /** The connection URL (for the job queue's own pool). */
  readonly url: string;
  /** Whether the app started its own embedded server. */
  readonly embedded: boolean;
  /** Closes the pool and stops the embedded server, in that order. */
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded server in `dataDir` when none is given
 * (ADR 001), and applies pending migrations. Same migrations, same code either way.
 */
export async function connectDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  log: EmbeddedLog & { error(message: string): void };
  poolSize?: number;
}): Promise<RunningDatabase> {
  let server: EmbeddedServer | undefined;
  let url = options.databaseUrl;
  if (!url) {
    server = await startEmbeddedPostgres(options.dataDir, options.log);
    url = server.url;
  }
  const database = openDatabase(url, {
    ...(options.poolSize ? { max: options.poolSize } : {}),
    onError: (error) => options.log.error(`database pool: ${error.message}`),
  });
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close();
    await server?.stop();
    throw error;
  }
  return {
    database,
    url,
    embedded: server !== undefined,
    close: async () => {
      await database.close();
      await server?.stop();
    },
  };
}
