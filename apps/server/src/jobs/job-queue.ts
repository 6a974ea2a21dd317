import PgBoss from 'pg-boss';
import type { AppContext } from '../../lib/context';
import { runDailyDigest, runReminders } from './notification-jobs';

/** Logging the queue needs. */
export interface JobLog {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** The job names and their schedules (Swedish time). */
export const jobSchedules = {
  'daily-digest': '0 7 * * *',
  reminders: '5 * * * *',
} as const;

export type JobName = keyof typeof jobSchedules;

/** The running queue. */
export interface JobQueue {
  /** Puts a job on the queue now (tests and operators). */
  send(name: JobName): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL-backed job queue (pg-boss 10, ADR 008): schedules the daily digest and the
 * hourly reminders, and runs them with retries. Jobs live in the `pgboss` schema of the same
 * database, so a crash loses none; several instances share the work.
 */
export async function startJobQueue(
  ctx: AppContext,
  databaseUrl: string,
  log: JobLog,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: 'pgboss',
    max: 3,
    application_name: 'varn-jobs',
  });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  const handlers: Record<JobName, () => Promise<object>> = {
    'daily-digest': () => runDailyDigest(ctx),
    reminders: () => runReminders(ctx),
  };
  for (const [name, cron] of Object.entries(jobSchedules) as [JobName, string][]) {
    await boss.createQueue(name, { name, retryLimit: 5, retryDelay: 60, retryBackoff: true });
    await boss.schedule(name, cron, {}, { tz: 'Europe/Stockholm' });
    await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 }, async () => {
      const result = await handlers[name]();
      log.info({ job: name, ...result }, 'job done');
      return result;
    });
  }
  return {
    send: async (name) => {
      await boss.send(name, {});
    },
    stop: async () => {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}
