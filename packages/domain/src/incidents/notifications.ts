import type { Severity } from './incident';

/**
 * Notifications (issue 3 §6): a new acute or high report goes to every security officer at once;
 * anything else waits for the daily digest.
 */
export function incidentNeedsImmediateNotice(severity: Severity | null): boolean {
  return severity === 'acute' || severity === 'high';
}

/** Categories that make a new report high severity until the security unit has triaged it. */
const gravestCategories: readonly string[] = ['threat', 'violence', 'stalking'];

/**
 * The severity a report starts with, before triage: an ongoing situation is acute; a threat,
 * violence or stalking is high; anything else waits for the security unit's judgement.
 */
export function initialSeverity(report: {
  readonly ongoing: boolean;
  readonly categories: readonly string[];
}): Severity | null {
  if (report.ongoing) return 'acute';
  return report.categories.some((category) => gravestCategories.includes(category)) ? 'high' : null;
}
