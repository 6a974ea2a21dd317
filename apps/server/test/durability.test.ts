import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, readdir, readlink, realpath, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * Process-level durability: the real app (`npm start`: Node plus its embedded PostgreSQL) is
 * started as a child process in its own process group and killed the ways production kills it.
 * Linux only: processes are found through /proc.
 */

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const demoPassword = 'varaktighet-demo-lösenord';
const adminEmail = 'admin@exempelkommun.se';

interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

interface RunningApp {
  readonly child: ChildProcess;
  /** The Node process; also the id of its process group (spawned detached). */
  readonly pid: number;
  readonly port: number;
  readonly dataDir: string;
  readonly exited: Promise<ExitStatus>;
  /** Undefined while the Node process runs. */
  exitStatus(): ExitStatus | undefined;
  /** The last 64 KiB of stdout and stderr, for failure messages. */
  output(): string;
}

const apps: RunningApp[] = [];
const dataDirs: string[] = [];

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function newDataDir(): Promise<string> {
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), 'varn-durability-')));
  // As root the embedded PostgreSQL runs as the OS user `postgres`, which must enter the directory.
  await chmod(dir, 0o755);
  dataDirs.push(dir);
  return dir;
}

/** The state letter of /proc/<pid>/stat; undefined when there is no such process. */
async function processState(pid: number): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const end = stat.lastIndexOf(')');
    return stat.slice(end + 2, end + 3);
  } catch {
    return undefined;
  }
}

/** Whether a process runs; a zombie (dead, not yet reaped by its new parent) does not. */
async function isRunning(pid: number): Promise<boolean> {
  const state = await processState(pid);
  return state !== undefined && state !== 'Z' && state !== 'X';
}

/**
 * The live processes of a data directory: the postmaster (`-D <dir>/postgres` on its command
 * line) and its children, which call setsid() — so they are outside the app's process group —
 * and work in the cluster directory.
 */
async function processesOf(dataDir: string): Promise<{ pid: number; command: string }[]> {
  const found: { pid: number; command: string }[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    const pid = Number(entry);
    const [cmdline, cwd] = await Promise.all([
      readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => ''),
      readlink(`/proc/${entry}/cwd`).catch(() => ''),
    ]);
    const command = cmdline.replaceAll('\0', ' ').trim();
    const belongs = command.includes(`${dataDir}/`) || cwd === dataDir || cwd.startsWith(`${dataDir}/`);
    if (belongs && (await isRunning(pid))) found.push({ pid, command });
  }
  return found;
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  detail: () => string = () => '',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. ${detail()}`);
    await sleep(100);
  }
}

async function waitUntilNoProcessesOf(dataDir: string, timeoutMs: number): Promise<void> {
  let left: { pid: number; command: string }[] = [];
  await waitFor(
    `the processes of ${dataDir} to end`,
    async () => {
      left = await processesOf(dataDir);
      return left.length === 0 ? true : undefined;
    },
    timeoutMs,
    () => `Still running: ${JSON.stringify(left)}`,
  );
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

async function postmasterPid(dataDir: string): Promise<number> {
  const firstLine = (await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0];
  const pid = Number.parseInt(firstLine ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error(`No pid in postmaster.pid: ${firstLine}`);
  return pid;
}

/** This process's environment without the named variables. */
function environmentWithout(...names: string[]): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !names.includes(name)));
}

/** `npm start` on `dataDir` with the embedded PostgreSQL, in a process group of its own. */
async function startApp(dataDir: string): Promise<RunningApp> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...environmentWithout('DATABASE_URL', 'TEST_DATABASE_URL', 'VARN_PUBLIC_URL', 'VARN_DEMO', 'SMTP_URL'),
    VARN_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    VARN_DEMO_PASSWORD: demoPassword,
    LOG_LEVEL: 'warn',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-65_536);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let status: ExitStatus | undefined;
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signalName) => {
      status = { code, signal: signalName };
      resolve(status);
    });
    child.once('error', (error) => {
      collect(Buffer.from(`spawn failed: ${error.message}\n`));
      status = { code: null, signal: null };
      resolve(status);
    });
  });
  if (child.pid === undefined) throw new Error(`Could not spawn the app: ${output}`);
  const app: RunningApp = {
    child,
    pid: child.pid,
    port,
    dataDir,
    exited,
    exitStatus: () => status,
    output: () => output,
  };
  apps.push(app);
  return app;
}

async function waitUntilReady(app: RunningApp, timeoutMs: number): Promise<void> {
  await waitFor(
    'GET /readyz = 200',
    async () => {
      const status = app.exitStatus();
      if (status)
        throw new Error(`The app exited (${JSON.stringify(status)}) before it was ready:\n${app.output()}`);
      try {
        const response = await fetch(`http://127.0.0.1:${app.port}/readyz`, {
          signal: AbortSignal.timeout(2_000),
        });
        return response.status === 200 ? true : undefined;
      } catch {
        return undefined;
      }
    },
    timeoutMs,
    () => `Output:\n${app.output()}`,
  );
}

