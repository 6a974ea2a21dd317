import { incidentTextLimits } from './incident';

/**
 * Case handling status (DOMAIN.md §3): Ny → Triagerad → Under bedömning → Åtgärder pågår →
 * Uppföljning → Avslutad, plus Vilande and Återöppnad. One table decides every move.
 */
export const IncidentStatus = {
  /** Ny: reported, not yet looked at. */
  New: 'new',
  /** Triagerad: severity, categories and handler set. */
  Triaged: 'triaged',
  /** Under bedömning. */
  Assessing: 'assessing',
  /** Åtgärder pågår. */
  Measures: 'measures',
  /** Uppföljning. */
  FollowUp: 'follow_up',
  /** Avslutad. */
  Closed: 'closed',
  /** Vilande: waiting (e.g. for the police), not actively handled. */
  Dormant: 'dormant',
  /** Återöppnad: closed, then opened again (e.g. the harassment continued). */
  Reopened: 'reopened',
} as const;
export type IncidentStatus = (typeof IncidentStatus)[keyof typeof IncidentStatus];
export const incidentStatuses: readonly IncidentStatus[] = Object.values(IncidentStatus);

/** What a security officer can do to the status. */
export const IncidentEvent = {
  Triage: 'triage',
  StartAssessment: 'start_assessment',
  StartMeasures: 'start_measures',
  StartFollowUp: 'start_follow_up',
  Close: 'close',
  MakeDormant: 'make_dormant',
  Resume: 'resume',
  Reopen: 'reopen',
} as const;
export type IncidentEvent = (typeof IncidentEvent)[keyof typeof IncidentEvent];
export const incidentEvents: readonly IncidentEvent[] = Object.values(IncidentEvent);

const S = IncidentStatus;
const E = IncidentEvent;

/**
 * The transition table: for each status, the events allowed and the status they lead to.
 * Anything not listed is refused.
 */
export const incidentTransitions: Readonly<
  Record<IncidentStatus, Partial<Record<IncidentEvent, IncidentStatus>>>
> = {
  [S.New]: { [E.Triage]: S.Triaged, [E.Close]: S.Closed },
  [S.Triaged]: {
    [E.StartAssessment]: S.Assessing,
    [E.StartMeasures]: S.Measures,
    [E.MakeDormant]: S.Dormant,
    [E.Close]: S.Closed,
  },
  [S.Assessing]: {
    [E.StartMeasures]: S.Measures,
    [E.StartFollowUp]: S.FollowUp,
    [E.MakeDormant]: S.Dormant,
    [E.Close]: S.Closed,
  },
  [S.Measures]: { [E.StartFollowUp]: S.FollowUp, [E.MakeDormant]: S.Dormant, [E.Close]: S.Closed },
  [S.FollowUp]: { [E.StartMeasures]: S.Measures, [E.MakeDormant]: S.Dormant, [E.Close]: S.Closed },
  [S.Closed]: { [E.Reopen]: S.Reopened },
  [S.Dormant]: { [E.Resume]: S.Assessing, [E.Close]: S.Closed },
  [S.Reopened]: {
    [E.StartAssessment]: S.Assessing,
    [E.StartMeasures]: S.Measures,
    [E.MakeDormant]: S.Dormant,
    [E.Close]: S.Closed,
  },
};

/** The events allowed from a status, in table order (the UI offers exactly these). */
export function allowedEvents(status: IncidentStatus): IncidentEvent[] {
  return incidentEvents.filter((event) => incidentTransitions[status][event] !== undefined);
}

/** The part of an incident the transition looks at. */
export interface TransitionSubject {
  readonly status: IncidentStatus;
  readonly assessedAt: Date | null;
  readonly triagedAt: Date | null;
}

/** What a transition changes. */
export interface TransitionResult {
  readonly ok: true;
  readonly from: IncidentStatus;
  readonly status: IncidentStatus;
  /** Times to record (only those that change). */
  readonly triagedAt?: Date;
  readonly assessedAt?: Date;
  readonly closedAt?: Date;
  readonly closingSummary?: string;
  /** Reopening: the case is no longer closed (the closing stays in the timeline). */
  readonly clearClosed?: true;
}

/** Why a transition was refused. */
export type TransitionRejection =
  | {
      readonly ok: false;
      readonly reason: 'not_allowed';
      readonly from: IncidentStatus;
      readonly event: IncidentEvent;
    }
  | { readonly ok: false; readonly reason: 'summary_required' }
  | { readonly ok: false; readonly reason: 'summary_too_long' };

/**
 * Applies `event` to an incident at `now`. Closing needs a summary. The handling-time marks are
 * set the first time they are reached: triaged when leaving Ny, assessed when the case moves on
 * to measures, follow-up or closing; closed at every close (the latest counts) and cleared when
 * the case is reopened, so an open case never counts as closed.
 */
export function transitionIncident(
  incident: TransitionSubject,
  event: IncidentEvent,
  now: Date,
  input: { readonly summary?: string | undefined } = {},
): TransitionResult | TransitionRejection {
  const next = incidentTransitions[incident.status][event];
  if (next === undefined) return { ok: false, reason: 'not_allowed', from: incident.status, event };
  const summary = input.summary?.trim() ?? '';
  if (event === E.Close) {
    if (summary === '') return { ok: false, reason: 'summary_required' };
    if ([...summary].length > incidentTextLimits.summary) return { ok: false, reason: 'summary_too_long' };
  }
  const reachesAssessment = next === S.Measures || next === S.FollowUp || next === S.Closed;
  return {
    ok: true,
    from: incident.status,
    status: next,
    ...(incident.triagedAt === null && incident.status === S.New ? { triagedAt: now } : {}),
    ...(incident.assessedAt === null && reachesAssessment && incident.status !== S.New
      ? { assessedAt: now }
      : {}),
    ...(next === S.Closed ? { closedAt: now, closingSummary: summary } : {}),
    ...(event === E.Reopen ? { clearClosed: true as const } : {}),
  };
}

/**
 * The status as the reporter and the targeted person see it, in plain language: they do not
 * need the unit's internal steps.
 */
export const PlainStatus = {
  Received: 'received',
  InProgress: 'in_progress',
  MeasuresOngoing: 'measures_ongoing',
  FollowUp: 'follow_up',
  Closed: 'closed',
  OnHold: 'on_hold',
} as const;
export type PlainStatus = (typeof PlainStatus)[keyof typeof PlainStatus];

/** The plain-language status of a case. */
export function plainStatus(status: IncidentStatus): PlainStatus {
  switch (status) {
    case S.New:
      return PlainStatus.Received;
    case S.Triaged:
    case S.Assessing:
    case S.Reopened:
      return PlainStatus.InProgress;
    case S.Measures:
      return PlainStatus.MeasuresOngoing;
    case S.FollowUp:
      return PlainStatus.FollowUp;
    case S.Closed:
      return PlainStatus.Closed;
    case S.Dormant:
      return PlainStatus.OnHold;
  }
}

/** Whether a case is still open (everything but Avslutad). */
export function isOpenStatus(status: IncidentStatus): boolean {
  return status !== S.Closed;
}
