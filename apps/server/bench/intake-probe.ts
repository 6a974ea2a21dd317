import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { AuditAction } from '@varn/domain';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/database';
import { audit } from '../src/modules/audit';
import { seedDemo } from '../src/seed/demo';

/**
 * Intake probe (issue 9 §3), run by hand — not a timed test, and not part of `npm run bench`:
 *
 *   node --import tsx apps/server/bench/intake-probe.ts
 *
 * On a database whose demo organisation holds PROBE_INCIDENTS cases (default 300 000), it sends
 * PROBE_REPORTS quick reports (default 2 000) through the whole stack (`app.inject`: session,
 * CSRF, validation, policy, intake, audit, outbox) from PROBE_CLIENTS concurrent clients
 * (default 10), each logged in as its own official, and compares the rate with raw INSERTs on
 * the same pool at the same concurrency:
 *
 * - raw incident: one autocommitted INSERT of the incident row per report;
 * - raw same rows: one transaction per report inserting the rows intake writes (incident,
 *   timeline entry, audit event, outbox mail), without the chain, checks or reads.
 *
 * BENCH_DATABASE_URL runs it against an existing server instead of a temporary embedded one
 * (it then adds the cases to that database's demo organisation).
 */
const incidentCount = Number(process.env.PROBE_INCIDENTS ?? 300_000);
const reports = Number(process.env.PROBE_REPORTS ?? 2_000);
const clients = Number(process.env.PROBE_CLIENTS ?? 10);
const password = 'probe-password-1234';

/** Node CPU time per job (user + system, ms) of the last {@link rate} run. */
let cpuPerJob = 0;

