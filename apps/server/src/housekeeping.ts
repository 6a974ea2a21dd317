import type { Db } from './db/client';
import type { Clock } from './lib/context';
import { deleteEndedSessions } from './modules/auth/sessions.repository';
import { deleteThrottlesBefore } from './modules/auth/throttle.repository';

/** How long ended sessions are kept (for the user's own session list and investigations). */
const endedSessionRetentionDays = 30;

/**
 * Hourly clean-up of data that has served its purpose: ended sessions after 30 days and login
 * failure counters after a day (they are forgotten by the throttle rule long before that).
 */
export function startHousekeeping(
  db: Db,
  clock: Clock,
  log: { error(object: object, message: string): void },
) {
  const run = async (): Promise<void> => {
    const now = clock();
    await deleteEndedSessions(db, new Date(now.getTime() - endedSessionRetentionDays * 86_400_000));
    await deleteThrottlesBefore(db, new Date(now.getTime() - 86_400_000));
  };
  const timer = setInterval(
    () => run().catch((error: unknown) => log.error({ err: error }, 'housekeeping failed')),
    3_600_000,
  );
  timer.unref();
  return { run, stop: () => clearInterval(timer) };
}
