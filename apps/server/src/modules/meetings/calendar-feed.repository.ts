import { and, asc, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { MeetingScope } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { bodies, calendarFeeds, meetings, venues } from '../../db/schema';

/** A calendar feed row. */
export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;

/** The caller's feed in use, if any. */
export async function findActiveCalendarFeed(
  db: DbOrTx,
  organisationId: string,
  userId: string,
): Promise<CalendarFeedRow | undefined> {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(
      and(
        eq(calendarFeeds.organisationId, organisationId),
        eq(calendarFeeds.userId, userId),
        isNull(calendarFeeds.revokedAt),
      ),
    )
    .limit(1);
  return row;
}

/** The feed in use with this token hash (any organisation: the token is the only key). */
export async function findActiveCalendarFeedByHash(
  db: DbOrTx,
  tokenHash: string,
): Promise<CalendarFeedRow | undefined> {
  const [row] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)))
    .limit(1);
  return row;
}

/** Revokes the user's feed in use (none: nothing). */
export async function revokeCalendarFeeds(
  db: DbOrTx,
  organisationId: string,
  userId: string,
  now: Date,
): Promise<CalendarFeedRow[]> {
  return await db
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(
      and(
        eq(calendarFeeds.organisationId, organisationId),
        eq(calendarFeeds.userId, userId),
        isNull(calendarFeeds.revokedAt),
      ),
    )
    .returning();
}

/** A new feed (the partial unique index keeps one in use per user). */
export async function insertCalendarFeed(
  db: DbOrTx,
  values: { organisationId: string; userId: string; tokenHash: string; now: Date },
): Promise<CalendarFeedRow> {
  const [row] = await db
    .insert(calendarFeeds)
    .values({
      organisationId: values.organisationId,
      userId: values.userId,
      tokenHash: values.tokenHash,
      createdAt: values.now,
    })
    .returning();
  if (!row) throw new Error('the calendar feed was not stored');
  return row;
}

/** The WHERE clause of a meeting list scope (policy `meetingListScope`); null: no meeting at all. */
export function meetingScopeCondition(scope: MeetingScope): SQL | undefined | null {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'none':
      return null;
    case 'bodies_or_public':
      return scope.bodyIds.length > 0
        ? or(eq(meetings.isPublic, true), inArray(meetings.bodyId, [...scope.bodyIds]))
        : eq(meetings.isPublic, true);
  }
}

/**
 * The meetings of a feed: those in the scope that end at or after `from` and start before `to`,
 * by start, at most `limit`, with the body's and the venue's names.
 */
export async function findFeedMeetings(
  db: DbOrTx,
  organisationId: string,
  scope: MeetingScope,
  window: { from: Date; to: Date },
  limit: number,
) {
  const scoped = meetingScopeCondition(scope);
  if (scoped === null) return [];
  return await db
    .select({
      id: meetings.id,
      type: meetings.type,
      title: meetings.title,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      status: meetings.status,
      room: meetings.room,
      isPublic: meetings.isPublic,
      updatedAt: meetings.updatedAt,
      bodyName: bodies.name,
      venueName: venues.name,
      venueAddress: venues.address,
    })
    .from(meetings)
    .leftJoin(bodies, eq(bodies.id, meetings.bodyId))
    .leftJoin(venues, eq(venues.id, meetings.venueId))
    .where(
      and(
        eq(meetings.organisationId, organisationId),
        gte(meetings.endsAt, window.from),
        lte(meetings.startsAt, window.to),
        scoped,
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .limit(limit);
}
