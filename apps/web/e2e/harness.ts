import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { simpleParser, type ParsedMail } from 'mailparser';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { expect } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** The demo password the journeys start the app with. */
export const demoPassword = 'demo-lösenord-för-test';

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

/** A real SMTP server on localhost that keeps every mail it receives. */
export async function startSmtpServer() {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    mails,
    /** Waits for a mail to the address (and matching `where`, if given) and returns it. */
    async waitForMail(
      to: string,
      timeoutMs = 20_000,
      where: (mail: ParsedMail) => boolean = () => true,
    ): Promise<ParsedMail> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = mails.find(
          (mail) =>
            (Array.isArray(mail.to) ? mail.to : [mail.to]).some((t) => t?.text.includes(to)) && where(mail),
        );
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The address of the embedded PostgreSQL of an app's data directory. */
async function databaseUrlOf(dataDir: string): Promise<string> {
  const port = (await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[3];
  const password = (await readFile(path.join(dataDir, 'postgres-password'), 'utf8')).trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/varn`;
}

/** The app as `npm start` runs it: its own embedded PostgreSQL in a fresh data directory, the built client. */
export async function startApp(env: Record<string, string> = {}) {
  const webDist = path.join(repoRoot, 'apps/web/dist');
  if (!existsSync(path.join(webDist, 'index.html'))) throw new Error('Build the client first: npm run build');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'varn-e2e-'));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/server.ts'], {
    cwd: repoRoot,
    env: {
      ...Object.fromEntries(
        Object.entries(process.env).filter(([name]) => name !== 'DATABASE_URL' && name !== 'VARN_DEMO'),
      ),
      VARN_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      VARN_PUBLIC_URL: url,
      VARN_DEMO_PASSWORD: demoPassword,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited: ${output.join('')}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the app did not become ready: ${output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    output,
    /**
     * Runs the admin CLI (`npm run varn -- …`) against this app's embedded PostgreSQL, as an
     * operator would with DATABASE_URL; resolves with what it printed.
     */
    async cli(...args: string[]): Promise<string> {
      const databaseUrl = await databaseUrlOf(dataDir);
      return await new Promise((resolve, reject) => {
        const run = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/cli.ts', ...args], {
          cwd: repoRoot,
          env: { ...process.env, DATABASE_URL: databaseUrl, VARN_PUBLIC_URL: url, LOG_LEVEL: 'warn' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let printed = '';
        run.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
        run.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
        run.once('exit', (code) =>
          code === 0 ? resolve(printed) : reject(new Error(`cli ${args[0]}: ${printed}`)),
        );
      });
    },
    /** The address of this app's embedded PostgreSQL, for fixtures no route writes yet. */
    databaseUrl: async (): Promise<string> => await databaseUrlOf(dataDir),
    async stop(): Promise<void> {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Debian's Chromium, headless, with the flags this machine needs (no background networking).
 * Playwright gives every launch a fresh, temporary profile (user data directory).
 */
export async function launchBrowser(): Promise<Browser> {
  return await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Watches a page for what a user would never see but must not happen: console errors (CSP
 * violations among them), uncaught exceptions, and server errors (5xx). Chromium also logs every
 * 4xx answer as a console error; those are part of normal use (the client asks /api/me to learn
 * whether anyone is logged in, a wrong code answers 401) and are left out.
 */
export function watchPage(page: Page): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (
      message.type() === 'error' &&
      !/^Failed to load resource: the server responded with a status of 4\d\d/u.test(text)
    ) {
      problems.push(`console: ${text}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500) problems.push(`server error ${response.status()}: ${response.url()}`);
  });
  return { problems };
}

/** Runs axe with the WCAG 2.1 A and AA rules and fails with a readable list of violations. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

/** The text of the page's h1 ('' while there is none). */
export const heading = async (page: Page): Promise<string> =>
  (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';

/**
 * Logs a demo user in (Swedish login page) and waits for the overview: the viewer's overview is
 * the lägesbild (issue 12), everyone else's is headed "Översikt".
 */
export async function logIn(
  page: Page,
  baseUrl: string,
  email: string,
  password = demoPassword,
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect.poll(() => heading(page)).toMatch(/^(?:Översikt|Lägesbild)$/u);
}

/** Reads the invitation link out of a mail. */
export function invitationLink(mail: ParsedMail): string {
  const match = /(https?:\/\/\S+\/invitation#[\w-]+)/u.exec(mail.text ?? '');
  if (!match?.[1]) throw new Error(`no invitation link in: ${mail.text ?? ''}`);
  return match[1];
}

export { readFile };
