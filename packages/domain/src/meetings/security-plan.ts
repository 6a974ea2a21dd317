import type { BilingualText } from '../shared/bilingual';
import { swedishDate } from '../shared/swedish-time';
import { MeetingType } from './meeting';

/**
 * The security plan of a meeting (issue 10 §2): threat picture, checklist, staffing, the
 * security-screening decision and the evacuation plan. At most one plan per meeting; the security
 * unit drafts it and approves it. Its parts are in `checklist.ts`, `staffing.ts` and
 * `evacuation.ts`; who reads which part is `securityPlanPartActions` in the access policy.
 */

/** Whether the plan is still being written or has been approved (who and when is recorded). */
export const SecurityPlanStatus = { Draft: 'draft', Approved: 'approved' } as const;
export type SecurityPlanStatus = (typeof SecurityPlanStatus)[keyof typeof SecurityPlanStatus];
export const securityPlanStatuses: readonly SecurityPlanStatus[] = Object.values(SecurityPlanStatus);

/** Names of the plan statuses for the UI. */
export const securityPlanStatusText: Readonly<Record<SecurityPlanStatus, BilingualText>> = {
  draft: { sv: 'Utkast', en: 'Draft' },
  approved: { sv: 'Godkänd', en: 'Approved' },
};

/** The meeting types whose public meetings are sammanträden under kommunallagen. */
const bodyMeetingTypes: readonly MeetingType[] = [
  MeetingType.Council,
  MeetingType.ExecutiveBoard,
  MeetingType.Committee,
];

/**
 * Whether security screening (säkerhetskontroll) can be decided for a meeting: lag (2010:294) om
 * säkerhetskontroll vid offentliga sammanträden i kommuner och regioner, 1 §, allows it at a
 * sammanträde that is public under kommunallagen — a public meeting of fullmäktige, the styrelse or
 * a nämnd; never a closed meeting, a dialogue, debate or campaign event.
 */
export function securityScreeningPossible(meeting: {
  readonly type: MeetingType;
  readonly isPublic: boolean;
}): boolean {
  return meeting.isPublic && bodyMeetingTypes.includes(meeting.type);
}

/**
 * The security-screening decision as recorded in the plan (lag 2010:294, 2 §): the chair decides,
 * for one meeting and named premises, after consulting the police. `decided` is null while no
 * decision is recorded, true when screening was ordered, false when the chair decided against it.
 */
export interface ScreeningDecision {
  readonly decided: boolean | null;
  /** The chair's name (the one who is or will be chair at the meeting). */
  readonly decidedBy: string | null;
  /** Calendar date, YYYY-MM-DD. */
  readonly decidedOn: string | null;
  /** The date of the consultation with Polismyndigheten, YYYY-MM-DD. */
  readonly policeConsultedOn: string | null;
  /** The premises the screening covers: the hall, the entrances and adjoining rooms for the public. */
  readonly premises: string | null;
  readonly reasons: string | null;
}

/** What is missing or wrong in a recorded screening decision. */
export const ScreeningProblem = {
  /** The meeting is not a public sammanträde: the law does not apply ({@link securityScreeningPossible}). */
  NotPossible: 'not_possible',
  /** The chair who decided is not named (2 §: the chair decides). */
  MissingDecidedBy: 'missing_decided_by',
  MissingDecidedOn: 'missing_decided_on',
  /** Screening was ordered without a recorded police consultation (2 §: consult the police first). */
  MissingPoliceConsultation: 'missing_police_consultation',
  /** The police were consulted after the decision (2 §: before). */
  PoliceConsultedAfterDecision: 'police_consulted_after_decision',
  /** Screening was ordered without naming the premises (2 §: the decision names them). */
  MissingPremises: 'missing_premises',
  /** The decision is dated after the meeting's day (2 §: it concerns a coming meeting). */
  DecidedAfterMeeting: 'decided_after_meeting',
} as const;
export type ScreeningProblem = (typeof ScreeningProblem)[keyof typeof ScreeningProblem];
export const screeningProblems: readonly ScreeningProblem[] = Object.values(ScreeningProblem);

const isBlank = (text: string | null): boolean => text === null || text.trim() === '';

/**
 * The problems of a recorded screening decision (lag 2010:294, 2 §), in the order above; none while
 * no decision is recorded (`decided` null). A decision against screening needs the chair and the
 * date only; one for screening also the police consultation (on or before the decision) and the
 * premises. Dates are calendar dates, compared with the meeting's day in Sweden.
 */
export function screeningDecisionProblems(
  meeting: { readonly type: MeetingType; readonly isPublic: boolean; readonly startsAt: Date },
  decision: ScreeningDecision,
): ScreeningProblem[] {
  if (decision.decided === null) return [];
  if (!securityScreeningPossible(meeting)) return [ScreeningProblem.NotPossible];
  const problems: ScreeningProblem[] = [];
  if (isBlank(decision.decidedBy)) problems.push(ScreeningProblem.MissingDecidedBy);
  if (decision.decidedOn === null) problems.push(ScreeningProblem.MissingDecidedOn);
  if (decision.decided) {
    if (decision.policeConsultedOn === null) problems.push(ScreeningProblem.MissingPoliceConsultation);
    else if (decision.decidedOn !== null && decision.policeConsultedOn > decision.decidedOn)
      problems.push(ScreeningProblem.PoliceConsultedAfterDecision);
    if (isBlank(decision.premises)) problems.push(ScreeningProblem.MissingPremises);
  }
  if (decision.decidedOn !== null && decision.decidedOn > swedishDate(meeting.startsAt))
    problems.push(ScreeningProblem.DecidedAfterMeeting);
  return problems;
}
