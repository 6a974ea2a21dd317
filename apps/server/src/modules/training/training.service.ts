import { Action, AuditAction, courseKinds, courseKindText, defaultCourseValidityMonths } from '@varn/domain';
import type {
  Course,
  CourseList,
  CreateCourseBody,
  CreateTrainingSessionBody,
  RecordAttendanceBody,
  TrainingPeople,
  TrainingSession,
  TrainingSessionList,
  TrainingSessionSummary,
  UpdateCourseBody,
  UpdateTrainingSessionBody,
} from '@varn/contracts';
import type { DbOrTx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { findAllOrganisationIds } from '../organisations';
import {
  countSessionRows,
  findCourseById,
  findCourseByName,
  findCourses,
  findInvitations,
  findPeople,
  findSessionAttendance,
  findSessionById,
  findSessions,
  insertCourses,
  insertSession,
  updateCourse,
  updateSession,
  upsertAttendance,
  type CourseRow,
  type SessionRow,
} from './training.repository';

/*
 * Courses, sessions and attendance (issue 11 §3), kept by the security unit and the admin. The
 * five kinds of course are there from the first look: an organisation without courses gets one
 * of each kind with the domain's default validity.
 */

const trainingResource = (caller: Caller) => ({
  type: 'training' as const,
  organisationId: caller.organisationId,
});

const nameTaken = {
  sv: 'Det finns redan en kurs med det namnet.',
  en: 'There is already a course with that name.',
};
const unknownCourse = {
  sv: 'Kursen finns inte eller är arkiverad.',
  en: 'The course does not exist or is archived.',
};
const sessionCancelled = {
  sv: 'Tillfället är inställt och kan inte ändras.',
  en: 'The session is cancelled and cannot be changed.',
};
const unknownPerson = { sv: 'Personen finns inte i registret.', en: 'The person is not in the register.' };

const toCourse = (row: CourseRow): Course => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  description: row.description,
  validityMonths: row.validityMonths,
  archived: row.archived,
});

/** Gives an organisation without courses the five default ones (idempotent). */
export async function ensureDefaultCourses(
  db: DbOrTx,
  organisationId: string,
  now: Date,
): Promise<CourseRow[]> {
  const existing = await findCourses(db, organisationId);
  if (existing.length > 0) return sortCourses(existing);
  await insertCourses(
    db,
    courseKinds.map((kind) => ({
      organisationId,
      kind,
      name: courseKindText[kind].sv,
      validityMonths: defaultCourseValidityMonths[kind],
      createdAt: now,
      updatedAt: now,
    })),
  );
  return sortCourses(await findCourses(db, organisationId));
}

/** Gives every organisation without courses the five default ones (at start, as the checklist templates). */
export async function ensureDefaultCoursesEverywhere(db: DbOrTx, now: Date): Promise<void> {
  for (const organisation of await findAllOrganisationIds(db))
    await ensureDefaultCourses(db, organisation.id, now);
}

/** Active first, then in the order of the kinds, then by name. */
function sortCourses(rows: CourseRow[]): CourseRow[] {
  return rows.sort(
    (a, b) =>
      Number(a.archived) - Number(b.archived) ||
      courseKinds.indexOf(a.kind) - courseKinds.indexOf(b.kind) ||
      a.name.localeCompare(b.name, 'sv'),
  );
}

/** `GET /api/training/courses`. */
export async function listCourses(ctx: AppContext, caller: Caller): Promise<CourseList> {
  authorizeOrThrow(caller, Action.TrainingManage, trainingResource(caller));
  return await ctx.db.transaction(async (tx) => ({
    courses: (await ensureDefaultCourses(tx, caller.organisationId, ctx.clock())).map(toCourse),
  }));
}

