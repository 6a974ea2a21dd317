import {
  courseKinds,
  nextGeneralElection,
  refresherCampaignWindow,
  requiredCourseKinds,
  standingForKind,
  swedishDate,
  type Attendance,
  type CourseKind,
  type KindStanding,
  type PersonAssignment,
  type RefresherCampaignWindow,
} from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import {
  findAssignments,
  findAttendancesByPerson,
  findCourses,
  findElectionWork,
  findPartyContactPeople,
  findPeople,
  type CourseRow,
} from './training.repository';

/**
 * What the training status of an organisation's people rests on, read once per request: the
 * courses, each person's attendance, assignments, election work and whether they are a party
 * contact, and the refresher campaign before the next general election. The rules are the
 * domain's (`requiredCourseKinds`, `standingForKind`).
 */
export interface TrainingFacts {
  /** The day in Sweden the statuses are for. */
  readonly day: string;
  readonly courses: readonly CourseRow[];
  readonly people: readonly { id: string; name: string; userId: string | null }[];
  readonly attendances: ReadonlyMap<string, readonly Attendance[]>;
  readonly assignments: ReadonlyMap<string, readonly PersonAssignment[]>;
  readonly electionDates: ReadonlyMap<string, readonly string[]>;
  readonly partyContacts: ReadonlySet<string>;
  readonly campaign: RefresherCampaignWindow;
}

function groupBy<T extends { personId: string }, V>(
  rows: readonly T[],
  value: (row: T) => V,
): Map<string, V[]> {
  const map = new Map<string, V[]>();
  for (const row of rows) {
    const list = map.get(row.personId) ?? [];
    list.push(value(row));
    map.set(row.personId, list);
  }
  return map;
}

/** Reads the facts of the organisation's people (or of the people named) at `now`. */
export async function loadTrainingFacts(
  db: DbOrTx,
  organisationId: string,
  now: Date,
  personIds?: readonly string[],
): Promise<TrainingFacts> {
  const everyone = await findPeople(db, organisationId);
  const wanted = personIds ? new Set(personIds) : null;
  const selected = wanted ? everyone.filter((person) => wanted.has(person.id)) : everyone;
  const ids = personIds ? selected.map((person) => person.id) : undefined;
  const [courses, attendances, assignments, work, partyContacts] = await Promise.all([
    findCourses(db, organisationId),
    findAttendancesByPerson(db, organisationId, ids),
    findAssignments(db, organisationId, ids),
    findElectionWork(db, organisationId, ids),
    findPartyContactPeople(db, organisationId),
  ]);
  return {
    day: swedishDate(now),
    courses,
    people: selected,
    attendances,
    assignments: groupBy(assignments, ({ personId: _personId, ...assignment }) => assignment),
    electionDates: groupBy(work, (row) => row.electionDate),
    partyContacts,
    campaign: refresherCampaignWindow(nextGeneralElection(now)),
  };
}

/** The kinds of course a person needs on the facts' day. */
export function needsOf(facts: TrainingFacts, personId: string): CourseKind[] {
  return requiredCourseKinds(
    {
      assignments: facts.assignments.get(personId) ?? [],
      electionWorkerDates: facts.electionDates.get(personId) ?? [],
      partySecurityContact: facts.partyContacts.has(personId),
    },
    facts.day,
    facts.campaign,
  );
}

/** A person's standing with a kind of course on a day (the facts' day unless given). */
export function standingOf(
  facts: TrainingFacts,
  personId: string,
  kind: CourseKind,
  day = facts.day,
): KindStanding {
  return standingForKind(facts.attendances.get(personId) ?? [], facts.courses, kind, day);
}

/** The kinds the organisation keeps a course of (archived ones too: attendance still counts). */
export function keptKinds(facts: TrainingFacts): CourseKind[] {
  return courseKinds.filter((kind) => facts.courses.some((course) => course.kind === kind));
}
