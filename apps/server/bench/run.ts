import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import pino from 'pino';
import { buildApp, loggerOptions } from '../src/app';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/database';
import { measureIntake, type BrowserSession, type IntakeResult } from './intake';
import { measureLiveDelivery, type LiveResult } from './live';
import { startEventListener } from '../src/events';
import { aggregatePtu } from '../src/modules/situation';
import { sampleAlternating, summarise, type Budget, type Summary } from './measure';
import { benchPassword, ensureNationalDataset, type NationalDataset } from './national-dataset';
import { captureStatements, describePlan, replay, replayPlan } from './statements';
import { directorySize, machine } from './machine';
import { benchReportOnPhone, reportBudget } from './phone';
import type { PhoneLoadResult } from './phone-load';

/**
 * `npm run bench` (issue 9 §3): in one run on the same PostgreSQL,
 * - reads through the whole stack (app.inject with a real session cookie: session, policy,
 *   validation, audit, serialisation; no network) against "their raw SQL": the statements the
 *   API ran for the same request, captured and replayed on a pool connection (writes left out and
 *   named in the output) — p50 and p95 of each, in alternation;
 * - intake: POST /api/incidents at 10 concurrent clients against raw INSERTs of the same rows at
 *   10 connections (reports per second);
 * on the national dataset (national-dataset.ts) and on the demo organisation.
 *
 * Environment: BENCH_SCALE (1 = national size), BENCH_SEED, BENCH_DATABASE_URL (an external
 * database; reused when it holds the dataset), BENCH_DATA_DIR (a kept embedded data directory,
 * reused the same way; default: a temporary one removed at the end), BENCH_CASE_SECONDS (time per
 * read case, default 20), BENCH_ROUNDS (most rounds per read case, default 200),
 * BENCH_INTAKE_SECONDS (default 10), BENCH_SLOW_SECONDS (a read slower than this is timed once,
 * default 60). See docs/performance.md.
 */

const env = process.env;
const scale = Number(env.BENCH_SCALE ?? 1);
const seed = Number(env.BENCH_SEED ?? 2014);
const intakeSeconds = Number(env.BENCH_INTAKE_SECONDS ?? 10);
const concurrency = 10;
/** A read slower than this (seconds) is timed once instead of sampled. */
const slowCallSeconds = Number(env.BENCH_SLOW_SECONDS ?? 60);
const budget: Budget = {
  minRounds: 5,
  maxRounds: Number(env.BENCH_ROUNDS ?? 200),
  budgetMs: Number(env.BENCH_CASE_SECONDS ?? 20) * 1000,
  warmupRounds: 2,
};
if (!(scale > 0) || !Number.isInteger(seed))
  throw new Error('BENCH_SCALE must be > 0 and BENCH_SEED an integer.');

/** Targets of issue 9: each read's p95 at most this, and at most this many times its raw SQL. */
const readTargetMs = 100;
const readTargetRatio = 2;
const intakeTargetRatio = 0.5;
/** Issue 12 §3: a committed change reaches an open lägesbild on another instance within this (p95). */
const liveTargetMs = 1000;
const liveRounds = Number(env.BENCH_LIVE_ROUNDS ?? 40);

const print = (line = '') => process.stdout.write(`${line}\n`);
/** A duration with its unit: "0.52 ms", "630 ms", "699 s"; "—" when there is none. */
const ms = (value: number) =>
  Number.isNaN(value)
    ? '—'
    : value < 10
      ? `${value.toFixed(2)} ms`
      : value < 10_000
        ? `${value.toFixed(0)} ms`
        : `${(value / 1000).toFixed(0)} s`;

async function logIn(app: FastifyInstance, email: string): Promise<BrowserSession> {
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email, password: benchPassword }),
  });
  const session = login.cookies.find((cookie) => cookie.name === 'varn_session')?.value;
  if (login.statusCode !== 200 || !session)
    throw new Error(`Login of ${email} answered ${login.statusCode}: ${login.body.slice(0, 200)}`);
  const csrf = await app.inject({
    method: 'GET',
    url: '/api/auth/csrf',
    headers: { cookie: `varn_session=${session}` },
  });
  const csrfCookie = csrf.cookies.find((cookie) => cookie.name === 'varn_csrf')?.value ?? '';
  return {
    cookie: `varn_session=${session}; varn_csrf=${csrfCookie}`,
    csrf: (csrf.json() as { token: string }).token,
  };
}

