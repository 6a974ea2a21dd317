import { Action, AuditAction, riskguideSummary, swedishDate } from '@varn/domain';
import type { RiskguideSummaryView } from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { audit } from '../audit';
import { findRiskguideSummaryFacts } from './riskguide-summary.repository';
import { loadCurrentTemplate } from './templates.service';

/**
 * `GET /api/riskguide/summary`: Riskguide in figures for the security unit and the management
 * (viewers) — counts by level, cell and measure status (and the current template's matrix to place the cells), no titles, answers or names. Audited
 * like the handling times: who looked at which period.
 */
export async function getRiskguideSummary(
  ctx: AppContext,
  caller: Caller,
  from: Date,
  to: Date,
): Promise<RiskguideSummaryView> {
  authorizeOrThrow(caller, Action.RiskguideSummary, {
    type: 'matter',
    organisationId: caller.organisationId,
  });
  return await ctx.db.transaction(async (tx) => {
    const facts = await findRiskguideSummaryFacts(tx, caller.organisationId, { from, to });
    const now = ctx.clock();
    const { template } = await loadCurrentTemplate(tx, caller.organisationId, now);
    await audit(tx, caller, now, {
      action: AuditAction.RiskguideSummaryRead,
      recordType: 'matter',
      details: { from: from.toISOString(), to: to.toISOString() },
    });
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      ...riskguideSummary(facts, swedishDate(now)),
      matrix: template.matrix,
    };
  });
}
