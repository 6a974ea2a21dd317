import { z } from 'zod';
import {
  Consequence,
  IncidentEvent,
  IncidentStatus,
  incidentTextLimits,
  MeasureStatus,
  MeasureType,
  Motive,
  NextStep,
  perpetratorIdentifierLimits,
  PlainStatus,
  PoliceReportStatus,
  Severity,
  SignalStatus,
  TargetKind,
  TargetRole,
  TimelineKind,
  Urgency,
} from '@varn/domain';
import { bothDates, idSchema, timestampSchema } from './common';
import { periodInOrder, periodOrderIssue } from './period';
import { dateSchema, measureSchema } from './measures';
import { taxonomyCodeSchema } from './taxonomy';
import { partyReadinessGapSchema } from './parties';

const text = (max: number) => z.string().trim().min(1).max(max);
const person = z.object({ id: z.uuid(), name: z.string() });

/**
 * `POST /api/incidents` (header `Idempotency-Key` recommended): the quick report. A retried
 * submission with the same key answers the incident already created instead of a duplicate.
 *
 * Only what happened (description, categories), whether it is going on and about whom are asked
 * first (issue 9 §1); the follow-up questions (role, channel, perpetrator, motive, matter, police
 * contacted, consequences, serious work incident) may be skipped: they are stored as "not stated"
 * (null) and the security unit fills them in at triage.
 */
export const reportIncidentBodySchema = z
  .strictObject({
    description: text(incidentTextLimits.description),
    /** The situation is going on now: the UI has already told the reporter to call 112. */
    ongoing: z.boolean(),
    occurredFrom: timestampSchema.optional(),
    occurredTo: timestampSchema.optional(),
    targetKind: z.enum(TargetKind),
    /** Name of the targeted person when it is not the reporter (party member, other). */
    targetName: z.string().trim().min(1).max(incidentTextLimits.targetName).optional(),
    targetRole: z.enum(TargetRole).optional(),
    categories: z.array(taxonomyCodeSchema).min(1).max(20),
    channel: taxonomyCodeSchema.optional(),
    perpetratorType: taxonomyCodeSchema.optional(),
    motive: z.enum(Motive).optional(),
    matterReference: z.string().trim().max(incidentTextLimits.matterReference).optional(),
    policeContacted: z.boolean().optional(),
    /**
     * For a party contact reporting for a member: the member consents to the contact seeing the
     * case. For an official reporting for themself: they let their party's contact see it.
     */
    partyContactConsent: z.boolean().optional(),
    consequences: z.array(z.enum(Consequence)).max(6).optional(),
    /** Staff: the incident is serious (a report to Arbetsmiljöverket is due the same day). */
    seriousWorkIncident: z.boolean().optional(),
  })
  .refine(
    (body) =>
      !body.occurredFrom ||
      !body.occurredTo ||
      !bothDates(body.occurredFrom, body.occurredTo) ||
      Date.parse(body.occurredFrom) <= Date.parse(body.occurredTo),
    {
      message: 'date_range',
      path: ['occurredTo'],
    },
  )
  .refine((body) => body.targetKind === 'self' || body.targetName !== undefined, {
    message: 'required',
    path: ['targetName'],
  })
  .meta({ id: 'ReportIncidentBody' });

export type ReportIncidentBody = z.infer<typeof reportIncidentBodySchema>;

/** The `Idempotency-Key` header: a client-generated UUID or similar opaque key. */
export const idempotencyKeySchema = z.string().regex(/^[\w-]{8,100}$/u, { message: 'invalid_format' });

/** One row of the security unit's queue or of a reporter's "my cases". */
export const incidentSummarySchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    reportedAt: z.iso.datetime(),
    status: z.enum(IncidentStatus),
    plainStatus: z.enum(PlainStatus),
    severity: z.enum(Severity).nullable(),
    ongoing: z
      .boolean()
      .describe('Going on now: reported as ongoing and still actively handled (never a closed case)'),
    categories: z.array(z.string()),
    targetRole: z.enum(TargetRole).nullable().describe('null: not stated yet'),
    excerpt: z.string().describe('The first 160 characters of the description'),
    handler: person.nullable(),
    overdueMeasures: z.number().int(),
  })
  .meta({ id: 'IncidentSummary' });

export type IncidentSummary = z.infer<typeof incidentSummarySchema>;