/** Runs `count` jobs from `concurrency` workers; answers jobs per second. */
async function rate(
  count: number,
  concurrency: number,
  job: (worker: number, index: number) => Promise<void>,
) {
  let next = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let index = next++; index < count; index = next++) await job(worker, index);
    }),
  );
  const elapsed = performance.now() - start;
  const used = process.cpuUsage(cpu);
  cpuPerJob = (used.user + used.system) / 1000 / count;
  return count / (elapsed / 1000);
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'varn-intake-probe-'));
  await chmod(dataDir, 0o755);
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const running = await connectDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL, dataDir, log: quiet });
  try {
    const { db, pool } = running.database;
    await seedDemo(db, password, new Date());
    const { rows: orgRows } = await pool.query<{ id: string }>(
      `select id from organisations where name = 'Exempelkommun'`,
    );
    const organisationId = orgRows[0]?.id;
    if (!organisationId) throw new Error('no demo organisation');
    const { rows: officials } = await pool.query<{ id: string; party_id: string | null }>(
      `select u.id, m.party_id from users u left join party_memberships m on m.user_id = u.id
        where u.organisation_id = $1 and u.email = 'politiker@exempelkommun.se'`,
      [organisationId],
    );
    const official = officials[0];
    if (!official) throw new Error('no demo official');

    // A few hundred thousand cases in the one organisation, spread over ten years.
    const started = performance.now();
    await pool.query(
      `insert into incidents (organisation_id, reference, reported_by_user_id, reported_at, description,
         ongoing, target_kind, target_user_id, target_role, party_contact_consent, categories, channel,
         perpetrator_type, police_contacted, consequences, severity, status, created_at, updated_at)
       select $1, 'B-' || n, $2, now() - (n % 3650) * interval '1 day', 'Bulk case ' || n, false,
         'self', $2, 'official', false, array['harassment'], 'email', 'unknown', false, '{}',
         (array['low','moderate','high',null])[1 + n % 4],
         (array['new','triaged','closed','closed','closed'])[1 + n % 5], now(), now()
       from generate_series(1, $3::int) n`,
      [organisationId, official.id, incidentCount],
    );
    // Handling-time marks on most of them (hours to days after the report).
    await pool.query(
      `update incidents set first_contact_at = reported_at + (n % 97) * interval '1 hour',
              assessed_at = case when n % 3 > 0 then reported_at + (n % 11) * interval '1 day' end,
              closed_at = case when status = 'closed' then reported_at + (10 + n % 40) * interval '1 day' end
         from (select id, row_number() over () as n from incidents where organisation_id = $1 and reference like 'B-%') m
        where incidents.id = m.id`,
      [organisationId],
    );
    await pool.query(
      `insert into incident_events (organisation_id, incident_id, at, actor_user_id, kind, text, details)
       select organisation_id, id, reported_at, reported_by_user_id, 'reported', null, '{}'
       from incidents where organisation_id = $1 and reference like 'B-%'`,
      [organisationId],
    );
    await pool.query('analyze');
    process.stdout.write(
      `${incidentCount} cases added to the demo organisation in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );

    const config = { ...loadConfig({ VARN_DATA_DIR: dataDir }), webDist: undefined };
    const app = await buildApp({ config, db });
    await app.ready();
    // One official per client, each with its own session (and its own CSRF token).
    const sessions: { cookie: string; csrf: string }[] = [];
    const { rows: passwordRows } = await pool.query<{ password_hash: string }>(
      `select password_hash from users where id = $1`,
      [official.id],
    );
    for (let i = 0; i < clients; i += 1) {
      const email = `probe-${i}@exempelkommun.se`;
      await pool.query(
        `insert into users (organisation_id, email, name, role, language, status, password_hash, created_at, updated_at)
         values ($1, $2, $3, 'official', 'sv', 'active', $4, now(), now())
         on conflict do nothing`,
        [organisationId, email, `Probe ${i}`, passwordRows[0]?.password_hash],
      );
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email, password }),
      });
      if (login.statusCode !== 200) throw new Error(`login ${email}: ${login.statusCode} ${login.body}`);
      const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const csrf = await app.inject({ method: 'GET', url: '/api/auth/csrf', headers: { cookie } });
      const both = [cookie, ...csrf.cookies.map((c) => `${c.name}=${c.value}`)].join('; ');
      sessions.push({ cookie: both, csrf: (csrf.json() as { token: string }).token });
    }
    const body = (index: number) =>
      JSON.stringify({
        description: `Ett hotfullt mejl kom efter sammanträdet (probe ${index}).`,
        ongoing: false,
        targetKind: 'self',
        targetRole: 'official',
        categories: ['harassment', 'threat'],
        channel: 'email',
        perpetratorType: 'unknown',
        policeContacted: false,
      });
    let failures = 0;
    const report = async (worker: number, index: number) => {
      const session = sessions[worker];
      if (!session) return;
      const response = await app.inject({
        method: 'POST',
        url: '/api/incidents',
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
          'content-type': 'application/json',
          origin: config.publicUrl.origin,
        },
        payload: body(index),
      });
      if (response.statusCode !== 201) {
        failures += 1;
        if (failures <= 3) process.stdout.write(`  ${response.statusCode} ${response.body.slice(0, 200)}\n`);
      }
    };
    await rate(Math.min(200, reports), clients, report);
    const scans = async () =>
      new Map(
        (
          await pool.query<{ relname: string; read: string }>(
            'select relname, seq_tup_read::text as read from pg_stat_user_tables',
          )
        ).rows.map((row) => [row.relname, Number(row.read)]),
      );
    const scansBefore = await scans();
    // Statements sent per report (every query of the app's pool and its transactions).
    let statements = 0;
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      statements += 1;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    // What the database's sessions wait for during the API run, sampled every 20 ms.
    const waits = new Map<string, number>();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { rows } = await pool.query<{ what: string }>(
          `select coalesce(wait_event_type || ':' || wait_event, 'CPU') || '  ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 60) as what
             from pg_stat_activity
            where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
        );
        for (const row of rows) waits.set(row.what, (waits.get(row.what) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const api = await rate(reports, clients, report);
    const apiCpu = cpuPerJob;
    pg.Client.prototype.query = query;
    sampling = false;
    await sampler;
    // Rows read by sequential scans during the API run, per table (statistics lag a little).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const scanned = [...(await scans())]
      .map(([table, read]): [string, number] => [table, read - (scansBefore.get(table) ?? 0)])
      .filter(([, read]) => read > reports);

    // Handling-time figures over ten years of the organisation's cases (as the security officer),
    // median of 5, against pulling the period's rows.
    const officerLogin = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'sakerhet@exempelkommun.se', password }),
    });
    const officerCookie = officerLogin.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const tenYears = `from=${new Date(Date.now() - 3650 * 86_400_000).toISOString()}&to=${new Date().toISOString()}`;
    const medianMs = async (action: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const start = performance.now();
        await action();
        times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[2] ?? 0;
    };
    const figuresMs = await medianMs(async () => {
      const response = await app.inject({
        method: 'GET',
        url: `/api/incidents/metrics?${tenYears}`,
        headers: { cookie: officerCookie },
      });
      if (response.statusCode !== 200) throw new Error(`metrics: ${response.statusCode} ${response.body}`);
    });
    const figuresRowsMs = await medianMs(() =>
      pool.query(
        `select categories, reported_at, first_contact_at, assessed_at, closed_at from incidents
          where organisation_id = $1 and reported_at >= now() - interval '3650 days'`,
        [organisationId],
      ),
    );

    // The floor of the stack: a GET with the session lookup and little else, same clients.
    const floor = await rate(reports, clients, async (worker) => {
      const session = sessions[worker];
      if (!session) return;
      await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: session.cookie } });
    });
    const floorCpu = cpuPerJob;

    // Audited transactions of one organisation: a read, the audit append, more work, commit —
    // as services do — against the same transaction without the append.
    const caller = {
      userId: official.id,
      organisationId,
      role: 'official' as const,
      partyId: official.party_id,
      sessionId: '00000000-0000-4000-8000-000000000000',
      ip: '127.0.0.1',
      userAgent: 'probe',
      locale: 'sv' as const,
    };
    const audited = (withAudit: boolean) => async () => {
      await db.transaction(async (tx) => {
        await tx.execute(sql`select id from incidents where organisation_id = ${organisationId} limit 1`);
        if (withAudit)
          await audit(tx, caller, new Date(), { action: AuditAction.AuditRead, recordType: 'probe' });
        await tx.execute(sql`select id from users where organisation_id = ${organisationId} limit 1`);
      });
    };
    const auditedRate = await rate(reports, clients, audited(true));
    const auditedCpu = cpuPerJob;
    const unauditedRate = await rate(reports, clients, audited(false));
    const unauditedCpu = cpuPerJob;

    // Raw INSERTs of the same rows, same concurrency, same pool.
    let raw = 0;
    const incidentValues = (n: number) => [
      organisationId,
      `R-${n}`,
      official.id,
      `Ett hotfullt mejl kom efter sammanträdet (raw ${n}).`,
    ];
    const insertIncident = `insert into incidents (organisation_id, reference, reported_by_user_id, reported_at,
        description, ongoing, target_kind, target_user_id, target_role, party_contact_consent, categories,
        channel, perpetrator_type, police_contacted, consequences, severity, status, created_at, updated_at)
      values ($1, $2, $3, now(), $4, false, 'self', $3, 'official', false, array['harassment','threat'],
        'email', 'unknown', false, '{}', 'high', 'new', now(), now()) returning id`;
    const rawIncident = await rate(reports, clients, async () => {
      await pool.query(insertIncident, incidentValues((raw += 1)));
    });
    const rawIncidentCpu = cpuPerJob;
    let sequence = 0;
    const rawSameRows = await rate(reports, clients, async () => {
      const n = (raw += 1);
      const seq = (sequence += 1);
      const client = await pool.connect();
      try {
        await client.query('begin');
        const { rows } = await client.query<{ id: string }>(insertIncident, incidentValues(n));
        const incidentId = rows[0]?.id;
        await client.query(
          `insert into incident_events (organisation_id, incident_id, at, actor_user_id, kind, text, details)
           values ($1, $2, now(), $3, 'reported', null, '{"ongoing": false}')`,
          [organisationId, incidentId, official.id],
        );
        await client.query(
          `insert into audit_events (chain_key, sequence, organisation_id, occurred_at, actor_user_id, action,
             record_type, record_id, outcome, ip, user_agent, details, previous_hash, hash)
           values ('probe-raw', $1, null, now(), $2, 'incident.report', 'incident', $3, 'success',
             '127.0.0.1', 'probe', '{}', $4, $4)`,
          [seq, official.id, incidentId, '0'.repeat(64)],
        );
        await client.query(
          `insert into mail_outbox (organisation_id, to_address, subject, body_text, status, next_attempt_at, created_at)
           values ($1, 'politiker@exempelkommun.se', 'Ärendet är registrerat', 'Hej', 'held', now(), now())`,
          [organisationId],
        );
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    });

    const rawSameRowsCpu = cpuPerJob;
    const { rows: check } = await pool.query<{ total: number; distinct: number }>(
      `select count(*)::int as total, count(distinct reference)::int as distinct from incidents
        where organisation_id = $1 and reference not like 'B-%' and reference not like 'R-%'`,
      [organisationId],
    );
    const line = (label: string, value: number, cpu: number) =>
      process.stdout.write(
        `  ${label.padEnd(46)} ${value.toFixed(0).padStart(6)} /s   Node CPU ${cpu.toFixed(2)} ms each\n`,
      );
    process.stdout.write(`\nIntake probe: ${reports} reports, ${clients} concurrent clients\n`);
    line('API  POST /api/incidents (inject)', api, apiCpu);
    line('API  GET /api/me (the floor: session lookup)', floor, floorCpu);
    line('raw  INSERT incident (autocommit)', rawIncident, rawIncidentCpu);
    line('raw  same rows in one transaction', rawSameRows, rawSameRowsCpu);
    line('tx   read, audit append, read (one org)', auditedRate, auditedCpu);
    line('tx   read, read (no audit)', unauditedRate, unauditedCpu);
    process.stdout.write(
      `  GET /api/incidents/metrics (10 years) ${figuresMs.toFixed(0)} ms; raw SELECT of the period's rows ${figuresRowsMs.toFixed(0)} ms\n`,
    );
    process.stdout.write(`  ratio API / raw incident      ${(api / rawIncident).toFixed(2)}\n`);
    process.stdout.write(`  ratio API / raw same rows     ${(api / rawSameRows).toFixed(2)}\n`);
    process.stdout.write(
      `  failures ${failures}; reports stored ${check[0]?.total}, distinct references ${check[0]?.distinct}\n`,
    );
    process.stdout.write(
      `  statements per report (incl. the sampler's): ${(statements / reports).toFixed(1)}\n`,
    );
    const samples = [...waits].sort((a, b) => b[1] - a[1]).slice(0, 12);
    process.stdout.write('  database sessions during the API run (samples):\n');
    for (const [what, n] of samples) process.stdout.write(`    ${String(n).padStart(5)}  ${what}\n`);
    for (const [table, read] of scanned)
      process.stdout.write(
        `  seq-scanned during the API run: ${table} ${(read / reports).toFixed(0)} rows per report\n`,
      );
    await app.close();
  } finally {
    await running.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
