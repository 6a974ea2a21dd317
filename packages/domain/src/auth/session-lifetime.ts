/**
 * Session lifetime (issue 2 §3): a session ends after a period without activity (idle timeout)
 * and, whatever the activity, a fixed time after login (absolute timeout). Both come from the
 * organisation's settings.
 */

/** Timeouts of an organisation. */
export interface SessionTimeouts {
  /** Minutes without a request after which the session ends. */
  readonly idleMinutes: number;
  /** Hours after login after which the session ends. */
  readonly absoluteHours: number;
}

/** The times of a session that the timeouts look at. */
export interface SessionTimes {
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
}

/** Why a session is no longer valid, or `null` when it still is. */
export type SessionExpiry = 'idle' | 'absolute' | null;

/** Whether the session has expired at `now`, and why. */
export function sessionExpiry(session: SessionTimes, timeouts: SessionTimeouts, now: Date): SessionExpiry {
  if (now.getTime() - session.createdAt.getTime() >= timeouts.absoluteHours * 3_600_000) return 'absolute';
  if (now.getTime() - session.lastSeenAt.getTime() >= timeouts.idleMinutes * 60_000) return 'idle';
  return null;
}

/** When the session will expire if no further request comes. */
export function sessionExpiresAt(session: SessionTimes, timeouts: SessionTimeouts): Date {
  return new Date(
    Math.min(
      session.createdAt.getTime() + timeouts.absoluteHours * 3_600_000,
      session.lastSeenAt.getTime() + timeouts.idleMinutes * 60_000,
    ),
  );
}

/** Bounds an admin may set (minutes and hours). */
export const sessionTimeoutBounds = {
  idleMinutes: { min: 5, max: 480 },
  absoluteHours: { min: 1, max: 72 },
} as const;
