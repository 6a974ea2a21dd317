import {
  Action,
  can,
  checklistProgress,
  defaultThreatLookbackDays,
  evacuationPlanGaps,
  nationalThreatLevelAt,
  screeningDecisionProblems,
  securityScreeningPossible,
  SecurityPlanStatus,
  threatPictureTime,
  threatWindow,
  type EvacuationPlan,
  type ScreeningDecision,
} from '@varn/domain';
import { PlanApprovalProblem, type PlanStaff, type SecurityPlan, type ThreatPicture } from '@varn/contracts';
import type { DbOrTx } from '../../db/client';
import type { Caller } from '../../lib/context';
import { findUserNames } from '../users';
import type { LoadedChecklistTemplate } from './checklist-templates.service';
import { meetingResource } from './meeting-access';
import type { MeetingRow } from './meetings.repository';
import {
  findAgendaDiaryNumbers,
  findChecklistMarks,
  findLinkedIncidents,
  findNationalThreatLevels,
  findOpenSignalsAbout,
  findPlanStaff,
  findPlanVenue,
  type PlanStaffRow,
  type SecurityPlanRow,
} from './security-plans.repository';

/*
 * The security plan as each reader sees it (issue 10 §2, §5): the parts come from the policy's
 * part actions (`securityPlanPartReadActions`), asked one by one for this meeting.
 */

/** Which parts of a meeting's plan the caller may read. */
export interface PlanParts {
  readonly threat: boolean;
  readonly staffing: boolean;
  readonly practical: boolean;
  /** Checklist, full screening decision, approval problems, and writing the plan. */
  readonly handle: boolean;
}

/** The parts the policy lets the caller read of this meeting's plan. */
export function planPartsOf(caller: Caller, meeting: MeetingRow): PlanParts {
  const record = meetingResource(caller, meeting);
  return {
    threat: can(caller, Action.MeetingReadThreat, record),
    staffing: can(caller, Action.MeetingReadStaffing, record),
    practical: can(caller, Action.MeetingReadPractical, record),
    handle: can(caller, Action.MeetingHandlePlan, record),
  };
}

/** The evacuation plan as the domain has it (blank parts are null). */
export function evacuationOf(plan: SecurityPlanRow | undefined): EvacuationPlan {
  return {
    leadsOfficials: plan?.evacuationLeadsOfficials ?? null,
    leadsPublic: plan?.evacuationLeadsPublic ?? null,
    whoCallsPolice: plan?.whoCallsPolice ?? null,
    routes: plan?.evacuationRoutes ?? null,
    meetingPoint: plan?.evacuationMeetingPoint ?? null,
    notes: plan?.evacuationNotes ?? null,
  };
}

/** The screening decision as the domain has it. */
export function screeningOf(plan: SecurityPlanRow | undefined): ScreeningDecision {
  return {
    decided: plan?.screeningDecided ?? null,
    decidedBy: plan?.screeningDecidedBy ?? null,
    decidedOn: plan?.screeningDecidedOn ?? null,
    policeConsultedOn: plan?.policeConsultedOn ?? null,
    premises: plan?.screeningPremises ?? null,
    reasons: plan?.screeningReasons ?? null,
  };
}

/**
 * Why a plan cannot be approved yet (decided for issue 10 §2; the domain leaves it open): the unit
 * has written its threat level, every part of the evacuation plan is filled in (the page that is
 * printed), a recorded screening decision has no problem under lag (2010:294), and someone is
 * staffed. The checklist is not required: items such as "premises searched" are done on the day,
 * after the approval; they can be marked on an approved plan.
 */
export function planApprovalProblems(
  meeting: MeetingRow,
  plan: SecurityPlanRow | undefined,
  staffCount: number,
): PlanApprovalProblem[] {
  const problems: PlanApprovalProblem[] = [];
  if (!plan?.threatLevel) problems.push(PlanApprovalProblem.MissingThreatLevel);
  if (evacuationPlanGaps(evacuationOf(plan)).length > 0) problems.push(PlanApprovalProblem.EvacuationGaps);
  if (screeningDecisionProblems(meeting, screeningOf(plan)).length > 0)
    problems.push(PlanApprovalProblem.ScreeningProblems);
  if (staffCount === 0) problems.push(PlanApprovalProblem.NoStaff);
  return problems;
}

const staffView = (row: PlanStaffRow): PlanStaff => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  phone: row.phone,
  note: row.note,
  userId: row.userId,
});

