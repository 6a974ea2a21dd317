import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { read as readWorkbook, utils } from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecords } from '../src/lib/csv';
import {
  buildTestApp,
  createCaseOrganisation,
  createTestDatabase,
  incidentReport,
  testClock,
  urlOf,
} from './helpers';

/*
 * `npm run varn -- ptu-export` (issue 12 §2) as an operator of a shared installation runs it: a
 * process of its own on DATABASE_URL, writing the anonymised PTU aggregate of one organisation or
 * of all of them (the national aggregate), judged by the file it writes and its exit code.
 */

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock: testClock(new Date('2026-09-02T09:00:00.000Z')) });
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');
const directory = await mkdtemp(path.join(tmpdir(), 'varn-ptu-export-'));
afterAll(async () => rm(directory, { recursive: true, force: true }));

// Ekby: five threats and five harassment cases; Grannby: six threats and five harassment cases.
for (const [organisation, threats] of [
  [ekby, 5],
  [grannby, 6],
] as const) {
  for (let index = 0; index < threats; index += 1)
    await organisation.official.post('/api/incidents', incidentReport({ categories: ['threat'] }));
  for (let index = 0; index < 5; index += 1)
    await organisation.staff.post('/api/incidents', incidentReport({ targetRole: 'staff' }));
}

async function runCli(...args: string[]) {
  const unwanted = ['TEST_DATABASE_URL', 'VARN_PUBLIC_URL', 'SMTP_URL', 'PORT'];
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !unwanted.includes(name))),
    DATABASE_URL: urlOf(database),
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
    child.once('close', resolve);
  });
  return { code, stdout, stderr };
}

describe('ptu-export', () => {
  it("writes one organisation's aggregate as CSV, suppressed, and audits it", async () => {
    const out = path.join(directory, 'ekby.csv');
    const result = await runCli(
      'ptu-export',
      '--year',
      '2026',
      '--format',
      'csv',
      '--out',
      out,
      '--organisation',
      ekby.id,
    );
    expect(result, result.stderr).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('(10 incidents)');
    const text = (await readFile(out)).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const records = readRecords(text.slice(1), ';').records.map((record) => [...record.fields]);
    const row = (first: string) => records.find((record) => record[0] === first)?.at(-1);
    // Five of each: the threats hidden so that the zeros of the other kinds cannot be computed.
    expect(row('Hot')).toBe('x');
    expect(row('Trakasserier och kränkningar')).toBe('5');
    expect(row('Totalt')).toBe('10');
    for (const cell of records.flat())
      if (/^\d+$/u.test(cell)) expect(Number(cell)).toBeGreaterThanOrEqual(5);
    expect(text).not.toContain('Olle');
    const { rows } = await database.pool.query(
      "select 1 from audit_events where organisation_id = $1 and action = 'situation.export' and user_agent = 'varn-cli'",
      [ekby.id],
    );
    expect(rows).toHaveLength(1);
  }, 60_000);

  it('writes the national aggregate over every organisation as XLSX', async () => {
    const out = path.join(directory, 'national.xlsx');
    const result = await runCli(
      'ptu-export',
      '--year',
      '2026',
      '--format',
      'xlsx',
      '--out',
      out,
      '--all',
      '--lang',
      'en',
    );
    expect(result, result.stderr).toMatchObject({ code: 0 });
    const workbook = readWorkbook(await readFile(out), { type: 'buffer' });
    expect(workbook.SheetNames[0]).toBe('PTU exposure by month 2026');
    const rows = utils.sheet_to_json<unknown[]>(workbook.Sheets['PTU exposure by month 2026'] ?? {}, {
      header: 1,
      defval: null,
    });
    const total = (first: string) => rows.find((row) => row[0] === first)?.at(-1);
    expect(total('Threats')).toBe(11);
    expect(total('Harassment and abuse')).toBe('x');
    expect(total('Total')).toBe(21);
  }, 60_000);

  it('refuses missing or contradictory arguments with exit code 2, an unknown organisation with 1', async () => {
    const out = path.join(directory, 'never.csv');
    for (const args of [
      ['--year', '2026', '--format', 'csv', '--out', out],
      ['--year', '2026', '--format', 'csv', '--out', out, '--all', '--organisation', ekby.id],
    ]) {
      const result = await runCli('ptu-export', ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain('ptu-export needs');
    }
    const unknown = await runCli(
      'ptu-export',
      '--year',
      '2026',
      '--format',
      'csv',
      '--out',
      out,
      '--organisation',
      '00000000-0000-4000-8000-000000000000',
    );
    expect(unknown.code).toBe(1);
    await expect(readFile(out)).rejects.toThrow();
  }, 90_000);
});
