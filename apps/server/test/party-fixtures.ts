import { randomUUID } from 'node:crypto';
import type { Database } from '../src/db/client';
import { people, personContactDetails, personPartyAffiliations } from '../src/db/schema';

/*
 * People of the register for the tests of the parties' contacts, the directory and the guidelines,
 * written straight into the database: the register's own routes are another module's.
 */

/** A person of the register, optionally in a party and with an e-mail address and phone. */
export async function createPerson(
  database: Database,
  organisationId: string,
  options: { name?: string; partyId?: string; email?: string; phone?: string; userId?: string } = {},
): Promise<string> {
  const now = new Date();
  const [row] = await database.db
    .insert(people)
    .values({
      organisationId,
      name: options.name ?? `Person ${randomUUID().slice(0, 6)}`,
      userId: options.userId ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: people.id });
  if (!row) throw new Error('no person');
  if (options.email !== undefined || options.phone !== undefined)
    await database.db.insert(personContactDetails).values({
      personId: row.id,
      organisationId,
      email: options.email ?? null,
      phone: options.phone ?? null,
      createdAt: now,
      updatedAt: now,
    });
  if (options.partyId)
    await database.db
      .insert(personPartyAffiliations)
      .values({ personId: row.id, organisationId, partyId: options.partyId, createdAt: now, updatedAt: now });
  return row.id;
}

/** A small real PDF (one empty page). */
export const testPdf = (): Buffer =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
