import { z } from 'zod';
import { LogEntryKind, meetingLogTextLimits } from '@varn/domain';
import { idSchema, timestampSchema } from '../common';
import { measureSchema } from '../measures';

/*
 * Meetings: the live log during a meeting and the after-action review (issue 10 §3). Rules come
 * from `packages/domain/src/meetings/log.ts`; the review's measures are the measures module's
 * (subject `meeting`): their bodies are `createMeasureBodySchema` and `updateMeasureBodySchema`.
 */

const personRef = z.object({ id: z.uuid(), name: z.string() });

/** One entry of a meeting's live log. */
export const logEntrySchema = z
  .object({
    id: z.uuid().describe('Made by the phone that wrote it'),
    kind: z.enum(LogEntryKind),
    text: z.string(),
    occurredAt: z.iso.datetime().describe('When it happened, as the writer stated it'),
    recordedAt: z.iso.datetime().describe('When the server stored it'),
    createdBy: personRef,
    incident: z
      .object({ id: z.uuid(), reference: z.string() })
      .nullable()
      .describe('The incident the entry became, if it did'),
  })
  .meta({ id: 'LogEntry' });

export type LogEntry = z.infer<typeof logEntrySchema>;

/**
 * `GET /api/meetings/{id}/log`: the entries in the domain's order (`orderLogEntries`: occurred,
 * recorded, id) — the same on every phone, whatever order queued entries arrived in.
 */
export const meetingLogSchema = z
  .object({
    entries: z.array(logEntrySchema),
    following: z.boolean().describe('Whether the caller is notified of new entries'),
  })
  .meta({ id: 'MeetingLog' });

export type MeetingLog = z.infer<typeof meetingLogSchema>;

/**
 * `POST /api/meetings/{id}/log`: an entry with the id the phone made for it (a UUID). 201 with the
 * entry when new; 200 with the stored entry when the same id comes again with the same kind, text
 * and time (a retry from the offline queue: never a duplicate); 409 `conflict` when the id is
 * already used for a different entry. `occurredAt` may not lie more than 5 minutes in the future.
 */
export const createLogEntryBodySchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(LogEntryKind),
    text: z.string().trim().max(meetingLogTextLimits.entry),
    occurredAt: timestampSchema,
  })
  .meta({ id: 'CreateLogEntryBody' });

export type CreateLogEntryBody = z.infer<typeof createLogEntryBodySchema>;

/** Path of one log entry. */
export const logEntryParamsSchema = z.strictObject({ id: idSchema, entryId: idSchema });

/** `POST`/`DELETE /api/meetings/{id}/log/follow`: whether the caller now follows the log (by e-mail). */
export const logFollowSchema = z.object({ following: z.boolean() }).meta({ id: 'LogFollow' });

export type LogFollow = z.infer<typeof logFollowSchema>;

/**
 * `POST /api/meetings/{id}/log/{entryId}/incident`: the entry becomes an incident (a case in the
 * unit's queue, prefilled with the domain's `logEntryIncidentSuggestion`). 201 with `created: true`
 * the first time; 200 with the same incident and `created: false` after that.
 */
export const logEntryIncidentSchema = z
  .object({
    incidentId: z.uuid(),
    reference: z.string(),
    created: z.boolean(),
  })
  .meta({ id: 'LogEntryIncident' });

export type LogEntryIncident = z.infer<typeof logEntryIncidentSchema>;

/**
 * `GET /api/meetings/{id}/review`: the after-action review (empty texts until written) with its
 * measures (the measures module's, subject `meeting`), and how many log entries the meeting has.
 */
export const meetingReviewSchema = z
  .object({
    meetingId: z.uuid(),
    written: z.boolean().describe('Whether the review has been saved once'),
    whatHappened: z.string(),
    whatWorked: z.string(),
    whatToChange: z.string(),
    writtenBy: personRef.nullable(),
    updatedAt: z.iso.datetime().nullable(),
    logEntries: z.number().int(),
    measures: z.array(measureSchema),
  })
  .meta({ id: 'MeetingReview' });

export type MeetingReview = z.infer<typeof meetingReviewSchema>;

/**
 * `PUT /api/meetings/{id}/review`: the three texts (each up to `meetingLogTextLimits.review`).
 * Measures: `POST /api/meetings/{id}/review/measures` (`createMeasureBodySchema`) and `PATCH
 * /api/meetings/{id}/review/measures/{measureId}` (`updateMeasureBodySchema`), answering `Measure`.
 */
export const saveMeetingReviewBodySchema = z
  .strictObject({
    whatHappened: z.string().trim().max(meetingLogTextLimits.review),
    whatWorked: z.string().trim().max(meetingLogTextLimits.review),
    whatToChange: z.string().trim().max(meetingLogTextLimits.review),
  })
  .meta({ id: 'SaveMeetingReviewBody' });

export type SaveMeetingReviewBody = z.infer<typeof saveMeetingReviewBodySchema>;

/** Path of one measure of a meeting's review. */
export const reviewMeasureParamsSchema = z.strictObject({ id: idSchema, measureId: idSchema });
