import { z } from 'zod';
import {
  AttendanceStatus,
  CourseKind,
  courseValidityMonthRange,
  maxSessionAttendees,
  SessionMode,
  trainingTextLimits,
  TrainingStatus,
} from '@varn/domain';
import { idSchema } from '../common';
import { dateSchema } from '../measures';
import { optionalText, person } from '../riskguide/shared';

// Training (issue 11 §3, DOMAIN.md §6): courses, sessions and attendance, a person's training,
// coverage per course, body and party (aggregates only, small cells suppressed), a party's training
// status, and the refresher campaign before the next general election.

// — Courses —

/** A course: a kind of training and how long it stays valid. */
export const courseSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(CourseKind),
    name: z.string(),
    description: z.string().nullable(),
    /** Whole months from the day attended. */
    validityMonths: z.number().int(),
    archived: z.boolean(),
  })
  .meta({ id: 'Course' });

export type Course = z.infer<typeof courseSchema>;

/** `GET /api/training/courses`: the organisation's courses by kind, archived last. */
export const courseListSchema = z.object({ courses: z.array(courseSchema) }).meta({ id: 'CourseList' });

export type CourseList = z.infer<typeof courseListSchema>;

const courseFields = {
  name: z.string().trim().min(1).max(trainingTextLimits.courseName),
  description: optionalText(trainingTextLimits.courseDescription),
  validityMonths: z.number().int().min(courseValidityMonthRange.min).max(courseValidityMonthRange.max),
};

/** `POST /api/training/courses`. A name already used (any case) answers 422 on `name`. */
export const createCourseBodySchema = z
  .strictObject({ kind: z.enum(CourseKind), ...courseFields })
  .meta({ id: 'CreateCourseBody' });

export type CreateCourseBody = z.infer<typeof createCourseBodySchema>;

/** `PATCH /api/training/courses/{id}`: only the fields sent change. */
export const updateCourseBodySchema = z
  .strictObject({
    name: courseFields.name.optional(),
    description: courseFields.description,
    validityMonths: courseFields.validityMonths.optional(),
    archived: z.boolean().optional(),
  })
  .meta({ id: 'UpdateCourseBody' });

export type UpdateCourseBody = z.infer<typeof updateCourseBodySchema>;

// — Sessions and attendance —

const courseRef = z.object({ id: z.uuid(), kind: z.enum(CourseKind), name: z.string() });

/** One session of the list. */
export const trainingSessionSummarySchema = z
  .object({
    id: z.uuid(),
    course: courseRef,
    heldOn: dateSchema,
    mode: z.enum(SessionMode),
    place: z.string().nullable(),
    trainer: z.string().nullable(),
    cancelled: z.boolean(),
    attended: z.number().int(),
    excused: z.number().int(),
    absent: z.number().int(),
    invited: z.number().int(),
  })
  .meta({ id: 'TrainingSessionSummary' });

export type TrainingSessionSummary = z.infer<typeof trainingSessionSummarySchema>;

/** `GET /api/training/sessions`: every session, the latest first. */
export const trainingSessionListSchema = z
  .object({ sessions: z.array(trainingSessionSummarySchema) })
  .meta({ id: 'TrainingSessionList' });

export type TrainingSessionList = z.infer<typeof trainingSessionListSchema>;

/** One person's attendance at a session. */
export const attendanceRowSchema = z
  .object({ person, status: z.enum(AttendanceStatus), note: z.string().nullable() })
  .meta({ id: 'AttendanceRow' });

/** One person invited to a session by the refresher campaign. */
export const invitationRowSchema = z
  .object({ person, mailedAt: z.string().nullable(), remindedAt: z.string().nullable() })
  .meta({ id: 'TrainingInvitationRow' });

/** `GET /api/training/sessions/{id}`: the session with its attendance and invitations, by name. */
export const trainingSessionSchema = z
  .object({
    ...trainingSessionSummarySchema.shape,
    attendance: z.array(attendanceRowSchema),
    invitations: z.array(invitationRowSchema),
  })
  .meta({ id: 'TrainingSession' });

export type TrainingSession = z.infer<typeof trainingSessionSchema>;

const sessionFields = {
  courseId: idSchema,
  heldOn: dateSchema,
  mode: z.enum(SessionMode),
  place: optionalText(trainingTextLimits.sessionPlace),
  trainer: optionalText(trainingTextLimits.trainer),
};

