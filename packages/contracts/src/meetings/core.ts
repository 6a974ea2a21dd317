import { z } from 'zod';
import {
  allowedFloorPlanTypes,
  BodyAssignment,
  BodyKind,
  bodyTextLimits,
  KeyPersonRole,
  maxAgendaItems,
  maxAudience,
  maxMeetingHours,
  maxMeetingImportRows,
  maxVenueRooms,
  MeetingStatus,
  meetingTextLimits,
  MeetingType,
  RiskLevel,
  SecurityPlanStatus,
  venueTextLimits,
} from '@varn/domain';
import { bothDates, idSchema, timestampSchema } from '../common';
import { dateSchema } from '../measures';
import { createMatterBodySchema, titleWarningSchema } from '../riskguide/matters';
import { optionalText, person } from '../riskguide/shared';

// Meetings and events (issue 10 §1, ADR 017): bodies, venues, meetings with their agendas and
// risk, agenda and iCalendar imports, and the national terror threat level. The security plan,
// the live log and the review are in `plan.ts` and `log.ts`.

// — Bodies (organ) —

/** A member of a body: a user with an assignment (ledamot, ersättare, ordförande, vice ordförande). */
export const bodyMemberSchema = z
  .object({ userId: z.uuid(), name: z.string(), assignment: z.enum(BodyAssignment) })
  .meta({ id: 'BodyMember' });

export type BodyMember = z.infer<typeof bodyMemberSchema>;

/** A body that holds meetings. */
export const bodySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(BodyKind),
    position: z.number().int(),
    archived: z.boolean(),
    members: z.array(bodyMemberSchema),
  })
  .meta({ id: 'Body' });

export type Body = z.infer<typeof bodySchema>;

/** `GET /api/bodies`: the organisation's bodies in their order, archived last, with their members. */
export const bodyListSchema = z.object({ bodies: z.array(bodySchema) }).meta({ id: 'BodyList' });

export type BodyList = z.infer<typeof bodyListSchema>;

const bodyFields = {
  name: z.string().trim().min(1).max(bodyTextLimits.name),
  kind: z.enum(BodyKind),
  /** The order in lists, lowest first. */
  position: z.number().int().min(0).max(10_000).optional(),
};

/** `POST /api/bodies` (admin). A name already used (any case) answers 422 `name_taken`. */
export const createBodyBodySchema = z.strictObject(bodyFields).meta({ id: 'CreateBodyBody' });

export type CreateBodyBody = z.infer<typeof createBodyBodySchema>;

/** `PATCH /api/bodies/{id}` (admin): only the fields sent change. */
export const updateBodyBodySchema = z
  .strictObject({
    name: bodyFields.name.optional(),
    kind: bodyFields.kind.optional(),
    position: bodyFields.position,
    archived: z.boolean().optional(),
  })
  .meta({ id: 'UpdateBodyBody' });

export type UpdateBodyBody = z.infer<typeof updateBodyBodySchema>;

/** Most members of one body (a large fullmäktige with its substitutes). */
export const maxBodyMembers = 500;

/**
 * `PUT /api/bodies/{id}/members` (admin): the body's whole member list, replacing the old one.
 * Each user at most once; an unknown or inactive user answers 422 on `members.N.userId`.
 */
export const putBodyMembersBodySchema = z
  .strictObject({
    members: z
      .array(z.strictObject({ userId: idSchema, assignment: z.enum(BodyAssignment) }))
      .max(maxBodyMembers)
      .refine((members) => new Set(members.map((member) => member.userId)).size === members.length, {
        message: 'duplicate_member',
      }),
  })
  .meta({ id: 'PutBodyMembersBody' });

export type PutBodyMembersBody = z.infer<typeof putBodyMembersBodySchema>;

// — Venues (lokalregister) —

/** A venue's floor plan, described (the file itself: `GET /api/venues/{id}/floor-plan`). */
export const floorPlanSchema = z
  .object({
    fileName: z.string(),
    contentType: z.string().describe(`One of ${allowedFloorPlanTypes.join(', ')}`),
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.iso.datetime(),
    uploadedBy: person.nullable(),
  })
  .meta({ id: 'FloorPlan' });

