import ical, { ICalEventStatus } from 'ical-generator';
import {
  Action,
  AuditAction,
  AuditOutcome,
  authorize,
  meetingListScope,
  meetingTypeText,
  MeetingStatus,
  type Actor,
} from '@varn/domain';
import type { CalendarFeed, CreatedCalendarFeed, Locale } from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { randomToken, sha256Hex } from '../../lib/crypto';
import { notFound } from '../../lib/errors';
import { audit, auditWithoutCaller } from '../audit';
import { findUserById } from '../users';
import { findBodyIdsOfUser } from './meeting-access';
import {
  findActiveCalendarFeed,
  findActiveCalendarFeedByHash,
  findFeedMeetings,
  insertCalendarFeed,
  revokeCalendarFeeds,
} from './calendar-feed.repository';

/*
 * Each person's calendar feed (issue 10 §4): a secret address their calendar app subscribes to,
 * with the meetings they may list (policy `meetingListScope`, the same scope as the calendar). The
 * token is shown once and only its SHA-256 is kept, as for sessions; a person has one feed in use;
 * a revoked or unknown token answers 404. The feed carries what the calendar shows — type, title,
 * time, place, body — never a risk level or anything of the security plan: an address in a
 * calendar app can leak.
 */

/** How far back and ahead the feed reaches: a week back (a calendar keeps recent ones), a year ahead. */
const feedDaysBack = 7;
const feedDaysAhead = 366;
/** Most meetings in one feed. */
const maxFeedMeetings = 1000;
const dayMs = 86_400_000;

/** The caller's own feed (the policy's record rule keeps a feed to its owner). */
const own = (caller: Caller) => ({
  type: 'calendar_feed' as const,
  organisationId: caller.organisationId,
  userId: caller.userId,
});

/** `GET /api/calendar-feed`: whether the caller has a feed in use (never its address). */
export async function getCalendarFeed(ctx: AppContext, caller: Caller): Promise<CalendarFeed> {
  authorizeOrThrow(caller, Action.CalendarFeedManage, own(caller));
  const feed = await findActiveCalendarFeed(ctx.db, caller.organisationId, caller.userId);
  return { active: feed !== undefined, createdAt: feed?.createdAt.toISOString() ?? null };
}

/** The address of a feed's token. */
export function calendarFeedUrl(ctx: AppContext, token: string): string {
  return new URL(`/api/calendar/${token}.ics`, ctx.config.publicUrl).href;
}

/**
 * `POST /api/calendar-feed`: a new secret address, shown this once; the caller's earlier feed (if
 * any) is revoked in the same transaction, so one is in use at a time.
 */
export async function createCalendarFeed(ctx: AppContext, caller: Caller): Promise<CreatedCalendarFeed> {
  authorizeOrThrow(caller, Action.CalendarFeedManage, own(caller));
  const now = ctx.clock();
  const token = randomToken();
  const feed = await ctx.db.transaction(async (tx) => {
    const revoked = await revokeCalendarFeeds(tx, caller.organisationId, caller.userId, now);
    for (const old of revoked)
      await audit(tx, caller, now, {
        action: AuditAction.CalendarFeedRevoke,
        recordType: 'calendar_feed',
        recordId: old.id,
        details: { rotated: true },
      });
    const row = await insertCalendarFeed(tx, {
      organisationId: caller.organisationId,
      userId: caller.userId,
      tokenHash: sha256Hex(token),
      now,
    });
    await audit(tx, caller, now, {
      action: AuditAction.CalendarFeedCreate,
      recordType: 'calendar_feed',
      recordId: row.id,
    });
    return row;
  });
  return { url: calendarFeedUrl(ctx, token), createdAt: feed.createdAt.toISOString() };
}