/** `POST /api/training/sessions`: an archived or unknown course answers 422 on `courseId`. */
export const createTrainingSessionBodySchema = z
  .strictObject(sessionFields)
  .meta({ id: 'CreateTrainingSessionBody' });

export type CreateTrainingSessionBody = z.infer<typeof createTrainingSessionBodySchema>;

/** `PATCH /api/training/sessions/{id}`: only the fields sent change; a cancelled session answers 422. */
export const updateTrainingSessionBodySchema = z
  .strictObject({
    courseId: sessionFields.courseId.optional(),
    heldOn: sessionFields.heldOn.optional(),
    mode: sessionFields.mode.optional(),
    place: sessionFields.place,
    trainer: sessionFields.trainer,
  })
  .meta({ id: 'UpdateTrainingSessionBody' });

export type UpdateTrainingSessionBody = z.infer<typeof updateTrainingSessionBodySchema>;

/**
 * `POST /api/training/sessions/{id}/attendance`: attendance of many people at once. The people
 * sent are set (a second record replaces the first); the others stay as they were. Each person at
 * most once; an unknown person answers 422 on `rows.N.personId`.
 */
export const recordAttendanceBodySchema = z
  .strictObject({
    rows: z
      .array(
        z.strictObject({
          personId: idSchema,
          status: z.enum(AttendanceStatus),
          note: optionalText(trainingTextLimits.attendanceNote),
        }),
      )
      .min(1)
      .max(maxSessionAttendees)
      .refine((rows) => new Set(rows.map((row) => row.personId)).size === rows.length, {
        message: 'duplicate_person',
      }),
  })
  .meta({ id: 'RecordAttendanceBody' });

export type RecordAttendanceBody = z.infer<typeof recordAttendanceBodySchema>;

/** `GET /api/training/people`: the register's people for a picker, names only (no party, no contact). */
export const trainingPeopleSchema = z.object({ people: z.array(person) }).meta({ id: 'TrainingPeople' });

export type TrainingPeople = z.infer<typeof trainingPeopleSchema>;

// — A person's training —

/** A person's standing with one kind of course today. */
export const trainingStandingSchema = z
  .object({
    kind: z.enum(CourseKind),
    /** Whether the person needs this kind (domain `requiredCourseKinds`). */
    required: z.boolean(),
    status: z.enum(TrainingStatus),
    lastAttendedOn: dateSchema.nullable(),
    /** The first day it is no longer valid. */
    expiresOn: dateSchema.nullable(),
  })
  .meta({ id: 'TrainingStanding' });

export type TrainingStandingView = z.infer<typeof trainingStandingSchema>;

/** One row of a person's training history. */
export const trainingHistoryRowSchema = z
  .object({
    sessionId: z.uuid(),
    course: courseRef,
    heldOn: dateSchema,
    status: z.enum(AttendanceStatus),
  })
  .meta({ id: 'TrainingHistoryRow' });

/** `GET /api/training/people/{id}`: a person's status per kind of course and history, latest first. */
export const personTrainingSchema = z
  .object({
    person,
    /** The day in Sweden the statuses are for. */
    day: dateSchema,
    standings: z.array(trainingStandingSchema),
    history: z.array(trainingHistoryRowSchema),
    /** Sessions to come the person is invited to. */
    invitations: z.array(z.object({ sessionId: z.uuid(), course: courseRef, heldOn: dateSchema })),
  })
  .meta({ id: 'PersonTraining' });

export type PersonTraining = z.infer<typeof personTrainingSchema>;

/** `GET /api/me/training`: the signed-in user's own training, null without a person in the register. */
export const myTrainingSchema = z
  .object({ training: personTrainingSchema.nullable() })
  .meta({ id: 'MyTraining' });

export type MyTraining = z.infer<typeof myTrainingSchema>;

// — Coverage —

/** Counts of each status in a group. */
export const coverageCountsSchema = z
  .object({
    valid: z.number().int(),
    dueSoon: z.number().int(),
    overdue: z.number().int(),
    never: z.number().int(),
    total: z.number().int(),
    /** Valid or due soon. */
    trained: z.number().int(),
  })
  .meta({ id: 'CoverageCounts' });

