import { and, eq } from 'drizzle-orm';
import { can, type Action, type Resource } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { meetings } from '../../db/schema';
import type { Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { notFound } from '../../lib/errors';
import { findBodyIdsOfUser } from './calendar-feed.repository';

/*
 * The meeting of a plan, log or review route, loaded with the access check of ADR 017: the caller
 * with their bodies, the meeting's body and publicity as the policy's resource.
 */

/** A meeting row. */
export type PlanMeetingRow = typeof meetings.$inferSelect;

/** The caller with `bodyIds` loaded (a missing list is no bodies). */
export async function callerWithBodies(db: DbOrTx, caller: Caller): Promise<Caller> {
  if (caller.bodyIds !== undefined) return caller;
  return { ...caller, bodyIds: await findBodyIdsOfUser(db, caller.organisationId, caller.userId) };
}

/** The policy's resource for one meeting. */
export const meetingRecord = (
  caller: Caller,
  meeting: Pick<PlanMeetingRow, 'id' | 'bodyId' | 'isPublic'>,
): Resource => ({
  type: 'meeting',
  organisationId: caller.organisationId,
  meetingId: meeting.id,
  bodyId: meeting.bodyId,
  isPublic: meeting.isPublic,
});

/**
 * Loads a meeting the caller may act on with `action`: 404 for a meeting of another organisation,
 * one the caller may not see, or a role that may never do this (existence does not leak); 403 for
 * a role that sees the meeting but may not do this. `caller` must carry its bodies
 * ({@link callerWithBodies}).
 */
export async function loadPlanMeeting(
  db: DbOrTx,
  caller: Caller,
  meetingId: string,
  action: Action,
): Promise<PlanMeetingRow> {
  if (!can(caller, action, { type: 'meeting', organisationId: caller.organisationId })) throw notFound();
  const [row] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.organisationId, caller.organisationId), eq(meetings.id, meetingId)))
    .limit(1);
  if (!row) throw notFound();
  authorizeOrThrow(caller, action, meetingRecord(caller, row));
  return row;
}