const incidentQueryObject = z.strictObject({
  status: z.enum(IncidentStatus).optional(),
  open: z.enum(['true', 'false']).optional().describe('Only open (not closed) cases, or only closed ones'),
  category: taxonomyCodeSchema.optional(),
  severity: z.enum(Severity).optional(),
  handlerUserId: idSchema.optional(),
  unassigned: z.enum(['true']).optional().describe('Only cases without a handler'),
  overdue: z.enum(['true']).optional().describe('Only cases with overdue measures'),
  policeUpdateDue: z
    .enum(['true'])
    .optional()
    .describe(
      "Only cases whose police report has had no status update for the organisation's reminder days (still with the police)",
    ),
  workEnvironmentDue: z
    .enum(['true'])
    .optional()
    .describe('Only cases whose report to Arbetsmiljöverket is still to be made (due today or overdue)'),
  from: timestampSchema.optional(),
  to: timestampSchema.optional(),
  /**
   * `queue` (default): what needs action first — acute and high without a handler, then by
   * severity and the longest wait; dormant and closed last (domain `queueRank`). `newest`: latest
   * report first ("my cases").
   */
  sort: z.enum(['queue', 'newest']).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(100_000).optional(),
});

/**
 * `GET /api/incidents` filters. Never by the targeted person's party (DOMAIN.md §8). Without
 * `open` or `status`, closed cases are included (last in the queue's order); the queue page asks
 * for open cases unless the user shows closed ones.
 */
export const incidentQuerySchema = incidentQueryObject.refine(periodInOrder, periodOrderIssue);

export type IncidentQuery = z.infer<typeof incidentQuerySchema>;

/** The filter of the queue that a counter or an inbox count links to (query parameters of `GET /api/incidents`). */
export const queueFilterSchema = incidentQueryObject
  .pick({
    status: true,
    open: true,
    severity: true,
    unassigned: true,
    overdue: true,
    policeUpdateDue: true,
    workEnvironmentDue: true,
  })
  .meta({ id: 'QueueFilter' });

export type QueueFilter = z.infer<typeof queueFilterSchema>;

/** Counters of the queue, over the open cases the caller may see (not just the page). */
export const incidentCountersSchema = z
  .object({
    open: z.number().int(),
    new: z.number().int().describe('Open cases with status new (not yet triaged)'),
    acute: z.number().int(),
    high: z.number().int(),
    unassigned: z.number().int().describe('Open cases without a handler'),
    overdueMeasures: z.number().int().describe('Open cases with at least one overdue measure'),
    policeUpdateDue: z.number().int().describe('Open cases whose police report has had no status update'),
    workEnvironmentDue: z
      .number()
      .int()
      .describe('Open cases whose report to Arbetsmiljöverket is due today or overdue'),
    openSignals: z.number().int(),
  })
  .meta({ id: 'IncidentCounters' });

export const incidentListSchema = z
  .object({
    incidents: z.array(incidentSummarySchema),
    total: z.number().int(),
    counters: incidentCountersSchema,
  })
  .meta({ id: 'IncidentList' });

export type IncidentList = z.infer<typeof incidentListSchema>;

export const timelineEntrySchema = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime(),
    kind: z.enum(TimelineKind),
    actor: person.nullable(),
    text: z.string().nullable(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  })
  .meta({ id: 'TimelineEntry' });

export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** An evidence file (the content is downloaded separately; every view is logged). */
export const evidenceSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.iso.datetime(),
    uploadedBy: person,
  })
  .meta({ id: 'Evidence' });

export type Evidence = z.infer<typeof evidenceSchema>;

/** One entry of a file's chain of custody. */
export const custodyEntrySchema = z
  .object({
    at: z.iso.datetime(),
    action: z.enum(['uploaded', 'viewed', 'downloaded', 'exported']),
    actor: person,
  })
  .meta({ id: 'CustodyEntry' });

export const custodySchema = z.object({ entries: z.array(custodyEntrySchema) }).meta({ id: 'Custody' });
export type Custody = z.infer<typeof custodySchema>;

