import { Action, AuditAction, caseRelation, myCasesScope, plainStatus } from '@varn/domain';
import {
  myCasesCursor,
  myCasesDefaultLimit,
  parseMyCasesCursor,
  type MyCaseList,
  type MyCasesQuery,
} from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { audit } from '../audit';
import { collection } from './incident-records';
import { findMyCasesPage } from './my-cases.repository';

/**
 * `GET /api/incidents/mine` (issue 9 §1): "Mina ärenden" — the cases that concern the caller, newest
 * first, a page at a time by cursor, each marked as the caller's own or a member's (a party
 * security contact sees members' cases they consented to share). Audited like every list of cases.
 */
export async function listMyCases(ctx: AppContext, caller: Caller, query: MyCasesQuery): Promise<MyCaseList> {
  authorizeOrThrow(caller, Action.IncidentList, collection(caller));
  const limit = query.limit ?? myCasesDefaultLimit;
  return await ctx.db.transaction(async (tx) => {
    const rows = await findMyCasesPage(tx, caller.organisationId, myCasesScope(caller), caller.userId, {
      relation: query.relation,
      limit,
      after: query.cursor ? parseMyCasesCursor(query.cursor) : undefined,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.IncidentList,
      recordType: 'incident',
      details: { count: page.length, view: 'mine' },
    });
    return {
      cases: page.map((row) => ({
        id: row.id,
        reference: row.reference,
        reportedAt: row.reportedAt.toISOString(),
        plainStatus: plainStatus(row.status),
        ongoing: row.ongoing,
        categories: row.categories,
        relation: caseRelation(caller.userId, row),
      })),
      nextCursor: rows.length > limit && last ? myCasesCursor(last.reportedAt, last.id) : null,
    };
  });
}
