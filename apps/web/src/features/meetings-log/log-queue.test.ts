import { describe, expect, it, vi } from 'vitest';

// The API client sets `<html lang>` when it loads; these tests run without a DOM.
vi.hoisted(() => {
  if (typeof document === 'undefined') vi.stubGlobal('document', { documentElement: { lang: '' } });
});

import { ApiError, ClientErrorCode } from '../../lib/api/client';
import {
  createLogQueue,
  readStoredEntries,
  type LogQueue,
  type LogQueueClock,
  type LogQueueStorage,
  type QueuedLogEntry,
} from './log-queue';

/** A clock whose time moves only when the test says so; timers run when their time comes. */
class FakeClock implements LogQueueClock {
  private at = Date.parse('2026-12-10T17:00:00.000Z');
  private timers: { due: number; run: () => void; id: number }[] = [];
  private nextId = 0;

  now(): Date {
    return new Date(this.at);
  }

  setTimer(run: () => void, ms: number): () => void {
    const id = (this.nextId += 1);
    this.timers.push({ due: this.at + ms, run, id });
    return () => {
      this.timers = this.timers.filter((timer) => timer.id !== id);
    };
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves time on by `ms`, running every timer that falls due (and what their promises do). */
  async advance(ms: number): Promise<void> {
    const end = this.at + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.due <= end).sort((a, b) => a.due - b.due)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.at = due.due;
      due.run();
      await settle();
    }
    this.at = end;
    await settle();
  }
}

/** localStorage under one key, shared by the queues (tabs) given it. */
class FakeStorage implements LogQueueStorage {
  value: string | null = null;
  refuseWrites = false;
  read(): string | null {
    return this.value;
  }
  write(value: string): void {
    if (this.refuseWrites) throw new DOMException('full', 'QuotaExceededError');
    this.value = value;
  }
}

interface Stored {
  readonly id: string;
  readonly text: string;
}

/**
 * A server that stores each id once (a replay answers the stored entry, like the API) and that
 * the test can make fail: each call takes the next planned answer, or succeeds.
 */
class FakeServer {
  readonly stored = new Map<string, Stored>();
  readonly calls: string[] = [];
  private plan: (ApiError | 'ok' | 'hang')[] = [];
  private hanging: { resolve: () => void } | null = null;

  willAnswer(...answers: (ApiError | 'ok' | 'hang')[]): void {
    this.plan.push(...answers);
  }

  /** Lets a request that was made to hang reach the server and succeed. */
  release(): void {
    this.hanging?.resolve();
    this.hanging = null;
  }

  readonly transport = async (entry: QueuedLogEntry): Promise<Stored> => {
    this.calls.push(entry.id);
    const answer = this.plan.shift() ?? 'ok';
    if (answer === 'hang') await new Promise<void>((resolve) => (this.hanging = { resolve }));
    else if (answer !== 'ok') throw answer;
    const existing = this.stored.get(entry.id);
    if (existing) return existing;
    const stored = { id: entry.id, text: entry.text };
    this.stored.set(entry.id, stored);
    return stored;
  };
}

