import { Action, AuditAction, MeasureSubject } from '@varn/domain';
import type {
  CreateMeasureBody,
  Measure,
  MeetingReview,
  SaveMeetingReviewBody,
  UpdateMeasureBody,
} from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { audit } from '../audit';
import { addMeasure, changeMeasure, listMeasures } from '../measures';
import { loadMeeting, withBodyIds } from './meeting-access';
import { countLogEntries, findReviewOfMeeting, upsertReview } from './meeting-reviews.repository';

/*
 * The after-action review of a meeting (issue 10 §3): what happened, what worked, what to change,
 * and its measures — the measures module's, with subject type `meeting` and the meeting's id.
 */

async function meetingToReview(tx: Tx, caller: Caller, meetingId: string) {
  const reviewer = await withBodyIds(tx, caller);
  return { reviewer, meeting: await loadMeeting(tx, reviewer, meetingId, Action.MeetingReview) };
}

async function reviewView(
  tx: Tx,
  organisationId: string,
  meetingId: string,
  now: Date,
): Promise<MeetingReview> {
  const row = await findReviewOfMeeting(tx, organisationId, meetingId);
  return {
    meetingId,
    written: row !== undefined,
    whatHappened: row?.review.whatHappened ?? '',
    whatWorked: row?.review.whatWorked ?? '',
    whatToChange: row?.review.whatToChange ?? '',
    writtenBy:
      row?.review.writtenByUserId && row.writerName
        ? { id: row.review.writtenByUserId, name: row.writerName }
        : null,
    updatedAt: row?.review.updatedAt.toISOString() ?? null,
    logEntries: await countLogEntries(tx, organisationId, meetingId),
    measures: await listMeasures(tx, organisationId, MeasureSubject.Meeting, meetingId, now),
  };
}

/** `GET /api/meetings/{id}/review` (security unit): the review (empty until written) and its measures. Audited. */
export async function getMeetingReview(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
): Promise<MeetingReview> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const { reviewer, meeting } = await meetingToReview(tx, caller, meetingId);
    await audit(tx, reviewer, now, {
      action: AuditAction.MeetingReviewRead,
      recordType: 'meeting',
      recordId: meeting.id,
    });
    return await reviewView(tx, reviewer.organisationId, meeting.id, now);
  });
}

/** `PUT /api/meetings/{id}/review`: writes the three texts (the last save wins: one reviewer at a time). */
export async function saveMeetingReview(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
  body: SaveMeetingReviewBody,
): Promise<MeetingReview> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const { reviewer, meeting } = await meetingToReview(tx, caller, meetingId);
    await upsertReview(tx, {
      organisationId: reviewer.organisationId,
      meetingId: meeting.id,
      whatHappened: body.whatHappened,
      whatWorked: body.whatWorked,
      whatToChange: body.whatToChange,
      userId: reviewer.userId,
      now,
    });
    await audit(tx, reviewer, now, {
      action: AuditAction.MeetingReviewSave,
      recordType: 'meeting',
      recordId: meeting.id,
    });
    return await reviewView(tx, reviewer.organisationId, meeting.id, now);
  });
}

/** `POST /api/meetings/{id}/review/measures`: a measure of the review, through the measures module. */
export async function addReviewMeasure(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
  body: CreateMeasureBody,
): Promise<Measure> {
  return await ctx.db.transaction(async (tx) => {
    const { reviewer, meeting } = await meetingToReview(tx, caller, meetingId);
    return await addMeasure(ctx, tx, reviewer, { type: MeasureSubject.Meeting, id: meeting.id }, body);
  });
}

/** `PATCH /api/meetings/{id}/review/measures/{measureId}`: changes one (404 for another subject's). */
export async function changeReviewMeasure(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
  measureId: string,
  body: UpdateMeasureBody,
): Promise<Measure> {
  return await ctx.db.transaction(async (tx) => {
    const { reviewer, meeting } = await meetingToReview(tx, caller, meetingId);
    const { measure } = await changeMeasure(
      ctx,
      tx,
      reviewer,
      { type: MeasureSubject.Meeting, id: meeting.id },
      measureId,
      body,
    );
    return measure;
  });
}
