import type { LogEntryKind } from '@varn/domain';
import { ApiError } from '../../lib/api/client';
import { backoffDelaysMs, isTransientError } from '../../lib/retry';

/**
 * The live log's outbox on the phone (issue 10 §3). An entry gets its id (a UUID) when it is
 * written, is stored in the browser at once (it survives a reload, a dead battery's restart, a
 * tunnel), and is sent one at a time, in the order written, whenever the phone is online. The
 * server stores an id once: a repeated send of the same entry (a reload in the middle of a send,
 * a second tab) answers the stored entry, so retrying is always safe and nothing is duplicated.
 *
 * A send that fails for a moment (no connection, 5xx, 429) is tried again after 1, 2, 4, 8 s and
 * then every 8 s (or the server's `Retry-After`), and at once when the browser says it is online
 * again. A refusal (4xx) will not pass by itself: the entry is kept, marked as needing attention,
 * and the entries after it are sent. An expired session stops the queue until the next `start`.
 *
 * Free of the DOM: the storage, the clock and the network are given (see `use-log-queue.ts` for
 * the browser's), so the whole behaviour is tested with fakes.
 */

/** What the writer of an entry says. */
export interface LogEntryInput {
  readonly kind: LogEntryKind;
  /** Optional words; '' for none. */
  readonly text: string;
  /** When it happened (ISO), now by default. */
  readonly occurredAt: string;
}

/** Why an entry was refused: the server's answer, to show and to decide on. */
export interface LogEntryProblem {
  readonly status: number;
  readonly code: string;
  /** The server's translated message ('' when the client must word it). */
  readonly message: string;
}

/** An entry not yet stored by the server. */
export interface QueuedLogEntry extends LogEntryInput {
  /** Made on the phone; the server's id of the entry too. */
  readonly id: string;
  readonly meetingId: string;
  /** When it was written on this phone (ISO). */
  readonly queuedAt: string;
  /** Refused with a 4xx: needs the user's attention, not sent again by itself. */
  readonly problem: LogEntryProblem | null;
}

/** Where the sending stands, for the page's status line. */
export type LogQueueActivity =
  | { readonly state: 'idle' }
  | { readonly state: 'sending'; readonly entryId: string }
  /** A transient failure: the next try is at `until` (ISO). */
  | { readonly state: 'waiting'; readonly until: string; readonly error: unknown }
  /** The browser says it is offline: sending resumes when it is online again. */
  | { readonly state: 'offline' }
  /** The session has expired: sending resumes after logging in again. */
  | { readonly state: 'unauthenticated' };

/** The queue as the page renders it; a new object on every change. */
export interface LogQueueState {
  /** In the order written. */
  readonly entries: readonly QueuedLogEntry[];
  readonly activity: LogQueueActivity;
  /** False when the browser refused to store the queue: entries live only while the page is open. */
  readonly persisted: boolean;
}

/** Where the queue is kept (localStorage in the browser): a string under one key. */
export interface LogQueueStorage {
  read(): string | null;
  /** Throws when the browser refuses (full, private mode). */
  write(value: string): void;
}

/** Time and timers. */
export interface LogQueueClock {
  now(): Date;
  /** Calls `run` after `ms`; returns what cancels it. */
  setTimer(run: () => void, ms: number): () => void;
}

/** Sends one entry; resolves with the stored entry (also when the server already had it). */
export type LogTransport<Stored> = (entry: QueuedLogEntry) => Promise<Stored>;

/** What the queue is built from. */
export interface LogQueueOptions<Stored> {
  readonly storage: LogQueueStorage;
  readonly clock: LogQueueClock;
  readonly transport: LogTransport<Stored>;
  /** A new UUID. */
  readonly newId: () => string;
  /** Whether the browser believes it is online when the queue is made. */
  readonly online: boolean;
  /** Waits after each failed try; the last one repeats. */
  readonly delaysMs?: readonly number[];
}

/** The longest wait between tries, even when the server asks for longer. */
const maxWaitMs = 60_000;

/** The stored form's version; another version is ignored rather than misread. */
const storageVersion = 1;

