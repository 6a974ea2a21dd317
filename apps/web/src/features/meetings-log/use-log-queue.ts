import { useEffect, useSyncExternalStore } from 'react';
import { createLogQueue, type LogQueue, type LogQueueState } from './log-queue';
import { postLogEntry, type LogEntryView } from '../../lib/api/meeting-plans';
import { meetingLogQueueKey } from '../../lib/drafts';

/**
 * The browser's log queue of the signed-in user: kept in localStorage under the user's id (an
 * explicit logout removes it, as it does report drafts: `lib/drafts.ts`), sent
 * with `POST /api/meetings/{id}/log`, woken by the online and offline events, and kept in step
 * with other tabs of the same browser (the `storage` event). One queue per user and page load.
 */

/** A random UUID (version 4); by hand where `randomUUID` is missing (a page not served over HTTPS). */
function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

let current: { readonly userId: string; readonly queue: LogQueue<LogEntryView> } | null = null;

function queueOf(userId: string): LogQueue<LogEntryView> {
  if (current?.userId === userId) return current.queue;
  current?.queue.dispose();
  const key = meetingLogQueueKey(userId);
  const queue = createLogQueue<LogEntryView>({
    storage: {
      read: () => window.localStorage.getItem(key),
      write: (value) => window.localStorage.setItem(key, value),
    },
    clock: {
      now: () => new Date(),
      setTimer: (run, ms) => {
        const timer = window.setTimeout(run, ms);
        return () => window.clearTimeout(timer);
      },
    },
    transport: (entry) =>
      postLogEntry(entry.meetingId, {
        id: entry.id,
        kind: entry.kind,
        text: entry.text,
        occurredAt: entry.occurredAt,
      }),
    newId,
    online: navigator.onLine,
  });
  window.addEventListener('online', () => queue.setOnline(true));
  window.addEventListener('offline', () => queue.setOnline(false));
  window.addEventListener('storage', (event) => {
    if (event.key === key) queue.reload();
  });
  current = { userId, queue };
  return queue;
}

/** The user's log queue and its state; starts sending what an earlier page left. */
export function useLogQueue(userId: string): {
  readonly queue: LogQueue<LogEntryView>;
  readonly state: LogQueueState;
} {
  const queue = queueOf(userId);
  const state = useSyncExternalStore(queue.subscribe, queue.getState);
  useEffect(() => {
    // What storage holds now: a logout in between may have removed it, another tab added to it.
    queue.reload();
    queue.start();
  }, [queue]);
  return { queue, state };
}
