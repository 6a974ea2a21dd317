import {
  Action,
  assessmentIsStale,
  AuditAction,
  comparisonYearOf,
  daysUntilElection,
  electionMonthsOf,
  handlingTimeMetricsFromAggregates,
  isGeneralElectionYear,
  nationalPoliceReportBaseline,
  nextGeneralElection,
  policeReportRate,
  policeReportTarget,
  ptuChannelOf,
  ptuChannels,
  ptuChannelText,
  ptuExposureOf,
  ptuExposures,
  ptuExposureText,
  ptuPerpetratorOf,
  ptuPerpetrators,
  ptuPerpetratorText,
  publishedShare,
  repeatVictimisationOf,
  severities,
  shareOf,
  startOfSwedishDay,
  suppressSingle,
  suppressSmallCounts,
  swedishDate,
  targetRoles,
  targetRoleText,
  trendOf,
  situationScope,
  type BilingualText,
  type DurationStats,
  type RiskLevel,
  type SituationScope,
  type TaxonomyKind,
} from '@varn/domain';
import type { RecordSituationAssessmentBody, Situation, SituationAssessment, Trend } from '@varn/contracts';
import type { DbOrTx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError } from '../../lib/errors';
import { audit } from '../audit';
import type { SituationCache } from './situation-cache';
import { endorsedPartyCountOf } from '../guidelines';
import { aggregateHandlingTimes, openCaseCountersOf } from '../incidents';
import { currentThreatLevelOf, meetingRiskFacts } from '../meetings';
import { findPartyById, partySecurityContactsOf } from '../parties';
import { findTaxonomyLabels } from '../taxonomy';
import { basicTrainingCoverageOf } from '../training';
import {
  countIncidentKpis,
  countMeetingPlans,
  countOpenAndNew,
  countScreenedMatters,
  countSignalsSince,
  countTrends,
  findHighMatters,
  findLatestAssessment,
  findMeetingsBetween,
  insertAssessment,
  type Range,
  type TrendRow,
} from './situation.repository';

/*
 * The lägesbild (issue 12, DOMAIN.md §7): "how is it now, and what is coming" — counted from the
 * cases, signals, meetings, matters, parties and training when read, in the reader's scope
 * (`situationScope`): the security unit all of it with names and titles; the viewer the
 * organisation's aggregates with small cells hidden; a party contact their party's aggregates.
 */

/** How far ahead the "now" band looks for meetings (days). */
export const upcomingMeetingDays = 14;
/** Most meetings and matters the unit's lägesbild names (the rest are counted). */
const listedItems = 8;
const dayMs = 86_400_000;

const situationResource = (caller: Caller) =>
  ({ type: 'situation', organisationId: caller.organisationId }) as const;

/** The scope a built lägesbild is for (the caller's, or the aggregate one a report asks for). */
export type BuildScope = Exclude<SituationScope, { kind: 'none' }>;

/** A calendar year in Swedish time. */
function yearRange(year: number): Range {
  return { from: startOfSwedishDay(`${year}-01-01`), to: startOfSwedishDay(`${year + 1}-01-01`) };
}

/** The year's part up to `now` (a year to come is empty: from = to). */
function soFar(range: Range, now: Date): Range {
  const to = new Date(Math.min(range.to.getTime(), Math.max(range.from.getTime(), now.getTime())));
  return { from: range.from, to };
}

/** The earlier of two days (YYYY-MM-DD). */
const minDay = (a: string, b: string): string => (a < b ? a : b);

/** The caller's scope, or a 403 for a role that reads no lägesbild. */
export function scopeOf(caller: Caller): BuildScope {
  authorizeOrThrow(caller, Action.SituationRead, situationResource(caller));
  const scope = situationScope(caller);
  // A party contact without a party (the policy says none): nothing of theirs to count.
  if (scope.kind === 'none') throw new AppError('forbidden');
  return scope;
}

