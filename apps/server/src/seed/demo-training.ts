import { asc, eq } from 'drizzle-orm';
import { AttendanceStatus, CourseKind, SessionMode, swedishDate, addCalendarDays } from '@varn/domain';
import type { Tx } from '../db/client';
import {
  electionWorkers,
  parties,
  partySecurityContacts,
  people,
  personAssignments,
  personPartyAffiliations,
  trainingAttendance,
  trainingSessions,
} from '../db/schema';
import { ensureDefaultCourses } from '../modules/training';

/**
 * Four years of training for the demo organisation (issue 11 "Done when"): the basic course after
 * the 2022 election and for new officials since, the KL 4:18 a course, the party contacts' course,
 * the refresher before the election of 13 September 2026 (spring and summer 2026), the election
 * workers' course in August 2026, and a basic course to come for the new term. Attendance goes to
 * the people the register's seed wrote (read here: officials are those with assignments), so that
 * about four in five officials hold a valid basic training, some are overdue, and one party lags.
 * Only sessions held by `now` get attendance. Deterministic: a seeded PRNG, no `Math.random`.
 */

/** Mulberry32: a small deterministic PRNG, numbers in [0, 1). */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface DemoSession {
  readonly kind: CourseKind;
  readonly heldOn: string;
  readonly mode: SessionMode;
  readonly place: string | null;
  readonly trainer: string;
}

const unit = 'Säkerhetsenheten';
const hall = 'Stadshuset, sessionssalen';

/** The sessions, oldest first; `coming` is the day of the new term's first basic course. */
export function demoTrainingSessions(coming: string): DemoSession[] {
  const session = (kind: CourseKind, heldOn: string, place: string | null = hall, trainer = unit) => ({
    kind,
    heldOn,
    mode: place === null ? SessionMode.Online : SessionMode.InPerson,
    place,
    trainer,
  });
  return [
    session(CourseKind.BasicSecurity, '2022-11-24', hall, 'Säkerhetsenheten och Polisen'),
    session(CourseKind.BasicSecurity, '2023-02-08'),
    session(CourseKind.BasicSecurity, '2023-03-15', null),
    session(CourseKind.BasicSecurity, '2023-09-12', 'Kulturhuset, sal 2'),
    session(CourseKind.BasicSecurity, '2024-09-10'),
    session(CourseKind.BasicSecurity, '2025-03-11', null),
    session(CourseKind.PartyContacts, '2025-05-20', 'Stadshuset, sal B'),
    session(CourseKind.Kl418a, '2025-09-16', 'Stadshuset, sal B', 'Säkerhetschefen'),
    session(CourseKind.BasicSecurity, '2025-10-07'),
    session(CourseKind.Kl418a, '2026-02-10', null, 'Säkerhetschefen'),
    session(CourseKind.PreElectionRefresher, '2026-04-14'),
    session(CourseKind.PreElectionRefresher, '2026-05-19', null),
    session(CourseKind.PreElectionRefresher, '2026-06-09', 'Kulturhuset, sal 2'),
    session(CourseKind.ElectionWorkers, '2026-08-11', 'Valkansliet', 'Valnämndens kansli'),
    session(CourseKind.PreElectionRefresher, '2026-08-18'),
    session(CourseKind.ElectionWorkers, '2026-08-20', null, 'Valnämndens kansli'),
    session(CourseKind.ElectionWorkers, '2026-08-27', 'Valkansliet', 'Valnämndens kansli'),
    session(CourseKind.BasicSecurity, '2026-10-27', hall, 'Säkerhetsenheten och Polisen'),
    session(CourseKind.BasicSecurity, coming),
  ];
}

