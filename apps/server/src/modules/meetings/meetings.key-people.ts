import type { UntrainedKeyPerson } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import type { MeetingRow } from './meetings.repository';

/**
 * The chair and the parties' security contacts of a meeting who lack training (domain
 * `meetingReadinessWarnings`, issue 10 §2). The training module (DOMAIN.md §6) does not exist yet:
 * until it does, this returns none ("wired to a query that returns none"), so the warning
 * `untrained_key_person` never shows. When training records exist, read here the body's chair
 * (`body_members` with assignment `chair`) and the security contacts of the parties with members
 * in the body, and return those without a valid training.
 */
export async function findUntrainedKeyPeople(
  _db: DbOrTx,
  _organisationId: string,
  _meeting: MeetingRow,
): Promise<UntrainedKeyPerson[]> {
  return [];
}
