import { z } from 'zod';
import {
  ChecklistGroup,
  ChecklistItemStatus,
  maxChecklistItems,
  maxChecklistItemTextLength,
  maxPlanStaff,
  MeetingType,
  RiskLevel,
  ScreeningProblem,
  SecurityPlanStatus,
  securityPlanTextLimits,
  Severity,
  StaffingKind,
  threatLookbackDayRange,
  Urgency,
} from '@varn/domain';
import { idSchema, phoneSchema, timestampSchema } from '../common';
import { dateSchema } from '../measures';

/*
 * Meetings: the security plan (issue 10 §2) — the checklist template's versions, the plan read by
 * parts according to the caller's role (policy `securityPlanPartReadActions`), its changes, the
 * staffing, the approval — and each person's calendar feed (§4) and meetings in figures for
 * viewers. Rules come from `packages/domain/src/meetings/`.
 */

const personRef = z.object({ id: z.uuid(), name: z.string() });
const bilingual = z.object({ sv: z.string(), en: z.string() });
/** Optional text of a form: `null` or `""` clears it. */
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

// — Checklist templates (versioned data, as Riskguide templates: ADR 009) —

/** One item of a checklist template version (domain `ChecklistTemplateItem`). */
export const checklistTemplateItemSchema = z.strictObject({
  /** Stable across versions: a slug (domain `isChecklistItemId`, checked by `checklistTemplateProblems`). */
  id: z.string().max(40),
  group: z.enum(ChecklistGroup),
  /** Blank or too long texts are reported by `checklistTemplateProblems` (422 with the problems). */
  text: z.strictObject({
    sv: z.string().max(maxChecklistItemTextLength * 2),
    en: z.string().max(maxChecklistItemTextLength * 2),
  }),
});

export type ChecklistTemplateItem = z.infer<typeof checklistTemplateItemSchema>;

/** One stored version of the organisation's checklist template. */
export const checklistTemplateVersionSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    current: z.boolean().describe('The newest version: plans started from now on use it'),
    createdAt: z.iso.datetime(),
    createdBy: personRef.nullable().describe('null for the default seeded by Värn'),
    items: z.array(checklistTemplateItemSchema),
    plans: z.number().int().describe('Security plans that use this version'),
  })
  .meta({ id: 'ChecklistTemplateVersion' });

export type ChecklistTemplateVersion = z.infer<typeof checklistTemplateVersionSchema>;

/** `GET /api/meeting-templates`: the stored versions, newest first (the default v1 is always there). */
export const checklistTemplateListSchema = z
  .object({ templates: z.array(checklistTemplateVersionSchema) })
  .meta({ id: 'ChecklistTemplateList' });

export type ChecklistTemplateList = z.infer<typeof checklistTemplateListSchema>;

/**
 * `POST /api/meeting-templates` (admin): a new version, made from `basedOnVersion` (which must be
 * the newest, else 409) with the items edited. 422 with the domain's `checklistTemplateProblems`
 * (one field per problem path, e.g. `items[3].text.en`). Plans already started keep their version.
 */
export const createChecklistTemplateBodySchema = z
  .strictObject({
    basedOnVersion: z.number().int().min(1),
    items: z.array(checklistTemplateItemSchema).max(maxChecklistItems * 2),
  })
  .meta({ id: 'CreateChecklistTemplateBody' });

export type CreateChecklistTemplateBody = z.infer<typeof createChecklistTemplateBodySchema>;

// — The security plan, read by parts —

/** An incident linked to the meeting (by a matter's diary number, within the lookback window): no names. */
export const planLinkedIncidentSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    reportedAt: z.iso.datetime(),
    severity: z.enum(Severity).nullable().describe('null: not triaged yet'),
    categories: z.array(z.string()).describe('Codes of the report lists'),
  })
  .meta({ id: 'PlanLinkedIncident' });

/** An open signal that names the meeting (its id or title) or one of its matters' diary numbers. */
export const planOpenSignalSchema = z
  .object({
    id: z.uuid(),
    urgency: z.enum(Urgency),
    createdAt: z.iso.datetime(),
    text: z.string(),
    matterReference: z.string().nullable(),
    meetingReference: z.string().nullable(),
  })
  .meta({ id: 'PlanOpenSignal' });

