import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { swedishDate } from '@varn/domain';
import type { Caller } from '../lib/context';
import type { DbOrTx } from './client';
import { bodyMembers, people, personAssignments } from './schema';

/**
 * The bodies a user sits in (`Actor.bodyIds`, ADR 017 and 018): the closed meetings, and their
 * agendas' matters, the user may see. Two sources while `body_members` is interim (ADR 018): the
 * user's rows there, and the running assignments (`isAssignmentActiveOn`, today in Swedish time)
 * of the register's person linked to the user's account. One home for the meeting and matter rules.
 */
export async function findBodyIdsOfUser(
  db: DbOrTx,
  organisationId: string,
  userId: string,
  now: Date = new Date(),
): Promise<string[]> {
  const today = swedishDate(now);
  const [members, assignments] = await Promise.all([
    db
      .select({ bodyId: bodyMembers.bodyId })
      .from(bodyMembers)
      .where(and(eq(bodyMembers.organisationId, organisationId), eq(bodyMembers.userId, userId))),
    db
      .select({ bodyId: personAssignments.bodyId })
      .from(personAssignments)
      .innerJoin(people, eq(people.id, personAssignments.personId))
      .where(
        and(
          eq(people.organisationId, organisationId),
          eq(people.userId, userId),
          lte(personAssignments.termStart, today),
          or(isNull(personAssignments.termEnd), gte(personAssignments.termEnd, today)),
        ),
      ),
  ]);
  return [...new Set([...members, ...assignments].map((row) => row.bodyId))];
}

/**
 * The caller with `bodyIds` loaded (ADR 017: a missing list is no bodies, so the server loads it
 * for every meeting and matter route). A caller that carries the list already is returned as is.
 */
export async function withBodyIds(db: DbOrTx, caller: Caller): Promise<Caller> {
  if (caller.bodyIds !== undefined) return caller;
  return { ...caller, bodyIds: await findBodyIdsOfUser(db, caller.organisationId, caller.userId) };
}
