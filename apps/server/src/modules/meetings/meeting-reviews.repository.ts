import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { meetingLogEntries, meetingReviews, users } from '../../db/schema';

/** A meeting's review with its writer's name. */
export async function findReviewOfMeeting(db: DbOrTx, organisationId: string, meetingId: string) {
  const [row] = await db
    .select({ review: meetingReviews, writerName: users.name })
    .from(meetingReviews)
    .leftJoin(users, eq(users.id, meetingReviews.writtenByUserId))
    .where(and(eq(meetingReviews.organisationId, organisationId), eq(meetingReviews.meetingId, meetingId)))
    .limit(1);
  return row;
}

/** Writes a meeting's review (one per meeting: a second save replaces the texts). */
export async function upsertReview(
  db: DbOrTx,
  values: {
    organisationId: string;
    meetingId: string;
    whatHappened: string;
    whatWorked: string;
    whatToChange: string;
    userId: string;
    now: Date;
  },
): Promise<void> {
  const texts = {
    whatHappened: values.whatHappened,
    whatWorked: values.whatWorked,
    whatToChange: values.whatToChange,
    writtenByUserId: values.userId,
    updatedAt: values.now,
  };
  await db
    .insert(meetingReviews)
    .values({
      organisationId: values.organisationId,
      meetingId: values.meetingId,
      createdAt: values.now,
      ...texts,
    })
    .onConflictDoUpdate({ target: meetingReviews.meetingId, set: texts });
}

/** How many entries a meeting's log has. */
export async function countLogEntries(
  db: DbOrTx,
  organisationId: string,
  meetingId: string,
): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(meetingLogEntries)
    .where(
      and(eq(meetingLogEntries.organisationId, organisationId), eq(meetingLogEntries.meetingId, meetingId)),
    );
  return row?.count ?? 0;
}
