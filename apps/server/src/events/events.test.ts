import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { collectEvents, createTestDatabase, silentLog, urlOf } from '../../test/helpers';
import { recordEvent, startEventListener, type DomainEvent } from '.';

/**
 * Events after commit (issue 8 §4) on a real PostgreSQL: delivered at commit to every process
 * that listens on the database, never for a transaction that rolled back.
 */

const database = await createTestDatabase();
const here = path.dirname(fileURLToPath(import.meta.url));

/** Starts a second Node process that listens like an app instance and reports what it hears. */
async function startSecondProcess() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(here, '../../test/event-listener-process.ts'), urlOf(database)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  afterAll(() => {
    child.kill('SIGTERM');
  });
  const lines: string[] = [];
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const complete = buffered.split('\n');
    buffered = complete.pop() ?? '';
    lines.push(...complete);
  });
  const waitFor = async (predicate: () => boolean, what: string): Promise<void> => {
    const deadline = Date.now() + 20_000;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`the second process never ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  await waitFor(() => lines.includes('ready'), 'started listening');
  return {
    /** Events received, in order. */
    events: () => lines.filter((line) => line !== 'ready').map((line) => JSON.parse(line) as DomainEvent),
    waitFor,
  };
}

describe('events after commit', () => {
  it('reach every app process on the database at commit, and never come from a rolled-back transaction', async () => {
    const thisProcess = await collectEvents(database);
    const second = await startSecondProcess();
    const rolledBack: DomainEvent = { type: 'mail.queued', organisationId: randomUUID() };
    const committed: DomainEvent = { type: 'mail.queued', organisationId: randomUUID() };

    await expect(
      database.db.transaction(async (tx) => {
        await recordEvent(tx, rolledBack);
        throw new Error('the change fails after the event was recorded');
      }),
    ).rejects.toThrow('the change fails');
    await database.db.transaction(async (tx) => {
      await recordEvent(tx, committed);
      // Not yet: the transaction is still open.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(thisProcess.events).toEqual([]);
    });

    await thisProcess.settle();
    expect(thisProcess.events).toEqual([committed]);
    const ours = () =>
      second
        .events()
        .filter((event) =>
          [rolledBack.organisationId, committed.organisationId].includes(event.organisationId),
        );
    await second.waitFor(() => ours().length > 0, 'received the committed event');
    // Delivered in commit order: had the rolled-back event been sent, it would have come first.
    expect(ours()).toEqual([committed]);
  });

  it('come once per transaction, however often the same event is recorded in it', async () => {
    const listener = await collectEvents(database);
    const event: DomainEvent = { type: 'mail.queued', organisationId: randomUUID() };
    await database.db.transaction(async (tx) => {
      for (let mail = 0; mail < 5; mail += 1) await recordEvent(tx, event);
    });
    await listener.settle();
    expect(listener.events).toEqual([event]);
  });

  it('ignore a payload of an unknown shape and keep listening', async () => {
    const warnings: string[] = [];
    const listener = await startEventListener(urlOf(database), {
      ...silentLog,
      warn: (_object: object, message: string) => warnings.push(message),
    });
    afterAll(async () => listener.stop());
    const received: DomainEvent[] = [];
    listener.subscribe('mail.queued', (event) => received.push(event));
    await database.pool.query(`select pg_notify('varn_events', 'not json')`);
    await database.pool.query(`select pg_notify('varn_events', '{"type":"unknown"}')`);
    const event: DomainEvent = { type: 'mail.queued', organisationId: null };
    await database.db.transaction(async (tx) => recordEvent(tx, event));
    const deadline = Date.now() + 10_000;
    while (received.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received).toEqual([event]);
    expect(warnings).toEqual(['event with an unknown shape ignored', 'event with an unknown shape ignored']);
  });

  it('re-open a lost connection and say so, so that subscribers look for what they missed', async () => {
    const listener = await startEventListener(urlOf(database), silentLog);
    afterAll(async () => listener.stop());
    let reconnected = 0;
    listener.onReconnect(() => {
      reconnected += 1;
    });
    const received: DomainEvent[] = [];
    listener.subscribe('mail.queued', (event) => received.push(event));
    await database.pool.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where application_name = 'varn-events' and datname = current_database()`,
    );
    const deadline = Date.now() + 15_000;
    while (reconnected === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reconnected).toBe(1);
    const event: DomainEvent = { type: 'mail.queued', organisationId: randomUUID() };
    await database.db.transaction(async (tx) => recordEvent(tx, event));
    while (received.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received).toContainEqual(event);
  });
});
