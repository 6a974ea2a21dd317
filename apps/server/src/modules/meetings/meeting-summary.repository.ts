import { and, asc, eq, gte, lt, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { meetings } from '../../db/schema';
import type { MeetingRow } from './meetings.repository';

/** Most meetings one summary counts (a municipality holds a few hundred a year). */
export const maxSummaryMeetings = 5000;

/** The organisation's meetings that start in `[from, to)` and are not cancelled. */
export async function findMeetingsToCount(
  db: DbOrTx,
  organisationId: string,
  window: { from: Date; to: Date },
): Promise<MeetingRow[]> {
  return await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.organisationId, organisationId),
        gte(meetings.startsAt, window.from),
        lt(meetings.startsAt, window.to),
        ne(meetings.status, 'cancelled'),
      ),
    )
    .orderBy(asc(meetings.startsAt))
    .limit(maxSummaryMeetings);
}