/** Too slow to repeat: the captured call is the API's one sample, one replay the raw one. */
async function timedOnce(apiMs: number, replayOnce: (() => Promise<void>) | undefined): Promise<number[][]> {
  print(`    (a call took ${(apiMs / 1000).toFixed(0)} s: timed once)`);
  if (!replayOnce) return [[apiMs]];
  const start = performance.now();
  await replayOnce();
  return [[apiMs], [performance.now() - start]];
}

interface ReadResult {
  readonly label: string;
  readonly url: string;
  readonly api: Summary;
  readonly raw: Summary | undefined;
  readonly targets: boolean;
  /** In the summary without a target (the national aggregate: the targets are per organisation). */
  readonly reportOnly?: boolean;
}

/** The result of a read against the targets: p95 ≤ 100 ms and ≤ 2× the raw p95. */
function verdict(result: ReadResult): string {
  const raw = result.raw?.p95;
  const fast = result.api.p95 <= readTargetMs;
  const close = raw === undefined || result.api.p95 <= readTargetRatio * raw;
  return fast && close
    ? 'met'
    : `MISSED (${[fast ? '' : `p95 > ${readTargetMs} ms`, close ? '' : `> ${readTargetRatio}× raw`].filter(Boolean).join(', ')})`;
}

/** The organisation with the median number of incidents, and its domain (its officer's e-mail). */
async function medianOrganisation(pool: pg.Pool) {
  const result = await pool.query<{ name: string; domain: string; incidents: number }>(`
    with counted as (
      select o.name, split_part(u.email, '@', 2) as domain, count(i.*)::int as incidents
      from organisations o
      join users u on u.organisation_id = o.id and u.email like 'sakerhet0@%'
      left join incidents i on i.organisation_id = o.id
      group by o.name, u.email
    )
    select * from counted order by incidents limit 1 offset (select count(*) / 2 from counted)`);
  const row = result.rows[0];
  if (!row) throw new Error('no organisation with a security officer');
  return row;
}

