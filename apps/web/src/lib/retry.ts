import { ApiError, ClientErrorCode } from './api/client';

/**
 * Trying a request again when the network or the server failed for a moment: after 1, 2, 4 and
 * 8 seconds, then the user decides. Only for requests that are safe to repeat (idempotent, or
 * sent with an idempotency key).
 */

/** Waits before each new attempt, in milliseconds. */
export const backoffDelaysMs: readonly number[] = [1000, 2000, 4000, 8000];

/** Whether an error may pass by itself: no connection, or the server failed or is overloaded (5xx). */
export function isTransientError(error: unknown): boolean {
  return error instanceof ApiError && (error.code === ClientErrorCode.Network || error.status >= 500);
}

/** Resolves after `ms`, or rejects with an `AbortError` when `signal` aborts first. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const timer = window.setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort() {
      window.clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `attempt` and, on a transient error, again after each delay in turn (or after the
 * server's `Retry-After`, if that is longer, up to a minute). `onWait` is told before each
 * pause; the last error is thrown when every attempt has failed.
 */
export async function withRetry<T>(
  attempt: () => Promise<T>,
  {
    signal,
    onWait,
    delaysMs = backoffDelaysMs,
  }: {
    readonly signal: AbortSignal;
    readonly onWait: (wait: {
      readonly attempt: number;
      readonly of: number;
      readonly seconds: number;
    }) => void;
    readonly delaysMs?: readonly number[];
  },
): Promise<T> {
  for (let index = 0; ; index += 1) {
    try {
      return await attempt();
    } catch (error) {
      const delay = delaysMs[index];
      if (delay === undefined || !isTransientError(error) || signal.aborted) throw error;
      const serverWait = error instanceof ApiError ? (error.retryAfterSeconds ?? 0) * 1000 : 0;
      const ms = Math.min(Math.max(delay, serverWait), 60_000);
      onWait({ attempt: index + 2, of: delaysMs.length + 1, seconds: Math.ceil(ms / 1000) });
      await sleep(ms, signal);
    }
  }
}
