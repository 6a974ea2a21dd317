import { Action, AuditAction, swedishDate, type MeetingType, type RiskLevel } from '@varn/domain';
import type { MeetingsSummary, MeetingsSummaryQuery } from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { meetingRiskFacts } from './meeting-risk';
import { findMeetingsToCount } from './meeting-summary.repository';

/*
 * Meetings in figures (issue 10, `meeting.summary`: the security unit and viewers): counts only —
 * never a title, a name, a place or a body — so the management can follow the year without
 * reading what the unit knows.
 */

const dayMs = 86_400_000;
/** The longest period one summary covers. */
const maxSummaryDays = 2 * 366;

type LevelCounts = Record<RiskLevel | 'none', number>;
const noLevels = (): LevelCounts => ({ low: 0, moderate: 0, high: 0, none: 0 });

/**
 * `GET /api/meetings/summary`: the period's meetings (by default the coming 12 months), not
 * cancelled, by month of their start in Sweden, by risk level (computed as the calendar computes
 * it) and by type, and how many have an approved plan, a draft or none. Audited.
 */
export async function getMeetingsSummary(
  ctx: AppContext,
  caller: Caller,
  query: MeetingsSummaryQuery,
): Promise<MeetingsSummary> {
  authorizeOrThrow(caller, Action.MeetingSummary, { type: 'meeting', organisationId: caller.organisationId });
  const now = ctx.clock();
  const from = query.from ? new Date(query.from) : now;
  const to = query.to ? new Date(query.to) : new Date(from.getTime() + 365 * dayMs);
  if (to.getTime() <= from.getTime()) throw ruleViolation({ to: 'date_range' });
  if (to.getTime() - from.getTime() > maxSummaryDays * dayMs)
    throw ruleViolation({
      to: { sv: 'Perioden får vara högst två år.', en: 'The period may be at most two years.' },
    });
  return await ctx.db.transaction(async (tx) => {
    const rows = await findMeetingsToCount(tx, caller.organisationId, { from, to });
    const facts = await meetingRiskFacts(tx, caller.organisationId, rows, now);
    const byLevel = noLevels();
    const byMonth = new Map<string, LevelCounts>();
    const byType = new Map<MeetingType, number>();
    const plans = { approved: 0, draft: 0, none: 0 };
    for (const meeting of rows) {
      const fact = facts.get(meeting.id);
      const level = fact?.risk.level ?? 'none';
      byLevel[level] += 1;
      const month = swedishDate(meeting.startsAt).slice(0, 7);
      const counts = byMonth.get(month) ?? noLevels();
      counts[level] += 1;
      byMonth.set(month, counts);
      byType.set(meeting.type, (byType.get(meeting.type) ?? 0) + 1);
      plans[fact?.plan?.status ?? 'none'] += 1;
    }
    await audit(tx, caller, now, {
      action: AuditAction.MeetingSummaryRead,
      details: { from: from.toISOString(), to: to.toISOString() },
    });
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      meetings: rows.length,
      byLevel,
      byMonth: [...byMonth].map(([month, counts]) => ({ month, ...counts })),
      byType: [...byType].map(([type, count]) => ({ type, count })),
      plans,
    };
  });
}
