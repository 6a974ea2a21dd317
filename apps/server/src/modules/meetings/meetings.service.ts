import {
  Action,
  AuditAction,
  can,
  meetingListScope,
  meetingReadinessWarnings,
  meetingTimeProblem,
  meetingTypeIsPublicByDefault,
  MeetingTimeProblem,
  defaultPlanApprovalDaysBefore,
} from '@varn/domain';
import type {
  CreateMeetingBody,
  MeetingDetail,
  MeetingList,
  MeetingListItem,
  MeetingQuery,
  UpdateMeetingBody,
} from '@varn/contracts';
import type { DbOrTx, Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { notFound, ruleViolation, type FieldMessage } from '../../lib/errors';
import { audit } from '../audit';
import { findOrganisationById } from '../organisations';
import { findUserNames } from '../users';
import { findBodyById } from './bodies.repository';
import { loadMeeting, meetingCollection, meetingResource, withBodyIds } from './meeting-access';
import { meetingRiskFacts, riskView, type MeetingRiskFacts } from './meeting-risk';
import { findUntrainedKeyPeople } from './meetings.key-people';
import {
  findMeetingListRow,
  findMeetingsPage,
  insertMeetings,
  updateMeeting,
  type MeetingListRow,
  type MeetingRow,
} from './meetings.repository';
import { findVenueById } from './venues.repository';

/*
 * Meetings and events (issue 10 §1): the list and risk heat calendar (scoped by
 * `meetingListScope`), one meeting with its agenda, risk and readiness warnings, and the meeting's
 * own fields. Every read is audited.
 */

function toListItem(
  row: MeetingListRow,
  facts: MeetingRiskFacts | undefined,
  seesThreat: boolean,
): MeetingListItem {
  const { meeting } = row;
  return {
    id: meeting.id,
    type: meeting.type,
    title: meeting.title,
    status: meeting.status,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    isPublic: meeting.isPublic,
    body: meeting.bodyId && row.bodyName !== null ? { id: meeting.bodyId, name: row.bodyName } : null,
    venue: meeting.venueId && row.venueName !== null ? { id: meeting.venueId, name: row.venueName } : null,
    room: meeting.room,
    agendaItemCount: facts?.agenda.length ?? 0,
    risk: riskView(facts?.risk ?? { level: null, reasons: [] }, seesThreat),
    planStatus: row.planStatus,
  };
}

/** The threat picture's details (incident ids behind a reason) are the unit's (`meeting.read_threat`). */
const seesThreatOf = (caller: Caller, meeting: MeetingRow): boolean =>
  can(caller, Action.MeetingReadThreat, meetingResource(caller, meeting));

/** `GET /api/meetings`: a page of the meetings the caller may see, each with its risk; audited. */
export async function listMeetings(
  ctx: AppContext,
  given: Caller,
  query: MeetingQuery,
): Promise<MeetingList> {
  authorizeOrThrow(given, Action.MeetingList, meetingCollection(given));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const caller = await withBodyIds(tx, given);
    const { rows, total } = await findMeetingsPage(
      tx,
      caller.organisationId,
      meetingListScope(caller),
      {
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
        bodyId: query.bodyId,
        type: query.type,
        status: query.status,
      },
      { limit: query.limit ?? 100, offset: query.offset ?? 0 },
    );
    const facts = await meetingRiskFacts(
      tx,
      caller.organisationId,
      rows.map((row) => row.meeting),
      now,
    );
    await audit(tx, caller, now, {
      action: AuditAction.MeetingList,
      recordType: 'meeting',
      details: { count: rows.length },
    });
    return {
      meetings: rows.map((row) =>
        toListItem(row, facts.get(row.meeting.id), seesThreatOf(caller, row.meeting)),
      ),
      total,
    };
  });
}