/** The log queue: add entries, watch it, and steer it. */
export interface LogQueue<Stored> {
  getState(): LogQueueState;
  /** Calls `listener` after every change; returns what stops that. */
  subscribe(listener: () => void): () => void;
  /** Calls `listener` with each entry the server has stored; returns what stops that. */
  onSent(listener: (entry: QueuedLogEntry, stored: Stored) => void): () => void;
  /** Writes an entry: stored at once, sent when it can be. */
  add(meetingId: string, input: LogEntryInput): QueuedLogEntry;
  /** Starts sending (again): after a login, or "send now" while waiting. */
  start(): void;
  /** The browser's online and offline events. */
  setOnline(online: boolean): void;
  /** A refused entry, sent again (after the cause was fixed, e.g. the session). */
  retry(id: string): void;
  /** A refused entry, given up. */
  discard(id: string): void;
  /** Reads the stored queue again (another tab changed it). */
  reload(): void;
  /** Stops timers and listeners (the page is gone). */
  dispose(): void;
}

/** Whether a value read back from storage is an entry this version wrote. */
function isQueuedEntry(value: unknown): value is QueuedLogEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const problem = entry['problem'];
  return (
    typeof entry['id'] === 'string' &&
    typeof entry['meetingId'] === 'string' &&
    typeof entry['kind'] === 'string' &&
    typeof entry['text'] === 'string' &&
    typeof entry['occurredAt'] === 'string' &&
    typeof entry['queuedAt'] === 'string' &&
    (problem === null ||
      (typeof problem === 'object' &&
        problem !== null &&
        typeof (problem as Record<string, unknown>)['status'] === 'number' &&
        typeof (problem as Record<string, unknown>)['code'] === 'string' &&
        typeof (problem as Record<string, unknown>)['message'] === 'string'))
  );
}

/**
 * The entries kept in `storage`; none when nothing (usable) is there, and `unreadable` when the
 * browser refuses to read at all.
 */
export function readStoredEntries(
  storage: LogQueueStorage,
  unreadable: readonly QueuedLogEntry[] = [],
): readonly QueuedLogEntry[] {
  let text: string | null;
  try {
    text = storage.read();
  } catch {
    return unreadable;
  }
  if (text === null) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return [];
    const { version, entries } = parsed as { version?: unknown; entries?: unknown };
    if (version !== storageVersion || !Array.isArray(entries)) return [];
    return entries.filter(isQueuedEntry);
  } catch {
    return [];
  }
}

/** How a failed send is handled. */
type Outcome = 'transient' | 'unauthenticated' | 'refused';

function outcomeOf(error: unknown): Outcome {
  if (isTransientError(error)) return 'transient';
  if (error instanceof ApiError) {
    if (error.status === 401) return 'unauthenticated';
    // Too many requests, or a request timeout: they pass by themselves.
    if (error.status === 429 || error.status === 408) return 'transient';
    return 'refused';
  }
  // Not an answer of the server (a bug, an aborted fetch): try again rather than lose the entry.
  return 'transient';
}