/** Sends `name` (to the Node process, or to its whole group) and waits for Node to exit. */
async function stopApp(app: RunningApp, name: NodeJS.Signals, target: 'node' | 'group'): Promise<ExitStatus> {
  signal(target === 'group' ? -app.pid : app.pid, name);
  return await Promise.race([
    app.exited,
    // 10 s: the grace period of `docker stop` (and most process managers) before they SIGKILL.
    sleep(10_000).then(() => {
      throw new Error(`The app did not exit within 10 s of ${name}:\n${app.output()}`);
    }),
  ]);
}

interface ApiResponse {
  readonly status: number;
  readonly body: unknown;
}

/** A browser-like client over real HTTP: keeps cookies, sends Origin and the CSRF token. */
class HttpClient {
  private readonly cookies = new Map<string, string>();
  private csrf: string | undefined;
  private readonly origin: string;

  constructor(port: number) {
    this.origin = `http://127.0.0.1:${port}`;
  }

  private remember(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const at = pair.indexOf('=');
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /;\s*max-age=0/iu.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(method: 'GET' | 'POST', url: string, body?: unknown): Promise<ApiResponse> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (method === 'POST') {
      headers.origin = this.origin;
      if (url !== '/api/auth/login') {
        this.csrf ??= await this.fetchCsrf();
        headers['x-csrf-token'] = this.csrf;
      }
    }
    if (this.cookies.size > 0)
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const init: RequestInit = { method, headers, signal: AbortSignal.timeout(15_000) };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(`${this.origin}${url}`, init);
    this.remember(response);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: keep the text for the failure message.
    }
    return { status: response.status, body: parsed };
  }

  private async fetchCsrf(): Promise<string> {
    const response = await this.request('GET', '/api/auth/csrf');
    const token = fieldOf(response.body, 'token');
    if (response.status !== 200 || typeof token !== 'string') {
      throw new Error(`No CSRF token: ${JSON.stringify(response)}`);
    }
    return token;
  }

  /** Logs in as the demo admin (no MFA in the demo organisation). */
  async logIn(): Promise<void> {
    const response = await this.request('POST', '/api/auth/login', {
      email: adminEmail,
      password: demoPassword,
    });
    if (response.status !== 200) throw new Error(`Login failed: ${JSON.stringify(response)}`);
    expect(response.body).toMatchObject({ mfaRequired: false, mfaEnrolmentRequired: false });
  }

  async ids(url: '/api/parties' | '/api/users', key: 'parties' | 'users'): Promise<Set<string>> {
    const response = await this.request('GET', url);
    const list = fieldOf(response.body, key);
    if (response.status !== 200 || !Array.isArray(list))
      throw new Error(`GET ${url}: ${JSON.stringify(response)}`);
    return new Set(list.map((item: unknown) => String(fieldOf(item, 'id'))));
  }
}

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

async function loggedIn(app: RunningApp): Promise<HttpClient> {
  const client = new HttpClient(app.port);
  await client.logIn();
  return client;
}

/** Writes a client keeps making: new parties and invited users, four requests in flight at a time. */
interface Writers {
  /** The ids of every write answered 201, including answers that arrive after `halt()`. */
  readonly acknowledged: { readonly parties: string[]; readonly users: string[] };
  /** Writes that failed before `halt()`: with the app running, none may. */
  readonly failedBeforeHalt: string[];
  /** Marks the moment the app is about to be stopped or killed; failures from then on are expected. */
  halt(): void;
  /** Settles once every writer has stopped (their requests fail fast once the app is gone). */
  readonly finished: Promise<void>;
}