/** Seeds courses, sessions and attendance of the organisation's people; returns the counts. */
export async function seedDemoTraining(
  tx: Tx,
  organisationId: string,
  now: Date,
  recordedByUserId: string | null = null,
): Promise<{ sessions: number; attendance: number }> {
  const today = swedishDate(now);
  const courses = await ensureDefaultCourses(tx, organisationId, now);
  const courseOf = new Map(courses.map((course) => [course.kind, course.id]));
  const sessions: (DemoSession & { id: string })[] = [];
  for (const session of demoTrainingSessions(addCalendarDays(today, 24))) {
    const [row] = await tx
      .insert(trainingSessions)
      .values({
        organisationId,
        courseId: courseOf.get(session.kind) ?? '',
        heldOn: session.heldOn,
        mode: session.mode,
        place: session.place,
        trainer: session.trainer,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (row) sessions.push({ ...session, id: row.id });
  }
  const held = (kind: CourseKind) =>
    sessions.filter((session) => session.kind === kind && session.heldOn <= today);

  const everyone = await tx
    .select({ id: people.id })
    .from(people)
    .where(eq(people.organisationId, organisationId))
    .orderBy(asc(people.name), asc(people.id));
  const assignments = await tx
    .select({ personId: personAssignments.personId, commissioner: personAssignments.commissioner })
    .from(personAssignments)
    .where(eq(personAssignments.organisationId, organisationId));
  const workers = new Set(
    (
      await tx
        .select({ personId: electionWorkers.personId })
        .from(electionWorkers)
        .where(eq(electionWorkers.organisationId, organisationId))
    ).map((row) => row.personId),
  );
  const affiliations = new Map(
    (
      await tx
        .select({ personId: personPartyAffiliations.personId, partyId: personPartyAffiliations.partyId })
        .from(personPartyAffiliations)
        .where(eq(personPartyAffiliations.organisationId, organisationId))
    ).map((row) => [row.personId, row.partyId]),
  );
  const contacts = new Set(
    (
      await tx
        .select({
          contact: partySecurityContacts.contactPersonId,
          deputy: partySecurityContacts.deputyPersonId,
        })
        .from(partySecurityContacts)
        .where(eq(partySecurityContacts.organisationId, organisationId))
    ).flatMap((row) => [row.contact, row.deputy].filter((id): id is string => id !== null)),
  );
  // The party that lags behind: the last by abbreviation, so that it is the same on every run.
  const partyRows = await tx
    .select({ id: parties.id })
    .from(parties)
    .where(eq(parties.organisationId, organisationId))
    .orderBy(asc(parties.abbreviation));
  const laggingParty = partyRows.at(-1)?.id ?? null;

  const officials = new Set(assignments.map((row) => row.personId));
  const commissioners = new Set(
    assignments.filter((row) => row.commissioner !== null).map((row) => row.personId),
  );
  const random = prng(2026_09_13);
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  const rows = new Map<string, typeof trainingAttendance.$inferInsert>();
  const attend = (
    sessionId: string | undefined,
    personId: string,
    status: AttendanceStatus,
    note?: string,
  ) => {
    if (!sessionId) return;
    rows.set(`${sessionId}:${personId}`, {
      organisationId,
      sessionId,
      personId,
      status,
      note: note ?? null,
      recordedByUserId,
      createdAt: now,
      updatedAt: now,
    });
  };

  const basic = held(CourseKind.BasicSecurity);
  for (const { id } of everyone) {
    if (officials.has(id)) {
      const share = affiliations.get(id) === laggingParty ? 0.55 : 0.92;
      const roll = random();
      if (roll < share) {
        // One in twelve of the trained took the first course after the 2022 election and is overdue now.
        const session = random() < 0.08 ? basic[0] : pick(basic.slice(1));
        attend(session?.id, id, AttendanceStatus.Attended);
      } else if (roll < share + 0.08) {
        attend(pick(basic)?.id, id, AttendanceStatus.Excused, 'Förhinder: annat sammanträde');
      } else if (random() < 0.5) {
        attend(pick(basic)?.id, id, AttendanceStatus.Absent);
      }
      if (random() < 0.72)
        attend(pick(held(CourseKind.PreElectionRefresher))?.id, id, AttendanceStatus.Attended);
    }
    if (commissioners.has(id) && random() < 0.8)
      attend(pick(held(CourseKind.Kl418a))?.id, id, AttendanceStatus.Attended);
    if (contacts.has(id) && random() < 0.85)
      attend(pick(held(CourseKind.PartyContacts))?.id, id, AttendanceStatus.Attended);
    if (workers.has(id)) {
      const roll = random();
      const session = pick(held(CourseKind.ElectionWorkers))?.id;
      if (roll < 0.9) attend(session, id, AttendanceStatus.Attended);
      else attend(session, id, AttendanceStatus.Excused);
    }
  }
  const values = [...rows.values()];
  if (values.length > 0) await tx.insert(trainingAttendance).values(values);
  return { sessions: sessions.length, attendance: values.length };
}
