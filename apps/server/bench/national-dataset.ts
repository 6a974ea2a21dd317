import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { Database } from '../src/db/client';
import { hashPassword } from '../src/modules/auth';
import { seedDemo } from '../src/seed/demo';
import { fillOrganisationSteps } from './national-dataset-sql';

/**
 * The national dataset of `npm run bench` (issue 9 §3): 300 organisations and 1M incidents over
 * ten years — one large organisation with ~212k of them, the rest spread over 299 like Sweden's
 * municipalities (a few large, most small) — with what the queue, the handling-time figures and the
 * Riskguide summary read: users and handlers, timelines, measures (some overdue), police reports
 * with and without status updates, work-environment reports, signals, and Riskguide matters,
 * screenings, assessments and their measures.
 *
 * The schema is the app's: the database is migrated by `connectDatabase` before this runs. The demo
 * organisation is seeded first (the bench's demo cases use it) and lends the dataset its texts,
 * taxonomy, Riskguide template and finished assessments, so every generated row is one the app
 * itself could have written. Generation is set-based SQL (generate_series, INSERT … SELECT), one
 * transaction per organisation, two organisations at a time. Values are drawn from hashes of a
 * row number and the seed, and ids are MD5s of the same, so a seed gives the same dataset.
 *
 * Bookkeeping lives in the schema `bench` (the app never reads it): `bench.settings` holds the
 * seed, scale and the instant the dataset was generated relative to; `bench.organisations` which
 * organisations are filled, so that an interrupted generation resumes; `completed_at` is the
 * marker that lets a later run reuse the database as it is.
 */

/** The password of every account of the dataset and of the demo organisation. */
export const benchPassword = 'bench-password-1234';

/** National size: the large organisation and the rest (issue 9). */
const largeIncidents = 212_000;
const otherIncidents = 788_000;
const organisationCount = 300;

export interface DatasetOptions {
  /** 1 = national size; 0.1 for a quick run. */
  readonly scale: number;
  readonly seed: number;
  readonly log: (message: string) => void;
}

/** What the bench needs to know about the dataset. */
export interface NationalDataset {
  readonly scale: number;
  readonly seed: number;
  readonly generatedAt: Date;
  /** Seconds the generation took (including ANALYZE), as recorded when it was made. */
  readonly generationSeconds: number;
  /** Whether this run generated it (false: reused). */
  readonly generatedNow: boolean;
  readonly organisations: number;
  readonly incidents: number;
  readonly databaseBytes: number;
  readonly large: {
    readonly id: string;
    readonly name: string;
    readonly incidents: number;
    readonly officerEmail: string;
    readonly viewerEmail: string;
    /** Officials of the large organisation, as many as the bench needs reporters. */
    readonly reporterEmails: readonly string[];
  };
}

/** Incidents per organisation: the large one first, the others falling off like 1/(rank + 3). */
export function incidentCounts(scale: number): number[] {
  const weights = Array.from({ length: organisationCount - 1 }, (_, index) => 1 / (index + 4));
  const sum = weights.reduce((total, weight) => total + weight, 0);
  const others = Math.round(otherIncidents * scale);
  const counts = weights.map((weight) => Math.max(5, Math.floor((others * weight) / sum)));
  // Rounding down leaves a remainder: the largest of the others takes it, so the total is exact.
  counts[0] = (counts[0] ?? 0) + others - counts.reduce((total, count) => total + count, 0);
  return [Math.max(5, Math.round(largeIncidents * scale)), ...counts];
}

const query = async <T extends pg.QueryResultRow>(pool: pg.Pool, text: string, values: unknown[] = []) =>
  (await pool.query<T>(text, values)).rows;

interface Settings {
  seed: number;
  scale: number;
  now: Date;
  completed_at: Date | null;
  seconds: number | null;
}

async function readSettings(pool: pg.Pool): Promise<Settings | undefined> {
  const [exists] = await query<{ name: string | null }>(
    pool,
    `select to_regclass('bench.settings')::text as name`,
  );
  if (!exists?.name) return undefined;
  const [row] = await query<Settings>(
    pool,
    'select seed, scale, now, completed_at, seconds from bench.settings',
  );
  return row;
}