/** The threat picture at the plan's time (issue 10 §2): written assessment, linked incidents, levels, signals. */
async function threatPictureOf(
  db: DbOrTx,
  meeting: MeetingRow,
  plan: SecurityPlanRow | undefined,
  now: Date,
): Promise<ThreatPicture> {
  const at = threatPictureTime(meeting.startsAt, now);
  const lookbackDays = plan?.lookbackDays ?? defaultThreatLookbackDays;
  const window = threatWindow(at, lookbackDays);
  const diaryNumbers = await findAgendaDiaryNumbers(db, meeting.organisationId, meeting.id);
  const [incidents, signals, history] = [
    await findLinkedIncidents(db, meeting.organisationId, { diaryNumbers, bodyId: meeting.bodyId }, window),
    await findOpenSignalsAbout(db, meeting.organisationId, {
      meetingId: meeting.id,
      title: meeting.title,
      diaryNumbers,
    }),
    await findNationalThreatLevels(db, meeting.organisationId),
  ];
  return {
    assessment: plan?.threatAssessment ?? null,
    level: plan?.threatLevel ?? null,
    lookbackDays,
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
    linkedIncidents: incidents.map((incident) => ({
      id: incident.id,
      reference: incident.reference,
      reportedAt: incident.reportedAt.toISOString(),
      severity: incident.severity,
      categories: incident.categories,
    })),
    nationalThreatLevel: {
      noted: plan?.nationalThreatLevel ?? null,
      atTheTime: nationalThreatLevelAt(history, at),
    },
    openSignals: signals.map((signal) => ({ ...signal, createdAt: signal.createdAt.toISOString() })),
  };
}

/** The checklist of a plan's template version with its marks and progress. */
export async function checklistViewOf(
  db: DbOrTx,
  organisationId: string,
  plan: SecurityPlanRow | undefined,
  template: LoadedChecklistTemplate,
) {
  const marks = plan ? await findChecklistMarks(db, organisationId, plan.id) : [];
  const byItem = new Map(marks.map((entry) => [entry.mark.itemId, entry]));
  return {
    templateVersion: template.row.version,
    items: template.template.items.map((item) => {
      const entry = byItem.get(item.id);
      return {
        id: item.id,
        group: item.group,
        text: { ...item.text },
        status: entry?.mark.status ?? null,
        note: entry?.mark.note ?? null,
        setBy: entry ? { id: entry.mark.setByUserId, name: entry.setByName } : null,
        setAt: entry?.mark.setAt.toISOString() ?? null,
      };
    }),
    progress: checklistProgress(
      template.template,
      marks.map((entry) => ({ itemId: entry.mark.itemId, status: entry.mark.status })),
    ),
  };
}

/**
 * The plan as the caller may read it. `template` is the plan's version (or, before the plan is
 * started, the newest); parts the caller may not read are null.
 */
export async function securityPlanView(
  db: DbOrTx,
  caller: Caller,
  meeting: MeetingRow,
  plan: SecurityPlanRow | undefined,
  template: LoadedChecklistTemplate,
  now: Date,
): Promise<SecurityPlan> {
  const parts = planPartsOf(caller, meeting);
  const staff =
    plan && (parts.staffing || parts.handle) ? await findPlanStaff(db, meeting.organisationId, plan.id) : [];
  const approver = plan?.approvedByUserId
    ? ((await findUserNames(db, meeting.organisationId, [plan.approvedByUserId])).get(
        plan.approvedByUserId,
      ) ?? '')
    : null;
  const evacuation = evacuationOf(plan);
  const screening = screeningOf(plan);
  const venue = meeting.venueId
    ? await findPlanVenue(db, meeting.organisationId, meeting.venueId)
    : undefined;
  return {
    meetingId: meeting.id,
    started: plan !== undefined,
    revision: plan?.revision ?? 0,
    status: plan?.status ?? SecurityPlanStatus.Draft,
    approvedBy:
      plan?.approvedByUserId && approver !== null ? { id: plan.approvedByUserId, name: approver } : null,
    approvedAt: plan?.approvedAt?.toISOString() ?? null,
    updatedAt: plan?.updatedAt.toISOString() ?? null,
    threatPicture: parts.threat ? await threatPictureOf(db, meeting, plan, now) : null,
    staffing: parts.staffing ? staff.map(staffView) : null,
    evacuation: parts.practical
      ? { ...evacuation, gaps: evacuationPlanGaps(evacuation), venue: venue ?? null }
      : null,
    screeningBrief: parts.practical
      ? {
          possible: securityScreeningPossible(meeting),
          decided: screening.decided,
          premises: screening.premises,
        }
      : null,
    screening: parts.handle
      ? {
          possible: securityScreeningPossible(meeting),
          ...screening,
          problems: screeningDecisionProblems(meeting, screening),
        }
      : null,
    checklist: parts.handle ? await checklistViewOf(db, meeting.organisationId, plan, template) : null,
    approvalProblems: parts.handle ? planApprovalProblems(meeting, plan, staff.length) : null,
    canEdit: parts.handle,
  };
}