/** `DELETE /api/calendar-feed`: the caller's feed stops working (none in use: nothing to do). */
export async function revokeCalendarFeed(ctx: AppContext, caller: Caller): Promise<CalendarFeed> {
  authorizeOrThrow(caller, Action.CalendarFeedManage, own(caller));
  const now = ctx.clock();
  await ctx.db.transaction(async (tx) => {
    for (const old of await revokeCalendarFeeds(tx, caller.organisationId, caller.userId, now))
      await audit(tx, caller, now, {
        action: AuditAction.CalendarFeedRevoke,
        recordType: 'calendar_feed',
        recordId: old.id,
      });
  });
  return { active: false, createdAt: null };
}

/** The token of a feed address's last segment (`{token}.ics`), or null when it is not one. */
export function calendarTokenOf(segment: string): string | null {
  const match = /^([A-Za-z0-9_-]{43})\.ics$/u.exec(segment);
  return match?.[1] ?? null;
}

/** Who fetched a feed, for the audit trail (no session: the feed's owner is the actor). */
export interface FeedRequester {
  readonly ip: string | null;
  readonly userAgent: string | null;
}

/**
 * `GET /api/calendar/{token}.ics` (no session): the owner's meetings as iCalendar text. 404 for a
 * malformed, unknown or revoked token, for an owner no longer active, and for an owner whose role
 * no longer lists meetings — the same answer, so a token's fate does not leak. Audited as the
 * owner's read.
 */
export async function readCalendarFeed(
  ctx: AppContext,
  segment: string,
  requester: FeedRequester,
): Promise<string> {
  const token = calendarTokenOf(segment);
  if (!token) throw notFound();
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const feed = await findActiveCalendarFeedByHash(tx, sha256Hex(token));
    if (!feed) throw notFound();
    const owner = await findUserById(tx, feed.organisationId, feed.userId);
    if (owner?.status !== 'active') throw notFound();
    const actor: Actor = {
      userId: owner.id,
      organisationId: owner.organisationId,
      role: owner.role,
      partyId: null,
      bodyIds: await findBodyIdsOfUser(tx, owner.organisationId, owner.id),
    };
    const resource = {
      type: 'calendar_feed' as const,
      organisationId: owner.organisationId,
      userId: owner.id,
    };
    if (authorize(actor, Action.CalendarFeedManage, resource) !== 'allow') throw notFound();
    const rows = await findFeedMeetings(
      tx,
      owner.organisationId,
      meetingListScope(actor),
      {
        from: new Date(now.getTime() - feedDaysBack * dayMs),
        to: new Date(now.getTime() + feedDaysAhead * dayMs),
      },
      maxFeedMeetings,
    );
    await auditWithoutCaller(tx, {
      organisationId: owner.organisationId,
      occurredAt: now,
      actorUserId: owner.id,
      action: AuditAction.CalendarFeedRead,
      recordType: 'calendar_feed',
      recordId: feed.id,
      outcome: AuditOutcome.Success,
      ip: requester.ip,
      userAgent: requester.userAgent,
      details: { meetings: rows.length },
    });
    return feedText(ctx, owner.language, rows, now);
  });
}

type FeedMeeting = Awaited<ReturnType<typeof findFeedMeetings>>[number];

const feedName: Readonly<Record<Locale, string>> = { sv: 'Värn – sammanträden', en: 'Värn – meetings' };

/** The feed's iCalendar text (RFC 5545), built by ical-generator; times in UTC. */
function feedText(ctx: AppContext, locale: Locale, rows: readonly FeedMeeting[], now: Date): string {
  const calendar = ical({
    name: feedName[locale],
    prodId: { company: 'Värn', product: 'meetings', language: locale.toUpperCase() },
    ttl: 60 * 60,
  });
  const host = ctx.config.publicUrl.hostname;
  for (const row of rows) {
    const place = [row.venueName, row.room, row.venueAddress].filter((part) => part).join(', ');
    const description = [meetingTypeText[row.type][locale], row.bodyName].filter((part) => part).join(' – ');
    calendar.createEvent({
      id: `${row.id}@${host}`,
      start: row.startsAt,
      end: row.endsAt,
      stamp: now,
      lastModified: row.updatedAt,
      summary: row.title,
      description,
      location: place || null,
      url: new URL(`/meetings/${row.id}`, ctx.config.publicUrl).href,
      status: row.status === MeetingStatus.Cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