async function main(): Promise<void> {
  const started = performance.now();
  const keepDataDir = env.BENCH_DATA_DIR !== undefined;
  const dataDir = env.BENCH_DATA_DIR ?? (await mkdtemp(path.join(os.tmpdir(), 'varn-bench-')));
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);
  // The pool's connections end when the embedded server stops: that is no error worth printing.
  let closing = false;
  const quiet = { info: () => undefined, warn: print, error: (message: string) => closing || print(message) };
  const running = await connectDatabase({ databaseUrl: env.BENCH_DATABASE_URL, dataDir, log: quiet });
  try {
    const { db, pool } = running.database;
    const dataset = await ensureNationalDataset(running.database, { scale, seed, log: print });
    const config = { ...loadConfig({ VARN_DATA_DIR: dataDir }), webDist: undefined };
    // Errors only (a 500 says why on stderr); request logging would be part of what is timed.
    const app = await buildApp({ config, db, logger: pino(loggerOptions('error')) });
    await app.ready();
    const host = await machine(pool);
    print();
    print(`Värn bench — ${new Date().toISOString()}`);
    print(`  machine: ${host.summary}`);
    print(
      `  dataset: scale ${dataset.scale}, seed ${dataset.seed}: ${dataset.organisations} organisations, ` +
        `${dataset.incidents.toLocaleString('en')} incidents; ${dataset.large.name} ${dataset.large.incidents.toLocaleString('en')}; ` +
        `database ${(dataset.databaseBytes / 2 ** 30).toFixed(2)} GiB` +
        (running.embedded
          ? `, data directory ${((await directorySize(dataDir)) / 2 ** 30).toFixed(2)} GiB`
          : '') +
        `; ${dataset.generatedNow ? 'generated' : 'reused, generated'} in ${dataset.generationSeconds.toFixed(0)} s`,
    );
    print(
      `  reads: at most ${budget.maxRounds} rounds or ${budget.budgetMs / 1000} s per case (at least ${budget.minRounds}), API and raw in alternation`,
    );
    print();

    const demoAdmin = await logIn(app, 'admin@exempelkommun.se');
    const demoOfficer = await logIn(app, 'sakerhet@exempelkommun.se');
    const officer = await logIn(app, dataset.large.officerEmail);
    const now = Date.now();
    const lastYear = `from=${new Date(now - 365 * 86_400_000).toISOString()}&to=${new Date(now).toISOString()}`;

    const reads: ReadResult[] = [];
    const read = async (
      label: string,
      url: string,
      as: BrowserSession | undefined,
      targets: boolean,
      on: FastifyInstance = app,
      /** Compare with this case's raw SQL (the same queries, counted) instead of this call's own. */
      rawOf?: ReadResult,
    ) => {
      const call = async () => {
        const response = await on.inject({ method: 'GET', url, headers: as ? { cookie: as.cookie } : {} });
        if (response.statusCode !== 200)
          throw new Error(`GET ${url} answered ${response.statusCode}: ${response.body.slice(0, 400)}`);
      };
      const captureStart = performance.now();
      const plan = replayPlan(await captureStatements(pool, call));
      const captureMs = performance.now() - captureStart;
      const replayPlanned = () => replay(pool, plan);
      const actions = plan.statements.length > 0 ? [call, replayPlanned] : [call];
      const [api = [], raw] =
        captureMs > slowCallSeconds * 1000
          ? await timedOnce(captureMs, plan.statements.length > 0 ? replayPlanned : undefined)
          : // A call of more than a second is its own warm-up: the captured call read what it needs.
            await sampleAlternating(actions, captureMs > 1000 ? { ...budget, warmupRounds: 0 } : budget);
      const result = {
        label,
        url,
        api: summarise(api),
        raw: rawOf ? rawOf.raw : raw ? summarise(raw) : undefined,
        targets,
      };
      reads.push(result);
      print(
        `${label.padEnd(34)} API p50 ${ms(result.api.p50).padStart(9)} p95 ${ms(result.api.p95).padStart(9)} | ` +
          `raw p50 ${ms(result.raw?.p50 ?? NaN).padStart(9)} p95 ${ms(result.raw?.p95 ?? NaN).padStart(9)} | n ${result.api.n}` +
          (targets ? ` | ${verdict(result)}` : ''),
      );
      print(
        `    GET ${url.split('?')[0]}: ${describePlan(plan)}` +
          (rawOf ? `; raw = the statements of "${rawOf.label}"` : ''),
      );
      return result;
    };

    print('Demo organisation (Exempelkommun)');
    await read('health (no SQL)', '/healthz', undefined, false);
    await read('parties (admin)', '/api/parties', demoAdmin, false);
    await read('me (admin)', '/api/me', demoAdmin, false);
    await read('users (admin)', '/api/users', demoAdmin, false);
    await read('queue (officer)', '/api/incidents?limit=25&offset=0', demoOfficer, false);
    await read('matters (officer)', '/api/matters?limit=50', demoOfficer, false);
    await read('Riskguide summary (officer)', `/api/riskguide/summary?${lastYear}`, demoOfficer, false);
    print();
    print(`National dataset: ${dataset.large.name}, as its security officer`);
    // The queue page's first load; the figures pages' default period (the last twelve months).
    await read('queue', '/api/incidents?limit=25&offset=0', officer, true);
    await read('inbox', '/api/incidents/inbox', officer, true);
    await read('related-case search', '/api/incidents/search?q=hotfullt', officer, true);
    await read('handling-time figures', `/api/incidents/metrics?${lastYear}`, officer, true);
    await read('Riskguide summary', `/api/riskguide/summary?${lastYear}`, officer, true);
    print();

    // The lägesbild (issue 12 §3). "Counted": an instance without its event connection keeps
    // nothing, so every call counts everything (in parallel on the pool), against the same
    // statements replayed one after another. "As served": the instances of a real start keep the
    // counted lägesbild until a change of the organisation (ADR 019); the call is then the
    // session, the policy, the audit append and the serialisation, and no counting SQL at all.
    const events = await startEventListener(running.url, {
      info: () => undefined,
      warn: (_object, message) => print(message),
      error: (_object, message) => print(message),
    });
    const liveApp = await buildApp({ config, db, logger: pino(loggerOptions('error')), events });
    await liveApp.ready();
    const median = await medianOrganisation(pool);
    const medianOfficer = await logIn(app, `sakerhet0@${median.domain}`);
    const viewer = await logIn(app, dataset.large.viewerEmail);
    print(
      `Lägesbild: ${dataset.large.name} (${dataset.large.incidents.toLocaleString('en')} incidents) and ${median.name}, the median organisation (${median.incidents.toLocaleString('en')})`,
    );
    const countedOfficer = await read('lägesbild, counted (officer)', '/api/situation', officer, true);
    const countedViewer = await read('lägesbild, counted (viewer)', '/api/situation', viewer, true);
    await read(`lägesbild, counted (median org)`, '/api/situation', medianOfficer, true);
    // Served from what the instance keeps, compared with the raw SQL of the same lägesbild counted.
    const onLive = async (label: string, as: BrowserSession, counted: ReadResult) => {
      await liveApp.inject({ method: 'GET', url: '/api/situation', headers: { cookie: as.cookie } });
      await read(label, '/api/situation', as, true, liveApp, counted);
    };
    await onLive('lägesbild, as served (officer)', officer, countedOfficer);
    await onLive('lägesbild, as served (viewer)', viewer, countedViewer);
    // The national aggregate: the PTU aggregate of every organisation of the installation (the
    // operator's `ptu-export --all`), its function against the same statements replayed.
    const year = Number(new Date().toISOString().slice(0, 4));
    const national = () => aggregatePtu(db, { kind: 'installation' }, year);
    const nationalPlan = replayPlan(await captureStatements(pool, national));
    const [nationalApi = [], nationalRaw = []] = await sampleAlternating(
      [national, () => replay(pool, nationalPlan)],
      { ...budget, warmupRounds: 1 },
    );
    const nationalResult: ReadResult = {
      label: `national aggregate (PTU, ${dataset.organisations} organisations)`,
      url: 'aggregatePtu(installation)',
      api: summarise(nationalApi),
      raw: summarise(nationalRaw),
      targets: false,
      reportOnly: true,
    };
    reads.push(nationalResult);
    print(
      `${nationalResult.label.padEnd(34)} API p50 ${ms(nationalResult.api.p50).padStart(9)} p95 ${ms(nationalResult.api.p95).padStart(9)} | ` +
        `raw p50 ${ms(nationalResult.raw?.p50 ?? NaN).padStart(9)} p95 ${ms(nationalResult.raw?.p95 ?? NaN).padStart(9)} | n ${nationalResult.api.n}`,
    );
    print(`    ${describePlan(nationalPlan)}`);
    print();
    print(
      'Live lägesbild: report on one instance → `changed` on a stream of another (HTTP, own LISTEN each)',
    );
    const live = await measureLiveDelivery({
      streamApp: liveApp,
      reportApp: app,
      reader: officer,
      reporter: await logIn(app, dataset.large.reporterEmails[0] ?? ''),
      rounds: liveRounds,
    });
    print(
      `  delivery p50 ${ms(live.delivery.p50)}, p95 ${ms(live.delivery.p95)} over ${live.rounds} reports (target p95 ≤ ${liveTargetMs} ms: ${live.delivery.p95 <= liveTargetMs ? 'met' : 'MISSED'})`,
    );
    await liveApp.close();
    await events.stop();
    print();

    print(
      `Intake: POST /api/incidents, ${concurrency} concurrent clients in ${dataset.large.name}, ${intakeSeconds} s each`,
    );
    const reporters: BrowserSession[] = [];
    for (const email of dataset.large.reporterEmails.slice(0, concurrency))
      reporters.push(await logIn(app, email));
    const intake = await measureIntake({
      app,
      databaseUrl: running.url,
      organisationId: dataset.large.id,
      reporters,
      seconds: intakeSeconds,
    });
    printIntake(intake);
    print();

    // The quick report on an emulated phone (issue 9 §1): the demo organisation's official.
    const phone = await benchReportOnPhone(db, loadConfig({ VARN_DATA_DIR: dataDir }), {
      email: 'politiker@exempelkommun.se',
      password: benchPassword,
    });
    print();

    printSummary(reads, intake, phone, host.summary, dataset, live);
    print();
    print(
      `Finished in ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${os.loadavg()[0]?.toFixed(2)} at the end.`,
    );
    await app.close();
  } finally {
    closing = true;
    await running.close();
    if (!keepDataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

function printIntake(intake: IntakeResult): void {
  const ratio = intake.api.perSecond / intake.raw.perSecond;
  print(
    `  API  ${intake.api.perSecond.toFixed(0).padStart(6)} reports/s  (latency p50 ${ms(intake.api.latency.p50)}, p95 ${ms(intake.api.latency.p95)})`,
  );
  print(
    `  raw  ${intake.raw.perSecond.toFixed(0).padStart(6)} reports/s  (latency p50 ${ms(intake.raw.latency.p50)}, p95 ${ms(intake.raw.latency.p95)})`,
  );
  print(`  raw = ${intake.rawDescription}`);
  print(
    `  ratio ${ratio.toFixed(2)} (target ≥ ${intakeTargetRatio}: ${ratio >= intakeTargetRatio ? 'met' : 'MISSED'})`,
  );
}

/** The table for docs/performance.md (Markdown). */
function printSummary(
  reads: readonly ReadResult[],
  intake: IntakeResult,
  phone: PhoneLoadResult | undefined,
  host: string,
  dataset: NationalDataset,
  live: LiveResult,
): void {
  print(`Summary (Markdown) — ${host}; dataset scale ${dataset.scale}`);
  print();
  print('| case | API p50 | API p95 | raw p50 | raw p95 | n | p95 ÷ raw | target | result |');
  print('|---|--:|--:|--:|--:|--:|--:|---|---|');
  for (const result of reads.filter((read) => read.targets)) {
    const ratio = result.raw ? result.api.p95 / result.raw.p95 : NaN;
    print(
      `| ${result.label} | ${ms(result.api.p50)} | ${ms(result.api.p95)} | ${ms(result.raw?.p50 ?? NaN)} | ` +
        `${ms(result.raw?.p95 ?? NaN)} | ${result.api.n} | ${Number.isNaN(ratio) ? '—' : `${ratio.toFixed(1)}×`} | ` +
        `p95 ≤ ${readTargetMs} ms and ≤ ${readTargetRatio}× raw | ${verdict(result)} |`,
    );
  }
  for (const result of reads.filter((read) => read.reportOnly)) {
    const ratio = result.raw ? result.api.p95 / result.raw.p95 : NaN;
    print(
      `| ${result.label} | ${ms(result.api.p50)} | ${ms(result.api.p95)} | ${ms(result.raw?.p50 ?? NaN)} | ` +
        `${ms(result.raw?.p95 ?? NaN)} | ${result.api.n} | ${Number.isNaN(ratio) ? '—' : `${ratio.toFixed(1)}×`} | ` +
        `— (the targets are per organisation) | — |`,
    );
  }
  const ratio = intake.api.perSecond / intake.raw.perSecond;
  print(
    `| intake (${intake.concurrency} clients) | ${intake.api.perSecond.toFixed(0)} reports/s | | ${intake.raw.perSecond.toFixed(0)} reports/s | | | ` +
      `${ratio.toFixed(2)} | ≥ ${intakeTargetRatio} of raw | ${ratio >= intakeTargetRatio ? 'met' : 'MISSED'} |`,
  );
  print(
    `| live lägesbild: report → event on another instance (${live.rounds}) | ${ms(live.delivery.p50)} | ${ms(live.delivery.p95)} | | | ${live.rounds} | | p95 ≤ ${liveTargetMs} ms | ${live.delivery.p95 <= liveTargetMs ? 'met' : 'MISSED'} |`,
  );
  if (!phone) return;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const scriptsMet = phone.scriptBytes <= reportBudget.scriptBytes;
  const usableMet = phone.usableMs <= reportBudget.usableMs;
  print(
    `| /report JavaScript before usable (slow 4G) | ${kb(phone.scriptBytes)} | | | | | | ≤ ${kb(reportBudget.scriptBytes)} | ${scriptsMet ? 'met' : 'MISSED'} |`,
  );
  print(
    `| /report usable (slow 4G, 4× CPU) | ${(phone.usableMs / 1000).toFixed(2)} s | | | | | | ≤ ${reportBudget.usableMs / 1000} s | ${usableMet ? 'met' : 'MISSED'} |`,
  );
}

await main();
