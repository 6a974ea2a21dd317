import type { BilingualText } from '../shared/bilingual';

/**
 * Training (DOMAIN.md §1, §6; issue 11 §3): the unit trains every elected official in security,
 * refreshes everyone before each general election, trains election workers and the parties'
 * security contacts, and — since July 2025 — the full-time and part-time officials that
 * kommunallagen 4 kap. 18 a § makes the municipality responsible for. A course is a kind of
 * training with a validity; a session is one occasion; attendance is recorded per person.
 */

/** The kinds of course (issue 11 §3). */
export const CourseKind = {
  /** Grundutbildning i säkerhet för förtroendevalda: public places, public meetings. */
  BasicSecurity: 'basic_security',
  /** Repetition före allmänna val: everyone, before each general election (`elections.ts`). */
  PreElectionRefresher: 'pre_election_refresher',
  /** Utbildning för valarbetare: röstmottagare and valförrättare, before each election. */
  ElectionWorkers: 'election_workers',
  /**
   * Utbildning enligt kommunallagen 4 kap. 18 a §: the municipality's duty (from 1 July 2025) to
   * prevent threats and violence against full-time and part-time officials, and to train them.
   */
  Kl418a: 'kl_4_18a',
  /** Utbildning för partiernas säkerhetsansvariga. */
  PartyContacts: 'party_contacts',
} as const;
export type CourseKind = (typeof CourseKind)[keyof typeof CourseKind];
/** In the order the UI lists them. */
export const courseKinds: readonly CourseKind[] = Object.values(CourseKind);

/** Names of the course kinds for the UI, mails and the coverage report. */
export const courseKindText: Readonly<Record<CourseKind, BilingualText>> = {
  basic_security: { sv: 'Grundutbildning i säkerhet', en: 'Basic security training' },
  pre_election_refresher: { sv: 'Repetition före valet', en: 'Pre-election refresher' },
  election_workers: { sv: 'Utbildning för valarbetare', en: 'Election worker training' },
  kl_4_18a: {
    sv: 'Utbildning enligt kommunallagen 4 kap. 18 a §',
    en: 'Training under the Local Government Act, ch. 4 s. 18 a',
  },
  party_contacts: { sv: 'Utbildning för säkerhetsansvariga', en: 'Party security contact training' },
};

/**
 * How long a course stays valid by default, in whole months from the day it was attended; the unit
 * may set another validity per course ({@link courseValidityMonthRange}). Our defaults: a term of
 * office (48 months) for the basic course; 12 months for the refresher and the election workers'
 * course, so that one taken in the election year's spring is valid on election day and not at the
 * next election; 24 months for the KL 4:18 a course and the party contacts' course, twice a term.
 */
export const defaultCourseValidityMonths: Readonly<Record<CourseKind, number>> = {
  basic_security: 48,
  pre_election_refresher: 12,
  election_workers: 12,
  kl_4_18a: 24,
  party_contacts: 24,
};

/** The shortest and longest validity of a course, in months (1 month to 10 years). */
export const courseValidityMonthRange = { min: 1, max: 120 } as const;

/** Whether a validity (months) is a whole number within {@link courseValidityMonthRange}. */
export function isCourseValidity(months: number): boolean {
  return (
    Number.isInteger(months) &&
    months >= courseValidityMonthRange.min &&
    months <= courseValidityMonthRange.max
  );
}

/** Whether a session is held in a room or online (issue 11 §3: "place or online"). */
export const SessionMode = { InPerson: 'in_person', Online: 'online' } as const;
export type SessionMode = (typeof SessionMode)[keyof typeof SessionMode];
export const sessionModes: readonly SessionMode[] = Object.values(SessionMode);

/** Names of the session modes for the UI. */
export const sessionModeText: Readonly<Record<SessionMode, BilingualText>> = {
  in_person: { sv: 'På plats', en: 'In person' },
  online: { sv: 'Digitalt', en: 'Online' },
};

/** A person's attendance at one session (issue 11 §3). Only `attended` counts as trained. */
export const AttendanceStatus = {
  /** Deltog. */
  Attended: 'attended',
  /** Anmält förhinder. */
  Excused: 'excused',
  /** Uteblev. */
  Absent: 'absent',
} as const;
export type AttendanceStatus = (typeof AttendanceStatus)[keyof typeof AttendanceStatus];
export const attendanceStatuses: readonly AttendanceStatus[] = Object.values(AttendanceStatus);

/** Names of the attendance statuses for the UI. */
export const attendanceStatusText: Readonly<Record<AttendanceStatus, BilingualText>> = {
  attended: { sv: 'Deltog', en: 'Attended' },
  excused: { sv: 'Förhinder', en: 'Excused' },
  absent: { sv: 'Uteblev', en: 'Absent' },
};

/** Longest texts of courses and sessions, in characters. */
export const trainingTextLimits = {
  /** "Grundutbildning i säkerhet för förtroendevalda". */
  courseName: 200,
  courseDescription: 4000,
  /** "Stadshuset, sal B" or "Teams". */
  sessionPlace: 300,
  /** The trainer's name or organisation ("Polisen, region Öst"). */
  trainer: 200,
  /** A note on one person's attendance. */
  attendanceNote: 500,
} as const;

/** Most attendance rows of one session (the council in full with substitutes fits). */
export const maxSessionAttendees = 500;
