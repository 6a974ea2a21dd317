import { Action, AuditAction, handlingTimeMetrics } from '@varn/domain';
import type { Metrics } from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { audit } from '../audit';
import { collection } from './incident-records';
import { findHandlingTimes } from './incidents.repository';

/** `GET /api/incidents/metrics`: handling times by category (security unit). */
export async function getHandlingTimes(
  ctx: AppContext,
  caller: Caller,
  from: Date,
  to: Date,
): Promise<Metrics> {
  authorizeOrThrow(caller, Action.IncidentMetrics, collection(caller));
  const rows = await findHandlingTimes(ctx.db, caller.organisationId, from, to);
  const metrics = handlingTimeMetrics(rows, from, to);
  await ctx.db.transaction(async (tx) =>
    audit(tx, caller, ctx.clock(), {
      action: AuditAction.IncidentMetricsRead,
      recordType: 'incident',
      details: { count: rows.length },
    }),
  );
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    overall: metrics.overall,
    byCategory: Object.entries(metrics.byCategory).map(([category, stats]) => ({ category, ...stats })),
  };
}
