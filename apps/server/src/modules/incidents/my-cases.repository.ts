import { and, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import { CaseRelation, type IncidentScope } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { incidents } from '../../db/schema';
import { scopeCondition } from './incidents.repository';

/** The columns a card of "Mina ärenden" needs. */
const myCaseColumns = {
  id: incidents.id,
  reference: incidents.reference,
  reportedAt: incidents.reportedAt,
  status: incidents.status,
  ongoing: incidents.ongoing,
  categories: incidents.categories,
  reportedByUserId: incidents.reportedByUserId,
  targetUserId: incidents.targetUserId,
};

/** SQL of the domain's `caseRelation`: own when the user reported it or it is about them. */
function ownCase(userId: string): SQL {
  return or(eq(incidents.reportedByUserId, userId), eq(incidents.targetUserId, userId)) ?? sql`false`;
}

/**
 * A page of the cases in the scope that concern `userId`, newest first (ties by id), starting
 * after `after`; one row more than `limit` tells whether another page follows.
 */
export async function findMyCasesPage(
  db: DbOrTx,
  organisationId: string,
  scope: IncidentScope,
  userId: string,
  page: {
    readonly relation: CaseRelation | undefined;
    readonly limit: number;
    readonly after: { readonly reportedAt: Date; readonly id: string } | undefined;
  },
) {
  const conditions: SQL[] = [scopeCondition(organisationId, scope)];
  if (page.relation === CaseRelation.Own) conditions.push(ownCase(userId));
  if (page.relation === CaseRelation.Member) conditions.push(sql`not (${ownCase(userId)})`);
  if (page.after) {
    const { reportedAt, id } = page.after;
    conditions.push(
      or(
        lt(incidents.reportedAt, reportedAt),
        and(eq(incidents.reportedAt, reportedAt), lt(incidents.id, id)),
      ) ?? sql`false`,
    );
  }
  return await db
    .select(myCaseColumns)
    .from(incidents)
    .where(and(...conditions))
    .orderBy(desc(incidents.reportedAt), desc(incidents.id))
    .limit(page.limit + 1);
}