/** The threat picture (hotbild): only with `meeting.read_threat` (the security unit). */
export const threatPictureSchema = z
  .object({
    assessment: z.string().nullable().describe("The unit's written assessment"),
    level: z.enum(RiskLevel).nullable().describe('The level the written assessment comes to'),
    lookbackDays: z.number().int(),
    window: z.object({ from: z.iso.datetime(), to: z.iso.datetime() }),
    linkedIncidents: z.array(planLinkedIncidentSchema),
    nationalThreatLevel: z.object({
      noted: z.number().int().min(1).max(5).nullable().describe('As the unit noted it in the plan'),
      atTheTime: z
        .number()
        .int()
        .min(1)
        .max(5)
        .nullable()
        .describe("From the recorded history, at the threat picture's time (domain `threatPictureTime`)"),
    }),
    openSignals: z.array(planOpenSignalSchema),
  })
  .meta({ id: 'PlanThreatPicture' });

export type ThreatPicture = z.infer<typeof threatPictureSchema>;

/** One staffing row: only with `meeting.read_staffing` (names and phone numbers). */
export const planStaffSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(StaffingKind),
    name: z.string(),
    phone: z.string().nullable(),
    note: z.string().nullable(),
    userId: z.uuid().nullable().describe("The person's account, when a member of the unit staffs it"),
  })
  .meta({ id: 'PlanStaff' });

export type PlanStaff = z.infer<typeof planStaffSchema>;

/** domain `EvacuationPlanPart`, in the order they are printed. */
const evacuationPart = z.enum(['leads_officials', 'leads_public', 'calls_police', 'routes', 'meeting_point']);

/** The evacuation plan (the practical part): with `meeting.read_practical`. */
export const evacuationPlanSchema = z
  .object({
    leadsOfficials: z.string().nullable(),
    leadsPublic: z.string().nullable(),
    whoCallsPolice: z.string().nullable(),
    routes: z.string().nullable(),
    meetingPoint: z.string().nullable(),
    notes: z.string().nullable(),
    gaps: z.array(evacuationPart).describe('Parts not filled in (domain `evacuationPlanGaps`)'),
    venue: z
      .object({
        id: z.uuid(),
        name: z.string(),
        address: z.string().nullable(),
        evacuationRoutes: z.string().nullable(),
        assemblyPoint: z.string().nullable(),
        hasFloorPlan: z.boolean(),
      })
      .nullable()
      .describe("The venue register's routes and assembly point, for reference"),
  })
  .meta({ id: 'PlanEvacuation' });

export type EvacuationPlanView = z.infer<typeof evacuationPlanSchema>;

/** The screening decision in brief (the practical part: whether the public is screened, where). */
export const screeningBriefSchema = z
  .object({
    possible: z.boolean().describe('Whether lag (2010:294) allows screening at this meeting'),
    decided: z.boolean().nullable().describe('null: no decision recorded; true: screening ordered'),
    premises: z.string().nullable(),
  })
  .meta({ id: 'PlanScreeningBrief' });

/** The screening decision in full (lag 2010:294, 2 §): with `meeting.handle_plan`. */
export const screeningDecisionSchema = z
  .object({
    possible: z.boolean(),
    decided: z.boolean().nullable(),
    decidedBy: z.string().nullable(),
    decidedOn: z.string().nullable().describe('YYYY-MM-DD'),
    policeConsultedOn: z.string().nullable().describe('YYYY-MM-DD'),
    premises: z.string().nullable(),
    reasons: z.string().nullable(),
    problems: z.array(z.enum(ScreeningProblem)).describe('domain `screeningDecisionProblems`'),
  })
  .meta({ id: 'PlanScreeningDecision' });

