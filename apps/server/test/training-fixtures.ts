import type { BodyAssignment, CommissionerKind } from '@varn/domain';
import type { Database } from '../src/db/client';
import {
  electionWorkers,
  people,
  personAssignments,
  personContactDetails,
  personPartyAffiliations,
} from '../src/db/schema';

/*
 * People of the register written directly (issue 11): the training tests do not go through the
 * register's routes, which another module owns.
 */

/** A person of the register with, optionally, an e-mail, a linked account, a party and assignments. */
export async function insertPerson(
  database: Database,
  organisationId: string,
  values: {
    name: string;
    email?: string;
    userId?: string;
    partyId?: string;
    assignments?: readonly {
      bodyId: string;
      role?: BodyAssignment;
      termStart?: string;
      termEnd?: string | null;
      commissioner?: CommissionerKind | null;
    }[];
    electionDate?: string;
  },
): Promise<string> {
  const [row] = await database.db
    .insert(people)
    .values({ organisationId, name: values.name, userId: values.userId ?? null })
    .returning();
  if (!row) throw new Error('no person inserted');
  if (values.email)
    await database.db
      .insert(personContactDetails)
      .values({ personId: row.id, organisationId, email: values.email });
  if (values.partyId)
    await database.db
      .insert(personPartyAffiliations)
      .values({ personId: row.id, organisationId, partyId: values.partyId });
  for (const assignment of values.assignments ?? [])
    await database.db.insert(personAssignments).values({
      organisationId,
      personId: row.id,
      bodyId: assignment.bodyId,
      role: assignment.role ?? 'member',
      termStart: assignment.termStart ?? '2022-10-15',
      termEnd: assignment.termEnd === undefined ? '2026-10-14' : assignment.termEnd,
      commissioner: assignment.commissioner ?? null,
    });
  if (values.electionDate)
    await database.db.insert(electionWorkers).values({
      organisationId,
      personId: row.id,
      electionDate: values.electionDate,
      role: 'polling_station',
    });
  return row.id;
}
