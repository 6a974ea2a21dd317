import {
  Action,
  AuditAction,
  screeningDecisionProblems,
  SecurityPlanStatus,
  type ScreeningDecision,
  type ScreeningProblem,
} from '@varn/domain';
import type {
  PlanApprovalProblem,
  PlanStatusBody,
  SavePlanBody,
  SavePlanStaffBody,
  SecurityPlan,
  UpdateChecklistItemBody,
} from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { AppError, notFound, ruleViolation, type FieldMessage } from '../../lib/errors';
import { audit } from '../audit';
import { loadChecklistTemplate, loadCurrentChecklistTemplate } from './checklist-templates.service';
import { loadMeeting, withBodyIds } from './meeting-access';
import type { MeetingRow } from './meetings.repository';
import {
  findActiveUserIds,
  findPlanOfMeeting,
  findPlanStaff,
  insertPlanIfMissing,
  replacePlanStaff,
  updatePlanAtRevision,
  upsertChecklistMark,
  type SecurityPlanRow,
} from './security-plans.repository';
import {
  checklistViewOf,
  planApprovalProblems,
  planPartsOf,
  screeningOf,
  securityPlanView,
} from './security-plans.view';

/*
 * A meeting's security plan (issue 10 §2): read by parts, written by the security unit with an
 * optimistic revision (409 `conflict` on a stale one), approved and reopened. The plan is started
 * by its first save or its first checklist mark, on the organisation's newest checklist template
 * version, which it then keeps (`checklist-templates.service.ts`).
 */

/** What a screening problem means, at the field of the plan body it concerns. */
const screeningProblemFields: Readonly<Record<ScreeningProblem, { field: string; sv: string; en: string }>> =
  {
    not_possible: {
      field: 'screening.decided',
      sv: 'Säkerhetskontroll kan bara beslutas för ett offentligt sammanträde i fullmäktige, styrelsen eller en nämnd (lag 2010:294, 1 §).',
      en: 'Security screening can only be decided for a public meeting of the council, the executive board or a committee (Act 2010:294, section 1).',
    },
    missing_decided_by: {
      field: 'screening.decidedBy',
      sv: 'Ange ordföranden som fattade beslutet (2 §).',
      en: 'Name the chair who made the decision (section 2).',
    },
    missing_decided_on: {
      field: 'screening.decidedOn',
      sv: 'Ange datum för beslutet.',
      en: 'Give the date of the decision.',
    },
    missing_police_consultation: {
      field: 'screening.policeConsultedOn',
      sv: 'Ange när Polismyndigheten hördes. Polisen ska höras före beslut om säkerhetskontroll (2 §).',
      en: 'Give the date the police were consulted. The police must be consulted before screening is ordered (section 2).',
    },
    police_consulted_after_decision: {
      field: 'screening.policeConsultedOn',
      sv: 'Polisen ska höras före beslutet, inte efter.',
      en: 'The police must be consulted before the decision, not after.',
    },
    missing_premises: {
      field: 'screening.premises',
      sv: 'Ange vilka lokaler kontrollen gäller (2 §).',
      en: 'Name the premises the screening covers (section 2).',
    },
    decided_after_meeting: {
      field: 'screening.decidedOn',
      sv: 'Beslutet kan inte vara fattat efter sammanträdesdagen.',
      en: 'The decision cannot be dated after the day of the meeting.',
    },
  };

/** What stops an approval, at the part of the plan it concerns. */
const approvalProblemFields: Readonly<
  Record<PlanApprovalProblem, { field: string; sv: string; en: string }>
> = {
  missing_threat_level: {
    field: 'threatLevel',
    sv: 'Ange hotbildens nivå innan planen godkänns.',
    en: 'Give the threat level before the plan is approved.',
  },
  evacuation_gaps: {
    field: 'evacuation',
    sv: 'Fyll i hela utrymningsplanen: vem som leder ut de förtroendevalda och allmänheten, vem som ringer polisen, vägarna och återsamlingsplatsen.',
    en: 'Fill in the whole evacuation plan: who leads the officials and the public out, who calls the police, the routes and the meeting point.',
  },
  screening_problems: {
    field: 'screening',
    sv: 'Beslutet om säkerhetskontroll är ofullständigt. Rätta det eller ta bort det.',
    en: 'The security screening decision is incomplete. Correct it or remove it.',
  },
  no_staff: {
    field: 'staff',
    sv: 'Ange minst en person i bemanningen.',
    en: 'Name at least one person on the staff.',
  },
};