/** `POST /api/training/courses`. */
export async function createCourse(ctx: AppContext, caller: Caller, body: CreateCourseBody): Promise<Course> {
  authorizeOrThrow(caller, Action.TrainingManage, trainingResource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    await ensureDefaultCourses(tx, caller.organisationId, now);
    if (await findCourseByName(tx, caller.organisationId, body.name))
      throw ruleViolation({ name: nameTaken });
    const [row] = await insertCourses(tx, [
      {
        organisationId: caller.organisationId,
        kind: body.kind,
        name: body.name,
        description: body.description || null,
        validityMonths: body.validityMonths,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    if (!row) throw ruleViolation({ name: nameTaken });
    await audit(tx, caller, now, {
      action: AuditAction.CourseChange,
      recordType: 'course',
      recordId: row.id,
    });
    return toCourse(row);
  });
}

/** `PATCH /api/training/courses/{id}`. */
export async function changeCourse(
  ctx: AppContext,
  caller: Caller,
  courseId: string,
  body: UpdateCourseBody,
): Promise<Course> {
  authorizeOrThrow(caller, Action.TrainingManage, trainingResource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await findCourseById(tx, caller.organisationId, courseId);
    if (!row) throw notFound();
    if (body.name !== undefined) {
      const same = await findCourseByName(tx, caller.organisationId, body.name);
      if (same && same.id !== row.id) throw ruleViolation({ name: nameTaken });
    }
    const updated = await updateCourse(tx, caller.organisationId, row.id, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.description !== undefined ? { description: body.description || null } : {}),
      ...(body.validityMonths !== undefined ? { validityMonths: body.validityMonths } : {}),
      ...(body.archived !== undefined ? { archived: body.archived } : {}),
      updatedAt: now,
    });
    if (!updated) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.CourseChange,
      recordType: 'course',
      recordId: row.id,
    });
    return toCourse(updated);
  });
}

type Counts = Awaited<ReturnType<typeof countSessionRows>>;

function toSummary(row: SessionRow, course: CourseRow | undefined, counts: Counts): TrainingSessionSummary {
  const count = counts.get(row.id) ?? { attended: 0, excused: 0, absent: 0, invited: 0 };
  return {
    id: row.id,
    course: { id: row.courseId, kind: course?.kind ?? 'basic_security', name: course?.name ?? '' },
    heldOn: row.heldOn,
    mode: row.mode,
    place: row.place,
    trainer: row.trainer,
    cancelled: row.cancelledAt !== null,
    ...count,
  };
}

/** The sessions of an organisation as the list shows them (the campaign picks from them too). */
export async function sessionSummaries(
  db: DbOrTx,
  organisationId: string,
): Promise<TrainingSessionSummary[]> {
  const [rows, courses, counts] = await Promise.all([
    findSessions(db, organisationId),
    findCourses(db, organisationId),
    countSessionRows(db, organisationId),
  ]);
  const byId = new Map(courses.map((course) => [course.id, course]));
  return rows.map((row) => toSummary(row, byId.get(row.courseId), counts));
}

/** `GET /api/training/sessions`. */
export async function listSessions(ctx: AppContext, caller: Caller): Promise<TrainingSessionList> {
  authorizeOrThrow(caller, Action.TrainingManage, trainingResource(caller));
  return await ctx.db.transaction(async (tx) => ({
    sessions: await sessionSummaries(tx, caller.organisationId),
  }));
}

async function toSession(db: DbOrTx, organisationId: string, row: SessionRow): Promise<TrainingSession> {
  const course = await findCourseById(db, organisationId, row.courseId);
  const [attendance, invitations, counts] = await Promise.all([
    findSessionAttendance(db, organisationId, row.id),
    findInvitations(db, organisationId, { sessionId: row.id }),
    countSessionRows(db, organisationId),
  ]);
  return {
    ...toSummary(row, course, counts),
    attendance: attendance.map((entry) => ({
      person: { id: entry.personId, name: entry.name },
      status: entry.status,
      note: entry.note,
    })),
    invitations: invitations.map((entry) => ({
      person: { id: entry.invitation.personId, name: entry.name },
      mailedAt: entry.invitation.mailedAt?.toISOString() ?? null,
      remindedAt: entry.invitation.remindedAt?.toISOString() ?? null,
    })),
  };
}

async function loadSession(db: DbOrTx, caller: Caller, sessionId: string): Promise<SessionRow> {
  authorizeOrThrow(caller, Action.TrainingManage, trainingResource(caller));
  const row = await findSessionById(db, caller.organisationId, sessionId);
  if (!row) throw notFound();
  return row;
}

async function activeCourse(db: DbOrTx, organisationId: string, courseId: string): Promise<CourseRow> {
  const course = await findCourseById(db, organisationId, courseId);
  if (!course || course.archived) throw ruleViolation({ courseId: unknownCourse });
  return course;
}

/** `GET /api/training/sessions/{id}`. */
export async function getSession(
  ctx: AppContext,
  caller: Caller,
  sessionId: string,
): Promise<TrainingSession> {
  return await ctx.db.transaction(async (tx) =>
    toSession(tx, caller.organisationId, await loadSession(tx, caller, sessionId)),
  );
}