/** `GET /api/situation`: the caller's lägesbild of a year (the current year unless given); audited. */
export async function getSituation(
  ctx: AppContext,
  caller: Caller,
  year?: number,
  cache?: SituationCache,
): Promise<Situation> {
  const scope = scopeOf(caller);
  const now = ctx.clock();
  const shownYear = year ?? Number(swedishDate(now).slice(0, 4));
  const count = () => buildSituation(ctx, caller.organisationId, scope, shownYear, now);
  const scopeKey = scope.kind === 'party' ? `party:${scope.partyId}` : scope.kind;
  const situation = cache
    ? await cache.get(caller.organisationId, `${scopeKey}|${shownYear}`, count)
    : await count();
  await ctx.db.transaction(async (tx) =>
    audit(tx, caller, now, {
      action: AuditAction.SituationRead,
      recordType: 'situation',
      details: { scope: scope.kind, year: situation.year },
    }),
  );
  return situation;
}

/**
 * The lägesbild of an organisation in a scope, unaudited: the caller has authorized and audits
 * (the page, the report, the exports). `year` defaults to the current year in Sweden.
 */
export async function buildSituation(
  ctx: AppContext,
  organisationId: string,
  scope: BuildScope,
  year: number | undefined,
  now: Date,
): Promise<Situation> {
  const today = swedishDate(now);
  const shownYear = year ?? Number(today.slice(0, 4));
  const comparisonYear = comparisonYearOf(shownYear);
  const full = scope.kind === 'full';
  const partyId = scope.kind === 'party' ? scope.partyId : null;
  const organisationWide = scope.kind !== 'party';
  const suppress = !full;
  const range = yearRange(shownYear);
  // Meetings count once held; cases and matters cannot be reported or registered ahead of time.
  const heldRange = soFar(range, now);
  const weekStart = new Date(now.getTime() - 7 * dayMs);
  const election = nextGeneralElection(now);

  // The counts run side by side on the pool's connections (each a consistent count of its own;
  // together they may straddle a commit, which the next live update corrects).
  const db = ctx.db;
  {
    const [
      assessment,
      threatLevel,
      openRows,
      counters,
      signalCount,
      trendRows,
      incidentKpis,
      handling,
      labels,
      party,
      training,
      meetingsNow,
      matters,
      plans,
      screened,
      contacts,
      endorsed,
    ] = await Promise.all([
      findLatestAssessment(db, organisationId),
      currentThreatLevelOf(db, organisationId, now),
      countOpenAndNew(db, organisationId, partyId, weekStart),
      organisationWide
        ? db.transaction((tx) => openCaseCountersOf(ctx, tx, organisationId))
        : Promise.resolve(null),
      organisationWide ? countSignalsSince(db, organisationId, weekStart) : Promise.resolve(null),
      countTrends(db, organisationId, partyId, range, yearRange(comparisonYear)),
      countIncidentKpis(db, organisationId, partyId, range),
      aggregateHandlingTimes(db, organisationId, range.from, range.to, {
        byCategory: false,
        ...(partyId ? { targetPartyId: partyId } : {}),
      }),
      findTaxonomyLabels(db, organisationId),
      partyId ? findPartyById(db, organisationId, partyId) : Promise.resolve(undefined),
      basicTrainingCoverageOf(db, organisationId, now, partyId ?? undefined),
      organisationWide ? upcomingMeetings(db, organisationId, now, full) : null,
      // One row at least: the count comes with the rows (a window over all of them).
      organisationWide ? findHighMatters(db, organisationId, today, full ? listedItems : 1) : null,
      organisationWide ? countMeetingPlans(db, organisationId, heldRange) : null,
      organisationWide
        ? countScreenedMatters(db, organisationId, `${shownYear}-01-01`, minDay(today, `${shownYear}-12-31`))
        : null,
      organisationWide ? partySecurityContactsOf(db, organisationId, now) : null,
      organisationWide ? endorsedPartyCountOf(db, organisationId, today) : null,
    ]);

    const single = (count: number | null) =>
      count === null ? null : suppress ? suppressSingle(count) : count;

    // Now: open cases by severity (a group per severity, "unassessed" last).
    const severityKeys = [...severities, 'unassessed'] as const;
    const openBy = new Map(openRows.map((row) => [row.severity ?? 'unassessed', row]));
    const openGroups = severityKeys.map((key) => ({ key, count: openBy.get(key)?.open ?? 0 }));
    const open = suppress
      ? suppressSmallCounts(openGroups)
      : { groups: openGroups, total: openGroups.reduce((sum, group) => sum + group.count, 0) };
    const newThisWeek = openRows.reduce((sum, row) => sum + row.new_this_week, 0);

    const handlingStats = handlingTimeMetricsFromAggregates(handling).overall;
    const duration = (stats: DurationStats) =>
      suppress && stats.count < 5
        ? { count: null, medianHours: null, p90Hours: null }
        : { count: stats.count, medianHours: stats.medianHours, p90Hours: stats.p90Hours };

    return {
      scope: scope.kind,
      party: party ? { id: party.id, name: party.name } : null,
      generatedAt: now.toISOString(),
      today,
      year: shownYear,
      assessment: assessment
        ? {
            id: assessment.id,
            level: assessment.level,
            text: assessment.text,
            assessedAt: assessment.assessedAt.toISOString(),
            assessedBy: full ? assessment.assessedBy : null,
            stale: assessmentIsStale(assessment.assessedAt, now),
          }
        : null,
      threatLevel: threatLevel ? { level: threatLevel.level, changedOn: threatLevel.changedOn } : null,
      election: { date: election, daysUntil: daysUntilElection(election, now) },
      now: {
        openTotal: open.total,
        openBySeverity: open.groups.map((group) => ({ severity: group.key, count: group.count })),
        newIncidentsThisWeek: single(newThisWeek),
        newSignalsThisWeek: single(signalCount),
        overdueMeasures: single(counters?.overdueMeasures ?? null),
        policeUpdatesDue: single(counters?.policeUpdateDue ?? null),
        policeReminderDays: counters?.policeReminderDays ?? 0,
        meetings: meetingsNow,
        matters: matters
          ? {
              // Matters are the council's work, not persons: counted, not suppressed (ADR 019).
              highOrComplex: matters.total,
              items: full
                ? matters.items.map((row) => ({
                    id: row.id,
                    title: row.title,
                    riskLevel: (row.risk_level as RiskLevel | null) ?? null,
                    complexity: row.complexity_level,
                  }))
                : [],
            }
          : null,
      },
      kpis: {
        policeReportRate: {
          ...publishedShare(
            policeReportRate(incidentKpis.reported, incidentKpis.reportable),
            false,
            suppress ? 5 : 1,
          ),
          baseline: { ...nationalPoliceReportBaseline },
          target: policeReportTarget,
        },
        repeatVictimisation: publishedShare(
          repeatVictimisationOf(incidentKpis.histogram),
          suppress,
          suppress ? 5 : 1,
        ),
        handlingTimes: {
          toFirstContact: duration(handlingStats.toFirstContact),
          toAssessed: duration(handlingStats.toAssessed),
          toClosed: duration(handlingStats.toClosed),
        },
        meetingsWithFinishedPlan: plans ? shareOf(plans.approved, plans.meetings) : null,
        mattersScreened: screened ? shareOf(screened.screened, screened.matters) : null,
        partiesWithContact: contacts
          ? shareOf(contacts.filter((entry) => entry.contact !== null).length, contacts.length)
          : null,
        partiesWithEndorsement: endorsed ? shareOf(endorsed.endorsed, endorsed.parties) : null,
        trainingCoverage: publishedShare(
          shareOf(training.trained, training.officials),
          suppress,
          suppress ? 5 : 1,
        ),
      },
      trends: trendsOf(trendRows, labels, shownYear, comparisonYear, suppress),
    };
  }
}

