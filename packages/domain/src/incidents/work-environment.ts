/**
 * Serious incidents to staff must be reported to Arbetsmiljöverket without delay, the same day
 * (arbetsmiljöförordningen 2 §, AFS 2023:2). The deadline is the end of the day, Swedish time,
 * on which the incident became known to the employer.
 */

/** Midnight (end of day) in Europe/Stockholm of the day `at` falls on, as an instant. */
export function endOfSwedishDay(at: Date): Date {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  // The next local midnight; find its UTC instant by trying both Swedish offsets (+01, +02).
  const nextDay = Date.UTC(part('year'), part('month') - 1, part('day') + 1);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(nextDay - offsetHours * 3_600_000);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Stockholm',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(candidate);
    if (local === '00') return candidate;
  }
  return new Date(nextDay - 3_600_000);
}

/** Whether the report to Arbetsmiljöverket applies: staff targeted and the incident marked serious. */
export function workEnvironmentReportRequired(incident: {
  readonly targetRole: string;
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