export type FloorPlan = z.infer<typeof floorPlanSchema>;

/** One venue of the list: what a meeting form needs to pick it. */
export const venueSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    address: z.string().nullable(),
    rooms: z.array(z.string()),
    capacity: z.number().int().nullable(),
    archived: z.boolean(),
    hasFloorPlan: z.boolean(),
  })
  .meta({ id: 'VenueSummary' });

export type VenueSummary = z.infer<typeof venueSummarySchema>;

/** `GET /api/venues`: active venues by name, archived last. */
export const venueListSchema = z.object({ venues: z.array(venueSummarySchema) }).meta({ id: 'VenueList' });

export type VenueList = z.infer<typeof venueListSchema>;

/** `GET /api/venues/{id}`: the venue with its security details. */
export const venueSchema = z
  .object({
    ...venueSummarySchema.shape,
    entrances: z.string().nullable(),
    evacuationRoutes: z.string().nullable(),
    assemblyPoint: z.string().nullable(),
    floorPlan: floorPlanSchema.nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Venue' });

export type Venue = z.infer<typeof venueSchema>;

const venueFields = {
  name: z.string().trim().min(1).max(venueTextLimits.name),
  address: optionalText(venueTextLimits.address),
  rooms: z.array(z.string().trim().min(1).max(venueTextLimits.room)).max(maxVenueRooms).optional(),
  entrances: optionalText(venueTextLimits.entrances),
  evacuationRoutes: optionalText(venueTextLimits.evacuationRoutes),
  assemblyPoint: optionalText(venueTextLimits.assemblyPoint),
  capacity: z.number().int().min(0).max(maxAudience).nullable().optional(),
};

/** `POST /api/venues` (admin, security unit). */
export const createVenueBodySchema = z.strictObject(venueFields).meta({ id: 'CreateVenueBody' });

export type CreateVenueBody = z.infer<typeof createVenueBodySchema>;

/** `PATCH /api/venues/{id}`: only the fields sent change; `archived` hides it from new meetings. */
export const updateVenueBodySchema = z
  .strictObject({ ...venueFields, name: venueFields.name.optional(), archived: z.boolean().optional() })
  .meta({ id: 'UpdateVenueBody' });

export type UpdateVenueBody = z.infer<typeof updateVenueBodySchema>;

// — Meetings —

/** Why a meeting has its risk level (domain `MeetingRiskReason`), as the API shows it. */
export const meetingRiskReasonSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('agenda_item'),
      level: z.enum(RiskLevel),
      matterId: z.uuid(),
      title: z.string(),
      source: z.enum(['assessment', 'screening']),
    }),
    z.object({ kind: z.literal('threat_picture'), level: z.enum(RiskLevel) }),
    z.object({
      kind: z.literal('recent_incidents'),
      level: z.enum(RiskLevel),
      count: z.number().int(),
      lookbackDays: z.number().int(),
      incidentIds: z
        .array(z.uuid())
        .nullable()
        .describe('Null unless the caller may read the threat picture (security unit)'),
    }),
    z.object({
      kind: z.literal('agenda_items_not_assessed'),
      level: z.null(),
      count: z.number().int(),
      matterIds: z.array(z.uuid()),
    }),
  ])
  .meta({ id: 'MeetingRiskReason' });

export type MeetingRiskReasonView = z.infer<typeof meetingRiskReasonSchema>;

/** A meeting's risk: the highest level of its sources (null: not assessed) and why, highest first. */
export const meetingRiskSchema = z
  .object({ level: z.enum(RiskLevel).nullable(), reasons: z.array(meetingRiskReasonSchema) })
  .meta({ id: 'MeetingRisk' });

export type MeetingRiskView = z.infer<typeof meetingRiskSchema>;