/** The meetings of the coming days with their risk and plan (titles for the unit only). */
async function upcomingMeetings(db: DbOrTx, organisationId: string, now: Date, full: boolean) {
  const rows = await findMeetingsBetween(
    db,
    organisationId,
    now,
    new Date(now.getTime() + upcomingMeetingDays * dayMs),
  );
  const facts = rows.length > 0 ? await meetingRiskFacts(db, organisationId, rows, now) : new Map();
  const levelOf = (id: string): RiskLevel | null => facts.get(id)?.risk.level ?? null;
  const keys = ['high', 'moderate', 'low', 'unassessed'] as const;
  return {
    days: upcomingMeetingDays,
    total: rows.length,
    byRisk: keys.map((key) => ({
      level: key,
      count: rows.filter((row) => (levelOf(row.id) ?? 'unassessed') === key).length,
    })),
    upcoming: full
      ? rows.slice(0, listedItems).map((row) => ({
          id: row.id,
          title: row.title,
          startsAt: row.startsAt.toISOString(),
          riskLevel: levelOf(row.id),
          planFinished: facts.get(row.id)?.plan?.status === 'approved',
        }))
      : [],
  };
}

type Labels = readonly { kind: TaxonomyKind; code: string; sv: string; en: string }[];

const monthNames: readonly BilingualText[] = [
  { sv: 'januari', en: 'January' },
  { sv: 'februari', en: 'February' },
  { sv: 'mars', en: 'March' },
  { sv: 'april', en: 'April' },
  { sv: 'maj', en: 'May' },
  { sv: 'juni', en: 'June' },
  { sv: 'juli', en: 'July' },
  { sv: 'augusti', en: 'August' },
  { sv: 'september', en: 'September' },
  { sv: 'oktober', en: 'October' },
  { sv: 'november', en: 'November' },
  { sv: 'december', en: 'December' },
];
const notStated: BilingualText = { sv: 'Ej angivet', en: 'Not stated' };

