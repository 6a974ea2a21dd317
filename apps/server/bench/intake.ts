import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { summarise, throughput, type Summary } from './measure';

/**
 * The intake case: POST /api/incidents (the real endpoint, whole stack) at `concurrency` clients
 * in the large organisation, against raw INSERTs of the same rows at as many connections.
 */

/** The description of every bench report: how the bench finds its rows to remove them. */
const benchDescription = 'Hotfullt mejl efter sammanträdet i går kväll. [bench]';

/** The quick report of an official about themself: what the short form sends. */
const reportBody = JSON.stringify({
  description: benchDescription,
  ongoing: false,
  targetKind: 'self',
  targetRole: 'official',
  categories: ['harassment'],
  channel: 'email',
  perpetratorType: 'unknown',
  policeContacted: false,
});

/** A logged-in browser: its cookies and CSRF token. */
export interface BrowserSession {
  readonly cookie: string;
  readonly csrf: string;
}

export interface IntakeResult {
  readonly concurrency: number;
  readonly seconds: number;
  readonly api: { readonly perSecond: number; readonly latency: Summary };
  readonly raw: { readonly perSecond: number; readonly latency: Summary };
  readonly rawDescription: string;
}

/**
 * Removes the rows of bench reports (of this or an interrupted earlier run): the incidents, their
 * timeline and the mail they queued. Their audit events stay: the trail is append-only.
 */
export async function removeBenchReports(pool: pg.Pool, organisationId: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const bench = `select id from incidents where organisation_id = $1 and description = $2`;
    await client.query(`delete from incident_events where incident_id in (${bench})`, [
      organisationId,
      benchDescription,
    ]);
    await client.query(`delete from incidents where id in (${bench})`, [organisationId, benchDescription]);
    // The national dataset queues no mail: every mail of the large organisation is the bench's.
    await client.query(`delete from mail_outbox where organisation_id = $1`, [organisationId]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  // What autovacuum does in a running installation, now: the removed rows' dead tuples would
  // otherwise stay in the kept dataset between runs and slow the next run's reads of this
  // organisation (its recent cases, the lägesbild's counts).
  await pool.query('vacuum (analyze) incidents, incident_events, mail_outbox');
}

export async function measureIntake(options: {
  app: FastifyInstance;
  databaseUrl: string;
  organisationId: string;
  reporters: readonly BrowserSession[];
  seconds: number;
}): Promise<IntakeResult> {
  const { app, reporters, seconds } = options;
  const concurrency = reporters.length;
  const rawPool = new pg.Pool({ connectionString: options.databaseUrl, max: concurrency });
  try {
    await removeBenchReports(rawPool, options.organisationId);
    const report = async (loop: number) => {
      const reporter = reporters[loop];
      if (!reporter) throw new Error(`no reporter for client ${loop}`);
      const response = await app.inject({
        method: 'POST',
        url: '/api/incidents',
        headers: {
          cookie: reporter.cookie,
          'x-csrf-token': reporter.csrf,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        payload: reportBody,
      });
      if (response.statusCode !== 201)
        throw new Error(
          `POST /api/incidents answered ${response.statusCode}: ${response.body.slice(0, 400)}`,
        );
    };
    const api = await throughput(concurrency, 1, seconds, report);

    // The same rows, raw: a copy of an incident the API just wrote and of its 'reported' timeline
    // entry, with a new id and case number, in one INSERT statement per report (autocommit).
    const { rows } = await rawPool.query<{
      incident: Record<string, unknown>;
      event: Record<string, unknown> | null;
    }>(
      `select to_jsonb(i) as incident,
         (select to_jsonb(e) from incident_events e where e.incident_id = i.id and e.kind = 'reported' limit 1) as event
       from incidents i where i.organisation_id = $1 and i.description = $2 limit 1`,
      [options.organisationId, benchDescription],
    );
    const template = rows[0];
    if (!template) throw new Error('The intake wrote no incident to copy.');
    const insertIncident = `insert into incidents select * from jsonb_populate_record(null::incidents, $1::jsonb)`;
    const rawSql = template.event
      ? `with incident as (${insertIncident} returning id)
         insert into incident_events select * from jsonb_populate_record(null::incident_events, $2::jsonb)`
      : insertIncident;
    const run = randomUUID().slice(0, 8);
    let number = 0;
    const insert = async () => {
      const id = randomUUID();
      number += 1;
      const incident = { ...template.incident, id, reference: `B${run}-${number}`, idempotency_key: null };
      const values: unknown[] = [incident];
      if (template.event) values.push({ ...template.event, id: randomUUID(), incident_id: id });
      await rawPool.query(rawSql, values);
    };
    const raw = await throughput(concurrency, 1, seconds, insert);
    return {
      concurrency,
      seconds,
      api: { perSecond: api.perSecond, latency: summarise(api.latencies) },
      raw: { perSecond: raw.perSecond, latency: summarise(raw.latencies) },
      rawDescription: template.event
        ? 'one INSERT statement per report: the incident row and its timeline entry, copied from a row the API wrote (new id and case number, no numbering, no audit, no mail)'
        : 'one INSERT per report: the incident row, copied from a row the API wrote (new id and case number)',
    };
  } finally {
    await removeBenchReports(rawPool, options.organisationId).catch((error: unknown) => {
      process.stdout.write(`  (could not remove the bench reports: ${(error as Error).message})\n`);
    });
    await rawPool.end();
  }
}