/** The police report of an incident and its history. */
export const policeReportSchema = z
  .object({
    id: z.uuid(),
    reportNumber: z.string().nullable(),
    reportedOn: z.string().nullable(),
    electedRoleStated: z.boolean(),
    protectionRequested: z.boolean().describe('Åtkomstskydd requested'),
    personConsented: z
      .boolean()
      .describe('The affected person made the report or consented to it: they are told its number'),
    investigatorContact: z.string().nullable(),
    status: z.enum(PoliceReportStatus),
    statusChangedAt: z.iso.datetime(),
    reminderDue: z.boolean(),
    updateDueAt: z.iso
      .datetime()
      .nullable()
      .describe('When a status update from the police is next due (null: nothing awaited)'),
    reminderDays: z
      .number()
      .int()
      .describe("The organisation's days without a status update before a reminder"),
    history: z.array(
      z.object({
        status: z.enum(PoliceReportStatus),
        at: z.iso.datetime(),
        note: z.string().nullable(),
        actor: person.nullable(),
      }),
    ),
    linkedIncidents: z.array(z.object({ id: z.uuid(), reference: z.string() })),
  })
  .meta({ id: 'PoliceReport' });

export type PoliceReport = z.infer<typeof policeReportSchema>;

/** `PUT /api/incidents/{id}/police-report`: records or updates the report; a status change is kept in the history. */
export const policeReportBodySchema = z
  .strictObject({
    reportNumber: z.string().trim().max(60).nullable().optional(),
    reportedOn: dateSchema.nullable().optional(),
    electedRoleStated: z.boolean(),
    protectionRequested: z.boolean(),
    /** The affected person made the report or consented to it (they see its number); unchanged when left out. */
    personConsented: z.boolean().optional(),
    investigatorContact: z.string().trim().max(300).nullable().optional(),
    status: z.enum(PoliceReportStatus),
    note: z.string().trim().max(2000).optional(),
  })
  .meta({ id: 'PoliceReportBody' });

export type PoliceReportBody = z.infer<typeof policeReportBodySchema>;

/** `POST /api/incidents/{id}/police-report/links`: a later incident joins this report ("reopen with new incidents"). */
export const policeReportLinkBodySchema = z
  .strictObject({ incidentId: idSchema })
  .meta({ id: 'PoliceReportLinkBody' });

/** The report to Arbetsmiljöverket for a serious incident to staff. */
export const workEnvironmentSchema = z
  .object({
    required: z.boolean(),
    deadline: z.iso.datetime().nullable(),
    reportedAt: z.iso.datetime().nullable(),
    reportedBy: person.nullable(),
    kiaReference: z.string().nullable(),
  })
  .meta({ id: 'WorkEnvironmentReport' });

/** `POST /api/incidents/{id}/work-environment-report`. */
export const workEnvironmentBodySchema = z
  .strictObject({
    reportedAt: timestampSchema,
    kiaReference: z.string().trim().max(60).nullable().optional(),
  })
  .meta({ id: 'WorkEnvironmentBody' });

export type WorkEnvironmentBody = z.infer<typeof workEnvironmentBodySchema>;

/** What the reporter wrote, as every viewer sees it. */
const reportFields = {
  id: z.uuid(),
  reference: z.string(),
  reportedAt: z.iso.datetime(),
  reportedBy: person,
  description: z.string(),
  ongoing: z.boolean(),
  occurredFrom: z.iso.datetime().nullable(),
  occurredTo: z.iso.datetime().nullable(),
  targetKind: z.enum(TargetKind),
  targetName: z.string().nullable(),
  /** The follow-up questions the reporter may skip: null is "not stated". */
  targetRole: z.enum(TargetRole).nullable(),
  categories: z.array(z.string()),
  channel: z.string().nullable(),
  perpetratorType: z.string().nullable(),
  motive: z.enum(Motive).nullable(),
  matterReference: z.string().nullable(),
  policeContacted: z.boolean().nullable(),
  consequences: z.array(z.enum(Consequence)),
  status: z.enum(IncidentStatus),
  plainStatus: z.enum(PlainStatus),
  closedAt: z.iso.datetime().nullable(),
  partyContactConsent: z.boolean(),
  /** Whether the caller is the targeted person and may grant or withdraw consent. */
  canChangeConsent: z.boolean(),
  evidence: z.array(evidenceSchema),
};

/** A measure meant for the person (flagged "visible to the person"): never its description or owner. */
export const personMeasureSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(MeasureType).describe("The measure's title is the name of its type"),
    status: z.enum(MeasureStatus),
    dueDate: z.string().nullable(),
  })
  .meta({ id: 'PersonMeasure' });

export type PersonMeasure = z.infer<typeof personMeasureSchema>;