/** The meeting as `GET /api/meetings/{id}` shows it, read in the caller's transaction. */
export async function meetingDetail(
  tx: DbOrTx,
  caller: Caller,
  meeting: MeetingRow,
  now: Date,
): Promise<MeetingDetail> {
  const row = await findMeetingListRow(tx, caller.organisationId, meeting.id);
  if (!row) throw notFound();
  const facts = (await meetingRiskFacts(tx, caller.organisationId, [row.meeting], now)).get(row.meeting.id);
  const resource = meetingResource(caller, row.meeting);
  let readinessWarnings: MeetingDetail['readinessWarnings'] = null;
  if (can(caller, Action.MeetingHandlePlan, resource)) {
    const organisation = await findOrganisationById(tx, caller.organisationId);
    readinessWarnings = meetingReadinessWarnings(
      {
        status: row.meeting.status,
        startsAt: row.meeting.startsAt,
        riskLevel: facts?.risk.level ?? null,
        plan: facts?.plan ? { status: facts.plan.status } : null,
        approveDaysBefore: organisation?.planApprovalDaysBefore ?? defaultPlanApprovalDaysBefore,
        untrainedKeyPeople: await findUntrainedKeyPeople(tx, caller.organisationId, row.meeting),
      },
      now,
    ).map((warning) =>
      warning.code === 'plan_not_approved' ? { ...warning, since: warning.since.toISOString() } : warning,
    );
  }
  const creatorId = row.meeting.createdByUserId;
  const creator = creatorId
    ? (await findUserNames(tx, caller.organisationId, [creatorId])).get(creatorId)
    : undefined;
  return {
    ...toListItem(row, facts, seesThreatOf(caller, row.meeting)),
    organiser: row.meeting.organiser,
    expectedAudience: row.meeting.expectedAudience,
    description: row.meeting.description,
    icalUid: row.meeting.icalUid,
    createdAt: row.meeting.createdAt.toISOString(),
    createdBy: creatorId && creator !== undefined ? { id: creatorId, name: creator } : null,
    updatedAt: row.meeting.updatedAt.toISOString(),
    agenda: facts?.agenda ?? [],
    readinessWarnings,
    canUpdate: can(caller, Action.MeetingUpdate, resource),
  };
}

/** `GET /api/meetings/{id}`: the meeting, its agenda, risk and (for the unit) readiness warnings; audited. */
export async function getMeeting(ctx: AppContext, given: Caller, meetingId: string): Promise<MeetingDetail> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const caller = await withBodyIds(tx, given);
    const meeting = await loadMeeting(tx, caller, meetingId, Action.MeetingRead);
    await audit(tx, caller, now, {
      action: AuditAction.MeetingRead,
      recordType: 'meeting',
      recordId: meeting.id,
    });
    return await meetingDetail(tx, caller, meeting, now);
  });
}

/** `""` clears an optional text; `undefined` (not sent) leaves it. */
const blankToNull = (value: string | null | undefined): string | null | undefined =>
  value === undefined ? undefined : value === null || value === '' ? null : value;

/**
 * The body and venue of a meeting must be the organisation's and not archived; a meeting that keeps
 * the body or venue it had may keep an archived one.
 */
export async function meetingReferenceProblems(
  tx: DbOrTx,
  organisationId: string,
  body: { bodyId?: string | null | undefined; venueId?: string | null | undefined },
  current: { bodyId: string | null; venueId: string | null } | null,
): Promise<Record<string, FieldMessage>> {
  const fields: Record<string, FieldMessage> = {};
  if (body.bodyId && body.bodyId !== current?.bodyId) {
    const found = await findBodyById(tx, organisationId, body.bodyId);
    if (!found || found.archived) fields.bodyId = 'unknown_body';
  }
  if (body.venueId && body.venueId !== current?.venueId) {
    const found = await findVenueById(tx, organisationId, body.venueId);
    if (!found || found.archived) fields.venueId = 'unknown_venue';
  }
  return fields;
}

/**
 * The field message of a problem with a meeting's start and end (domain `meetingTimeProblem`); a
 * time that is no date (NaN, which every comparison lets through) is one too.
 */
export function timeProblemField(startsAt: Date, endsAt: Date): Record<string, FieldMessage> {
  if (Number.isNaN(startsAt.getTime())) return { startsAt: 'invalid_date' };
  if (Number.isNaN(endsAt.getTime())) return { endsAt: 'invalid_date' };
  const problem = meetingTimeProblem(startsAt, endsAt);
  if (problem === MeetingTimeProblem.EndsBeforeStart) return { endsAt: 'meeting_ends_before_start' };
  if (problem === MeetingTimeProblem.TooLong) return { endsAt: 'meeting_too_long' };
  return {};
}

