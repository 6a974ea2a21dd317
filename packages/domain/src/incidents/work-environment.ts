/**
 * Serious incidents to staff must be reported to Arbetsmiljöverket without delay, the same day
 * (arbetsmiljöförordningen 2 §, AFS 2023:2). The deadline is the end of the day, Swedish time,
 * on which the incident became known to the employer.
 */

import { endOfSwedishDay } from '../shared/swedish-time';

/** Whether the report to Arbetsmiljöverket applies: staff targeted and the incident marked serious. */
export function workEnvironmentReportRequired(incident: {
  readonly targetRole: string | null;
  readonly seriousWorkIncident: boolean;
}): boolean {
  return (
    (incident.targetRole === 'staff' || incident.targetRole === 'election_worker') &&
    incident.seriousWorkIncident
  );
}

/** The deadline and how much time is left (negative when passed), in whole minutes. */
export function workEnvironmentDeadline(
  knownAt: Date,
  now: Date,
): { readonly deadline: Date; readonly minutesLeft: number } {
  const deadline = endOfSwedishDay(knownAt);
  return { deadline, minutesLeft: Math.floor((deadline.getTime() - now.getTime()) / 60_000) };
}