export type CoverageCounts = z.infer<typeof coverageCountsSchema>;

/** One party's basic-security coverage, suppressed: null where the count is hidden (n < 5). */
export const partyCoverageFigureSchema = z
  .object({
    party: z.object({ id: z.uuid(), name: z.string(), abbreviation: z.string() }),
    trained: z.number().int().nullable(),
    notTrained: z.number().int().nullable(),
  })
  .meta({ id: 'PartyCoverageFigure' });

/** A person who is due soon, overdue or never trained in a course they need. */
export const dueRowSchema = z
  .object({
    person,
    kind: z.enum(CourseKind),
    status: z.enum(TrainingStatus),
    expiresOn: dateSchema.nullable(),
  })
  .meta({ id: 'TrainingDueRow' });

export type TrainingDueRow = z.infer<typeof dueRowSchema>;

/**
 * `GET /api/training/coverage`: per kind of course (among those who need it), per body and per
 * party (basic security; parties only as suppressed aggregates), and — for the unit and the admin,
 * null for viewers — who is due soon, overdue or never trained.
 */
export const trainingCoverageSchema = z
  .object({
    day: dateSchema,
    courses: z.array(z.object({ kind: z.enum(CourseKind), ...coverageCountsSchema.shape })),
    bodies: z.array(
      z.object({ body: z.object({ id: z.uuid(), name: z.string() }), ...coverageCountsSchema.shape }),
    ),
    parties: z.object({
      parties: z.array(partyCoverageFigureSchema),
      trained: z.number().int().nullable(),
      notTrained: z.number().int().nullable(),
    }),
    due: z.array(dueRowSchema).nullable(),
  })
  .meta({ id: 'TrainingCoverage' });

export type TrainingCoverage = z.infer<typeof trainingCoverageSchema>;

/** `GET /api/parties/{id}/training`: each person of the party with their basic-security status. */
export const partyTrainingSchema = z
  .object({
    party: z.object({ id: z.uuid(), name: z.string(), abbreviation: z.string() }),
    day: dateSchema,
    people: z.array(
      z.object({
        person,
        status: z.enum(TrainingStatus),
        expiresOn: dateSchema.nullable(),
        refresher: z.enum(TrainingStatus),
      }),
    ),
    coverage: coverageCountsSchema,
  })
  .meta({ id: 'PartyTraining' });

export type PartyTraining = z.infer<typeof partyTrainingSchema>;

// — The refresher campaign —

/** `GET /api/training/campaign`: everyone without a refresher valid on election day. */
export const trainingCampaignSchema = z
  .object({
    electionDate: dateSchema,
    opensOn: dateSchema,
    /** Whether today falls in the campaign window. */
    open: z.boolean(),
    daysUntilElection: z.number().int(),
    people: z.array(
      z.object({
        person,
        hasEmail: z.boolean(),
        status: z.enum(TrainingStatus),
        invitation: z
          .object({
            sessionId: z.uuid(),
            heldOn: dateSchema,
            mailedAt: z.string().nullable(),
            remindedAt: z.string().nullable(),
          })
          .nullable(),
      }),
    ),
    /** Coming refresher sessions to invite to. */
    sessions: z.array(trainingSessionSummarySchema),
  })
  .meta({ id: 'TrainingCampaign' });

export type TrainingCampaign = z.infer<typeof trainingCampaignSchema>;

/**
 * `POST /api/training/campaign/invitations`: invites people to a coming, not cancelled refresher
 * session and mails each with an address (after commit). Someone already invited to it is skipped.
 */
export const inviteToSessionBodySchema = z
  .strictObject({
    sessionId: idSchema,
    personIds: z
      .array(idSchema)
      .min(1)
      .max(maxSessionAttendees)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate_person' }),
  })
  .meta({ id: 'InviteToSessionBody' });

export type InviteToSessionBody = z.infer<typeof inviteToSessionBodySchema>;

/** The answer to an invitation or a reminder round. */
export const campaignMailResultSchema = z
  .object({
    invited: z.number().int(),
    mailed: z.number().int(),
    skipped: z.number().int(),
  })
  .meta({ id: 'CampaignMailResult' });

export type CampaignMailResult = z.infer<typeof campaignMailResultSchema>;