/** One meeting of the list and the risk heat calendar. */
export const meetingListItemSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(MeetingType),
    title: z.string(),
    status: z.enum(MeetingStatus),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    isPublic: z.boolean(),
    body: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    venue: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    room: z.string().nullable(),
    agendaItemCount: z.number().int(),
    risk: meetingRiskSchema,
    planStatus: z.enum(SecurityPlanStatus).nullable().describe('Null: no security plan started'),
  })
  .meta({ id: 'MeetingListItem' });

export type MeetingListItem = z.infer<typeof meetingListItemSchema>;

/** `GET /api/meetings`: one page of meetings (by start time) and `total`, how many match. */
export const meetingListSchema = z
  .object({ meetings: z.array(meetingListItemSchema), total: z.number().int() })
  .meta({ id: 'MeetingList' });

export type MeetingList = z.infer<typeof meetingListSchema>;

/**
 * `GET /api/meetings` filters: meetings that overlap [`from`, `to`) (times with offset), of a
 * body, a type or a status. Officials and party contacts get only the meetings they may see.
 */
export const meetingQuerySchema = z
  .strictObject({
    from: timestampSchema.optional(),
    to: timestampSchema.optional(),
    bodyId: idSchema.optional(),
    type: z.enum(MeetingType).optional(),
    status: z.enum(MeetingStatus).optional(),
    limit: z.coerce.number().int().min(1).max(500).optional(),
    offset: z.coerce.number().int().min(0).max(100_000).optional(),
  })
  .refine((query) => !query.from || !query.to || !bothDates(query.from, query.to) || query.from < query.to, {
    message: 'date_range',
    path: ['to'],
  });

export type MeetingQuery = z.infer<typeof meetingQuerySchema>;

/** An item of a meeting's agenda: its matter and the matter's current level. */
export const agendaItemSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    note: z.string().nullable(),
    matter: z.object({
      id: z.uuid(),
      title: z.string(),
      diaryNumber: z.string().nullable(),
      body: z.string().nullable(),
      titleWarnings: z.array(titleWarningSchema),
    }),
    level: z.enum(RiskLevel).nullable().describe('Latest finished assessment, else latest screening'),
    levelSource: z.enum(['assessment', 'screening']).nullable(),
  })
  .meta({ id: 'AgendaItem' });

export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** A key person of the meeting who lacks training (domain `UntrainedKeyPerson`). */
const untrainedKeyPersonSchema = z.object({
  role: z.enum(KeyPersonRole),
  name: z.string(),
  userId: z.uuid().nullable(),
});

/** A readiness warning (domain `ReadinessWarning`). */
export const readinessWarningSchema = z
  .discriminatedUnion('code', [
    z.object({ code: z.literal('high_risk_without_plan') }),
    z.object({
      code: z.literal('plan_not_approved'),
      planStatus: z.enum(SecurityPlanStatus).nullable(),
      since: z.iso.datetime(),
      daysBefore: z.number().int(),
    }),
    z.object({ code: z.literal('untrained_key_person'), person: untrainedKeyPersonSchema }),
  ])
  .meta({ id: 'ReadinessWarning' });

export type ReadinessWarningView = z.infer<typeof readinessWarningSchema>;

/**
 * `GET /api/meetings/{id}`: the meeting, its agenda in order, its risk and — for the security unit
 * (`meeting.handle_plan`), otherwise `null` — its readiness warnings.
 */
export const meetingDetailSchema = z
  .object({
    ...meetingListItemSchema.shape,
    organiser: z.string().nullable(),
    expectedAudience: z.number().int().nullable(),
    description: z.string().nullable(),
    icalUid: z.string().nullable(),
    createdAt: z.iso.datetime(),
    createdBy: person.nullable(),
    updatedAt: z.iso.datetime(),
    agenda: z.array(agendaItemSchema),
    readinessWarnings: z.array(readinessWarningSchema).nullable(),
    canUpdate: z.boolean().describe('The caller may change the meeting and its agenda'),
  })
  .meta({ id: 'MeetingDetail' });

