import type { BilingualText } from '../shared/bilingual';
import { swedishDate } from '../shared/swedish-time';

/**
 * The parties' security contacts (säkerhetsansvariga, DOMAIN.md §1, issue 11 §2): per party a
 * contact and a deputy, who keep watch and tell the unit when something happens or is on its way.
 * A party without a contact is a readiness gap, shown everywhere it matters (the party list, the
 * situational picture, the meeting's readiness warnings). Who may be appointed is decided by
 * `checkContactAppointment` (`parties/contacts.ts`).
 */

/** A party's contacts as the register keeps them; a contact or deputy is a person of the register. */
export interface PartySecurityContact {
  readonly partyId: string;
  /** The contact's person, or null while none is appointed. */
  readonly contactPersonId: string | null;
  readonly deputyPersonId: string | null;
  /** The day the contact was appointed (YYYY-MM-DD), or null. */
  readonly appointedOn: string | null;
  /** The last contact between the party's contact and the unit, or null. */
  readonly lastContactAt: Date | null;
}

/** A gap in a party's readiness, from the most serious. */
export const ReadinessGap = {
  /** No security contact: nobody tells the unit when something is on its way. */
  NoContact: 'no_contact',
  /** A contact, but no deputy to take over. */
  NoDeputy: 'no_deputy',
  /** No contact with the unit for longer than {@link staleContactDays}, or never. */
  NoRecentContact: 'no_recent_contact',
} as const;
export type ReadinessGap = (typeof ReadinessGap)[keyof typeof ReadinessGap];
export const readinessGaps: readonly ReadinessGap[] = Object.values(ReadinessGap);

/** Names of the gaps for the UI and the situational picture. */
export const readinessGapText: Readonly<Record<ReadinessGap, BilingualText>> = {
  no_contact: { sv: 'Saknar säkerhetsansvarig', en: 'No security contact' },
  no_deputy: { sv: 'Saknar ersättare', en: 'No deputy' },
  no_recent_contact: { sv: 'Ingen kontakt på länge', en: 'No recent contact' },
};

/**
 * Days without contact between a party's contact and the unit after which it is a gap, unless the
 * unit says otherwise: half a year, so every contact is heard at least twice a year.
 */
export const staleContactDays = 180;

/**
 * A party's readiness gaps at `now`, most serious first; empty when ready. Without a contact only
 * {@link ReadinessGap.NoContact} is given: a deputy or a last contact without a contact says
 * nothing. `contact` is null when the party has no row.
 */
export function partyReadinessGaps(
  contact: PartySecurityContact | null,
  now: Date,
  staleAfterDays: number = staleContactDays,
): ReadinessGap[] {
  if (contact === null || contact.contactPersonId === null) return [ReadinessGap.NoContact];
  const gaps: ReadinessGap[] = [];
  if (contact.deputyPersonId === null) gaps.push(ReadinessGap.NoDeputy);
  const today = Date.parse(`${swedishDate(now)}T00:00:00Z`);
  const last =
    contact.lastContactAt === null ? null : Date.parse(`${swedishDate(contact.lastContactAt)}T00:00:00Z`);
  if (last === null || (today - last) / 86_400_000 > staleAfterDays) gaps.push(ReadinessGap.NoRecentContact);
  return gaps;
}

/**
 * The parties without a security contact (the readiness gap of issue 11 §2), in the parties'
 * order. Parties without a row have none.
 */
export function partiesWithoutContact<P extends { readonly id: string }>(
  parties: readonly P[],
  contacts: readonly PartySecurityContact[],
): P[] {
  const withContact = new Set(
    contacts.filter((contact) => contact.contactPersonId !== null).map((contact) => contact.partyId),
  );
  return parties.filter((party) => !withContact.has(party.id));
}
