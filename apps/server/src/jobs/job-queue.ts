import PgBoss from 'pg-boss';
import { swedishTimeZone } from '@varn/domain';
import type { AppContext } from '../lib/context';
import type { JobDefinition } from './job';

/** Logging the queue needs. */
export interface JobLog {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** The running queue. */
export interface JobQueue {
  /** Puts a job on the queue now (tests and operators). */
  send(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL-backed job queue (pg-boss 10, ADR 008): the one scheduler of the installation.
 * It schedules every module's jobs (`registry.ts`) and runs them with retries. Schedules and jobs
 * live in the `pgboss` schema of the same database, so a crash loses none, and however many
 * instances run, each scheduled run happens once.
 */
export async function startJobQueue(
  ctx: AppContext,
  databaseUrl: string,
  log: JobLog,
  options: {
    jobs: readonly JobDefinition[];
    /** Names of jobs that no longer exist: their schedules are removed. */
    retired?: readonly string[];
    pollingIntervalSeconds?: number;
  },
): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: 'pgboss',
    max: 3,
    application_name: 'varn-jobs',
  });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  for (const name of options.retired ?? []) {
    // An older version's schedule would otherwise keep queuing jobs nobody works on.
    await boss.unschedule(name);
  }
  const byName = new Map(options.jobs.map((job) => [job.name, job]));
  for (const job of options.jobs) {
    await boss.createQueue(job.name, { name: job.name, retryLimit: 5, retryDelay: 60, retryBackoff: true });
    await boss.schedule(job.name, job.cron, {}, { tz: swedishTimeZone });
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 }, async () => {
      const result = await job.run(ctx);
      log.info({ job: job.name, ...result }, 'job done');
      return result;
    });
  }
  return {
    send: async (name) => {
      if (!byName.has(name)) throw new Error(`no job named ${name}`);
      await boss.send(name, {});
    },
    stop: async () => {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}
