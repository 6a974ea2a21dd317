import { authJobs } from '../modules/auth';
import { describeIncidentForReminder, incidentsJobs } from '../modules/incidents';
import { measuresJobs } from '../modules/measures';
import { trainingJobs } from '../modules/training';
import { describeMatterForReminder } from '../modules/riskguide';
import type { JobDefinition } from './job';

/**
 * Every scheduled job of the installation, in one place: each module owns its jobs
 * (`<module>.jobs.ts`); this list wires them to the queue. Times are Swedish.
 */
export const jobs: readonly JobDefinition[] = [
  ...authJobs,
  ...incidentsJobs,
  ...measuresJobs({ incident: describeIncidentForReminder, matter: describeMatterForReminder }),
  ...trainingJobs,
];

/**
 * Jobs of earlier versions whose schedules are removed at start: `reminders` ran the measure and
 * police-report reminders together before each module got its own job.
 */
export const retiredJobs: readonly string[] = ['reminders'];
