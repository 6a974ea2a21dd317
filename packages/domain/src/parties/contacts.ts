import { Role } from '../access/roles';

/**
 * Appointment of a party's security contact (säkerhetsansvarig) and deputy (DOMAIN.md §1, §6).
 * The contact speaks for the party to the security unit, so they must be an active member of
 * that party, in the party-contact or official role.
 */

/** Why an appointment is refused. */
export type ContactAppointmentProblem =
  'contact_not_active' | 'contact_wrong_party' | 'contact_wrong_role' | 'contact_same_as_deputy';

/** The facts about the person to appoint. */
export interface ContactCandidate {
  readonly userId: string;
  readonly role: Role;
  readonly active: boolean;
  readonly partyId: string | null;
}

/** Checks one appointment; `null` when it may be made. */
export function checkContactAppointment(
  partyId: string,
  candidate: ContactCandidate,
): ContactAppointmentProblem | null {
  if (!candidate.active) return 'contact_not_active';
  if (candidate.role !== Role.PartyContact && candidate.role !== Role.Official) return 'contact_wrong_role';
  if (candidate.partyId !== partyId) return 'contact_wrong_party';
  return null;
}

/** Checks the pair: the deputy must be another person than the contact. */
export function checkContactPair(
  contactUserId: string | null,
  deputyUserId: string | null,
): ContactAppointmentProblem | null {
  return contactUserId !== null && contactUserId === deputyUserId ? 'contact_same_as_deputy' : null;
}
