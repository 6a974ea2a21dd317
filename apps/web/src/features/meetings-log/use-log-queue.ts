import { useEffect, useSyncExternalStore } from 'react';
import { createLogQueue, type LogQueue, type LogQueueState } from './log-queue';
import { postLogEntry, type LogEntryView } from '../../lib/api/meeting-plans';

/**
 * The browser's log queue of the signed-in user: kept in localStorage under the user's id, sent
 * with `POST /api/meetings/{id}/log`, woken by the online and offline events, and kept in step
 * with other tabs of the same browser (the `storage` event). One queue per user and page load.
 */

const storagePrefix = 'varn.meetingLog.';

/** The storage key of a user's queued log entries. */
export function logQueueKey(userId: string): string {
  return `${storagePrefix}${userId}`;
}

let current: { readonly userId: string; readonly queue: LogQueue<LogEntryView> } | null = null;

function queueOf(userId: string): LogQueue<LogEntryView> {
  if (current?.userId === userId) return current.queue;
  current?.queue.dispose();
  const key = logQueueKey(userId);
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
    newId: () => crypto.randomUUID(),
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
    queue.start();
  }, [queue]);
  return { queue, state };
}