function fieldsOf<K extends string>(
  problems: readonly K[],
  texts: Readonly<Record<K, { field: string; sv: string; en: string }>>,
): Record<string, FieldMessage> {
  const fields: Record<string, { sv: string; en: string }> = {};
  for (const problem of problems) {
    const { field, sv, en } = texts[problem];
    const earlier = fields[field];
    fields[field] = earlier ? { sv: `${earlier.sv} ${sv}`, en: `${earlier.en} ${en}` } : { sv, en };
  }
  return fields;
}

/** The plan's template version, or the newest before the plan is started. */
async function templateFor(tx: Tx, organisationId: string, plan: SecurityPlanRow | undefined, now: Date) {
  return plan
    ? await loadChecklistTemplate(tx, organisationId, plan.checklistTemplateId)
    : await loadCurrentChecklistTemplate(tx, organisationId, now);
}

/**
 * `GET /api/meetings/{id}/plan`: the parts the caller may read (404 for a meeting the caller may
 * not see, and for roles that read no part of a plan). Audited: the unit's read as a plan read,
 * everyone else's as a read of the practical part.
 */
export async function getSecurityPlan(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
): Promise<SecurityPlan> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const reader = await withBodyIds(tx, caller);
    const meeting = await loadMeeting(tx, reader, meetingId, Action.MeetingReadPractical);
    const plan = await findPlanOfMeeting(tx, reader.organisationId, meeting.id);
    const parts = planPartsOf(reader, meeting);
    await audit(tx, reader, now, {
      action: parts.threat || parts.handle ? AuditAction.MeetingPlanRead : AuditAction.MeetingPracticalRead,
      recordType: 'meeting',
      recordId: meeting.id,
      details: { plan: plan?.id ?? null },
    });
    return await securityPlanView(
      tx,
      reader,
      meeting,
      plan,
      await templateFor(tx, reader.organisationId, plan, now),
      now,
    );
  });
}

/** The plan of a meeting the caller handles, started on the newest template version if it has none. */
async function startedPlan(
  tx: Tx,
  caller: Caller,
  meeting: MeetingRow,
  now: Date,
): Promise<{ plan: SecurityPlanRow; created: boolean }> {
  const existing = await findPlanOfMeeting(tx, caller.organisationId, meeting.id);
  if (existing) return { plan: existing, created: false };
  const template = await loadCurrentChecklistTemplate(tx, caller.organisationId, now);
  const started = await insertPlanIfMissing(tx, {
    organisationId: caller.organisationId,
    meetingId: meeting.id,
    checklistTemplateId: template.row.id,
    userId: caller.userId,
    now,
  });
  if (started.created)
    await audit(tx, caller, now, {
      action: AuditAction.MeetingPlanCreate,
      recordType: 'meeting',
      recordId: meeting.id,
      details: { plan: started.plan.id, templateVersion: template.row.version },
    });
  return started;
}

/** A draft at the revision the client read: 409 `plan_approved` or `conflict` otherwise. */
function assertEditable(plan: SecurityPlanRow, revision: number): void {
  if (plan.revision !== revision) throw new AppError('conflict');
  if (plan.status === SecurityPlanStatus.Approved) throw new AppError('plan_approved');
}

/** Loads the meeting for a plan change, with the caller's bodies. */
async function meetingToHandle(tx: Tx, caller: Caller, meetingId: string) {
  const handler = await withBodyIds(tx, caller);
  return { handler, meeting: await loadMeeting(tx, handler, meetingId, Action.MeetingHandlePlan) };
}

/** Blank text is no text. */
const text = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

/**
 * `PUT /api/meetings/{id}/plan`: starts the plan (revision 0) or saves it. A recorded screening
 * decision must have no problem (`screeningDecisionProblems`: 422 at its fields).
 */