/** The trends of the year beside the comparison year, in the lists' order, suppressed for aggregates. */
function trendsOf(
  rows: readonly TrendRow[],
  labels: Labels,
  year: number,
  comparisonYear: number,
  suppress: boolean,
): Situation['trends'] {
  const of = (dimension: TrendRow['dimension']) => rows.filter((row) => row.dimension === dimension);
  // Counts per key, this year and the comparison year.
  const tally = (entries: readonly { current: boolean; key: string; count: number }[]) => {
    const counts = new Map<string, { count: number; comparison: number }>();
    for (const entry of entries) {
      const value = counts.get(entry.key) ?? { count: 0, comparison: 0 };
      if (entry.current) value.count += entry.count;
      else value.comparison += entry.count;
      counts.set(entry.key, value);
    }
    return counts;
  };
  const build = (
    counts: Map<string, { count: number; comparison: number }>,
    order: readonly string[],
    label: (key: string) => BilingualText,
    keepEmpty: boolean,
  ): Trend => {
    const keys = [...order, ...[...counts.keys()].filter((key) => !order.includes(key))].filter(
      (key) => keepEmpty || (counts.get(key)?.count ?? 0) + (counts.get(key)?.comparison ?? 0) > 0,
    );
    const trend = trendOf(
      keys.map((key) => ({
        key,
        count: counts.get(key)?.count ?? 0,
        comparison: counts.get(key)?.comparison ?? 0,
      })),
      suppress,
    );
    return {
      groups: trend.groups.map((group) => ({
        key: group.key,
        label: label(group.key),
        count: group.count,
        comparison: group.comparison,
      })),
      total: trend.total,
      comparisonTotal: trend.comparisonTotal,
    };
  };
  const listLabel = (kind: TaxonomyKind) => {
    const byCode = new Map(labels.filter((row) => row.kind === kind).map((row) => [row.code, row]));
    return {
      order: labels.filter((row) => row.kind === kind).map((row) => row.code),
      label: (code: string): BilingualText => {
        const row = byCode.get(code);
        return row ? { sv: row.sv, en: row.en } : code === 'none' ? notStated : { sv: code, en: code };
      },
    };
  };
  const keyed = (dimension: TrendRow['dimension']) =>
    of(dimension).map((row) => ({ current: row.current, key: row.key ?? 'none', count: row.count }));

  const categorySets = of('categories');
  const categories = listLabel('category');
  const channels = listLabel('channel');
  const perpetrators = listLabel('perpetrator_type');
  const months = monthNames.map((_name, index) => String(index + 1).padStart(2, '0'));
  const ptu = <K extends string>(group: (row: TrendRow) => K, source: readonly TrendRow[]) =>
    tally(source.map((row) => ({ current: row.current, key: group(row), count: row.count })));

  return {
    year,
    comparisonYear,
    electionYear: isGeneralElectionYear(year),
    electionMonths: electionMonthsOf(year).map((month) => month.slice(5)),
    comparisonElectionMonths: electionMonthsOf(comparisonYear).map((month) => month.slice(5)),
    byMonth: build(tally(keyed('month')), months, (key) => monthNames[Number(key) - 1] ?? notStated, true),
    // An incident of several categories counts in each.
    byCategory: build(
      tally(
        categorySets.flatMap((row) =>
          (row.categories ?? []).map((code) => ({ current: row.current, key: code, count: row.count })),
        ),
      ),
      categories.order,
      categories.label,
      false,
    ),
    byChannel: build(tally(keyed('channel')), channels.order, channels.label, false),
    byPerpetrator: build(tally(keyed('perpetrator')), perpetrators.order, perpetrators.label, false),
    byTargetRole: build(
      tally(keyed('target_role')),
      targetRoles,
      (key) => (key in targetRoleText ? targetRoleText[key as keyof typeof targetRoleText] : notStated),
      false,
    ),
    byPtuExposure: build(
      ptu((row) => ptuExposureOf(row.categories ?? []), categorySets),
      ptuExposures,
      (key) => ptuExposureText[key as keyof typeof ptuExposureText],
      true,
    ),
    byPtuChannel: build(
      ptu((row) => ptuChannelOf(row.key === 'none' ? null : row.key), of('channel')),
      ptuChannels,
      (key) => ptuChannelText[key as keyof typeof ptuChannelText],
      true,
    ),
    byPtuPerpetrator: build(
      ptu((row) => ptuPerpetratorOf(row.key), of('perpetrator')),
      ptuPerpetrators,
      (key) => ptuPerpetratorText[key as keyof typeof ptuPerpetratorText],
      true,
    ),
  };
}

/** `POST /api/situation/assessments` (security unit): a new overall level and written assessment. */
export async function recordSituationAssessment(
  ctx: AppContext,
  caller: Caller,
  body: RecordSituationAssessmentBody,
): Promise<SituationAssessment> {
  authorizeOrThrow(caller, Action.SituationAssess, situationResource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await insertAssessment(tx, {
      organisationId: caller.organisationId,
      level: body.level,
      text: body.text,
      assessedByUserId: caller.userId,
      assessedAt: now,
    });
    await audit(tx, caller, now, {
      action: AuditAction.SituationAssess,
      recordType: 'situation',
      recordId: row.id,
      details: { level: body.level },
    });
    const latest = await findLatestAssessment(tx, caller.organisationId);
    return {
      id: row.id,
      level: row.level,
      text: row.text,
      assessedAt: row.assessedAt.toISOString(),
      assessedBy: latest?.id === row.id ? latest.assessedBy : null,
      stale: false,
    };
  });
}