let writerSessions = 0;

function startWriters(client: HttpClient): Writers {
  writerSessions += 1;
  const session = `${Date.now().toString(36).slice(-3)}${writerSessions}`;
  const acknowledged = { parties: [] as string[], users: [] as string[] };
  const failedBeforeHalt: string[] = [];
  let halted = false;
  const write = async (number: number, kind: 'party' | 'user'): Promise<void> => {
    for (let n = 0; !halted; n += 1) {
      const tag = `${session}w${number}n${n}`;
      try {
        const response =
          kind === 'party'
            ? await client.request('POST', '/api/parties', {
                name: `Varaktighetspartiet ${tag}`,
                // Unique within the organisation: ≤ 10 letters and digits.
                abbreviation: `${writerSessions}P${number}N${n}`,
                councilSeats: n % 100,
                colour: '#112233',
              })
            : await client.request('POST', '/api/users', {
                email: `varaktig.${tag}@exempelkommun.se`,
                name: `Varaktig ${tag}`,
                role: 'staff',
              });
        const id = fieldOf(response.body, 'id');
        // A 201 that arrives after the signal was sent was still committed: it counts.
        if (response.status === 201 && typeof id === 'string') {
          (kind === 'party' ? acknowledged.parties : acknowledged.users).push(id);
        } else if (!halted) {
          failedBeforeHalt.push(`${kind} ${tag}: ${JSON.stringify(response)}`);
        }
      } catch (error) {
        if (!halted) failedBeforeHalt.push(`${kind} ${tag}: ${String(error)}`);
      }
    }
  };
  const finished = Promise.all([
    write(1, 'party'),
    write(2, 'party'),
    write(3, 'user'),
    write(4, 'user'),
  ]).then(() => undefined);
  return {
    acknowledged,
    failedBeforeHalt,
    halt: () => {
      halted = true;
    },
    finished,
  };
}

/** Asserts that the writers wrote something and that every acknowledged write can be read back. */
async function expectEveryAcknowledgedWrite(client: HttpClient, writers: Writers): Promise<void> {
  expect(writers.failedBeforeHalt).toEqual([]);
  expect(writers.acknowledged.parties.length).toBeGreaterThan(0);
  expect(writers.acknowledged.users.length).toBeGreaterThan(0);
  const parties = await client.ids('/api/parties', 'parties');
  const users = await client.ids('/api/users', 'users');
  expect(writers.acknowledged.parties.filter((id) => !parties.has(id))).toEqual([]);
  expect(writers.acknowledged.users.filter((id) => !users.has(id))).toEqual([]);
}

/** Lets clients write for a while, then sends `name` to the app and waits until Node has exited. */
async function stopWhileWriting(
  app: RunningApp,
  name: NodeJS.Signals,
  target: 'node' | 'group',
): Promise<{ writers: Writers; status: ExitStatus }> {
  const writers = startWriters(await loggedIn(app));
  await sleep(1_000);
  writers.halt();
  const status = await stopApp(app, name, target);
  await writers.finished;
  return { writers, status };
}

/** A clean stop leaves nothing for the next start to recover. */
function expectNoRecovery(app: RunningApp): void {
  expect(app.output()).not.toContain('left running by an earlier process');
  expect(app.output()).not.toContain('stale postmaster.pid');
}