/** `POST /api/meetings` (security unit, secretaries). */
export async function createMeeting(
  ctx: AppContext,
  given: Caller,
  body: CreateMeetingBody,
): Promise<MeetingDetail> {
  authorizeOrThrow(given, Action.MeetingCreate, meetingCollection(given));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx: Tx) => {
    const caller = await withBodyIds(tx, given);
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    const fields = {
      ...timeProblemField(startsAt, endsAt),
      ...(await meetingReferenceProblems(tx, caller.organisationId, body, null)),
    };
    if (Object.keys(fields).length > 0) throw ruleViolation(fields);
    const [meeting] = await insertMeetings(tx, [
      {
        organisationId: caller.organisationId,
        type: body.type,
        title: body.title,
        bodyId: body.bodyId ?? null,
        venueId: body.venueId ?? null,
        room: blankToNull(body.room) ?? null,
        startsAt,
        endsAt,
        isPublic: body.isPublic ?? meetingTypeIsPublicByDefault(body.type),
        organiser: blankToNull(body.organiser) ?? null,
        expectedAudience: body.expectedAudience ?? null,
        description: blankToNull(body.description) ?? null,
        createdByUserId: caller.userId,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    if (!meeting) throw new Error('insert returned no row');
    await audit(tx, caller, now, {
      action: AuditAction.MeetingCreate,
      recordType: 'meeting',
      recordId: meeting.id,
    });
    return await meetingDetail(tx, caller, meeting, now);
  });
}

/** `PATCH /api/meetings/{id}`: only the fields sent change; a status change is audited as such. */
export async function changeMeeting(
  ctx: AppContext,
  given: Caller,
  meetingId: string,
  body: UpdateMeetingBody,
): Promise<MeetingDetail> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const caller = await withBodyIds(tx, given);
    const meeting = await loadMeeting(tx, caller, meetingId, Action.MeetingUpdate);
    const startsAt = body.startsAt ? new Date(body.startsAt) : meeting.startsAt;
    const endsAt = body.endsAt ? new Date(body.endsAt) : meeting.endsAt;
    const fields = {
      ...(body.startsAt || body.endsAt ? timeProblemField(startsAt, endsAt) : {}),
      ...(await meetingReferenceProblems(tx, caller.organisationId, body, meeting)),
    };
    if (Object.keys(fields).length > 0) throw ruleViolation(fields);
    const text = (key: 'room' | 'organiser' | 'description') =>
      body[key] !== undefined ? { [key]: blankToNull(body[key]) ?? null } : {};
    const updated = await updateMeeting(tx, caller.organisationId, meeting.id, {
      ...(body.type !== undefined ? { type: body.type } : {}),
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.bodyId !== undefined ? { bodyId: body.bodyId } : {}),
      ...(body.venueId !== undefined ? { venueId: body.venueId } : {}),
      ...text('room'),
      ...text('organiser'),
      ...text('description'),
      ...(body.startsAt !== undefined ? { startsAt } : {}),
      ...(body.endsAt !== undefined ? { endsAt } : {}),
      ...(body.isPublic !== undefined ? { isPublic: body.isPublic } : {}),
      ...(body.expectedAudience !== undefined ? { expectedAudience: body.expectedAudience } : {}),
      ...(body.status !== undefined ? { status: body.status } : {}),
      updatedAt: now,
    });
    if (!updated) throw notFound();
    const { status, ...rest } = body;
    if (status !== undefined && status !== meeting.status)
      await audit(tx, caller, now, {
        action: AuditAction.MeetingStatusChange,
        recordType: 'meeting',
        recordId: meeting.id,
        details: { from: meeting.status, to: status },
      });
    if (Object.keys(rest).length > 0)
      await audit(tx, caller, now, {
        action: AuditAction.MeetingUpdate,
        recordType: 'meeting',
        recordId: meeting.id,
        details: { fields: Object.keys(rest).sort().join(',') },
      });
    return await meetingDetail(tx, caller, updated, now);
  });
}