const blankToNull = (value: string | null | undefined) => (value ? value : null);

/** `POST /api/training/sessions`. */
export async function createSession(
  ctx: AppContext,
  caller: Caller,
  body: CreateTrainingSessionBody,
): Promise<TrainingSession> {
  authorizeOrThrow(caller, Action.TrainingManage, trainingResource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    await activeCourse(tx, caller.organisationId, body.courseId);
    const row = await insertSession(tx, {
      organisationId: caller.organisationId,
      courseId: body.courseId,
      heldOn: body.heldOn,
      mode: body.mode,
      place: blankToNull(body.place),
      trainer: blankToNull(body.trainer),
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, caller, now, {
      action: AuditAction.TrainingSessionChange,
      recordType: 'training_session',
      recordId: row.id,
    });
    return await toSession(tx, caller.organisationId, row);
  });
}

/** `PATCH /api/training/sessions/{id}`: only the fields sent change. */
export async function changeSession(
  ctx: AppContext,
  caller: Caller,
  sessionId: string,
  body: UpdateTrainingSessionBody,
): Promise<TrainingSession> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadSession(tx, caller, sessionId);
    if (row.cancelledAt) throw ruleViolation({ heldOn: sessionCancelled });
    if (body.courseId !== undefined) await activeCourse(tx, caller.organisationId, body.courseId);
    const updated = await updateSession(tx, caller.organisationId, row.id, {
      ...(body.courseId !== undefined ? { courseId: body.courseId } : {}),
      ...(body.heldOn !== undefined ? { heldOn: body.heldOn } : {}),
      ...(body.mode !== undefined ? { mode: body.mode } : {}),
      ...(body.place !== undefined ? { place: blankToNull(body.place) } : {}),
      ...(body.trainer !== undefined ? { trainer: blankToNull(body.trainer) } : {}),
      updatedAt: now,
    });
    if (!updated) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.TrainingSessionChange,
      recordType: 'training_session',
      recordId: row.id,
    });
    return await toSession(tx, caller.organisationId, updated);
  });
}

/** `POST /api/training/sessions/{id}/cancel`: kept for the record; cancelling twice changes nothing. */
export async function cancelSession(
  ctx: AppContext,
  caller: Caller,
  sessionId: string,
): Promise<TrainingSession> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadSession(tx, caller, sessionId);
    if (row.cancelledAt) return await toSession(tx, caller.organisationId, row);
    const updated = await updateSession(tx, caller.organisationId, row.id, {
      cancelledAt: now,
      updatedAt: now,
    });
    if (!updated) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.TrainingSessionChange,
      recordType: 'training_session',
      recordId: row.id,
      details: { cancelled: true },
    });
    return await toSession(tx, caller.organisationId, updated);
  });
}

/** `POST /api/training/sessions/{id}/attendance`: the people sent are set, the others stay. */
export async function recordAttendance(
  ctx: AppContext,
  caller: Caller,
  sessionId: string,
  body: RecordAttendanceBody,
): Promise<TrainingSession> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadSession(tx, caller, sessionId);
    if (row.cancelledAt) throw ruleViolation({ rows: sessionCancelled });
    const known = new Set((await findPeople(tx, caller.organisationId)).map((person) => person.id));
    const unknown = body.rows.findIndex((entry) => !known.has(entry.personId));
    if (unknown >= 0) throw ruleViolation({ [`rows.${unknown}.personId`]: unknownPerson });
    await upsertAttendance(
      tx,
      body.rows.map((entry) => ({
        organisationId: caller.organisationId,
        sessionId: row.id,
        personId: entry.personId,
        status: entry.status,
        note: blankToNull(entry.note),
        recordedByUserId: caller.userId,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await audit(tx, caller, now, {
      action: AuditAction.TrainingAttendanceRecord,
      recordType: 'training_session',
      recordId: row.id,
      details: { rows: body.rows.length },
    });
    return await toSession(tx, caller.organisationId, row);
  });
}

/** `GET /api/training/people`: the register's people by name, for the attendance and invitation pickers. */
export async function listTrainingPeople(ctx: AppContext, caller: Caller): Promise<TrainingPeople> {
  authorizeOrThrow(caller, Action.TrainingManage, trainingResource(caller));
  const people = await findPeople(ctx.db, caller.organisationId);
  return { people: people.map((person) => ({ id: person.id, name: person.name })) };
}