/**
 * `GET /api/incidents/{id}`. The security unit gets the case file (`view: unit`); the reporter,
 * the targeted person and a consenting party's contact get the report, a plain status, who handles
 * the case, the police report (its number only when the person made or consented to it), the
 * measures meant for them and the next step (`view: reporter`) — never the unit's internal notes,
 * severity or other measures.
 */
export const incidentDetailSchema = z
  .discriminatedUnion('view', [
    z.object({
      view: z.literal('reporter'),
      ...reportFields,
      handler: z.object({ name: z.string() }).nullable(),
      policeReport: z
        .object({ status: z.enum(PoliceReportStatus), reportNumber: z.string().nullable() })
        .nullable(),
      measures: z.array(personMeasureSchema),
      nextStep: z.enum(NextStep),
    }),
    z.object({
      view: z.literal('unit'),
      ...reportFields,
      severity: z.enum(Severity).nullable(),
      handler: person.nullable(),
      flags: z.object({
        unlawfulInfluence: z.boolean(),
        sexualOrSexist: z.boolean(),
        partOfSeries: z.boolean(),
        electionPeriod: z.boolean(),
      }),
      seriousWorkIncident: z.boolean(),
      closingSummary: z.string().nullable(),
      triagedAt: z.iso.datetime().nullable(),
      firstContactAt: z.iso.datetime().nullable(),
      assessedAt: z.iso.datetime().nullable(),
      allowedEvents: z.array(z.enum(IncidentEvent)),
      policeReportRecommended: z.boolean(),
      policeReport: policeReportSchema.nullable(),
      workEnvironment: workEnvironmentSchema,
      measures: z.array(measureSchema),
      timeline: z.array(timelineEntrySchema),
      linkedIncidents: z.array(
        z.object({
          id: z.uuid(),
          reference: z.string(),
          reportedAt: z.iso.datetime(),
          status: z.enum(IncidentStatus),
        }),
      ),
      perpetratorIdentifiers: z
        .array(z.string())
        .describe('What identifies the perpetrator (accounts, phone numbers, e-mail, names), normalised'),
      signalId: z.uuid().nullable(),
    }),
  ])
  .meta({ id: 'IncidentDetail' });

export type IncidentDetail = z.infer<typeof incidentDetailSchema>;
export type UnitIncidentDetail = Extract<IncidentDetail, { view: 'unit' }>;
export type ReporterIncidentDetail = Extract<IncidentDetail, { view: 'reporter' }>;

/** `PATCH /api/incidents/{id}` (security unit): triage and corrections. */
export const triageBodySchema = z
  .strictObject({
    severity: z.enum(Severity).optional(),
    categories: z.array(taxonomyCodeSchema).min(1).max(20).optional(),
    channel: taxonomyCodeSchema.optional(),
    perpetratorType: taxonomyCodeSchema.optional(),
    motive: z.enum(Motive).nullable().optional(),
    targetRole: z.enum(TargetRole).optional(),
    /** The follow-up answers the reporter skipped (or gave the unit later). */
    policeContacted: z.boolean().optional(),
    matterReference: z.string().trim().max(incidentTextLimits.matterReference).nullable().optional(),
    consequences: z.array(z.enum(Consequence)).max(6).optional(),
    handlerUserId: idSchema.nullable().optional(),
    unlawfulInfluence: z.boolean().optional(),
    sexualOrSexist: z.boolean().optional(),
    electionPeriod: z.boolean().optional(),
    /** Earlier incidents of the same series; an empty list unlinks all (part of a series follows). */
    linkedIncidentIds: z.array(idSchema).max(50).optional(),
    seriousWorkIncident: z.boolean().optional(),
    /** What identifies the perpetrator, one entry each; replaces the list (stored normalised). */
    perpetratorIdentifiers: z
      .array(z.string().trim().min(1).max(perpetratorIdentifierLimits.length))
      .max(perpetratorIdentifierLimits.count)
      .optional(),
  })
  .meta({ id: 'TriageBody' });

export type TriageBody = z.infer<typeof triageBodySchema>;

/** `POST /api/incidents/{id}/transitions`. Closing needs `summary`. */
export const transitionBodySchema = z
  .strictObject({
    event: z.enum(IncidentEvent),
    summary: z.string().max(incidentTextLimits.summary).optional(),
  })
  .meta({ id: 'TransitionBody' });

export type TransitionBody = z.infer<typeof transitionBodySchema>;

