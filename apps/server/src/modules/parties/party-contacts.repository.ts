import { aliasedTable, and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import {
  parties,
  partySecurityContacts,
  people,
  personContactDetails,
  personPartyAffiliations,
} from '../../db/schema';

/*
 * The parties' security contacts as people of the register (issue 11 §2, ADR 018). People and
 * their contact details are read here only as far as an appointment names them; the register's
 * own queries live in its module.
 */

const contact = aliasedTable(people, 'contact_person');
const deputy = aliasedTable(people, 'deputy_person');
const contactDetails = aliasedTable(personContactDetails, 'contact_details');
const deputyDetails = aliasedTable(personContactDetails, 'deputy_details');

/** Every party of an organisation (or one) with its contacts and their e-mail and phone, largest first. */
export async function findPartySecurityContactRows(db: DbOrTx, organisationId: string, partyId?: string) {
  return await db
    .select({
      party: {
        id: parties.id,
        name: parties.name,
        abbreviation: parties.abbreviation,
        colour: parties.colour,
      },
      contacts: partySecurityContacts,
      contactName: contact.name,
      contactEmail: contactDetails.email,
      contactPhone: contactDetails.phone,
      deputyName: deputy.name,
      deputyEmail: deputyDetails.email,
      deputyPhone: deputyDetails.phone,
    })
    .from(parties)
    .leftJoin(partySecurityContacts, eq(partySecurityContacts.partyId, parties.id))
    .leftJoin(contact, eq(contact.id, partySecurityContacts.contactPersonId))
    .leftJoin(contactDetails, eq(contactDetails.personId, partySecurityContacts.contactPersonId))
    .leftJoin(deputy, eq(deputy.id, partySecurityContacts.deputyPersonId))
    .leftJoin(deputyDetails, eq(deputyDetails.personId, partySecurityContacts.deputyPersonId))
    .where(and(eq(parties.organisationId, organisationId), partyId ? eq(parties.id, partyId) : undefined))
    .orderBy(sql`${parties.councilSeats} desc`, asc(parties.name));
}

export type PartySecurityContactRow = Awaited<ReturnType<typeof findPartySecurityContactRows>>[number];

/** A person of the organisation with their party (special-category data: one person, for the appointment check). */
export async function findPersonWithParty(
  db: DbOrTx,
  organisationId: string,
  personId: string,
): Promise<{ id: string; partyId: string | null } | undefined> {
  const [row] = await db
    .select({ id: people.id, partyId: personPartyAffiliations.partyId })
    .from(people)
    .leftJoin(personPartyAffiliations, eq(personPartyAffiliations.personId, people.id))
    .where(and(eq(people.organisationId, organisationId), eq(people.id, personId)))
    .limit(1);
  return row;
}

/**
 * The people of one party, by name: who may be appointed its contact. Reads the affiliations
 * whole and keeps the party's (no index starts with the party, ADR 018).
 */
export async function findPeopleOfParty(db: DbOrTx, organisationId: string, partyId: string) {
  return await db
    .select({ id: people.id, name: people.name })
    .from(people)
    .innerJoin(personPartyAffiliations, eq(personPartyAffiliations.personId, people.id))
    .where(and(eq(people.organisationId, organisationId), eq(personPartyAffiliations.partyId, partyId)))
    .orderBy(asc(people.name));
}

/** Creates or changes a party's row of contacts. */
export async function upsertPartySecurityContacts(
  db: DbOrTx,
  values: typeof partySecurityContacts.$inferInsert,
): Promise<void> {
  const { partyId: _partyId, organisationId: _organisationId, createdAt: _createdAt, ...changes } = values;
  await db
    .insert(partySecurityContacts)
    .values(values)
    .onConflictDoUpdate({ target: partySecurityContacts.partyId, set: changes });
}
