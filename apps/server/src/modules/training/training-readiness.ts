import {
  BodyAssignment,
  KeyPersonRole,
  swedishDate,
  untrainedChairsOn,
  type UntrainedKeyPerson,
} from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { findAttendancesByPerson, findChairAssignments, findCourses } from './training.repository';

/**
 * The chairs and vice chairs of a body, on a meeting's day, without a valid basic security
 * training (domain `untrainedChairsOn`): the meeting's readiness warning "untrained key person".
 */
export async function findUntrainedChairs(
  db: DbOrTx,
  organisationId: string,
  bodyId: string,
  meetingStartsAt: Date,
): Promise<UntrainedKeyPerson[]> {
  const assignments = await findChairAssignments(db, organisationId, bodyId);
  if (assignments.length === 0) return [];
  const [courses, attendances] = await Promise.all([
    findCourses(db, organisationId),
    findAttendancesByPerson(
      db,
      organisationId,
      assignments.map((assignment) => assignment.personId),
    ),
  ]);
  const people = new Map(assignments.map((row) => [row.personId, row]));
  return untrainedChairsOn(assignments, bodyId, swedishDate(meetingStartsAt), attendances, courses).map(
    (chair) => ({
      role: chair.role === BodyAssignment.Chair ? KeyPersonRole.Chair : KeyPersonRole.ViceChair,
      name: people.get(chair.personId)?.name ?? '',
      userId: people.get(chair.personId)?.userId ?? null,
    }),
  );
}
