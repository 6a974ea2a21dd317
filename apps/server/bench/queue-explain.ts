import { chmod, mkdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { drizzle } from 'drizzle-orm/node-postgres';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/database';
import * as schema from '../src/db/schema';
import { seedDemo } from '../src/seed/demo';

/**
 * `node --import tsx apps/server/bench/queue-explain.ts`: the security unit's queue and inbox at
 * national volume (issue 9 §3). Generates, once, a dataset in QUEUE_BENCH_DIR (default
 * /tmp/varn-queue-bench): the demo organisation with 212k incidents over ten years plus 300
 * organisations with 1M more, measures and police reports; later runs reuse it and apply pending
 * migrations first, so the same data can be measured before and after a schema change. Prints
 * p50/p95 of the API (through the whole stack, via inject), p50/p95 of the same statements the
 * repository sends (replayed on the pool: the raw SQL), and EXPLAIN ANALYZE of each statement.
 * Set QUEUE_BENCH_EXPLAIN=0 to skip the plans.
 */
const dataDir = process.env.QUEUE_BENCH_DIR ?? '/tmp/varn-queue-bench';
const rounds = Number(process.env.BENCH_ROUNDS ?? 60);
const password = 'bench-password-1234';

function percentiles(times: number[]): { p50: number; p95: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

async function timed(action: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < Math.min(5, rounds); i += 1) await action();
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await action();
    times.push(performance.now() - start);
  }
  return percentiles(times);
}

/** 212k incidents in the demo organisation, 1M across 300 others; measures and police reports. */
const generate = `
insert into organisations (name, municipality_code, mfa_required_roles, session_idle_minutes, session_absolute_hours)
select 'Bench ' || g, lpad(g::text, 4, '0'), '{}', 30, 12 from generate_series(1, 300) g;

insert into users (organisation_id, email, name, role, status)
select o.id, 'reporter@bench.example', 'Reporter', 'official', 'active' from organisations o where not o.is_demo;

create temporary table bench_orgs as
select o.id as organisation_id,
       (select u.id from users u where u.organisation_id = o.id and u.role in ('official', 'security_officer') order by u.role limit 1) as reporter_id,
       (select u.id from users u where u.organisation_id = o.id and u.role = 'security_officer' limit 1) as officer_id,
       case when o.is_demo then 212000 else 3334 end as n,
       row_number() over (order by o.is_demo desc, o.id) as k
from organisations o;

insert into incidents (organisation_id, reference, reported_by_user_id, reported_at, description, ongoing,
  target_kind, target_role, categories, channel, perpetrator_type, police_contacted, consequences,
  severity, status, handler_user_id, serious_work_incident, work_environment_reported_at)
select o.organisation_id,
       'B' || o.k || '-' || g,
       o.reporter_id,
       t.at,
       'Genererat ärende ' || g || ': hotfullt meddelande efter ett beslut i nämnden om skolorna.',
       r.r1 < 0.05,
       'self',
       case when r.r2 < 0.1 then 'staff' else 'official' end,
       array[(array['threat','harassment','insult','hate_crime','other'])[1 + (g % 5)]],
       'email', 'unknown', r.r3 < 0.2, '{}',
       case when r.r4 < 0.03 then 'acute' when r.r4 < 0.15 then 'high' when r.r4 < 0.55 then 'moderate'
            when r.r4 < 0.85 then 'low' else null end,
       case when t.at > now() - interval '90 days'
              then (array['new','triaged','assessing','measures','follow_up','dormant','closed'])[1 + (g % 7)]
            when r.r5 < 0.95 then 'closed' when r.r5 < 0.98 then 'dormant'
            else (array['triaged','assessing','measures','follow_up','reopened'])[1 + (g % 5)] end,
       case when r.r6 < 0.3 then null else o.officer_id end,
       r.r2 < 0.05,
       case when r.r2 < 0.05 and r.r7 < 0.7 then t.at + interval '2 hours' else null end
from bench_orgs o
cross join lateral generate_series(1, o.n) g
-- g in each subquery makes it run per row (an uncorrelated one would run once).
cross join lateral (select random() + 0 * g r1, random() + 0 * g r2, random() + 0 * g r3, random() + 0 * g r4,
                           random() + 0 * g r5, random() + 0 * g r6, random() + 0 * g r7) r
cross join lateral (select now() - random() * interval '3650 days' + 0 * g * interval '1 second' as at) t;

insert into measures (organisation_id, subject_type, subject_id, type, status, due_date)
select i.organisation_id, 'incident', i.id, 'advice',
       case when i.status = 'closed' then 'done' when random() < 0.5 then 'planned' else 'done' end,
       (i.reported_at + interval '14 days')::date
from incidents i where random() < 0.5;

insert into police_reports (organisation_id, incident_id, elected_role_stated, protection_requested, status, status_changed_at)
select i.organisation_id, i.id, true, false,
       (array['reported','under_investigation','closed','prosecuted','judgment'])[1 + floor(random() * 5)::int],
       i.reported_at + interval '3 days'
from incidents i where i.police_contacted and i.reference like 'B%';
`;

