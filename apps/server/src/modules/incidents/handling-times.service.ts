import { Action, AuditAction, handlingTimeMetricsFromAggregates } from '@varn/domain';
import type { Metrics } from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { audit } from '../audit';
import { collection } from './incident-records';
import { aggregateHandlingTimes } from './incidents.repository';

/** `GET /api/incidents/metrics`: handling times by category (security unit). */
export async function getHandlingTimes(
  ctx: AppContext,
  caller: Caller,
  from: Date,
  to: Date,
): Promise<Metrics> {
  authorizeOrThrow(caller, Action.IncidentMetrics, collection(caller));
  // Counted, medians and p90 computed in SQL: the period's rows never leave the database.
  const metrics = handlingTimeMetricsFromAggregates(
    await aggregateHandlingTimes(ctx.db, caller.organisationId, from, to),
  );
  await ctx.db.transaction(async (tx) =>
    audit(tx, caller, ctx.clock(), {
      action: AuditAction.IncidentMetricsRead,
      recordType: 'incident',
      details: { count: metrics.overall.reported },
    }),
  );
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    overall: metrics.overall,
    byCategory: Object.entries(metrics.byCategory).map(([category, stats]) => ({ category, ...stats })),
  };
}
