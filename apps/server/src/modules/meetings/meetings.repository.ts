import { and, asc, count, eq, gt, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { MeetingScope, MeetingStatus, MeetingType } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { agendaItems, bodies, meetings, securityPlans, venues } from '../../db/schema';

/** A meeting row. */
export type MeetingRow = typeof meetings.$inferSelect;
/** Values of a new meeting. */
export type NewMeeting = typeof meetings.$inferInsert;
/** An agenda item row. */
export type AgendaItemRow = typeof agendaItems.$inferSelect;

/** One meeting of an organisation. */
export async function findMeetingById(
  db: DbOrTx,
  organisationId: string,
  meetingId: string,
): Promise<MeetingRow | undefined> {
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.organisationId, organisationId), eq(meetings.id, meetingId)))
    .limit(1);
  return row;
}

/** Meetings of an organisation by their iCalendar UIDs. */
export async function findMeetingsByIcalUids(
  db: DbOrTx,
  organisationId: string,
  uids: readonly string[],
): Promise<MeetingRow[]> {
  if (uids.length === 0) return [];
  return await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.organisationId, organisationId), inArray(meetings.icalUid, [...new Set(uids)])));
}

export async function insertMeetings(db: DbOrTx, values: readonly NewMeeting[]): Promise<MeetingRow[]> {
  if (values.length === 0) return [];
  return await db
    .insert(meetings)
    .values([...values])
    .returning();
}

export async function updateMeeting(
  db: DbOrTx,
  organisationId: string,
  meetingId: string,
  values: Partial<Omit<NewMeeting, 'id' | 'organisationId' | 'createdAt' | 'createdByUserId'>>,
): Promise<MeetingRow | undefined> {
  const [row] = await db
    .update(meetings)
    .set(values)
    .where(and(eq(meetings.organisationId, organisationId), eq(meetings.id, meetingId)))
    .returning();
  return row;
}

/**
 * The WHERE condition of `meetingListScope`: every meeting, none, or the public ones and those of
 * `bodyIds` — the record rule of `rules/meetings.ts` as SQL, so list and record agree.
 */
function scopeCondition(scope: MeetingScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return sql`false`;
  return scope.bodyIds.length > 0
    ? or(eq(meetings.isPublic, true), inArray(meetings.bodyId, [...scope.bodyIds]))
    : eq(meetings.isPublic, true);
}

/** The filters of the meetings' list. */
export interface MeetingFilter {
  /** Meetings that end after it. */
  readonly from?: Date | undefined;
  /** Meetings that start before it. */
  readonly to?: Date | undefined;
  readonly bodyId?: string | undefined;
  readonly type?: MeetingType | undefined;
  readonly status?: MeetingStatus | undefined;
}

/** A meeting of a list with the names of its body and venue and its plan's status. */
export interface MeetingListRow {
  readonly meeting: MeetingRow;
  readonly bodyName: string | null;
  readonly venueName: string | null;
  readonly planStatus: 'draft' | 'approved' | null;
}

const listColumns = {
  meeting: meetings,
  bodyName: bodies.name,
  venueName: venues.name,
  planStatus: securityPlans.status,
};

/** A page of an organisation's meetings in the actor's scope, by start time. */
export async function findMeetingsPage(
  db: DbOrTx,
  organisationId: string,
  scope: MeetingScope,
  filter: MeetingFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: MeetingListRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    eq(meetings.organisationId, organisationId),
    scopeCondition(scope),
  ];
  if (filter.from) conditions.push(gt(meetings.endsAt, filter.from));
  if (filter.to) conditions.push(lt(meetings.startsAt, filter.to));
  if (filter.bodyId) conditions.push(eq(meetings.bodyId, filter.bodyId));
  if (filter.type) conditions.push(eq(meetings.type, filter.type));
  if (filter.status) conditions.push(eq(meetings.status, filter.status));
  const where = and(...conditions);
  const rows = await db
    .select(listColumns)
    .from(meetings)
    .leftJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(venues, eq(venues.id, meetings.venueId))
    .leftJoin(securityPlans, eq(securityPlans.meetingId, meetings.id))
    .where(where)
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await db.select({ total: count() }).from(meetings).where(where);
  return { rows, total: counted?.total ?? 0 };
}

/** One meeting with the names of its body and venue and its plan's status. */
export async function findMeetingListRow(
  db: DbOrTx,
  organisationId: string,
  meetingId: string,
): Promise<MeetingListRow | undefined> {
  const [row] = await db
    .select(listColumns)
    .from(meetings)
    .leftJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(venues, eq(venues.id, meetings.venueId))
    .leftJoin(securityPlans, eq(securityPlans.meetingId, meetings.id))
    .where(and(eq(meetings.organisationId, organisationId), eq(meetings.id, meetingId)))
    .limit(1);
  return row;
}

/** The agenda items of meetings, in agenda order. */
export async function findAgendaItems(
  db: DbOrTx,
  organisationId: string,
  meetingIds: readonly string[],
): Promise<AgendaItemRow[]> {
  if (meetingIds.length === 0) return [];
  return await db
    .select()
    .from(agendaItems)
    .where(
      and(eq(agendaItems.organisationId, organisationId), inArray(agendaItems.meetingId, [...meetingIds])),
    )
    .orderBy(asc(agendaItems.meetingId), asc(agendaItems.position), asc(agendaItems.id));
}

/** Replaces a meeting's agenda with `items`, in their order. */
export async function replaceAgenda(
  db: DbOrTx,
  organisationId: string,
  meetingId: string,
  items: readonly { matterId: string; note: string | null }[],
  now: Date,
): Promise<void> {
  await db
    .delete(agendaItems)
    .where(and(eq(agendaItems.organisationId, organisationId), eq(agendaItems.meetingId, meetingId)));
  if (items.length === 0) return;
  await db.insert(agendaItems).values(
    items.map((item, index) => ({
      organisationId,
      meetingId,
      matterId: item.matterId,
      position: index + 1,
      note: item.note,
      createdAt: now,
      updatedAt: now,
    })),
  );
}
