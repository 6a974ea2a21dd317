/**
 * The kinds of entry in a case's timeline (DOMAIN.md §3, "timeline of notes, contacts and
 * decisions"). Codes are stable: stored in `incident_events.kind` and sent over the API.
 */
export const TimelineKind = {
  Reported: 'reported',
  Note: 'note',
  /** A contact with the affected person; the first one marks "first contact" (handling times). */
  Contact: 'contact',
  Decision: 'decision',
  StatusChange: 'status_change',
  Triage: 'triage',
  Measure: 'measure',
  PoliceReport: 'police_report',
  Evidence: 'evidence',
  Consent: 'consent',
  WorkEnvironment: 'work_environment',
  /** A related case linked to or unlinked from the case (its series). */
  Link: 'link',
} as const;

export type TimelineKind = (typeof TimelineKind)[keyof typeof TimelineKind];

/** Every timeline kind. */
export const timelineKinds: readonly TimelineKind[] = Object.values(TimelineKind);

/** Narrows a stored timeline kind (a text column) to the vocabulary. */
export function isTimelineKind(value: string): value is TimelineKind {
  return (timelineKinds as readonly string[]).includes(value);
}