/**
 * The bench schema: settings, the plan of organisations, the texts borrowed from the demo
 * organisation, and the functions the generation draws values with.
 */
async function prepare(database: Database, options: DatasetOptions, now: Date): Promise<void> {
  const { pool } = database;
  const [organisations] = await query<{ all: number; demo: number }>(
    pool,
    'select count(*)::int as all, (count(*) filter (where is_demo))::int as demo from organisations',
  );
  // Only the demo organisation (a generation that stopped right after seeding it) is fine.
  const onlyDemo = organisations?.all === 1 && organisations.demo === 1;
  if ((organisations?.all ?? 0) > 0 && !onlyDemo)
    throw new Error(
      'The bench database already holds organisations but no bench dataset: give the bench an empty database.',
    );
  if (!onlyDemo && !(await seedDemo(database.db, benchPassword, now)))
    throw new Error('The demo organisation could not be seeded.');
  const seed = options.seed;
  const counts = incidentCounts(options.scale);
  const passwordHash = await hashPassword(benchPassword);
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`create schema bench`);
    // Uniform in [0, 1) from a row number (or an id) and a salt: the same seed, the same value.
    await client.query(`
      create function bench.rnd(k bigint, salt int) returns float8 language sql immutable parallel safe
      as $$ select (hashint8extended(k, ${seed}::bigint * 1000 + salt) & 9007199254740991)::float8 / 9007199254740992.0 $$`);
    await client.query(`
      create function bench.rndu(k uuid, salt int) returns float8 language sql immutable parallel safe
      as $$ select (hashtextextended(k::text, ${seed}::bigint * 1000 + salt) & 9007199254740991)::float8 / 9007199254740992.0 $$`);
    // An id from a text: its MD5 with the version and variant of a random (v4) UUID, which the
    // API's schemas demand.
    await client.query(`
      create function bench.uuid(source text) returns uuid language sql immutable parallel safe
      as $$ select overlay(overlay(md5(source) placing '4' from 13) placing '8' from 17)::uuid $$`);
    // The id of the n-th row of a kind in organisation `org`.
    await client.query(`
      create function bench.id(kind text, org int, n bigint) returns uuid language sql immutable parallel safe
      as $$ select bench.uuid('${seed}:' || kind || ':' || org || ':' || n) $$`);
    // Matters are created evenly over the ten years: the n-th of `total`, oldest first.
    await client.query(`
      create function bench.spread(now timestamptz, n int, total int) returns timestamptz language sql immutable parallel safe
      as $$ select now - make_interval(secs => 3600 + 315360000 * (1 - (n + 0.5) / total)) $$`);
    await client.query(`
      create table bench.settings (
        seed int not null, scale float8 not null, now timestamptz not null, demo_organisation_id uuid not null,
        password_hash text not null, parties int not null, scenarios int not null, closing_summaries int not null,
        measure_plans int not null,
        signal_texts int not null, matter_texts int not null, screening_samples int not null,
        assessment_samples int not null, completed_at timestamptz, seconds float8)`);
    await client.query(`
      create table bench.organisations (
        idx int primary key, id uuid not null, name text not null, code text not null, domain text not null,
        incidents int not null, officers int not null, officials int not null, staff int not null,
        matters int not null, filled boolean not null default false)`);
    await client.query(
      `insert into bench.organisations (idx, id, name, code, domain, incidents, officers, officials, staff, matters)
       select i.idx, bench.id('organisation', i.idx, 0),
         case when i.idx = 0 then 'Storstaden' else 'Bänkkommun ' || lpad(i.idx::text, 3, '0') end,
         (1000 + i.idx)::text,
         case when i.idx = 0 then 'storstaden' else 'k' || lpad(i.idx::text, 3, '0') end || '.bench.varn.se',
         c.incidents, 1 + c.incidents / 20000, 30 + c.incidents / 500, 20 + c.incidents / 300, 20 + c.incidents / 50
       from unnest($1::int[]) with ordinality as c(incidents, ord)
       cross join lateral (select (c.ord - 1)::int as idx) i`,
      [counts],
    );
    const demo = `(select id from organisations where is_demo)`;
    // The demo's parties but its local party: eight, largest first.
    await client.query(`
      create table bench.parties as
      select (row_number() over (order by council_seats desc, abbreviation) - 1)::int as n, name, abbreviation, council_seats, colour
      from parties where organisation_id = ${demo} and abbreviation <> 'EL'`);
    // The demo's twenty scenarios: text, categories, channel, perpetrator, target, severity, reporter.
    await client.query(`
      create table bench.scenarios as
      select (row_number() over (order by description) - 1)::int as idx, * from (
        select distinct on (i.description) i.description, i.categories, i.channel, i.perpetrator_type,
          i.target_role, coalesce(i.severity, 'moderate') as severity, i.consequences, u.role as reporter_role
        from incidents i join users u on u.id = i.reported_by_user_id
        where i.organisation_id = ${demo}
        order by i.description, i.severity is null) s`);
    await client.query(`
      create table bench.measure_plans as
      select (row_number() over (order by type, description) - 1)::int as idx, type, description
      from (select distinct type, description from measures where organisation_id = ${demo} and subject_type = 'incident') m`);
    await client.query(`
      create table bench.closing_summaries as
      select (row_number() over (order by closing_summary) - 1)::int as idx, closing_summary as text
      from (select distinct closing_summary from incidents where organisation_id = ${demo} and closing_summary is not null) c`);
    await client.query(`
      create table bench.signal_texts as
      select (row_number() over (order by text) - 1)::int as idx, text, urgency
      from signals where organisation_id = ${demo}`);
    await client.query(`
      create table bench.matter_texts as
      select (row_number() over (order by title) - 1)::int as idx, title, body, description
      from matters where organisation_id = ${demo}`);
    await client.query(`
      create table bench.screening_samples as
      select (row_number() over (order by id) - 1)::int as idx, reason, prompts
      from screening_rows where organisation_id = ${demo}`);
    // Finished demo assessments (several cells of the matrix) and the measures chosen in them.
    await client.query(`
      create table bench.assessment_samples as
      select (row_number() over (order by id) - 1)::int as idx, id, participants, step2_answers, step3_answers, result,
        risk_level, conflict_level, complexity_level, matrix_cell, finished_at
      from assessments where organisation_id = ${demo} and status = 'finished'`);
    await client.query(
      `insert into bench.settings (seed, scale, now, demo_organisation_id, password_hash, parties, scenarios,
         closing_summaries, measure_plans, signal_texts, matter_texts, screening_samples, assessment_samples)
       select $1, $2, $3, ${demo}, $4,
         (select count(*) from bench.parties), (select count(*) from bench.scenarios),
         (select count(*) from bench.closing_summaries),
         (select count(*) from bench.measure_plans), (select count(*) from bench.signal_texts),
         (select count(*) from bench.matter_texts), (select count(*) from bench.screening_samples),
         (select count(*) from bench.assessment_samples)`,
      [seed, options.scale, now, passwordHash],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

/** Fills one organisation in one transaction; returns the seconds each step took. */
async function fillOrganisation(pool: pg.Pool, idx: number): Promise<Map<string, number>> {
  const steps = new Map<string, number>();
  const client = await pool.connect();
  try {
    await client.query('begin');
    // Bulk loading: no WAL flush per commit, and room to sort a large organisation's cases in memory.
    await client.query(`set local synchronous_commit = off`);
    await client.query(`set local work_mem = '256MB'`);
    for (const step of fillOrganisationSteps) {
      const start = performance.now();
      await client.query(step.sql, [idx]).catch((error: unknown) => {
        throw new Error(`step ${step.name}: ${(error as Error).message}`, { cause: error });
      });
      steps.set(step.name, (performance.now() - start) / 1000);
    }
    await client.query('commit');
    return steps;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw new Error(`Filling organisation ${idx} failed: ${(error as Error).message}`, { cause: error });
  } finally {
    client.release();
  }
}

/** Fills every organisation not filled yet, `parallel` at a time, the large one first. */
async function fillAll(pool: pg.Pool, log: (message: string) => void, parallel: number): Promise<void> {
  const pending = (
    await query<{ idx: number }>(pool, 'select idx from bench.organisations where not filled order by idx')
  ).map((row) => row.idx);
  const total = pending.length;
  let done = 0;
  let lastReport = performance.now();
  const worker = async () => {
    for (let idx = pending.shift(); idx !== undefined; idx = pending.shift()) {
      const start = performance.now();
      const steps = await fillOrganisation(pool, idx);
      done += 1;
      if (idx === 0) {
        const detail = [...steps].map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`).join(', ');
        log(`  the large organisation: ${((performance.now() - start) / 1000).toFixed(0)} s (${detail})`);
      }
      if (performance.now() - lastReport > 15_000 || done === total) {
        lastReport = performance.now();
        log(`  ${done}/${total} organisations filled`);
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

async function describe(pool: pg.Pool, generatedNow: boolean): Promise<NationalDataset> {
  const [settings] = await query<Settings & { organisations: number; incidents: number; bytes: string }>(
    pool,
    `select s.seed, s.scale, s.now, s.completed_at, s.seconds,
       (select count(*)::int from bench.organisations) as organisations,
       (select sum(incidents)::int from bench.organisations) as incidents,
       pg_database_size(current_database())::text as bytes
     from bench.settings s`,
  );
  const [large] = await query<{
    id: string;
    name: string;
    domain: string;
    incidents: number;
    officials: number;
  }>(pool, 'select id, name, domain, incidents, officials from bench.organisations where idx = 0');
  if (!settings || !large) throw new Error('The bench dataset has no settings or no large organisation.');
  return {
    scale: settings.scale,
    seed: settings.seed,
    generatedAt: settings.now,
    generationSeconds: settings.seconds ?? 0,
    generatedNow,
    organisations: settings.organisations,
    incidents: settings.incidents,
    databaseBytes: Number(settings.bytes),
    large: {
      id: large.id,
      name: large.name,
      incidents: large.incidents,
      officerEmail: `sakerhet0@${large.domain}`,
      viewerEmail: `ledning0@${large.domain}`,
      reporterEmails: Array.from(
        { length: Math.min(large.officials, 50) },
        (_, n) => `politiker${n}@${large.domain}`,
      ),
    },
  };
}

/**
 * The national dataset in `database`: reused when a complete one of the same seed and scale is
 * there, resumed when a generation was interrupted, else generated (which takes minutes at
 * national size). A database that holds anything else is refused.
 */
export async function ensureNationalDataset(
  database: Database,
  options: DatasetOptions,
): Promise<NationalDataset> {
  const { pool } = database;
  const settings = await readSettings(pool);
  if (settings && (settings.seed !== options.seed || settings.scale !== options.scale))
    throw new Error(
      `The bench database holds the dataset of seed ${settings.seed} at scale ${settings.scale}, not seed ` +
        `${options.seed} at scale ${options.scale}: use those settings, or give the bench another database.`,
    );
  if (settings?.completed_at) {
    options.log(
      `Reusing the national dataset generated ${settings.now.toISOString()} (seed ${settings.seed}, scale ${settings.scale}).`,
    );
    return await describe(pool, false);
  }
  const start = performance.now();
  if (!settings) {
    options.log(`Generating the national dataset (seed ${options.seed}, scale ${options.scale})…`);
    await prepare(database, options, new Date());
  } else {
    options.log('Resuming the generation of the national dataset…');
  }
  await fillAll(pool, options.log, 2);
  options.log('  analysing…');
  await pool.query('vacuum (analyze)');
  const seconds = (performance.now() - start) / 1000;
  await pool.query('update bench.settings set completed_at = now(), seconds = $1', [seconds]);
  const dataset = await describe(pool, true);
  options.log(
    `Generated in ${seconds.toFixed(0)} s: ${dataset.organisations} organisations, ${dataset.incidents} incidents, ` +
      `database ${(dataset.databaseBytes / 2 ** 30).toFixed(2)} GiB.`,
  );
  return dataset;
}
