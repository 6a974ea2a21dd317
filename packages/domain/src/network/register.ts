import { BodyAssignment } from '../meetings/meeting';
import type { BilingualText } from '../shared/bilingual';

/**
 * The officials register (förtroendevaldaregistret, issue 11 §1, ADR 018): the people the unit
 * protects and trains — elected officials, staff, election workers — whether or not they ever log
 * in. A person is the register's own record; a user account may be linked to it later. Party
 * affiliation is kept apart (`person_party_affiliations`), read only through the policy and never
 * searched per person.
 *
 * An assignment's role is the meetings module's {@link BodyAssignment} (member, substitute, chair,
 * vice chair): one vocabulary for the register and the bodies of ADR 017.
 */

/** Which group a person of the register belongs to (DOMAIN.md §2). A person may be in several. */
export const PersonGroup = {
  /** Förtroendevald: elected, with assignments in bodies. */
  Official: 'official',
  /** Tjänsteperson. */
  Staff: 'staff',
  /** Valarbetare: per election (`election_workers`). */
  ElectionWorker: 'election_worker',
} as const;
export type PersonGroup = (typeof PersonGroup)[keyof typeof PersonGroup];
export const personGroups: readonly PersonGroup[] = Object.values(PersonGroup);

/** Names of the groups for the UI. */
export const personGroupText: Readonly<Record<PersonGroup, BilingualText>> = {
  official: { sv: 'Förtroendevald', en: 'Elected official' },
  staff: { sv: 'Tjänsteperson', en: 'Staff' },
  election_worker: { sv: 'Valarbetare', en: 'Election worker' },
};

/**
 * Whether an official holds their assignments full-time or part-time (heltids- or
 * deltidsengagerad förtroendevald, kommunallagen 4 kap. 2 §, the "kommunalråd"): those the
 * municipality must protect and train under 4 kap. 18 a § (from 1 July 2025). Null on an
 * assignment: a leisure-time official (fritidspolitiker), not covered.
 */
export const CommissionerKind = {
  FullTime: 'full_time',
  PartTime: 'part_time',
} as const;
export type CommissionerKind = (typeof CommissionerKind)[keyof typeof CommissionerKind];
export const commissionerKinds: readonly CommissionerKind[] = Object.values(CommissionerKind);

/** Names of the commissioner kinds for the UI. */
export const commissionerKindText: Readonly<Record<CommissionerKind, BilingualText>> = {
  full_time: { sv: 'Heltidsengagerad', en: 'Full-time' },
  part_time: { sv: 'Deltidsengagerad', en: 'Part-time' },
};

/** How a person wants the unit to reach them. */
export const PreferredContact = {
  Email: 'email',
  Phone: 'phone',
  /** A text message to the phone number. */
  Sms: 'sms',
  /** A letter to the address: never for a person with a protected address. */
  Post: 'post',
} as const;
export type PreferredContact = (typeof PreferredContact)[keyof typeof PreferredContact];
export const preferredContacts: readonly PreferredContact[] = Object.values(PreferredContact);

/** Names of the contact ways for the UI. */
export const preferredContactText: Readonly<Record<PreferredContact, BilingualText>> = {
  email: { sv: 'E-post', en: 'E-mail' },
  phone: { sv: 'Telefon', en: 'Phone' },
  sms: { sv: 'Sms', en: 'Text message' },
  post: { sv: 'Brev', en: 'Letter' },
};

/** Longest texts of a person in the register, in characters. */
export const personTextLimits = {
  /** Full name as the municipality's list writes it. */
  name: 200,
  /** RFC 5321's longest address. */
  email: 254,
  phone: 40,
  /** Street, postcode and town on one field. */
  address: 300,
  /** The unit's note on the person ("kontakta via partikansliet"). */
  note: 1000,
} as const;

/** A person's contact details as stored (issue 11 §1). */
export interface PersonContactDetails {
  readonly email: string | null;
  readonly phone: string | null;
  readonly address: string | null;
  /**
   * Skyddade personuppgifter (sekretessmarkering, skyddad folkbokföring): the address is kept for
   * the unit's own use at most, and never shown, printed or exported.
   */
  readonly protectedAddress: boolean;
  readonly preferredContact: PreferredContact | null;
}

