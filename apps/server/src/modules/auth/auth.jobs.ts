import type { JobDefinition } from '../../jobs/job';
import { deleteEndedSessions } from './sessions.repository';
import { deleteThrottlesBefore } from './throttle.repository';

/** How long ended sessions are kept (for the user's own session list and investigations). */
const endedSessionRetentionDays = 30;
/** How long login-failure counters are kept; the throttle rule forgets them long before. */
const throttleRetentionHours = 24;

/**
 * Hourly clean-up of data that has served its purpose: ended sessions after 30 days and login
 * failure counters after a day. One run per hour across all instances (pg-boss schedule).
 */
export const authJobs: readonly JobDefinition[] = [
  {
    name: 'auth-housekeeping',
    cron: '17 * * * *',
    run: async (ctx) => {
      const now = ctx.clock().getTime();
      const sessions = await deleteEndedSessions(
        ctx.db,
        new Date(now - endedSessionRetentionDays * 86_400_000),
      );
      await deleteThrottlesBefore(ctx.db, new Date(now - throttleRetentionHours * 3_600_000));
      return { sessions };
    },
  },
];
