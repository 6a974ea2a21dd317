import { can, type Action, type Resource } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { findBodyIdsOfUser, withBodyIds } from '../../db/body-ids';
import type { Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { notFound } from '../../lib/errors';
import { findMeetingById, type MeetingRow } from './meetings.repository';

/*
 * Who may act on which meeting (ADR 017): the policy's meeting resource carries the meeting's body
 * and whether it is public; the caller carries the bodies they sit in (`Actor.bodyIds`), loaded
 * by `db/body-ids.ts`. Every meeting route (this module's and the security plan's) loads its
 * meeting through {@link loadMeeting}.
 */

export { findBodyIdsOfUser, withBodyIds };

/** The policy's resource for the organisation's meetings (a list, a new meeting). */
export const meetingCollection = (caller: Caller): Resource => ({
  type: 'meeting',
  organisationId: caller.organisationId,
});

/** The policy's resource for one meeting. */
export const meetingResource = (
  caller: Caller,
  meeting: Pick<MeetingRow, 'id' | 'bodyId' | 'isPublic'>,
): Resource => ({
  type: 'meeting',
  organisationId: caller.organisationId,
  meetingId: meeting.id,
  bodyId: meeting.bodyId,
  isPublic: meeting.isPublic,
});

/**
 * Loads a meeting the caller may act on with `action`, or answers 404 (a meeting of another
 * organisation, or one an official may not see) or 403 (a role that may see the meeting but not do
 * this). A role that may never do this gets 404 before the database is asked, so that existence
 * does not leak. The caller's `bodyIds` are loaded here when it does not carry them; a service
 * that asks the policy again (`can`) should load them once first ({@link withBodyIds}).
 */
export async function loadMeeting(
  db: DbOrTx,
  caller: Caller,
  meetingId: string,
  action: Action,
): Promise<MeetingRow> {
  if (!can(caller, action, meetingCollection(caller))) throw notFound();
  const row = await findMeetingById(db, caller.organisationId, meetingId);
  if (!row) throw notFound();
  const actor = await withBodyIds(db, caller);
  authorizeOrThrow(actor, action, meetingResource(actor, row));
  return row;
}
