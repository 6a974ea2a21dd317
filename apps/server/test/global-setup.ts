import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client';
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/db/embedded';
import { migrateDatabase } from '../src/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A connection URL with the right to create databases (to the maintenance database). */
    pgAdminUrl: string;
    /** The migrated template every test file copies its own database from. */
    pgTemplate: string;
  }
}

/**
 * Starts one real PostgreSQL for the whole run — the embedded one, or the server of
 * TEST_DATABASE_URL — and migrates a template database that each test file clones (STYLE.md:
 * a fresh database per test file, no mocks).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let server: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  let adminUrl: string;
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
  } else {
    dataDir = await mkdtemp(path.join(tmpdir(), 'varn-test-'));
    server = await startEmbeddedPostgres(dataDir, { info: () => undefined, warn: (m) => console.warn(m) });
    adminUrl = server.url.replace(/\/varn$/u, '/postgres');
  }
  const template = `varn_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  const database = openDatabase(templateUrl.href, { max: 2 });
  await migrateDatabase(database);
  await database.close();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template);

  return async () => {
    await admin.query(`drop database if exists ${template} with (force)`).catch(() => undefined);
    await admin.end();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