export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

/** Whether a meeting's end is after its start and it lasts at most `maxMeetingHours` (domain `meetingTimeProblem`). */
function timeInOrder(meeting: { startsAt?: string | undefined; endsAt?: string | undefined }): boolean {
  if (!meeting.startsAt || !meeting.endsAt || !bothDates(meeting.startsAt, meeting.endsAt)) return true;
  return Date.parse(meeting.endsAt) > Date.parse(meeting.startsAt);
}
function notTooLong(meeting: { startsAt?: string | undefined; endsAt?: string | undefined }): boolean {
  if (!meeting.startsAt || !meeting.endsAt || !bothDates(meeting.startsAt, meeting.endsAt)) return true;
  return Date.parse(meeting.endsAt) - Date.parse(meeting.startsAt) <= maxMeetingHours * 3_600_000;
}

const meetingFields = {
  type: z.enum(MeetingType),
  title: z.string().trim().min(1).max(meetingTextLimits.title),
  /** Null for a meeting of no body (a citizen dialogue, a campaign event). */
  bodyId: idSchema.nullable().optional(),
  venueId: idSchema.nullable().optional(),
  /** The room within the venue, or a place when there is no venue ("Stortorget"). */
  room: optionalText(meetingTextLimits.room),
  startsAt: timestampSchema,
  endsAt: timestampSchema,
  /** Default: domain `meetingTypeIsPublicByDefault(type)`. */
  isPublic: z.boolean().optional(),
  organiser: optionalText(meetingTextLimits.organiser),
  expectedAudience: z.number().int().min(0).max(maxAudience).nullable().optional(),
  description: optionalText(meetingTextLimits.description),
};

/**
 * `POST /api/meetings` (security unit, secretaries). An unknown or archived body or venue answers
 * 422 on `bodyId` / `venueId`.
 */
export const createMeetingBodySchema = z
  .strictObject(meetingFields)
  .refine(timeInOrder, { message: 'meeting_ends_before_start', path: ['endsAt'] })
  .refine(notTooLong, { message: 'meeting_too_long', path: ['endsAt'] })
  .meta({ id: 'CreateMeetingBody' });

export type CreateMeetingBody = z.infer<typeof createMeetingBodySchema>;

/**
 * `PATCH /api/meetings/{id}`: only the fields sent change; `status` cancels a meeting or marks it
 * held (and back to planned). When only one of the times is sent, the other is the stored one
 * (the server checks the pair again).
 */
export const updateMeetingBodySchema = z
  .strictObject({
    type: meetingFields.type.optional(),
    title: meetingFields.title.optional(),
    bodyId: meetingFields.bodyId,
    venueId: meetingFields.venueId,
    room: meetingFields.room,
    startsAt: meetingFields.startsAt.optional(),
    endsAt: meetingFields.endsAt.optional(),
    isPublic: meetingFields.isPublic,
    organiser: meetingFields.organiser,
    expectedAudience: meetingFields.expectedAudience,
    description: meetingFields.description,
    status: z.enum(MeetingStatus).optional(),
  })
  .refine(timeInOrder, { message: 'meeting_ends_before_start', path: ['endsAt'] })
  .refine(notTooLong, { message: 'meeting_too_long', path: ['endsAt'] })
  .meta({ id: 'UpdateMeetingBody' });

export type UpdateMeetingBody = z.infer<typeof updateMeetingBodySchema>;

// — The agenda —

/** An item of `PUT /api/meetings/{id}/agenda`: an existing matter, or a new one created with the agenda. */
export const agendaItemBodySchema = z.union([
  z.strictObject({ matterId: idSchema, note: optionalText(meetingTextLimits.agendaNote) }),
  z.strictObject({ newMatter: createMatterBodySchema, note: optionalText(meetingTextLimits.agendaNote) }),
]);

export type AgendaItemBody = z.infer<typeof agendaItemBodySchema>;