/** Makes the queue and reads what an earlier page left in `storage`. Call `start` to send. */
export function createLogQueue<Stored>(options: LogQueueOptions<Stored>): LogQueue<Stored> {
  const { storage, clock, transport, newId } = options;
  const delays = options.delaysMs ?? backoffDelaysMs;
  const listeners = new Set<() => void>();
  const sentListeners = new Set<(entry: QueuedLogEntry, stored: Stored) => void>();

  let online = options.online;
  let unauthenticated = false;
  let disposed = false;
  let running = false;
  let failures = 0;
  let cancelWait: (() => void) | null = null;
  /** Ends the current wait early (online again, "send now"). */
  let wake: (() => void) | null = null;
  let state: LogQueueState = {
    entries: readStoredEntries(storage),
    activity: online ? { state: 'idle' } : { state: 'offline' },
    persisted: true,
  };

  const emit = () => {
    for (const listener of [...listeners]) listener();
  };

  const set = (next: Partial<LogQueueState>) => {
    state = { ...state, ...next };
    emit();
  };

  /**
   * Changes the entries and stores them. The change is made to what storage holds now, not to
   * this page's copy, so that two tabs of the same log do not undo each other's changes (one
   * writes an entry while the other removes a sent one). When the browser refused to store the
   * last time, this page's copy is the truth until a write succeeds again.
   */
  const updateEntries = (change: (entries: readonly QueuedLogEntry[]) => readonly QueuedLogEntry[]) => {
    const base = state.persisted ? readStoredEntries(storage, state.entries) : state.entries;
    const entries = change(base);
    let persisted = true;
    try {
      storage.write(JSON.stringify({ version: storageVersion, entries }));
    } catch {
      persisted = false;
    }
    set({ entries, persisted });
  };

  const restingActivity = (): LogQueueActivity =>
    unauthenticated ? { state: 'unauthenticated' } : online ? { state: 'idle' } : { state: 'offline' };

  const waitFor = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        cancelWait?.();
        cancelWait = null;
        wake = null;
        resolve();
      };
      cancelWait = clock.setTimer(done, ms);
      wake = done;
    });

  const delayAfter = (error: unknown): number => {
    const delay = delays[Math.min(failures - 1, delays.length - 1)] ?? 0;
    const serverWait = error instanceof ApiError ? (error.retryAfterSeconds ?? 0) * 1000 : 0;
    return Math.min(Math.max(delay, serverWait), maxWaitMs);
  };

  /** Sends the entries one at a time until none can be sent now. One run at a time. */
  const pump = async () => {
    if (running) return;
    running = true;
    try {
      for (;;) {
        if (disposed || !online || unauthenticated) break;
        const next = state.entries.find((entry) => entry.problem === null);
        if (!next) break;
        set({ activity: { state: 'sending', entryId: next.id } });
        let stored: Stored;
        try {
          stored = await transport(next);
        } catch (error) {
          if (disposed) break;
          const outcome = outcomeOf(error);
          if (outcome === 'unauthenticated') {
            unauthenticated = true;
            break;
          }
          if (outcome === 'refused') {
            const problem: LogEntryProblem =
              error instanceof ApiError
                ? { status: error.status, code: error.code, message: error.message }
                : { status: 0, code: 'unknown', message: '' };
            updateEntries((entries) =>
              entries.map((entry) => (entry.id === next.id ? { ...entry, problem } : entry)),
            );
            continue;
          }
          failures += 1;
          const ms = delayAfter(error);
          set({
            activity: {
              state: 'waiting',
              until: new Date(clock.now().getTime() + ms).toISOString(),
              error,
            },
          });
          await waitFor(ms);
          continue;
        }
        failures = 0;
        if (disposed) break;
        updateEntries((entries) => entries.filter((entry) => entry.id !== next.id));
        for (const listener of [...sentListeners]) listener(next, stored);
      }
    } finally {
      running = false;
      if (!disposed) set({ activity: restingActivity() });
    }
  };

  const kick = () => {
    if (wake) wake();
    else void pump();
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onSent(listener) {
      sentListeners.add(listener);
      return () => sentListeners.delete(listener);
    },
    add(meetingId, input) {
      const entry: QueuedLogEntry = {
        id: newId(),
        meetingId,
        kind: input.kind,
        text: input.text,
        occurredAt: input.occurredAt,
        queuedAt: clock.now().toISOString(),
        problem: null,
      };
      updateEntries((entries) => [...entries, entry]);
      // While waiting after a failure, the new entry waits its turn; otherwise it goes now.
      if (!running) void pump();
      return entry;
    },
    start() {
      unauthenticated = false;
      failures = 0;
      if (!running) set({ activity: restingActivity() });
      kick();
    },
    setOnline(value) {
      online = value;
      if (!value) {
        if (!running) set({ activity: restingActivity() });
        return;
      }
      failures = 0;
      if (!running) set({ activity: restingActivity() });
      kick();
    },
    retry(id) {
      updateEntries((entries) =>
        entries.map((entry) => (entry.id === id ? { ...entry, problem: null } : entry)),
      );
      kick();
    },
    discard(id) {
      const entry = state.entries.find((candidate) => candidate.id === id);
      // Only a refused entry: one still on its way could be stored while it disappears here.
      if (!entry || entry.problem === null) return;
      updateEntries((entries) => entries.filter((candidate) => candidate.id !== id));
    },
    reload() {
      // This page's copy is the only one while the browser refuses to store.
      if (!state.persisted) return;
      set({ entries: readStoredEntries(storage, state.entries) });
      if (!running) void pump();
    },
    dispose() {
      disposed = true;
      // Ends a wait, so that the sending loop sees `disposed` and stops.
      wake?.();
      listeners.clear();
      sentListeners.clear();
    },
  };
}