export async function saveSecurityPlan(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
  body: SavePlanBody,
): Promise<SecurityPlan> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const { handler, meeting } = await meetingToHandle(tx, caller, meetingId);
    const { plan } = await startedPlan(tx, handler, meeting, now);
    assertEditable(plan, body.revision);
    const changes: Partial<SecurityPlanRow> = { updatedAt: now };
    if (body.threatAssessment !== undefined) changes.threatAssessment = text(body.threatAssessment);
    if (body.threatLevel !== undefined) changes.threatLevel = body.threatLevel;
    if (body.nationalThreatLevel !== undefined)
      changes.nationalThreatLevel = body.nationalThreatLevel as SecurityPlanRow['nationalThreatLevel'];
    if (body.lookbackDays !== undefined) changes.lookbackDays = body.lookbackDays;
    let screening: ScreeningDecision | undefined;
    if (body.screening) {
      screening = {
        decided: body.screening.decided,
        decidedBy: text(body.screening.decidedBy),
        decidedOn: body.screening.decidedOn ?? null,
        policeConsultedOn: body.screening.policeConsultedOn ?? null,
        premises: text(body.screening.premises),
        reasons: text(body.screening.reasons),
      };
      const problems = screeningDecisionProblems(meeting, screening);
      if (problems.length > 0) throw ruleViolation(fieldsOf(problems, screeningProblemFields));
      Object.assign(changes, {
        screeningDecided: screening.decided,
        screeningDecidedBy: screening.decidedBy,
        screeningDecidedOn: screening.decidedOn,
        policeConsultedOn: screening.policeConsultedOn,
        screeningPremises: screening.premises,
        screeningReasons: screening.reasons,
      });
    }
    if (body.evacuation)
      Object.assign(changes, {
        evacuationLeadsOfficials: text(body.evacuation.leadsOfficials),
        evacuationLeadsPublic: text(body.evacuation.leadsPublic),
        whoCallsPolice: text(body.evacuation.whoCallsPolice),
        evacuationRoutes: text(body.evacuation.routes),
        evacuationMeetingPoint: text(body.evacuation.meetingPoint),
        evacuationNotes: text(body.evacuation.notes),
      });
    const saved = await updatePlanAtRevision(tx, handler.organisationId, plan.id, body.revision, changes);
    if (!saved) throw new AppError('conflict');
    const fields = Object.keys(body)
      .filter((key) => key !== 'revision')
      .sort()
      .join(',');
    await audit(tx, handler, now, {
      action: AuditAction.MeetingPlanUpdate,
      recordType: 'meeting',
      recordId: meeting.id,
      details: { plan: plan.id, fields, revision: saved.revision },
    });
    const before = screeningOf(plan);
    if (screening && JSON.stringify(screening) !== JSON.stringify(before))
      await audit(tx, handler, now, {
        action: AuditAction.MeetingScreeningDecision,
        recordType: 'meeting',
        recordId: meeting.id,
        details: { plan: plan.id, decided: screening.decided },
      });
    return await securityPlanView(
      tx,
      handler,
      meeting,
      saved,
      await templateFor(tx, handler.organisationId, saved, now),
      now,
    );
  });
}

/**
 * `PUT /api/meetings/{id}/plan/checklist/{itemId}`: marks one item of the plan's template version
 * (404 for an item it does not have). Allowed on an approved plan; the revision is not touched, so
 * marks made on the day do not make anyone's open plan stale.
 */
export async function markChecklistItem(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
  itemId: string,
  body: UpdateChecklistItemBody,
) {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const { handler, meeting } = await meetingToHandle(tx, caller, meetingId);
    const { plan } = await startedPlan(tx, handler, meeting, now);
    const template = await loadChecklistTemplate(tx, handler.organisationId, plan.checklistTemplateId);
    if (!template.template.items.some((item) => item.id === itemId)) throw notFound();
    await upsertChecklistMark(tx, {
      organisationId: handler.organisationId,
      planId: plan.id,
      itemId,
      status: body.status,
      note: text(body.note),
      userId: handler.userId,
      now,
    });
    await audit(tx, handler, now, {
      action: AuditAction.MeetingPlanUpdate,
      recordType: 'meeting',
      recordId: meeting.id,
      details: { plan: plan.id, checklistItem: itemId, status: body.status },
    });
    return await checklistViewOf(tx, handler.organisationId, plan, template);
  });
}

/**
 * `PUT /api/meetings/{id}/plan/staff`: the whole staffing list. A `userId` must be an active user
 * of the organisation (422 at `staff.{n}.userId`).
 */
