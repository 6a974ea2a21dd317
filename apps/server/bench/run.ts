import { mkdtemp, rm, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/database';
import { seedDemo } from '../src/seed/demo';

/**
 * `npm run bench`: measures the app against the raw database in the same run, so the figures are
 * ratios that do not depend on the machine. For each case: the median time of an API request
 * through the whole stack (session, policy, validation, audit, serialisation; via inject, no
 * network) and of the SQL it needs at the least, run directly on the pool.
 */
const rounds = Number(process.env.BENCH_ROUNDS ?? 300);

async function median(label: string, action: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 20; i += 1) await action();
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await action();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const value = times[Math.floor(times.length / 2)] ?? 0;
  process.stdout.write(`  ${label.padEnd(48)} median ${value.toFixed(3)} ms\n`);
  return value;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'varn-bench-'));
  await chmod(dataDir, 0o755);
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const running = await connectDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL, dataDir, log: quiet });
  try {
    const { db, pool } = running.database;
    await seedDemo(db, 'bench-password-1234', new Date());
    const config = { ...loadConfig({ VARN_DATA_DIR: dataDir }), webDist: undefined };
    const app = await buildApp({ config, db });
    await app.ready();
    const loginAs = async (email: string): Promise<string> => {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ email, password: 'bench-password-1234' }),
      });
      return `varn_session=${login.cookies.find((c) => c.name === 'varn_session')?.value ?? ''}`;
    };
    const cookie = await loginAs('admin@exempelkommun.se');
    const officerCookie = await loginAs('sakerhet@exempelkommun.se');
    const get =
      (url: string, as = cookie) =>
      () =>
        app.inject({ method: 'GET', url, headers: { cookie: as } });

    process.stdout.write(`Värn bench (${rounds} rounds each)\n`);
    const results: [string, number, number][] = [];
    const compare = async (label: string, apiUrl: string, rawSql: string, as = cookie) => {
      const api = await median(`API  GET ${apiUrl}`, get(apiUrl, as));
      const raw = await median(`SQL  ${label}`, () => pool.query(rawSql));
      results.push([apiUrl, api, raw]);
    };
    await compare('select 1', '/healthz', 'select 1');
    await compare(
      'session lookup + parties',
      '/api/parties',
      `select s.id from sessions s join users u on u.id = s.user_id limit 1; select * from parties order by council_seats desc`,
    );
    await compare(
      'session lookup + user + party',
      '/api/me',
      `select s.id from sessions s join users u on u.id = s.user_id limit 1; select * from parties limit 1`,
    );
    await compare(
      'session lookup + users (no audit write)',
      '/api/users',
      `select s.id from sessions s join users u on u.id = s.user_id limit 1; select * from users u left join party_memberships m on m.user_id = u.id`,
    );
    // The security unit's queue over the demo's year of cases (as the security officer).
    const queueApi = await median('API  GET /api/incidents?limit=50 (queue)', () =>
      app.inject({ method: 'GET', url: '/api/incidents?limit=50', headers: { cookie: officerCookie } }),
    );
    const queueSql = await median('SQL  session lookup + 50 cases + count', () =>
      pool.query(
        `select s.id from sessions s join users u on u.id = s.user_id limit 1;
         select * from incidents order by status = 'closed', severity, reported_at limit 50;
         select count(*) from incidents`,
      ),
    );
    results.push(['/api/incidents', queueApi, queueSql]);
    // Riskguide: the matter list with result levels, and the figures (as the security officer).
    await compare(
      'session lookup + 50 matters + latest levels + count',
      '/api/matters?limit=50',
      `select s.id from sessions s join users u on u.id = s.user_id limit 1;
       select * from matters order by decision_date desc nulls last limit 50;
       select distinct on (matter_id) matter_id, risk_level, matrix_cell from assessments
         where status = 'finished' order by matter_id, finished_at desc;
       select count(*) from matters`,
      officerCookie,
    );
    const year = `from=${new Date(Date.now() - 365 * 86_400_000).toISOString()}&to=${new Date().toISOString()}`;
    await compare(
      'session lookup + level groups + finished + measures',
      `/api/riskguide/summary?${year}`,
      `select s.id from sessions s join users u on u.id = s.user_id limit 1;
       select a.risk_level, count(*) from matters m left join assessments a on a.matter_id = m.id group by 1;
       select risk_level, matrix_cell, created_at, finished_at from assessments where status = 'finished';
       select status, due_date, count(*) from measures where subject_type = 'matter' group by 1, 2`,
      officerCookie,
    );
    process.stdout.write('\nratio = API median / raw SQL median\n');
    for (const [url, api, raw] of results)
      process.stdout.write(`  ${url.split('?')[0]?.padEnd(24)} ${(api / raw).toFixed(1)}×\n`);
    await app.close();
  } finally {
    await running.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
