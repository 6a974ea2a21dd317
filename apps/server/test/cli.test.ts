import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Database } from '../src/db/client';
import { buildTestApp, createTestDatabase, Role, TestClient } from './helpers';

/*
 * The admin CLI (`npm run varn -- <command>`) as an operator runs it: a separate process on
 * DATABASE_URL, judged by its output and exit code.
 */

const repoRoot = path.resolve(import.meta.dirname, '../../..');

/** The connection URL of a test database's pool, for a process of its own. */
export function databaseUrlOf(database: Database): string {
  const url = database.pool.options.connectionString;
  if (!url) throw new Error('The test database pool has no connection string');
  return url;
}

const database = await createTestDatabase();
const databaseUrl = databaseUrlOf(database);

interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

async function runCli(...args: string[]): Promise<CliResult> {
  const unwanted = ['TEST_DATABASE_URL', 'VARN_PUBLIC_URL', 'SMTP_URL', 'PORT'];
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !unwanted.includes(name))),
    DATABASE_URL: databaseUrl,
    // With DATABASE_URL the CLI must not start an embedded server; a data dir it cannot create proves it.
    VARN_DATA_DIR: '/nonexistent/varn-cli-test',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/cli.ts', ...args], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode) => resolve(exitCode));
  });
  return { code, stdout, stderr };
}

async function organisationNamed(name: string) {
  const { rows } = await database.pool.query<{
    id: string;
    municipality_code: string;
    mfa_required_roles: string[];
  }>('select id, municipality_code, mfa_required_roles from organisations where name = $1', [name]);
  return rows;
}

async function usersWithEmail(email: string) {
  const { rows } = await database.pool.query<{ organisation_id: string; role: string; status: string }>(
    'select organisation_id, role, status from users where email = $1',
    [email],
  );
  return rows;
}

describe.sequential('the admin CLI', () => {
  it('create-admin creates the organisation with MFA for admins and security officers and prints a working invitation link', async () => {
    const result = await runCli(
      'create-admin',
      '--org',
      'Nykommun',
      '--email',
      'admin@nykommun.se',
      '--code',
      '0180',
    );
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('Created organisation "Nykommun".');
    expect(result.stdout).toContain('Invited admin@nykommun.se as administrator.');
    const token = /One-time invitation link \(valid 7 days\): https?:\/\/\S+\/invitation#(\S+)\n/u.exec(
      result.stdout,
    )?.[1];
    expect(token, result.stdout).toBeDefined();

    const organisations = await organisationNamed('Nykommun');
    expect(organisations).toHaveLength(1);
    expect(organisations[0]?.municipality_code).toBe('0180');
    expect([...(organisations[0]?.mfa_required_roles ?? [])].sort()).toEqual(
      [Role.Admin, Role.SecurityOfficer].sort(),
    );
    expect(await usersWithEmail('admin@nykommun.se')).toEqual([
      { organisation_id: organisations[0]?.id, role: Role.Admin, status: 'invited' },
    ]);

    // The printed link is the one the new administrator can use.
    const app = await buildTestApp(database);
    const lookup = await new TestClient(app).post('/api/invitations/lookup', { token });
    expect(lookup.statusCode, lookup.body).toBe(200);
    expect(lookup.json()).toMatchObject({ email: 'admin@nykommun.se', organisationName: 'Nykommun' });
  });

  it('create-admin refuses an e-mail address that already has an account, and changes nothing', async () => {
    const result = await runCli('create-admin', '--org', 'Nykommun', '--email', 'admin@nykommun.se');
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('There is already an account with that e-mail address.');
    expect(result.stdout).not.toContain('invitation');
    expect(await organisationNamed('Nykommun')).toHaveLength(1);
    expect(await usersWithEmail('admin@nykommun.se')).toHaveLength(1);
  });

  it('create-admin refuses a malformed municipality code or missing arguments with exit code 2', async () => {
    const badCode = await runCli(
      'create-admin',
      '--org',
      'Felkommun',
      '--email',
      'admin@felkommun.se',
      '--code',
      '123',
    );
    expect(badCode.code).toBe(2);
    expect(badCode.stderr).toContain(
      '--code must be a municipality code (4 digits) or a region code (2 digits).',
    );

    const noEmail = await runCli('create-admin', '--org', 'Felkommun');
    expect(noEmail.code).toBe(2);
    expect(noEmail.stderr).toContain('create-admin needs --org NAME and a valid --email.');

    expect(await organisationNamed('Felkommun')).toEqual([]);
    expect(await usersWithEmail('admin@felkommun.se')).toEqual([]);
  });

  it('audit:verify reports an intact audit trail with exit code 0', async () => {
    const result = await runCli('audit:verify');
    expect(result, result.stderr).toMatchObject({ code: 0 });
    const counts = /^ok \((\d+) chains, (\d+) events\)\n$/u.exec(result.stdout);
    expect(counts, result.stdout).not.toBeNull();
    expect(Number(counts?.[1])).toBeGreaterThanOrEqual(1);
    expect(Number(counts?.[2])).toBeGreaterThanOrEqual(1);
  });

  it('audit:verify names the chain and sequence of a tampered event and exits 1', async () => {
    const [organisation] = await organisationNamed('Nykommun');
    if (!organisation) throw new Error('The organisation of the first test is missing');
    // Only the database superuser (or owner) can get past the append-only trigger.
    const client = await database.pool.connect();
    try {
      await client.query('begin');
      await client.query('alter table audit_events disable trigger audit_events_append_only');
      const updated = await client.query(
        "update audit_events set action = 'x' where chain_key = $1 and sequence = 1",
        [organisation.id],
      );
      await client.query('alter table audit_events enable trigger audit_events_append_only');
      await client.query('commit');
      expect(updated.rowCount).toBe(1);
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }

    const result = await runCli('audit:verify');
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain(`broken: chain ${organisation.id} at sequence 1 (hash_mismatch)`);
    expect(result.stdout).not.toMatch(/^ok /mu);
  });

  it('migrate applies pending migrations (none left) and exits 0', async () => {
    const result = await runCli('migrate');
    expect(result, result.stderr).toMatchObject({ code: 0, stdout: 'migrations applied\n' });
  });

  it('an unknown command prints the usage and exits 2', async () => {
    const result = await runCli('frobnicate');
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Usage: npm run varn -- <command>');
    expect(result.stdout).toContain('create-admin --org NAME --email E');
  });
});
