/**
 * Serious incidents to staff must be reported to Arbetsmiljöverket without delay, the same day
 * (arbetsmiljöförordningen 2 §, AFS 2023:2). The deadline is the end of the day, Swedish time,
 * on which the incident became known to the employer.
 */

import { endOfSwedishDay } from '../shared/swedish-time';
import { TargetRole } from './incident';

/** The targeted roles that are employees: staff and election workers. */
export const workEnvironmentTargetRoles: readonly TargetRole[] = [
  TargetRole.Staff,
  TargetRole.ElectionWorker,
];

/** Whether the report to Arbetsmiljöverket applies: staff targeted and the incident marked serious. */
export function workEnvironmentReportRequired(incident: {
  readonly targetRole: string | null;
  readonly seriousWorkIncident: boolean;
}): boolean {
  return (
    incident.targetRole !== null &&
    (workEnvironmentTargetRoles as readonly string[]).includes(incident.targetRole) &&
    incident.seriousWorkIncident
  );
}

/**
 * Whether the report to Arbetsmiljöverket is still to be made: it applies and is not recorded.
 * Its deadline is the end of the day the incident became known, so such a report is due today or
 * overdue (the security unit's inbox and the queue's filter).
 */
export function workEnvironmentReportPending(incident: {
  readonly targetRole: string | null;
  readonly seriousWorkIncident: boolean;
  readonly workEnvironmentReportedAt: Date | null;
}): boolean {
  return workEnvironmentReportRequired(incident) && incident.workEnvironmentReportedAt === null;
}

/** The deadline and how much time is left (negative when passed), in whole minutes. */
export function workEnvironmentDeadline(
  knownAt: Date,
  now: Date,
): { readonly deadline: Date; readonly minutesLeft: number } {
  const deadline = endOfSwedishDay(knownAt);
  return { deadline, minutesLeft: Math.floor((deadline.getTime() - now.getTime()) / 60_000) };
}