/**
 * `PUT /api/meetings/{id}/agenda`: the whole agenda in order, replacing the old one (create or
 * pick: `newMatter` items create their matter in the same transaction). A matter at most once;
 * an unknown matter answers 422 `unknown_matter` on `items.N.matterId`. Answers the meeting.
 */
export const putAgendaBodySchema = z
  .strictObject({
    items: z
      .array(agendaItemBodySchema)
      .max(maxAgendaItems)
      .refine(
        (items) => {
          const ids = items.flatMap((item) => ('matterId' in item ? [item.matterId] : []));
          return new Set(ids).size === ids.length;
        },
        { message: 'agenda_duplicate_matter' },
      ),
  })
  .meta({ id: 'PutAgendaBody' });

export type PutAgendaBody = z.infer<typeof putAgendaBodySchema>;

/**
 * `POST /api/meetings/{id}/agenda/import`: an agenda from text.
 *
 * - `format: 'csv'`: as the matter import (`title;diary number;body;decision date`, a header row
 *   first; `;`, `,` or tab between fields; only the title column is required).
 * - `format: 'lines'`: pasted lines, one item each; a line with a tab is `diary number<TAB>title`,
 *   else the whole line is the title. Blank lines are skipped.
 *
 * Each row picks the existing matter with the same diary number (compared without case), else a
 * new matter is created. `preview` saves nothing; `commit` appends the rows to the agenda — all
 * of them, or, when any row or the file has an error, none (422, each error at `rows.<line>.<field>` or `text`), as the
 * matter import does. At most `maxAgendaItems` items on the agenda after the import.
 */
export const importAgendaBodySchema = z
  .strictObject({
    text: z.string().max(1_000_000),
    format: z.enum(['csv', 'lines']),
    mode: z.enum(['preview', 'commit']),
  })
  .meta({ id: 'ImportAgendaBody' });

export type ImportAgendaBody = z.infer<typeof importAgendaBodySchema>;

const importProblemSchema = z.object({
  field: z.string().describe('title, diaryNumber, body, decisionDate, or "row" for the whole row'),
  message: z.string(),
});

/** A problem of a whole import file (no header, an unknown column, too many rows or events). */
const importFileErrorSchema = z.object({
  line: z.number().int(),
  column: z.string().nullable().describe('The header entry concerned, as written'),
  message: z.string(),
});

/** One row of an agenda import, by its line in the text. */
export const agendaImportRowSchema = z
  .object({
    line: z.number().int(),
    title: z.string().nullable(),
    diaryNumber: z.string().nullable(),
    body: z.string().nullable(),
    decisionDate: z.string().nullable(),
    titleWarnings: z.array(titleWarningSchema),
    errors: z.array(importProblemSchema),
    /** The existing matter with the row's diary number (preview and commit), or the one created (commit). */
    matterId: z.uuid().nullable(),
    action: z
      .enum(['existing_matter', 'new_matter'])
      .nullable()
      .describe('What the row does: picks a matter or creates one (null when the row has errors)'),
  })
  .meta({ id: 'AgendaImportRow' });

export type AgendaImportRow = z.infer<typeof agendaImportRowSchema>;

/** What an agenda import came to. */
export const agendaImportResultSchema = z
  .object({
    mode: z.enum(['preview', 'commit']),
    committed: z.boolean(),
    fileErrors: z.array(importFileErrorSchema),
    rows: z.array(agendaImportRowSchema),
    counts: z.object({
      rows: z.number().int(),
      valid: z.number().int(),
      invalid: z.number().int(),
      existingMatters: z.number().int(),
      newMatters: z.number().int(),
    }),
  })
  .meta({ id: 'AgendaImportResult' });

export type AgendaImportResult = z.infer<typeof agendaImportResultSchema>;

/**
 * `POST /api/meetings/import-ical`: the text of an .ics file (RFC 5545; at most
 * `maxMeetingImportRows` events). Every VEVENT becomes a meeting of `type` (and `bodyId`,
 * `isPublic`: the defaults of the import, as a calendar does not say them); its UID is kept, so
 * importing the same calendar again updates those meetings (title, times, place, description)
 * instead of adding them twice. A cancelled event (STATUS:CANCELLED) cancels its meeting.
 * `preview` saves nothing; `commit` saves all events or — when any has an error — none (422,
 * each error at `events.<index>.<field>` or `ics`).
 */