async function main(): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await chmod(dataDir, 0o755);
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const running = await connectDatabase({ databaseUrl: undefined, dataDir, log: quiet });
  try {
    const { pool } = running.database;
    const generated = await pool.query(`select 1 from organisations where name = 'Bench 300'`);
    if (generated.rowCount === 0) {
      process.stdout.write('Generating the dataset (once)…\n');
      const start = performance.now();
      await seedDemo(running.database.db, password, new Date());
      await pool.query(generate);
      await pool.query('vacuum analyze');
      process.stdout.write(`  done in ${((performance.now() - start) / 1000).toFixed(0)} s\n`);
    }
    await pool.query('analyze');
    const counts = await pool.query<{ incidents: string; measures: string; reports: string }>(
      `select (select count(*) from incidents) incidents, (select count(*) from measures) measures,
              (select count(*) from police_reports) reports`,
    );
    process.stdout.write(`Dataset: ${JSON.stringify(counts.rows[0])}\n`);

    // The app on a Drizzle handle that records the statements it sends.
    let recording: { sql: string; params: unknown[] }[] | undefined;
    const db = drizzle(pool, {
      schema,
      logger: { logQuery: (sql, params) => recording?.push({ sql, params }) },
    });
    const config = { ...loadConfig({ VARN_DATA_DIR: dataDir }), webDist: undefined };
    const app = await buildApp({ config, db });
    await app.ready();
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'sakerhet@exempelkommun.se', password }),
    });
    const cookie = `varn_session=${login.cookies.find((c) => c.name === 'varn_session')?.value ?? ''}`;

    const urls = (process.env.QUEUE_BENCH_URLS ?? '/api/incidents?limit=50').split(',');
    for (const url of urls) {
      const call = async () => {
        const response = await app.inject({ method: 'GET', url, headers: { cookie } });
        if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      };
      recording = [];
      await call();
      // The case queries only: not the session, the audit write or the transaction around them.
      const statements = recording.filter(
        (statement) =>
          /^\s*(select|with)\b/iu.test(statement.sql) &&
          !/"sessions"|"audit_events"|pg_advisory|"users" where|"organisations"/u.test(statement.sql),
      );
      recording = undefined;
      const api = await timed(call);
      const raw = await timed(async () => {
        for (const statement of statements) await pool.query(statement.sql, statement.params);
      });
      process.stdout.write(
        `\nGET ${url}\n  API p50 ${api.p50.toFixed(1)} ms, p95 ${api.p95.toFixed(1)} ms; ` +
          `its SQL (${statements.length} statements) p50 ${raw.p50.toFixed(1)} ms, p95 ${raw.p95.toFixed(1)} ms; ` +
          `ratio p95 ${(api.p95 / raw.p95).toFixed(2)}\n`,
      );
      if (process.env.QUEUE_BENCH_EXPLAIN === '0') continue;
      for (const statement of statements) {
        const plan = await pool.query<{ 'QUERY PLAN': string }>(
          `explain (analyze, buffers, costs off) ${statement.sql}`,
          statement.params,
        );
        process.stdout.write(`\n  ${statement.sql.slice(0, 400)}\n`);
        for (const row of plan.rows) process.stdout.write(`    ${row['QUERY PLAN']}\n`);
      }
    }
    await app.close();
  } finally {
    await running.close();
  }
}

await main();