/** `POST /api/incidents/{id}/notes`: a note, a contact with the affected person, or a decision. */
export const noteBodySchema = z
  .strictObject({
    kind: z.enum([TimelineKind.Note, TimelineKind.Contact, TimelineKind.Decision]),
    text: text(incidentTextLimits.note),
    /** When the contact or decision happened, if not now. */
    at: timestampSchema.optional(),
  })
  .meta({ id: 'NoteBody' });

export type NoteBody = z.infer<typeof noteBodySchema>;

/** `POST /api/incidents/{id}/consent`: the targeted person grants or withdraws their party contact's access. */
export const consentBodySchema = z.strictObject({ consent: z.boolean() }).meta({ id: 'ConsentBody' });

/** Path of one measure of an incident. */
export const incidentMeasureParamsSchema = z.strictObject({ id: idSchema, measureId: idSchema });

/** Path of one evidence file of an incident. */
export const incidentEvidenceParamsSchema = z.strictObject({ id: idSchema, fileId: idSchema });

const durationStatsSchema = z.object({
  count: z.number().int(),
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
});
const handlingStatsSchema = z.object({
  reported: z.number().int(),
  toFirstContact: durationStatsSchema,
  toAssessed: durationStatsSchema,
  toClosed: durationStatsSchema,
});

/** Handling times: count, median and p90 (hours) from report to first contact, assessment and closing. */
export const metricsSchema = z
  .object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    overall: handlingStatsSchema,
    byCategory: z.array(handlingStatsSchema.extend({ category: z.string() })),
  })
  .meta({ id: 'HandlingTimeMetrics' });

export type Metrics = z.infer<typeof metricsSchema>;

/** The security officers a case can be assigned to. */
export const handlerListSchema = z.object({ handlers: z.array(person) }).meta({ id: 'HandlerList' });

export type HandlerList = z.infer<typeof handlerListSchema>;

/** A case in the security unit's inbox, with what makes it need action. */
export const inboxCaseSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    reportedAt: z.iso.datetime(),
    status: z.enum(IncidentStatus),
    severity: z.enum(Severity).nullable(),
    ongoing: z.boolean().describe('Going on now (never a closed case)'),
    excerpt: z.string().describe('The first 160 characters of the description'),
    handler: person.nullable(),
    overdueMeasures: z.number().int(),
    oldestOverdueDate: dateSchema.nullable().describe('The due date of the oldest overdue measure'),
    policeReport: z
      .object({ status: z.enum(PoliceReportStatus), statusChangedAt: z.iso.datetime() })
      .nullable(),
    workEnvironmentDeadline: z.iso
      .datetime()
      .nullable()
      .describe('When the report to Arbetsmiljöverket is still to be made: its deadline'),
  })
  .meta({ id: 'InboxCase' });

export type InboxCase = z.infer<typeof inboxCaseSchema>;

/** One section of the inbox: how many, the queue filter that lists them all, the first few (acute first). */
export const inboxSectionSchema = z
  .object({ count: z.number().int(), filter: queueFilterSchema, cases: z.array(inboxCaseSchema) })
  .meta({ id: 'InboxSection' });

export type InboxSection = z.infer<typeof inboxSectionSchema>;

/** An open signal in the inbox. */
export const inboxSignalSchema = z
  .object({
    id: z.uuid(),
    excerpt: z.string(),
    urgency: z.enum(Urgency),
    status: z.enum(SignalStatus),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'InboxSignal' });

/**
 * `GET /api/incidents/inbox`: the security officer's home page — new cases without a handler
 * (acute first), open signals, police reports with no status update, cases with overdue measures,
 * reports to Arbetsmiljöverket due today or overdue. Counts are over open cases.
 */
export const inboxSchema = z
  .object({
    unassigned: inboxSectionSchema,
    signals: z.object({ count: z.number().int(), signals: z.array(inboxSignalSchema) }),
    policeUpdateDue: inboxSectionSchema,
    overdueMeasures: inboxSectionSchema,
    workEnvironmentDue: inboxSectionSchema,
    policeReminderDays: z
      .number()
      .int()
      .describe("The organisation's days without a status update before a police report needs follow-up"),
    partyGaps: z
      .array(partyReadinessGapSchema)
      .describe('Parties without a security contact, a deputy or a recent contact (issue 11 §2)'),
  })
  .meta({ id: 'Inbox' });

export type Inbox = z.infer<typeof inboxSchema>;
