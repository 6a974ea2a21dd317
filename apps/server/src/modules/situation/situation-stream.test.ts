import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { AuditAction } from '@varn/domain';
import { situationEventSchema, situationSchema } from '@varn/contracts';
import { startEventListener } from '../../events';
import { situationTopicOfAction } from '../../events/situation-topics';
import {
  buildTestApp,
  createCaseOrganisation,
  createTestDatabase,
  incidentReport,
  loggedInClient,
  testConfig,
  urlOf,
} from '../../../test/helpers';
import { buildApp } from '../../app';

/**
 * The live lägesbild across app instances (issue 12 §1, §5): two instances on one PostgreSQL,
 * each with its own LISTEN connection; a report committed through one reaches a stream held by
 * the other; other organisations' changes never; a stream ends when its session does.
 */

const database = await createTestDatabase();
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const timings = { coalesceMs: 20, recheckMs: 200, heartbeatMs: 60_000 };

async function instance(): Promise<{ app: FastifyInstance; url: string }> {
  const events = await startEventListener(urlOf(database), silent);
  const app = await buildApp({ config: testConfig(), db: database.db, events, streamTimings: timings });
  await app.listen({ host: '127.0.0.1', port: 0 });
  afterAll(async () => {
    await app.close();
    await events.stop();
  });
  return { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}` };
}

const first = await instance();
const second = await instance();
// The fixtures' sessions are made through an ordinary test app on the same database.
const fixtureApp = await buildTestApp(database);
const ekby = await createCaseOrganisation(database, fixtureApp, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, fixtureApp, 'Grannby kommun');

interface Stream {
  readonly status: number;
  readonly events: { event: string; data: unknown }[];
  readonly ended: Promise<void>;
  next(event: string, timeoutMs?: number): Promise<unknown>;
  close(): void;
}

/** Opens `GET /api/situation/events` on an instance with a client's session cookie. */
function openStream(baseUrl: string, cookie: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${baseUrl}/api/situation/events`, { headers: { cookie } }, (response) => {
      const events: { event: string; data: unknown }[] = [];
      const waiters: (() => void)[] = [];
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let boundary = buffer.indexOf('\n\n');
        while (boundary >= 0) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const event = /^event: (.*)$/mu.exec(block)?.[1];
          const data = /^data: (.*)$/mu.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) as unknown });
          for (const wake of waiters.splice(0)) wake();
          boundary = buffer.indexOf('\n\n');
        }
      });
      const ended = new Promise<void>((done) => response.on('end', () => done()));
      resolve({
        status: response.statusCode ?? 0,
        events,
        ended,
        async next(event, timeoutMs = 5000) {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const index = events.findIndex((entry) => entry.event === event);
            if (index >= 0) return events.splice(index, 1)[0]?.data;
            if (Date.now() > deadline) throw new Error(`no ${event} event within ${timeoutMs} ms`);
            await new Promise<void>((wake) => {
              waiters.push(wake);
              setTimeout(wake, 50);
            });
          }
        },
        close: () => request.destroy(),
      });
    });
    request.on('error', reject);
  });
}

describe('the live stream', () => {
  it('brings a report committed on one instance to a stream on another, within a second', async () => {
    const stream = await openStream(second.url, ekby.officer.cookieHeader());
    expect(stream.status).toBe(200);
    await stream.next('ready');
    const sentAt = Date.now();
    const official = await loggedInClient(first.app, ekby.people.official.email);
    const reporter = await official.post('/api/incidents', incidentReport({ categories: ['threat'] }));
    expect(reporter.statusCode, reporter.body).toBe(201);
    const event = situationEventSchema.parse(await stream.next('changed'));
    expect(event.topic).toBe('incident');
    expect(Date.now() - sentAt).toBeLessThan(1000);
    stream.close();
  });

  it('counts again after a change on another instance: the kept lägesbild is never late', async () => {
    const officer = await loggedInClient(second.app, ekby.people.officer.email);
    const open = async () =>
      situationSchema.parse((await officer.get('/api/situation')).json()).now.openTotal ?? 0;
    const before = await open();
    expect(await open()).toBe(before);
    const stream = await openStream(second.url, officer.cookieHeader());
    await stream.next('ready');
    const official = await loggedInClient(first.app, ekby.people.official.email);
    expect((await official.post('/api/incidents', incidentReport())).statusCode).toBe(201);
    await stream.next('changed');
    expect(await open()).toBe(before + 1);
    stream.close();
  });

  it("never tells a stream of another organisation's changes", async () => {
    const ekbyStream = await openStream(first.url, ekby.viewer.cookieHeader());
    const grannbyStream = await openStream(second.url, grannby.officer.cookieHeader());
    await ekbyStream.next('ready');
    await grannbyStream.next('ready');
    expect((await grannby.official.post('/api/incidents', incidentReport())).statusCode).toBe(201);
    await grannbyStream.next('changed');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ekbyStream.events.filter((entry) => entry.event === 'changed')).toEqual([]);
    ekbyStream.close();
    grannbyStream.close();
  });

  it('ends when the session ends, and refuses roles without a lägesbild', async () => {
    const client = await loggedInClient(fixtureApp, ekby.people.viewer.email);
    const stream = await openStream(first.url, client.cookieHeader());
    await stream.next('ready');
    expect((await client.post('/api/auth/logout', {})).statusCode).toBeLessThan(300);
    expect(await stream.next('end', 3000)).toEqual({ reason: 'session_ended' });
    await stream.ended;

    const refused = await openStream(first.url, ekby.staff.cookieHeader());
    expect(refused.status).toBe(403);
    const anonymous = await openStream(first.url, '');
    expect(anonymous.status).toBe(401);
  });

  it('answers 503 on an instance without its event connection', async () => {
    const response = await ekby.officer.get('/api/situation/events');
    expect(response.statusCode).toBe(503);
  });
});

describe('which changes move the lägesbild', () => {
  it("the trigger's SQL function names the same topic as the table, for every audited action", async () => {
    for (const action of Object.values(AuditAction)) {
      const result = await database.pool.query<{ topic: string | null }>(
        'select situation_topic($1) as topic',
        [action],
      );
      expect(result.rows[0]?.topic ?? null, action).toBe(situationTopicOfAction[action]);
    }
  });
});
