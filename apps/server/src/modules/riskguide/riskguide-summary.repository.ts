import { and, count, countDistinct, eq, gte, lt, sql } from 'drizzle-orm';
import type { MeasureStatus, RiskguideSummaryFacts, RiskLevel } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { assessments, matters, measures, screeningRows, screenings } from '../../db/schema';

/**
 * The facts behind Riskguide in figures (issue 4 §7), counted by PostgreSQL: groups and counts,
 * never a title. The rule that turns them into figures is `riskguideSummary` in the domain.
 */
export async function findRiskguideSummaryFacts(
  db: DbOrTx,
  organisationId: string,
  period: { from: Date; to: Date },
): Promise<RiskguideSummaryFacts> {
  // Every matter with the level of its latest screening row and of its latest finished
  // assessment, grouped by the pair (at most 16 rows).
  const levels = await db.execute<{
    screening_level: RiskLevel | null;
    risk_level: RiskLevel | null;
    count: number;
  }>(sql`
    with latest_screening as (
      select distinct on (r.matter_id) r.matter_id, r.level
      from ${screeningRows} r
      join ${screenings} s on s.id = r.screening_id
      where r.organisation_id = ${organisationId}
      order by r.matter_id, s.screened_at desc, r.position desc
    ), latest_assessment as (
      select distinct on (a.matter_id) a.matter_id, a.risk_level
      from ${assessments} a
      where a.organisation_id = ${organisationId} and a.status = 'finished'
      order by a.matter_id, a.finished_at desc, a.created_at desc
    )
    select ls.level as screening_level, la.risk_level, count(*)::int as count
    from ${matters} m
    left join latest_screening ls on ls.matter_id = m.id
    left join latest_assessment la on la.matter_id = m.id
    where m.organisation_id = ${organisationId}
    group by 1, 2`);

  const [screened] = await db
    .select({ count: countDistinct(screeningRows.matterId) })
    .from(screeningRows)
    .innerJoin(screenings, eq(screenings.id, screeningRows.screeningId))
    .where(
      and(
        eq(screeningRows.organisationId, organisationId),
        gte(screenings.screenedAt, period.from),
        lt(screenings.screenedAt, period.to),
      ),
    );

  const finished = await db
    .select({
      riskLevel: assessments.riskLevel,
      cell: assessments.matrixCell,
      startedAt: assessments.createdAt,
      finishedAt: assessments.finishedAt,
    })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        eq(assessments.status, 'finished'),
        gte(assessments.finishedAt, period.from),
        lt(assessments.finishedAt, period.to),
      ),
    );

  const [drafts] = await db
    .select({ count: count() })
    .from(assessments)
    .where(and(eq(assessments.organisationId, organisationId), eq(assessments.status, 'draft')));

  const measureGroups = await db
    .select({ status: measures.status, dueDate: measures.dueDate, count: count() })
    .from(measures)
    .where(and(eq(measures.organisationId, organisationId), eq(measures.subjectType, 'matter')))
    .groupBy(measures.status, measures.dueDate);

  return {
    matters: levels.rows.map((row) => ({
      screeningLevel: row.screening_level,
      riskLevel: row.risk_level,
      count: Number(row.count),
    })),
    screenedInPeriod: screened?.count ?? 0,
    // A finished assessment always has a level and a finishing time (a check constraint).
    finishedInPeriod: finished.flatMap(({ riskLevel, cell, startedAt, finishedAt }) =>
      riskLevel && finishedAt ? [{ riskLevel, cell, startedAt, finishedAt }] : [],
    ),
    drafts: drafts?.count ?? 0,
    measures: measureGroups.map((group) => ({
      status: group.status satisfies MeasureStatus,
      dueDate: group.dueDate,
      count: group.count,
    })),
  };
}