/** Lets every promise that can settle now do so (the queue's timers are the fake clock's). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const networkDown = () => new ApiError(0, ClientErrorCode.Network, '', {}, null);
const serverError = () => new ApiError(503, 'service_unavailable', '', {}, null);
const refused = (status = 422, code = 'validation_failed') =>
  new ApiError(status, code, 'Texten är för lång.', {}, null);

function setup(
  options: { online?: boolean; storage?: FakeStorage; clock?: FakeClock; idPrefix?: string } = {},
) {
  const storage = options.storage ?? new FakeStorage();
  const clock = options.clock ?? new FakeClock();
  const server = new FakeServer();
  let n = 0;
  const queue = createLogQueue<Stored>({
    storage,
    clock,
    transport: server.transport,
    newId: () => `${options.idPrefix ?? '00000000'}-0000-4000-8000-${String((n += 1)).padStart(12, '0')}`,
    online: options.online ?? true,
  });
  const sent: string[] = [];
  queue.onSent((entry, stored) => sent.push(`${entry.id}:${stored.text}`));
  return { storage, clock, server, queue, sent };
}

const write = (queue: LogQueue<Stored>, text: string, meetingId = 'm1') =>
  queue.add(meetingId, { kind: 'disturbance', text, occurredAt: '2026-12-10T16:59:00.000Z' });

const texts = (queue: LogQueue<Stored>) => queue.getState().entries.map((entry) => entry.text);

describe('the log queue', () => {
  it('gives each entry its id and time when written, and stores it before sending', () => {
    const { queue, storage, server } = setup({ online: false });
    const entry = write(queue, 'Rop från läktaren');
    expect(entry).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      meetingId: 'm1',
      queuedAt: '2026-12-10T17:00:00.000Z',
      problem: null,
    });
    expect(readStoredEntries(storage)).toEqual([entry]);
    expect(server.calls).toEqual([]);
    expect(queue.getState().activity).toEqual({ state: 'offline' });
  });

  it('sends entries one at a time in the order written, and forgets each once stored', async () => {
    const { queue, server, sent, storage } = setup();
    server.willAnswer('hang');
    write(queue, 'första');
    write(queue, 'andra');
    write(queue, 'tredje');
    await settle();
    // The first is on its way; the others wait their turn.
    expect(server.calls).toHaveLength(1);
    expect(queue.getState().activity).toMatchObject({ state: 'sending' });
    server.release();
    await settle();
    expect(sent.map((s) => s.split(':')[1])).toEqual(['första', 'andra', 'tredje']);
    expect(queue.getState().entries).toEqual([]);
    expect(readStoredEntries(storage)).toEqual([]);
    expect(queue.getState().activity).toEqual({ state: 'idle' });
  });

  it('keeps entries written offline after a reload and sends them when online again', async () => {
    const storage = new FakeStorage();
    const first = setup({ online: false, storage });
    write(first.queue, 'i tunneln');
    first.queue.dispose();

    const again = setup({ online: false, storage });
    expect(texts(again.queue)).toEqual(['i tunneln']);
    again.queue.start();
    await settle();
    expect(again.server.calls).toEqual([]);
    again.queue.setOnline(true);
    await settle();
    expect(again.sent).toEqual(['00000000-0000-4000-8000-000000000001:i tunneln']);
    expect(readStoredEntries(storage)).toEqual([]);
  });

  it('tries again after 1, 2, 4 and 8 seconds, then every 8 seconds, on a network or server failure', async () => {
    const { queue, server, clock, sent } = setup();
    server.willAnswer(
      networkDown(),
      serverError(),
      networkDown(),
      networkDown(),
      networkDown(),
      networkDown(),
    );
    write(queue, 'störning');
    await settle();
    expect(server.calls).toHaveLength(1);
    expect(queue.getState().activity).toMatchObject({ state: 'waiting', until: '2026-12-10T17:00:01.000Z' });
    const expectedCallsAfter: [number, number][] = [
      [999, 1],
      [1, 2],
      [1999, 2],
      [1, 3],
      [4000, 4],
      [8000, 5],
      [7999, 5],
      [1, 6],
      [8000, 7],
    ];
    for (const [ms, calls] of expectedCallsAfter) {
      await clock.advance(ms);
      expect(server.calls).toHaveLength(calls);
    }
    // The seventh try succeeded; the same id every time.
    expect(new Set(server.calls).size).toBe(1);
    expect(sent).toHaveLength(1);
    expect(queue.getState().activity).toEqual({ state: 'idle' });
    expect(clock.pendingTimers).toBe(0);
  });

  it("waits as long as the server's Retry-After asks (up to a minute)", async () => {
    const { queue, server, clock } = setup();
    server.willAnswer(new ApiError(429, 'too_many_requests', '', {}, 30));
    write(queue, 'x');
    await settle();
    await clock.advance(29_999);
    expect(server.calls).toHaveLength(1);
    await clock.advance(1);
    expect(server.calls).toHaveLength(2);
  });

  it('sends at once when the browser is online again, without waiting out the pause', async () => {
    const { queue, server, clock, sent } = setup();
    server.willAnswer(networkDown(), networkDown(), networkDown());
    write(queue, 'x');
    await settle();
    await clock.advance(1000);
    await clock.advance(2000);
    expect(server.calls).toHaveLength(3);
    queue.setOnline(false);
    await clock.advance(10_000);
    // Offline: the pending try ran once and the queue rests.
    expect(server.calls).toHaveLength(3);
    expect(queue.getState().activity).toEqual({ state: 'offline' });
    queue.setOnline(true);
    await settle();
    expect(server.calls).toHaveLength(4);
    expect(sent).toHaveLength(1);
  });

  it('sends at once on "send now" while waiting', async () => {
    const { queue, server } = setup();
    server.willAnswer(networkDown());
    write(queue, 'x');
    await settle();
    expect(queue.getState().activity.state).toBe('waiting');
    queue.start();
    await settle();
    expect(server.calls).toHaveLength(2);
    expect(queue.getState().entries).toEqual([]);
  });

  it('never stores an entry twice when it is sent again (a reload in the middle of a send)', async () => {
    const storage = new FakeStorage();
    const tab = setup({ storage });
    tab.server.willAnswer('hang');
    write(tab.queue, 'utrymning');
    await settle();
    // The page is reloaded before the answer came; the request reaches the server anyway.
    tab.queue.dispose();
    tab.server.release();
    await settle();
    expect(tab.server.stored.size).toBe(1);
    expect(readStoredEntries(storage)).toHaveLength(1);

    const reloaded = createLogQueue<Stored>({
      storage,
      clock: tab.clock,
      transport: tab.server.transport,
      newId: () => 'not-used',
      online: true,
    });
    reloaded.start();
    await settle();
    // Sent once more under the same id: the server answered what it had, nothing new was stored.
    expect(tab.server.calls).toEqual([
      '00000000-0000-4000-8000-000000000001',
      '00000000-0000-4000-8000-000000000001',
    ]);
    expect(tab.server.stored.size).toBe(1);
    expect(reloaded.getState().entries).toEqual([]);
  });

  it('marks a refused entry as needing attention, keeps it, and sends the next ones', async () => {
    const { queue, server, sent, storage } = setup();
    server.willAnswer(refused());
    write(queue, 'för lång');
    write(queue, 'nästa');
    await settle();
    expect(sent.map((s) => s.split(':')[1])).toEqual(['nästa']);
    expect(queue.getState().entries).toEqual([
      expect.objectContaining({
        text: 'för lång',
        problem: { status: 422, code: 'validation_failed', message: 'Texten är för lång.' },
      }),
    ]);
    // Kept across a reload, still marked.
    expect(readStoredEntries(storage)[0]?.problem?.status).toBe(422);
    // Not sent again by itself.
    await settle();
    expect(server.calls).toHaveLength(2);
  });

  it('sends a refused entry again when asked, and discards it when given up', async () => {
    const { queue, server, sent } = setup();
    server.willAnswer(refused(403, 'forbidden'), refused(409, 'conflict'));
    const a = write(queue, 'a');
    await settle();
    queue.retry(a.id);
    await settle();
    expect(server.calls).toHaveLength(2);
    expect(queue.getState().entries[0]?.problem?.code).toBe('conflict');
    queue.discard(a.id);
    expect(queue.getState().entries).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('does not discard an entry that has not been refused (it may be on its way)', async () => {
    const { queue, server } = setup();
    server.willAnswer('hang');
    const a = write(queue, 'a');
    await settle();
    queue.discard(a.id);
    expect(texts(queue)).toEqual(['a']);
  });

  it('stops on an expired session, keeps the entries, and goes on after logging in', async () => {
    const { queue, server, sent } = setup();
    server.willAnswer(new ApiError(401, 'session_expired', '', {}, null));
    write(queue, 'a');
    write(queue, 'b');
    await settle();
    expect(queue.getState().activity).toEqual({ state: 'unauthenticated' });
    expect(texts(queue)).toEqual(['a', 'b']);
    expect(queue.getState().entries.every((entry) => entry.problem === null)).toBe(true);
    queue.start();
    await settle();
    expect(sent).toHaveLength(2);
  });

  it('keeps entries in memory, and says so, when the browser refuses to store them', async () => {
    const storage = new FakeStorage();
    storage.refuseWrites = true;
    const { queue } = setup({ storage, online: false });
    write(queue, 'a');
    expect(queue.getState().persisted).toBe(false);
    expect(texts(queue)).toEqual(['a']);
    write(queue, 'b');
    expect(texts(queue)).toEqual(['a', 'b']);
    storage.refuseWrites = false;
    write(queue, 'c');
    expect(queue.getState().persisted).toBe(true);
    expect(readStoredEntries(storage).map((entry) => entry.text)).toEqual(['a', 'b', 'c']);
  });

  it('does not lose an entry written in one tab while another tab sends', async () => {
    const storage = new FakeStorage();
    const clock = new FakeClock();
    const tabA = setup({ storage, clock, online: false, idPrefix: 'aaaaaaaa' });
    const tabB = setup({ storage, clock, idPrefix: 'bbbbbbbb' });
    tabB.server.willAnswer('hang');
    tabB.queue.reload();
    write(tabB.queue, 'från B');
    await settle();
    // A writes while B's send is under way, before B has heard of A's entry.
    write(tabA.queue, 'från A');
    tabB.server.release();
    await settle();
    // B removed only what it sent, found A's entry in storage and sent that too.
    expect(tabB.sent.map((s) => s.split(':')[1])).toEqual(['från B', 'från A']);
    expect(readStoredEntries(storage)).toEqual([]);
  });

  it('ignores what it cannot read back', () => {
    const storage = new FakeStorage();
    for (const value of ['not json', '{"version":2,"entries":[]}', '[]', 'null']) {
      storage.value = value;
      expect(readStoredEntries(storage)).toEqual([]);
    }
    storage.value = JSON.stringify({ version: 1, entries: [{ id: 'x' }, null] });
    expect(readStoredEntries(storage)).toEqual([]);
  });

  it('tells its listeners about every change and stops when disposed', async () => {
    const { queue, server } = setup();
    const states: string[] = [];
    queue.subscribe(() => states.push(queue.getState().activity.state));
    write(queue, 'a');
    await settle();
    expect(states).toContain('sending');
    expect(states.at(-1)).toBe('idle');
    queue.dispose();
    write(queue, 'b');
    await settle();
    expect(server.calls).toHaveLength(1);
  });
});
