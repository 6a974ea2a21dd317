import { Severity } from './incident';
import { IncidentStatus, incidentStatuses } from './transitions';

/**
 * The security unit's queue: what needs action first (issue 9 §2). Every case has a rank from one
 * table; the queue lists cases by rank, then the longest wait first (oldest report), then by id so
 * that pages never overlap. The server sorts and indexes by the same table compiled into SQL, so
 * this file is the rule's one home.
 *
 * 1. Acute or high, and no handler yet: someone has to take it now (acute before high).
 * 2. Acute or high with a handler: still the most urgent work.
 * 3. The rest of the open cases by severity — not yet triaged before moderate and low, because
 *    triage is the next thing it needs — each without a handler before with one.
 * 4. Dormant cases (vilande: waiting, not actively handled), then closed cases last.
 */

/** The part of a case its rank looks at. */
export interface QueueRankSubject {
  readonly status: IncidentStatus;
  readonly severity: Severity | null;
  readonly handlerUserId: string | null;
}

/** One row of the rank table: the cases it matches (a missing criterion matches anything). */
export interface QueueRankRow {
  readonly statuses: readonly IncidentStatus[];
  readonly severities?: readonly (Severity | null)[];
  /** Whether the case has a handler. */
  readonly assigned?: boolean;
}

/** Open and actively handled: every status but dormant and closed. */
export const activeStatuses: readonly IncidentStatus[] = incidentStatuses.filter(
  (status) => status !== IncidentStatus.Dormant && status !== IncidentStatus.Closed,
);

/** Active cases of one severity (null: not triaged yet), with or without a handler. */
const active = (severity: Severity | null, assigned: boolean): QueueRankRow => ({
  statuses: activeStatuses,
  severities: [severity],
  assigned,
});

/** The rank table, first rank first. Every case matches exactly one row (tested). */
export const queueRankTable: readonly QueueRankRow[] = [
  active(Severity.Acute, false),
  active(Severity.High, false),
  active(Severity.Acute, true),
  active(Severity.High, true),
  active(null, false),
  active(null, true),
  active(Severity.Moderate, false),
  active(Severity.Moderate, true),
  active(Severity.Low, false),
  active(Severity.Low, true),
  { statuses: [IncidentStatus.Dormant] },
  { statuses: [IncidentStatus.Closed] },
];

/** Whether a case matches a row of the rank table. */
export function matchesQueueRow(row: QueueRankRow, incident: QueueRankSubject): boolean {
  return (
    row.statuses.includes(incident.status) &&
    (row.severities === undefined || row.severities.includes(incident.severity)) &&
    (row.assigned === undefined || row.assigned === (incident.handlerUserId !== null))
  );
}

/** The rank of a case in the queue: the index of the first row it matches (lower comes first). */
export function queueRank(incident: QueueRankSubject): number {
  const rank = queueRankTable.findIndex((row) => matchesQueueRow(row, incident));
  return rank === -1 ? queueRankTable.length : rank;
}

/** The first rank of a closed case: open cases rank below it. */
export const closedQueueRank = queueRankTable.findIndex((row) =>
  row.statuses.includes(IncidentStatus.Closed),
);

/** The queue's order of two cases: rank, then the longest wait, then id (a stable page order). */
export function compareQueueOrder(
  a: QueueRankSubject & { readonly reportedAt: Date; readonly id: string },
  b: QueueRankSubject & { readonly reportedAt: Date; readonly id: string },
): number {
  return (
    queueRank(a) - queueRank(b) ||
    a.reportedAt.getTime() - b.reportedAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Whether a case carries the "going on now" tag (Pågår) in lists: the reporter said it was going
 * on, and the case is still actively handled. A closed (or dormant) case never does; the report
 * itself keeps what the reporter said.
 */
export function showsOngoing(incident: {
  readonly ongoing: boolean;
  readonly status: IncidentStatus;
}): boolean {
  return incident.ongoing && activeStatuses.includes(incident.status);
}