export async function savePlanStaff(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
  body: SavePlanStaffBody,
): Promise<SecurityPlan> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const { handler, meeting } = await meetingToHandle(tx, caller, meetingId);
    const { plan } = await startedPlan(tx, handler, meeting, now);
    assertEditable(plan, body.revision);
    const userIds = body.staff.flatMap((row) => (row.userId ? [row.userId] : []));
    const active = await findActiveUserIds(tx, handler.organisationId, userIds);
    const unknown: Record<string, FieldMessage> = {};
    body.staff.forEach((row, index) => {
      if (row.userId && !active.has(row.userId))
        unknown[`staff.${index}.userId`] = {
          sv: 'Personen har inget aktivt konto i organisationen.',
          en: 'The person has no active account in the organisation.',
        };
    });
    if (Object.keys(unknown).length > 0) throw ruleViolation(unknown);
    const saved = await updatePlanAtRevision(tx, handler.organisationId, plan.id, body.revision, {
      updatedAt: now,
    });
    if (!saved) throw new AppError('conflict');
    await replacePlanStaff(
      tx,
      handler.organisationId,
      plan.id,
      body.staff.map((row) => ({
        kind: row.kind,
        name: row.name,
        phone: text(row.phone),
        note: text(row.note),
        userId: row.userId ?? null,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await audit(tx, handler, now, {
      action: AuditAction.MeetingPlanUpdate,
      recordType: 'meeting',
      recordId: meeting.id,
      details: { plan: plan.id, fields: 'staff', staff: body.staff.length, revision: saved.revision },
    });
    return await securityPlanView(
      tx,
      handler,
      meeting,
      saved,
      await templateFor(tx, handler.organisationId, saved, now),
      now,
    );
  });
}

/**
 * A change of the plan's status at the caller's revision: `check` refuses what may not change
 * (it throws), then the plan is updated, the change audited and the plan answered.
 */
async function changePlanStatus(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
  body: PlanStatusBody,
  change: {
    readonly action: AuditAction;
    readonly check: (
      meeting: MeetingRow,
      plan: SecurityPlanRow | undefined,
      tx: Tx,
      organisationId: string,
    ) => Promise<SecurityPlanRow>;
    readonly values: (handler: Caller, now: Date) => Partial<SecurityPlanRow>;
  },
): Promise<SecurityPlan> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const { handler, meeting } = await meetingToHandle(tx, caller, meetingId);
    const found = await findPlanOfMeeting(tx, handler.organisationId, meeting.id);
    const plan = await change.check(meeting, found, tx, handler.organisationId);
    const saved = await updatePlanAtRevision(tx, handler.organisationId, plan.id, body.revision, {
      ...change.values(handler, now),
      updatedAt: now,
    });
    if (!saved) throw new AppError('conflict');
    await audit(tx, handler, now, {
      action: change.action,
      recordType: 'meeting',
      recordId: meeting.id,
      details: { plan: plan.id, revision: saved.revision },
    });
    return await securityPlanView(
      tx,
      handler,
      meeting,
      saved,
      await templateFor(tx, handler.organisationId, saved, now),
      now,
    );
  });
}

/**
 * `POST /api/meetings/{id}/plan/approve`: the plan becomes approved by the caller, now, when it
 * has no approval problem (`planApprovalProblems`: 422 at the parts concerned).
 */
export async function approveSecurityPlan(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
  body: PlanStatusBody,
): Promise<SecurityPlan> {
  return await changePlanStatus(ctx, caller, meetingId, body, {
    action: AuditAction.MeetingPlanApprove,
    check: async (meeting, plan, tx, organisationId) => {
      if (plan) assertEditable(plan, body.revision);
      else if (body.revision !== 0) throw new AppError('conflict');
      const staff = plan ? await findPlanStaff(tx, organisationId, plan.id) : [];
      const problems = planApprovalProblems(meeting, plan, staff.length);
      if (!plan || problems.length > 0) throw ruleViolation(fieldsOf(problems, approvalProblemFields));
      return plan;
    },
    values: (handler, now) => ({
      status: SecurityPlanStatus.Approved,
      approvedByUserId: handler.userId,
      approvedAt: now,
    }),
  });
}

/**
 * `POST /api/meetings/{id}/plan/reopen`: an approved plan becomes a draft again (the approval is
 * cleared; the audit trail keeps it). A plan that is not approved answers 409.
 */
export async function reopenSecurityPlan(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
  body: PlanStatusBody,
): Promise<SecurityPlan> {
  return await changePlanStatus(ctx, caller, meetingId, body, {
    action: AuditAction.MeetingPlanReopen,
    check: (_meeting, plan) => {
      if (plan?.status !== SecurityPlanStatus.Approved || plan.revision !== body.revision)
        throw new AppError('conflict');
      return Promise.resolve(plan);
    },
    values: () => ({ status: SecurityPlanStatus.Draft, approvedByUserId: null, approvedAt: null }),
  });
}