/** One checklist item of the plan's template version, with its status. */
export const planChecklistItemSchema = z
  .object({
    id: z.string(),
    group: z.enum(ChecklistGroup),
    text: bilingual,
    status: z.enum(ChecklistItemStatus).nullable().describe('null: not marked yet (counts as open)'),
    note: z.string().nullable(),
    setBy: personRef.nullable(),
    setAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PlanChecklistItem' });

export type PlanChecklistItem = z.infer<typeof planChecklistItemSchema>;

/** domain `ChecklistProgress`. */
export const checklistProgressSchema = z
  .object({
    done: z.number().int(),
    notApplicable: z.number().int(),
    open: z.number().int(),
    total: z.number().int(),
  })
  .meta({ id: 'PlanChecklistProgress' });

/** The checklist with progress: with `meeting.handle_plan`. */
export const planChecklistSchema = z
  .object({
    templateVersion: z
      .number()
      .int()
      .describe('The version the plan was started on (kept when a new one comes)'),
    items: z.array(planChecklistItemSchema),
    progress: checklistProgressSchema,
  })
  .meta({ id: 'PlanChecklist' });

/** Why a plan cannot be approved yet. */
export const PlanApprovalProblem = {
  /** No threat level is written (the unit's assessment is the plan's reason). */
  MissingThreatLevel: 'missing_threat_level',
  /** A part of the evacuation plan is blank (domain `evacuationPlanGaps`). */
  EvacuationGaps: 'evacuation_gaps',
  /** The screening decision has problems (domain `screeningDecisionProblems`). */
  ScreeningProblems: 'screening_problems',
  /** Nobody is staffed. */
  NoStaff: 'no_staff',
} as const;
export type PlanApprovalProblem = (typeof PlanApprovalProblem)[keyof typeof PlanApprovalProblem];

/**
 * `GET /api/meetings/{id}/plan` (and the answer of every plan change): the parts the caller may
 * read; a part the caller may not read is `null` (never an empty value that could be mistaken for
 * "nothing there"). Before the plan is started (`started: false`) the view shows what a new plan
 * would start from: the current template's checklist, the computed threat picture, the venue.
 */
export const securityPlanSchema = z
  .object({
    meetingId: z.uuid(),
    started: z.boolean().describe('Whether the plan has been saved once'),
    revision: z.number().int().describe('Send it back with each change (409 when someone saved in between)'),
    status: z.enum(SecurityPlanStatus),
    approvedBy: personRef.nullable(),
    approvedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime().nullable(),
    threatPicture: threatPictureSchema.nullable().describe('meeting.read_threat'),
    staffing: z.array(planStaffSchema).nullable().describe('meeting.read_staffing'),
    evacuation: evacuationPlanSchema.nullable().describe('meeting.read_practical'),
    screeningBrief: screeningBriefSchema.nullable().describe('meeting.read_practical'),
    screening: screeningDecisionSchema.nullable().describe('meeting.handle_plan'),
    checklist: planChecklistSchema.nullable().describe('meeting.handle_plan'),
    approvalProblems: z
      .array(z.enum(PlanApprovalProblem))
      .nullable()
      .describe('meeting.handle_plan: empty when the plan can be approved'),
    canEdit: z.boolean().describe('The caller may change the plan (meeting.handle_plan)'),
  })
  .meta({ id: 'SecurityPlan' });

export type SecurityPlan = z.infer<typeof securityPlanSchema>;

const screeningBodySchema = z.strictObject({
  decided: z.boolean().nullable(),
  decidedBy: optionalText(securityPlanTextLimits.screeningDecidedBy),
  decidedOn: dateSchema.nullable().optional(),
  policeConsultedOn: dateSchema.nullable().optional(),
  premises: optionalText(securityPlanTextLimits.screeningPremises),
  reasons: optionalText(securityPlanTextLimits.screeningReasons),
});

const evacuationBodySchema = z.strictObject({
  leadsOfficials: optionalText(securityPlanTextLimits.evacuationRole),
  leadsPublic: optionalText(securityPlanTextLimits.evacuationRole),
  whoCallsPolice: optionalText(securityPlanTextLimits.evacuationRole),
  routes: optionalText(securityPlanTextLimits.evacuationRoutes),
  meetingPoint: optionalText(securityPlanTextLimits.evacuationMeetingPoint),
  notes: optionalText(securityPlanTextLimits.evacuationNotes),
});

/**
 * `PUT /api/meetings/{id}/plan`: starts the plan (revision 0) or saves it. `revision` is the one
 * the client last read: 409 `conflict` when someone saved in between. A part left out is kept as
 * it is; within `screening` and `evacuation`, a field left out is cleared. An approved plan
 * answers 409 `plan_approved` (reopen it first). A screening decision with problems (domain
 * `screeningDecisionProblems`) answers 422 with one field per problem under `screening`.
 */
export const savePlanBodySchema = z
  .strictObject({
    revision: z.number().int().min(0),
    threatAssessment: optionalText(securityPlanTextLimits.threatAssessment),
    threatLevel: z.enum(RiskLevel).nullable().optional(),
    nationalThreatLevel: z.number().int().min(1).max(5).nullable().optional(),
    lookbackDays: z.number().int().min(threatLookbackDayRange.min).max(threatLookbackDayRange.max).optional(),
    screening: screeningBodySchema.optional(),
    evacuation: evacuationBodySchema.optional(),
  })
  .meta({ id: 'SavePlanBody' });

export type SavePlanBody = z.infer<typeof savePlanBodySchema>;

/** Path of one checklist item of a meeting's plan. */
export const planChecklistItemParamsSchema = z.strictObject({
  id: idSchema,
  itemId: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/u, { message: 'invalid_format' }),
});

/**
 * `PUT /api/meetings/{id}/plan/checklist/{itemId}`: marks one item (by whom and when is recorded).
 * Allowed on an approved plan too: items such as "premises searched" are done on the day. Starts
 * the plan when it has not been started. Answers the checklist with its progress. 404 for an item
 * the plan's template version does not have.
 */
export const updateChecklistItemBodySchema = z
  .strictObject({
    status: z.enum(ChecklistItemStatus),
    note: optionalText(securityPlanTextLimits.checklistNote),
  })
  .meta({ id: 'UpdateChecklistItemBody' });

export type UpdateChecklistItemBody = z.infer<typeof updateChecklistItemBodySchema>;

/** One staffing row as sent. */
export const planStaffInputSchema = z.strictObject({
  kind: z.enum(StaffingKind),
  name: z.string().trim().min(1).max(securityPlanTextLimits.staffName),
  phone: phoneSchema.nullable().optional(),
  note: optionalText(securityPlanTextLimits.staffNote),
  userId: idSchema.nullable().optional(),
});

/**
 * `PUT /api/meetings/{id}/plan/staff`: the whole staffing list in order (replaces it), with the
 * plan's revision (409 when stale; 409 `plan_approved` on an approved plan). A `userId` must be an
 * active user of the organisation. Answers the plan.
 */
export const savePlanStaffBodySchema = z
  .strictObject({
    revision: z.number().int().min(0),
    staff: z.array(planStaffInputSchema).max(maxPlanStaff),
  })
  .meta({ id: 'SavePlanStaffBody' });

export type SavePlanStaffBody = z.infer<typeof savePlanStaffBodySchema>;

/**
 * `POST /api/meetings/{id}/plan/approve` and `…/plan/reopen`, with the revision the approver read
 * (409 when stale). Approving needs no `approvalProblems` (422 with them otherwise); reopening an
 * approved plan makes it a draft again (approver and time are cleared, the audit trail keeps them).
 */
export const planStatusBodySchema = z
  .strictObject({ revision: z.number().int().min(0) })
  .meta({ id: 'PlanStatusBody' });

export type PlanStatusBody = z.infer<typeof planStatusBodySchema>;

// — Calendar feed (issue 10 §4) —

/** `GET /api/calendar-feed`: whether the caller has a feed in use, and since when. Never the address. */
export const calendarFeedSchema = z
  .object({
    active: z.boolean(),
    createdAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'CalendarFeed' });

export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

/**
 * `POST /api/calendar-feed` (201): a new secret address, shown this once (only its SHA-256 is
 * kept); any earlier feed of the caller stops working. `DELETE` revokes it (the address then
 * answers 404).
 */
export const createdCalendarFeedSchema = z
  .object({
    url: z.string().describe('The secret address: https://…/api/calendar/{token}.ics'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'CreatedCalendarFeed' });

export type CreatedCalendarFeed = z.infer<typeof createdCalendarFeedSchema>;

/** Path of `GET /api/calendar/{token}.ics` (no session): the token is 43 base64url characters. */
export const calendarTokenParamsSchema = z.strictObject({
  token: z.string().max(200),
});

// — Meetings in figures (viewers) —

/** `GET /api/meetings/summary` query: the period, by default the coming 12 months. */
export const meetingsSummaryQuerySchema = z.strictObject({
  from: timestampSchema.optional(),
  to: timestampSchema.optional(),
});

export type MeetingsSummaryQuery = z.infer<typeof meetingsSummaryQuerySchema>;

const levelCounts = z.object({
  low: z.number().int(),
  moderate: z.number().int(),
  high: z.number().int(),
  none: z.number().int().describe('Not assessed'),
});

/**
 * Meetings in figures (`meeting.summary`): counts only — never a title, a name or a place. The
 * period's planned and held meetings (cancelled ones left out) by month of their start in Sweden
 * and by risk level, and how many have an approved plan.
 */
export const meetingsSummarySchema = z
  .object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    meetings: z.number().int(),
    byLevel: levelCounts,
    byMonth: z.array(levelCounts.extend({ month: z.string().describe('YYYY-MM') })),
    byType: z.array(z.object({ type: z.enum(MeetingType), count: z.number().int() })),
    plans: z.object({
      approved: z.number().int(),
      draft: z.number().int(),
      none: z.number().int(),
    }),
  })
  .meta({ id: 'MeetingsSummary' });

export type MeetingsSummary = z.infer<typeof meetingsSummarySchema>;
