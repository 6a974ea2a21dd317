import { RiskLevel } from '../riskguide/template';
import { addCalendarDays, startOfSwedishDay, swedishDate } from '../shared/swedish-time';
import { isComingMeeting, type MeetingStatus } from './meeting';
import { SecurityPlanStatus } from './security-plan';

/**
 * Readiness warnings of a coming meeting (issue 10 §2, DOMAIN.md §6): what the security unit must
 * still do before it. Shown on the meeting, in the calendar and in the unit's inbox.
 */

/** The warnings, in the order they are shown. */
export const ReadinessWarningCode = {
  /** The meeting's risk is high and no security plan has been started. */
  HighRiskWithoutPlan: 'high_risk_without_plan',
  /** The plan is not approved, and the day it should have been approved by has come. */
  PlanNotApproved: 'plan_not_approved',
  /** The chair or a party's security contact has not been trained (one warning per person). */
  UntrainedKeyPerson: 'untrained_key_person',
} as const;
export type ReadinessWarningCode = (typeof ReadinessWarningCode)[keyof typeof ReadinessWarningCode];
export const readinessWarningCodes: readonly ReadinessWarningCode[] = Object.values(ReadinessWarningCode);

/** Why a person is key to a meeting's security. */
export const KeyPersonRole = {
  /** The meeting's chair (ordförande): keeps order and decides security screening (lag 2010:294, 2 §). */
  Chair: 'chair',
  /** The body's vice chair (vice ordförande), who chairs when the chair cannot. */
  ViceChair: 'vice_chair',
  /** A party's security contact (säkerhetsansvarig) of a party in the body. */
  PartySecurityContact: 'party_security_contact',
} as const;
export type KeyPersonRole = (typeof KeyPersonRole)[keyof typeof KeyPersonRole];
export const keyPersonRoles: readonly KeyPersonRole[] = Object.values(KeyPersonRole);

/** A key person of the meeting who lacks training. */
export interface UntrainedKeyPerson {
  readonly role: KeyPersonRole;
  readonly name: string;
  /** The person's account, when they have one. */
  readonly userId: string | null;
}

/** What {@link meetingReadinessWarnings} looks at. */
export interface MeetingReadinessInput {
  readonly status: MeetingStatus;
  readonly startsAt: Date;
  /** The meeting's level from `assessMeetingRisk` (null: not assessed). */
  readonly riskLevel: RiskLevel | null;
  /** The meeting's security plan, or null when none has been started. */
  readonly plan: { readonly status: SecurityPlanStatus } | null;
  /** Days before the meeting's day the plan should be approved by (`defaultPlanApprovalDaysBefore`). */
  readonly approveDaysBefore: number;
  /**
   * The chair, vice chairs and parties' security contacts of the meeting who lack a valid basic
   * security training on the meeting's day (the training module: `untrainedChairsOn`).
   */
  readonly untrainedKeyPeople: readonly UntrainedKeyPerson[];
}

/** One readiness warning. */
export type ReadinessWarning =
  | { readonly code: 'high_risk_without_plan' }
  | {
      readonly code: 'plan_not_approved';
      /** The plan's status now (a draft), or null when none has been started (a moderate-risk meeting). */
      readonly planStatus: SecurityPlanStatus | null;
      /** The instant the warning started to show ({@link planApprovalWarningFrom}). */
      readonly since: Date;
      readonly daysBefore: number;
    }
  | { readonly code: 'untrained_key_person'; readonly person: UntrainedKeyPerson };

/**
 * When "plan not approved" starts to show: at 00:00 Swedish time on the day `daysBefore` calendar
 * days before the meeting's day in Sweden. A meeting on Thursday 10 December at 18:00 with two days
 * asks for approval from Tuesday 8 December 00:00; with 0 days, from 00:00 on the meeting's day.
 * Counted in calendar days, so a change to or from summer time in between moves nothing.
 */
export function planApprovalWarningFrom(startsAt: Date, daysBefore: number): Date {
  return startOfSwedishDay(addCalendarDays(swedishDate(startsAt), -daysBefore));
}

/**
 * The readiness warnings of a meeting at `now`, in the order of {@link ReadinessWarningCode}; none
 * for a meeting that is not coming (held, cancelled or already started: `isComingMeeting`).
 *
 * - `high_risk_without_plan`: the risk is high and no plan has been started.
 * - `plan_not_approved`: a plan is expected but not approved, and `now` is at or after
 *   {@link planApprovalWarningFrom}. A plan is expected when one has been started (a draft: the
 *   unit found the meeting needs one) or when the risk is moderate; a high-risk meeting without a
 *   plan has `high_risk_without_plan` instead (one warning says it all), and a low or not assessed
 *   meeting without a plan needs none.
 * - `untrained_key_person`: one per person in `untrainedKeyPeople`, for a high-risk meeting only
 *   (DOMAIN.md §6: "a high-risk meeting whose chair is untrained"): there the chair's handling of
 *   disturbances and of security screening matters most.
 */
export function meetingReadinessWarnings(input: MeetingReadinessInput, now: Date): ReadinessWarning[] {
  if (!isComingMeeting(input, now)) return [];
  const warnings: ReadinessWarning[] = [];
  const highRiskWithoutPlan = input.riskLevel === RiskLevel.High && input.plan === null;
  if (highRiskWithoutPlan) warnings.push({ code: ReadinessWarningCode.HighRiskWithoutPlan });
  const planExpected = input.plan !== null || input.riskLevel === RiskLevel.Moderate;
  const since = planApprovalWarningFrom(input.startsAt, input.approveDaysBefore);
  if (planExpected && input.plan?.status !== SecurityPlanStatus.Approved && now.getTime() >= since.getTime())
    warnings.push({
      code: ReadinessWarningCode.PlanNotApproved,
      planStatus: input.plan?.status ?? null,
      since,
      daysBefore: input.approveDaysBefore,
    });
  if (input.riskLevel === RiskLevel.High)
    for (const person of input.untrainedKeyPeople)
      warnings.push({ code: ReadinessWarningCode.UntrainedKeyPerson, person });
  return warnings;
}
