import type { JobDefinition } from '../../jobs/job';
import { sendDueReminders } from './campaign.service';

/**
 * The refresher campaign's reminders (issue 11 §3): every morning, everyone invited to a session
 * in the coming week is reminded once (`sendDueReminders` marks each invitation with its mail).
 */
export const trainingJobs: readonly JobDefinition[] = [
  {
    name: 'training-reminders',
    cron: '15 7 * * *',
    run: async (ctx) => ({
      reminders: await ctx.db.transaction(async (tx) => await sendDueReminders(ctx, tx)),
    }),
  },
];