afterAll(async () => {
  // Whatever happened in the tests: no process and no directory of this file is left behind.
  for (const app of apps) {
    signal(-app.pid, 'SIGKILL');
    app.child.stdout?.destroy();
    app.child.stderr?.destroy();
  }
  await Promise.all(apps.map((app) => Promise.race([app.exited, sleep(5_000)])));
  for (const dir of dataDirs) {
    for (const { pid } of await processesOf(dir)) signal(pid, 'SIGKILL');
    await waitUntilNoProcessesOf(dir, 10_000).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}, 60_000);

describe.sequential('the app as a process (Node and its embedded PostgreSQL)', () => {
  it('keeps every acknowledged write when the whole app is SIGKILLed while clients write', async () => {
    const dataDir = await newDataDir();
    const first = await startApp(dataDir);
    await waitUntilReady(first, 60_000);
    const postmaster = await postmasterPid(dataDir);

    const { writers, status } = await stopWhileWriting(first, 'SIGKILL', 'group');
    expect(status).toEqual({ code: null, signal: 'SIGKILL' });
    // PostgreSQL runs in the app's process group, so the postmaster died with Node.
    await waitFor(
      'the postmaster to die with the group',
      async () => ((await isRunning(postmaster)) ? undefined : true),
      5_000,
    );
    // Its backends have their own sessions and leave on their own once the postmaster is gone; if
    // any does not, it is killed too: "the whole app" is what this test kills.
    await waitUntilNoProcessesOf(dataDir, 5_000).catch(async () => {
      for (const { pid } of await processesOf(dataDir)) signal(pid, 'SIGKILL');
      await waitUntilNoProcessesOf(dataDir, 5_000);
    });

    const second = await startApp(dataDir);
    await waitUntilReady(second, 45_000);
    await expectEveryAcknowledgedWrite(await loggedIn(second), writers);
    expect(await stopApp(second, 'SIGTERM', 'node')).toEqual({ code: 0, signal: null });
  }, 90_000);

  it('recovers the PostgreSQL server orphaned when only Node is SIGKILLed, then stops cleanly on SIGTERM', async () => {
    const dataDir = await newDataDir();
    const first = await startApp(dataDir);
    await waitUntilReady(first, 60_000);
    const orphan = await postmasterPid(dataDir);

    const { writers, status } = await stopWhileWriting(first, 'SIGKILL', 'node');
    expect(status).toEqual({ code: null, signal: 'SIGKILL' });
    // Nothing ran to stop PostgreSQL: its postmaster lives on without its parent.
    expect(await isRunning(orphan)).toBe(true);
    expect((await processesOf(dataDir)).map(({ pid }) => pid)).toContain(orphan);

    const second = await startApp(dataDir);
    await waitUntilReady(second, 45_000);
    expect(second.output()).toContain(`Found PostgreSQL (pid ${orphan}) left running by an earlier process`);
    expect(await isRunning(orphan)).toBe(false);
    const postmaster = await postmasterPid(dataDir);
    expect(postmaster).not.toBe(orphan);
    expect(await isRunning(postmaster)).toBe(true);
    await expectEveryAcknowledgedWrite(await loggedIn(second), writers);

    const stop = await stopWhileWriting(second, 'SIGTERM', 'node');
    expect(stop.status).toEqual({ code: 0, signal: null });
    await waitUntilNoProcessesOf(dataDir, 5_000);

    const third = await startApp(dataDir);
    await waitUntilReady(third, 45_000);
    expectNoRecovery(third);
    await expectEveryAcknowledgedWrite(await loggedIn(third), stop.writers);
  }, 90_000);

  it('stops cleanly on SIGINT while clients write, sent to Node alone or to the whole group (Ctrl-C in a terminal)', async () => {
    const dataDir = await newDataDir();
    const first = await startApp(dataDir);
    await waitUntilReady(first, 60_000);
    const toNode = await stopWhileWriting(first, 'SIGINT', 'node');
    expect(toNode.status, first.output()).toEqual({ code: 0, signal: null });
    await waitUntilNoProcessesOf(dataDir, 5_000);

    const second = await startApp(dataDir);
    await waitUntilReady(second, 45_000);
    expectNoRecovery(second);
    await expectEveryAcknowledgedWrite(await loggedIn(second), toNode.writers);
    // Ctrl-C reaches every process of the group: PostgreSQL starts its own fast shutdown at once.
    const toGroup = await stopWhileWriting(second, 'SIGINT', 'group');
    expect(toGroup.status, second.output()).toEqual({ code: 0, signal: null });
    await waitUntilNoProcessesOf(dataDir, 5_000);

    const third = await startApp(dataDir);
    await waitUntilReady(third, 45_000);
    expectNoRecovery(third);
    await expectEveryAcknowledgedWrite(await loggedIn(third), toGroup.writers);
  }, 90_000);
});
