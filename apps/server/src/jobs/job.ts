import type { AppContext } from '../lib/context';

/**
 * A scheduled job of a module (`<module>.jobs.ts`). Every job is idempotent: it marks what it has
 * done in the same transaction as its effects, so a crash, a retry or a second instance never
 * loses or repeats work.
 */
export interface JobDefinition {
  /** The queue's name: stable, pg-boss stores its schedule and jobs under it. */
  readonly name: string;
  /** When it runs: a cron expression in Swedish time (Europe/Stockholm). */
  readonly cron: string;
  /** Runs the job once; returns counts for the log line ("job done"). */
  run(ctx: AppContext): Promise<Readonly<Record<string, number>>>;
}