/** The address that may be shown: null for a person with a protected address (issue 11 §1). */
export function shownAddress(details: PersonContactDetails): string | null {
  return details.protectedAddress ? null : details.address;
}

/** What is wrong with a person's contact details. */
export const ContactDetailsProblem = {
  /** The preferred way has no e-mail, phone or address to use. */
  PreferredContactMissing: 'preferred_contact_missing',
  /** Letters to a protected address would put it on envelopes and lists. */
  PostToProtectedAddress: 'post_to_protected_address',
} as const;
export type ContactDetailsProblem = (typeof ContactDetailsProblem)[keyof typeof ContactDetailsProblem];

/** The problem with a person's contact details, or null when they are fine. */
export function contactDetailsProblem(details: PersonContactDetails): ContactDetailsProblem | null {
  switch (details.preferredContact) {
    case null:
      return null;
    case PreferredContact.Email:
      return details.email === null ? ContactDetailsProblem.PreferredContactMissing : null;
    case PreferredContact.Phone:
    case PreferredContact.Sms:
      return details.phone === null ? ContactDetailsProblem.PreferredContactMissing : null;
    case PreferredContact.Post:
      if (details.protectedAddress) return ContactDetailsProblem.PostToProtectedAddress;
      return details.address === null ? ContactDetailsProblem.PreferredContactMissing : null;
  }
}

/** One assignment (uppdrag) of a person in a body, for a term. */
export interface PersonAssignment {
  readonly bodyId: string;
  readonly role: BodyAssignment;
  /** First day of the term (YYYY-MM-DD). */
  readonly termStart: string;
  /** Last day of the term (YYYY-MM-DD), or null while open-ended. */
  readonly termEnd: string | null;
  /** Full-time or part-time commissioner in this assignment, or null. */
  readonly commissioner: CommissionerKind | null;
}

/** Whether an assignment runs on a calendar day (YYYY-MM-DD), both term days included. */
export function isAssignmentActiveOn(assignment: PersonAssignment, day: string): boolean {
  return assignment.termStart <= day && (assignment.termEnd === null || day <= assignment.termEnd);
}

/**
 * Whether a person is covered by kommunallagen 4 kap. 18 a § on a day: they hold a running
 * assignment as a full-time or part-time commissioner. Such people need the KL 4:18 a course.
 */
export function isCoveredByKl418a(assignments: readonly PersonAssignment[], day: string): boolean {
  return assignments.some(
    (assignment) => assignment.commissioner !== null && isAssignmentActiveOn(assignment, day),
  );
}

/**
 * The person who chairs a body on a day, for the meeting's readiness warning "untrained chair of a
 * high-risk meeting" (DOMAIN.md §6): the ids of people with a running chair assignment in it.
 */
export function chairsOn(
  assignments: readonly (PersonAssignment & { readonly personId: string })[],
  bodyId: string,
  day: string,
): string[] {
  return assignments
    .filter(
      (assignment) =>
        assignment.bodyId === bodyId &&
        assignment.role === BodyAssignment.Chair &&
        isAssignmentActiveOn(assignment, day),
    )
    .map((assignment) => assignment.personId);
}

/** What is wrong with an assignment's term. */
export const TermProblem = {
  /** The last day is before the first. */
  EndsBeforeStart: 'ends_before_start',
  /** Longer than {@link maxTermYears}. */
  TooLong: 'too_long',
} as const;
export type TermProblem = (typeof TermProblem)[keyof typeof TermProblem];

/**
 * The longest term, in years: a mandatperiod is four years (kommunallagen 5 kap. 5 §); a term may
 * start late (a fyllnadsval) but not run longer than two periods.
 */
export const maxTermYears = 8;

/** The problem with a term (YYYY-MM-DD; `termEnd` null: open-ended), or null when it is fine. */
export function termProblem(termStart: string, termEnd: string | null): TermProblem | null {
  if (termEnd === null) return null;
  if (termEnd < termStart) return TermProblem.EndsBeforeStart;
  const latestEnd = `${Number(termStart.slice(0, 4)) + maxTermYears}${termStart.slice(4)}`;
  if (termEnd > latestEnd) return TermProblem.TooLong;
  return null;
}

/** Most assignments of one person. */
export const maxPersonAssignments = 30;
