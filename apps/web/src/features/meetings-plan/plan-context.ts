import type { MeetingDetail, SecurityPlan } from '@varn/contracts';
import type { FormErrors } from '../../lib/errors';
import type { MessageKey } from '../../lib/i18n/i18n';
import { isStaleRevision } from './plan-forms';

/** What every part of the plan gets: the plan, the meeting, and how to take in a change. */
export interface PlanContext {
  readonly meetingId: string;
  /** The meeting, when the page has it (type, publicity and day matter to the screening decision). */
  readonly meeting: MeetingDetail | null;
  readonly plan: SecurityPlan;
  /** Replaces the plan after a save that answers with the whole plan. */
  readonly onPlan: (plan: SecurityPlan) => void;
  /** Someone else saved in between: the page says so and offers to fetch the plan again. */
  readonly onStale: () => void;
}

/** The plan's parts, as their headings' ids (the page's list of parts links to them). */
export const PlanPart = {
  Threat: 'plan-threat',
  Checklist: 'plan-checklist',
  Staffing: 'plan-staffing',
  Screening: 'plan-screening',
  Evacuation: 'plan-evacuation',
} as const;
export type PlanPart = (typeof PlanPart)[keyof typeof PlanPart];

/**
 * A form's `onError`: a stale revision is reported to the page (and not at the form, where it
 * would read as something the user typed wrong); every other failure is shown at the form.
 */
export function staleAware(context: PlanContext) {
  return (error: unknown, errors: FormErrors): FormErrors | null => {
    if (isStaleRevision(error)) {
      context.onStale();
      return null;
    }
    return errors;
  };
}

/** Whether the plan's texts can be changed now: by the unit, while it is a draft. */
export function canChangePlan(plan: SecurityPlan): boolean {
  return plan.canEdit && plan.status === 'draft';
}

/**
 * The parts that need action now, with a few words on why (they open at first, and say so beside
 * their heading): what stands in the way of approval, and checklist items still open.
 */
export function partNotes(
  plan: Pick<SecurityPlan, 'approvalProblems' | 'checklist'>,
): Partial<Record<PlanPart, MessageKey>> {
  const notes: Partial<Record<PlanPart, MessageKey>> = {};
  const problems = plan.approvalProblems ?? [];
  if (problems.includes('missing_threat_level')) notes[PlanPart.Threat] = 'meetingPlan.needs.threatLevel';
  if (problems.includes('no_staff')) notes[PlanPart.Staffing] = 'meetingPlan.needs.staff';
  if (problems.includes('screening_problems')) notes[PlanPart.Screening] = 'meetingPlan.needs.screening';
  if (problems.includes('evacuation_gaps')) notes[PlanPart.Evacuation] = 'meetingPlan.needs.evacuation';
  if (plan.checklist && plan.checklist.progress.open > 0)
    notes[PlanPart.Checklist] = 'meetingPlan.needs.checklist';
  return notes;
}
