import { BodyAssignment } from '../meetings/meeting';
import { isAssignmentActiveOn, isCoveredByKl418a, type PersonAssignment } from '../network/register';
import { CourseKind } from './courses';
import type { RefresherCampaignWindow } from './elections';
import {
  defaultDueSoonDays,
  trainingStandingOn,
  TrainingStatus,
  type Attendance,
  type CourseValidity,
  type TrainingStanding,
} from './status';

/**
 * Which courses a person needs (issue 11 §3: "who is due or overdue"), and a person's standing with
 * a kind of course when the unit keeps more than one course of that kind. Pure: the day comes in.
 */

/** What decides which courses a person needs. */
export interface TrainingNeedFacts {
  /** The person's assignments in the bodies (any term: only those running on the day count). */
  readonly assignments: readonly PersonAssignment[];
  /** The election days the person works at as an election worker (YYYY-MM-DD). */
  readonly electionWorkerDates: readonly string[];
  /** Whether the person is a party's security contact or deputy. */
  readonly partySecurityContact: boolean;
}

/**
 * The kinds of course a person needs on a day (YYYY-MM-DD), in the order of `courseKinds`:
 *
 * - basic security: an elected official, someone with an assignment running on the day;
 * - the pre-election refresher: an official, while the campaign before the next general election
 *   runs (`campaign`, null outside it), up to and including election day;
 * - the election workers' course: someone who works at an election on or after the day;
 * - KL 4:18 a: a full-time or part-time commissioner on the day (`isCoveredByKl418a`);
 * - the party contacts' course: a party's security contact or deputy.
 */
export function requiredCourseKinds(
  facts: TrainingNeedFacts,
  day: string,
  campaign: RefresherCampaignWindow | null,
): CourseKind[] {
  const official = facts.assignments.some((assignment) => isAssignmentActiveOn(assignment, day));
  const kinds: CourseKind[] = [];
  if (official) kinds.push(CourseKind.BasicSecurity);
  if (official && campaign !== null && day >= campaign.opensOn && day <= campaign.electionDate)
    kinds.push(CourseKind.PreElectionRefresher);
  if (facts.electionWorkerDates.some((date) => date >= day)) kinds.push(CourseKind.ElectionWorkers);
  if (isCoveredByKl418a(facts.assignments, day)) kinds.push(CourseKind.Kl418a);
  if (facts.partySecurityContact) kinds.push(CourseKind.PartyContacts);
  return kinds;
}

/** A standing with a kind of course, and the course it rests on (null when never attended). */
export interface KindStanding extends TrainingStanding {
  readonly courseId: string | null;
}

/**
 * A person's standing with a kind of course on a day, over every course of that kind the unit
 * keeps (an old and a new basic course, say): the course whose validity runs longest decides.
 */
export function standingForKind(
  attendances: readonly Attendance[],
  courses: readonly CourseValidity[],
  kind: CourseKind,
  day: string,
  dueSoonDays: number = defaultDueSoonDays,
): KindStanding {
  let best: KindStanding = {
    status: TrainingStatus.Never,
    lastAttendedOn: null,
    expiresOn: null,
    courseId: null,
  };
  for (const course of courses) {
    if (course.kind !== kind) continue;
    const standing = trainingStandingOn(attendances, course, day, dueSoonDays);
    if (standing.expiresOn !== null && (best.expiresOn === null || standing.expiresOn > best.expiresOn))
      best = { ...standing, courseId: course.id };
  }
  return best;
}

/** A chair or vice chair of a body on a day, without a valid basic security training. */
export interface UntrainedChair {
  readonly personId: string;
  readonly role: typeof BodyAssignment.Chair | typeof BodyAssignment.ViceChair;
}

/**
 * The chairs and vice chairs of a body on a day (a meeting's day, YYYY-MM-DD) without a basic
 * security training valid that day (DOMAIN.md §6: "a high-risk meeting whose chair is untrained"):
 * the meeting's readiness warning. A person holding both roles is named once, as chair. `attendances`
 * holds each person's attendance rows by person id; `courses` every course (only basic security ones
 * count).
 */
export function untrainedChairsOn(
  assignments: readonly (PersonAssignment & { readonly personId: string })[],
  bodyId: string,
  day: string,
  attendances: ReadonlyMap<string, readonly Attendance[]>,
  courses: readonly CourseValidity[],
): UntrainedChair[] {
  const roles = new Map<string, UntrainedChair['role']>();
  for (const assignment of assignments) {
    if (assignment.bodyId !== bodyId || !isAssignmentActiveOn(assignment, day)) continue;
    if (assignment.role === BodyAssignment.Chair) roles.set(assignment.personId, BodyAssignment.Chair);
    else if (assignment.role === BodyAssignment.ViceChair && !roles.has(assignment.personId))
      roles.set(assignment.personId, BodyAssignment.ViceChair);
  }
  const untrained: UntrainedChair[] = [];
  for (const [personId, role] of roles) {
    const standing = standingForKind(
      attendances.get(personId) ?? [],
      courses,
      CourseKind.BasicSecurity,
      day,
      0,
    );
    if (standing.status !== TrainingStatus.Valid) untrained.push({ personId, role });
  }
  return untrained.sort((a, b) => (a.role === b.role ? 0 : a.role === BodyAssignment.Chair ? -1 : 1));
}
