import type { UntrainedKeyPerson } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { findUntrainedChairs } from '../training';
import type { MeetingRow } from './meetings.repository';

/**
 * The key people of a meeting who lack training (domain `meetingReadinessWarnings`, issue 11 §3):
 * the running chairs and vice chairs of the meeting's body (`person_assignments`) without a basic
 * security training valid on the meeting's day. A meeting without a body has none; the warning
 * itself shows for a high-risk meeting only (the domain decides).
 */
export async function findUntrainedKeyPeople(
  db: DbOrTx,
  organisationId: string,
  meeting: MeetingRow,
): Promise<UntrainedKeyPerson[]> {
  if (meeting.bodyId === null) return [];
  return await findUntrainedChairs(db, organisationId, meeting.bodyId, meeting.startsAt);
}
