import { aliasedTable, and, asc, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { parties, users } from '../../db/schema';

/** A party row. */
export type PartyRow = typeof parties.$inferSelect;

const contact = aliasedTable(users, 'contact');
const deputy = aliasedTable(users, 'deputy');

/** The parties of an organisation with their contacts' names, largest first. */
export async function findPartiesWithContacts(db: DbOrTx, organisationId: string, partyId?: string) {
  return await db
    .select({
      party: parties,
      contactName: contact.name,
      contactEmail: contact.email,
      deputyName: deputy.name,
      deputyEmail: deputy.email,
    })
    .from(parties)
    .leftJoin(contact, eq(contact.id, parties.securityContactUserId))
    .leftJoin(deputy, eq(deputy.id, parties.deputyContactUserId))
    .where(and(eq(parties.organisationId, organisationId), partyId ? eq(parties.id, partyId) : undefined))
    .orderBy(sql`${parties.councilSeats} desc`, asc(parties.name));
}

/** Finds one party of an organisation. */
export async function findPartyById(
  db: DbOrTx,
  organisationId: string,
  partyId: string,
): Promise<PartyRow | undefined> {
  const [row] = await db
    .select()
    .from(parties)
    .where(and(eq(parties.organisationId, organisationId), eq(parties.id, partyId)))
    .limit(1);
  return row;
}

/** Whether another party of the organisation already uses an abbreviation (case-insensitive). */
export async function existsPartyWithAbbreviation(
  db: DbOrTx,
  organisationId: string,
  abbreviation: string,
  exceptPartyId?: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: parties.id })
    .from(parties)
    .where(
      and(
        eq(parties.organisationId, organisationId),
        sql`lower(${parties.abbreviation}) = lower(${abbreviation})`,
        exceptPartyId ? sql`${parties.id} <> ${exceptPartyId}` : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Inserts a party. */
export async function insertParty(db: DbOrTx, values: typeof parties.$inferInsert): Promise<PartyRow> {
  const [row] = await db.insert(parties).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates a party of an organisation. */
export async function updateParty(
  db: DbOrTx,
  organisationId: string,
  partyId: string,
  values: Partial<Omit<typeof parties.$inferInsert, 'id' | 'organisationId' | 'createdAt'>>,
): Promise<PartyRow | undefined> {
  const [row] = await db
    .update(parties)
    .set(values)
    .where(and(eq(parties.organisationId, organisationId), eq(parties.id, partyId)))
    .returning();
  return row;
}

/** The parties where a user is the security contact or the deputy. */
export async function findPartiesWhereContact(
  db: DbOrTx,
  organisationId: string,
  userId: string,
): Promise<PartyRow[]> {
  return await db
    .select()
    .from(parties)
    .where(
      and(
        eq(parties.organisationId, organisationId),
        or(eq(parties.securityContactUserId, userId), eq(parties.deputyContactUserId, userId)),
      ),
    );
}

/** Removes a user from every contact appointment (when the account is deactivated). */
export async function clearContactAppointments(
  db: DbOrTx,
  organisationId: string,
  userId: string,
  now: Date,
): Promise<number> {
  const asContact = await db
    .update(parties)
    .set({ securityContactUserId: null, updatedAt: now })
    .where(and(eq(parties.organisationId, organisationId), eq(parties.securityContactUserId, userId)))
    .returning({ id: parties.id });
  const asDeputy = await db
    .update(parties)
    .set({ deputyContactUserId: null, updatedAt: now })
    .where(and(eq(parties.organisationId, organisationId), eq(parties.deputyContactUserId, userId)))
    .returning({ id: parties.id });
  return asContact.length + asDeputy.length;
}