export const importIcalBodySchema = z
  .strictObject({
    ics: z.string().max(2_000_000),
    mode: z.enum(['preview', 'commit']),
    type: z.enum(MeetingType),
    bodyId: idSchema.nullable().optional(),
    /** Default: domain `meetingTypeIsPublicByDefault(type)`. */
    isPublic: z.boolean().optional(),
  })
  .meta({ id: 'ImportIcalBody' });

export type ImportIcalBody = z.infer<typeof importIcalBodySchema>;

/** One event of an iCalendar import. */
export const icalImportEventSchema = z
  .object({
    /** The event's position in the file, 1, 2, … */
    index: z.number().int(),
    uid: z.string().nullable(),
    title: z.string().nullable(),
    startsAt: z.iso.datetime().nullable(),
    endsAt: z.iso.datetime().nullable(),
    location: z.string().nullable(),
    cancelled: z.boolean(),
    errors: z.array(importProblemSchema.describe('field: uid, title, startsAt, endsAt, or "row"')),
    action: z
      .enum(['create', 'update'])
      .nullable()
      .describe('A new meeting, or the meeting of the same UID updated (null when the event has errors)'),
    meetingId: z.uuid().nullable().describe('The meeting of the same UID, or the one created (commit)'),
  })
  .meta({ id: 'IcalImportEvent' });

export type IcalImportEvent = z.infer<typeof icalImportEventSchema>;

/** What an iCalendar import came to. */
export const icalImportResultSchema = z
  .object({
    mode: z.enum(['preview', 'commit']),
    committed: z.boolean(),
    fileErrors: z.array(importFileErrorSchema),
    events: z.array(icalImportEventSchema),
    counts: z.object({
      events: z.number().int(),
      valid: z.number().int(),
      invalid: z.number().int(),
      create: z.number().int(),
      update: z.number().int(),
    }),
  })
  .meta({ id: 'IcalImportResult' });

export type IcalImportResult = z.infer<typeof icalImportResultSchema>;

// — The national terror threat level —

/** One recorded change of the national threat level (domain `NationalThreatLevelChange`). */
export const threatLevelChangeSchema = z
  .object({
    id: z.uuid(),
    level: z.number().int().min(1).max(5).describe('Säkerhetspolisen’s scale, 1–5'),
    changedOn: z.string().describe('The day it took effect, YYYY-MM-DD'),
    recordedAt: z.iso.datetime(),
    recordedBy: person.nullable(),
  })
  .meta({ id: 'ThreatLevelChange' });

export type ThreatLevelChange = z.infer<typeof threatLevelChangeSchema>;

/** `GET /api/threat-levels`: the level in force today (null: none recorded) and the history, newest first. */
export const threatLevelsSchema = z
  .object({
    current: z.object({ level: z.number().int(), changedOn: z.string() }).nullable(),
    history: z.array(threatLevelChangeSchema),
  })
  .meta({ id: 'ThreatLevels' });

export type ThreatLevels = z.infer<typeof threatLevelsSchema>;

/**
 * `POST /api/threat-levels` (admin, security unit): a change Säkerhetspolisen made. A day in the
 * future answers 422 `date_in_future`; a later record for the same day corrects an earlier one.
 */
export const recordThreatLevelBodySchema = z
  .strictObject({
    level: z.number().int().min(1).max(5),
    changedOn: dateSchema,
  })
  .meta({ id: 'RecordThreatLevelBody' });

export type RecordThreatLevelBody = z.infer<typeof recordThreatLevelBodySchema>;

/** Most events of one iCalendar import (domain `maxMeetingImportRows`), for the UI's hint. */
export const maxIcalImportEvents = maxMeetingImportRows;
