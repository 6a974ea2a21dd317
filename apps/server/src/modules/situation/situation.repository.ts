import { and, desc, eq, gte, lt, lte, ne, sql } from 'drizzle-orm';
import { IncidentStatus, policeReportCategories, type SituationLevel } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { qualified } from '../../db/sql-fragments';
import {
  assessments,
  incidents,
  matters,
  meetings,
  policeReports,
  screeningRows,
  securityPlans,
  signals,
  situationAssessments,
  users,
} from '../../db/schema';
import { incidentsOf, reportedIn, type Range } from './incident-filters';

export type { Range } from './incident-filters';

/*
 * The lägesbild's counts (issue 12), each one aggregate query that returns counts, never rows of
 * cases: the figures are counted where the data is. `partyId` narrows the incident figures to the
 * cases of one party's members (the party contact's lägesbild), by the party snapshot each case
 * keeps (special-category data, read here only as a filter).
 */

const organisation = (organisationId: string, partyId: string | null) =>
  incidentsOf({ kind: 'organisation', organisationId, partyId });

/** The latest assessment of the unit, with the assessor's name. */
export async function findLatestAssessment(db: DbOrTx, organisationId: string) {
  const [row] = await db
    .select({
      id: situationAssessments.id,
      level: situationAssessments.level,
      text: situationAssessments.text,
      assessedAt: situationAssessments.assessedAt,
      assessedBy: users.name,
    })
    .from(situationAssessments)
    .innerJoin(users, eq(users.id, situationAssessments.assessedByUserId))
    .where(eq(situationAssessments.organisationId, organisationId))
    .orderBy(desc(situationAssessments.assessedAt), desc(situationAssessments.createdAt))
    .limit(1);
  return row;
}

/** Records an assessment. */
export async function insertAssessment(
  db: DbOrTx,
  values: {
    organisationId: string;
    level: SituationLevel;
    text: string;
    assessedByUserId: string;
    assessedAt: Date;
  },
) {
  const [row] = await db.insert(situationAssessments).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Open cases by severity (null: not yet assessed), and the cases reported since `weekStart`. */
export async function countOpenAndNew(
  db: DbOrTx,
  organisationId: string,
  partyId: string | null,
  weekStart: Date,
) {
  const result = await db.execute<{ severity: string | null; open: number; new_this_week: number }>(sql`
    select ${incidents.severity} as severity,
      (count(*) filter (where ${incidents.status} <> ${IncidentStatus.Closed}))::int as open,
      (count(*) filter (where ${incidents.reportedAt} >= ${weekStart.toISOString()}::timestamptz))::int as new_this_week
    from ${incidents}
    where ${organisation(organisationId, partyId)}
      and (${incidents.status} <> ${IncidentStatus.Closed} or ${incidents.reportedAt} >= ${weekStart.toISOString()}::timestamptz)
    group by ${incidents.severity}`);
  return result.rows;
}

/** Signals sent since `since`. */
export async function countSignalsSince(db: DbOrTx, organisationId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(signals)
    .where(and(eq(signals.organisationId, organisationId), gte(signals.createdAt, since)));
  return row?.count ?? 0;
}

/** One row of the trends: a group of one dimension in the current or the comparison year. */
export interface TrendRow {
  readonly current: boolean;
  readonly dimension: 'month' | 'categories' | 'channel' | 'perpetrator' | 'target_role';
  /** The month (1–12), a code, or null (not stated). */
  readonly key: string | null;
  /** For `categories`: the incident's categories (the PTU group is the most serious of them). */
  readonly categories: string[] | null;
  readonly count: number;
}

/**
 * The year's and the comparison year's incidents counted by month (in Swedish time), by their
 * set of categories, channel, perpetrator type and targeted role: one pass over the two years
 * (grouping sets), read off the (organisation, reported_at) index.
 */
export async function countTrends(
  db: DbOrTx,
  organisationId: string,
  partyId: string | null,
  year: Range,
  comparison: Range,
): Promise<TrendRow[]> {
  const result = await db.execute<{
    current: boolean;
    month: number | null;
    categories: string[] | null;
    channel: string | null;
    perpetrator: string | null;
    target_role: string | null;
    dimension: number;
    count: number;
  }>(sql`
    select current, month, categories, channel, perpetrator, target_role,
      grouping(month, categories, channel, perpetrator, target_role) as dimension,
      count(*)::int as count
    from (
      select ${incidents.reportedAt} >= ${year.from.toISOString()}::timestamptz as current,
        extract(month from ${incidents.reportedAt} at time zone 'Europe/Stockholm')::int as month,
        ${incidents.categories} as categories,
        ${incidents.channel} as channel,
        ${incidents.perpetratorType} as perpetrator,
        ${incidents.targetRole} as target_role
      from ${incidents}
      where ${organisation(organisationId, partyId)}
        and ((${reportedIn(year)}) or (${reportedIn(comparison)}))
    ) as period
    group by grouping sets (
      (current, month), (current, categories), (current, channel), (current, perpetrator), (current, target_role)
    )`);
  // grouping() sets a bit for each column left out, the first column the highest (16).
  const dimensionOf: Record<number, TrendRow['dimension']> = {
    [0b01111]: 'month',
    [0b10111]: 'categories',
    [0b11011]: 'channel',
    [0b11101]: 'perpetrator',
    [0b11110]: 'target_role',
  };
  return result.rows.flatMap((row) => {
    const dimension = dimensionOf[row.dimension];
    if (!dimension) return [];
    const key =
      dimension === 'month'
        ? row.month === null
          ? null
          : String(row.month).padStart(2, '0')
        : dimension === 'categories'
          ? null
          : dimension === 'channel'
            ? row.channel
            : dimension === 'perpetrator'
              ? row.perpetrator
              : row.target_role;
    return [
      {
        current: row.current,
        dimension,
        key,
        categories: dimension === 'categories' ? (row.categories ?? []) : null,
        count: row.count,
      },
    ];
  });
}

/** Targets that are not persons: repeat victimisation counts people only. */
const notPersons = ['party_organisation', 'municipal_premises'];

/**
 * The year's key figures of incidents: of the cases for which a police report is recommended,
 * how many have one; and the persons targeted, as a histogram (how many persons had n incidents).
 * A person is the targeted user, or else the name the report gave (compared without case).
 */
export async function countIncidentKpis(
  db: DbOrTx,
  organisationId: string,
  partyId: string | null,
  year: Range,
) {
  const recommended = sql`${incidents.categories} && ${sql.raw(`array[${policeReportCategories.map((c) => `'${c}'`).join(',')}]::text[]`)}`;
  const result = await db.execute<{
    reportable: number;
    reported: number;
    histogram: [number, number][] | null;
  }>(sql`
    with period as (
      select ${incidents.id} as id, ${incidents.organisationId} as organisation_id, ${recommended} as recommended,
        case
          when ${incidents.targetRole} = any(${sql.raw(`array[${notPersons.map((r) => `'${r}'`).join(',')}]::text[]`)}) then null
          when ${incidents.targetUserId} is not null then ${incidents.targetUserId}::text
          when nullif(trim(${incidents.targetName}), '') is not null then 'name:' || lower(trim(${incidents.targetName}))
        end as person
      from ${incidents}
      where ${organisation(organisationId, partyId)} and ${reportedIn(year)}
    ),
    persons as (
      select count(*)::int as incidents from period where person is not null group by person
    )
    select
      (select count(*)::int from period where recommended) as reportable,
      (select count(*)::int from period where recommended and exists (
        select 1 from ${policeReports}
        where ${policeReports.organisationId} = ${organisationId} and ${policeReports.incidentId} = period.id
      )) as reported,
      (select json_agg(json_build_array(incidents, persons)) from (
        select incidents, count(*)::int as persons from persons group by incidents
      ) as histogram) as histogram`);
  const row = result.rows[0];
  return {
    reportable: row?.reportable ?? 0,
    reported: row?.reported ?? 0,
    histogram: (row?.histogram ?? []).map(([incidentCount, persons]) => ({
      incidents: incidentCount,
      persons,
    })),
  };
}

/** Meetings that start in [from, to) and are not cancelled: upcoming ones for the "now" band. */
export async function findMeetingsBetween(db: DbOrTx, organisationId: string, from: Date, to: Date) {
  return await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.organisationId, organisationId),
        gte(meetings.startsAt, from),
        lt(meetings.startsAt, to),
        ne(meetings.status, 'cancelled'),
      ),
    )
    .orderBy(meetings.startsAt);
}

/** Of the meetings held in [from, to) (not cancelled), how many had an approved security plan. */
export async function countMeetingPlans(db: DbOrTx, organisationId: string, range: Range) {
  const [row] = await db
    .select({
      meetings: sql<number>`count(*)::int`,
      approved: sql<number>`(count(*) filter (where ${securityPlans.status} = 'approved'))::int`,
    })
    .from(meetings)
    .leftJoin(securityPlans, eq(securityPlans.meetingId, meetings.id))
    .where(
      and(
        eq(meetings.organisationId, organisationId),
        gte(meetings.startsAt, range.from),
        lt(meetings.startsAt, range.to),
        ne(meetings.status, 'cancelled'),
      ),
    );
  return { meetings: row?.meetings ?? 0, approved: row?.approved ?? 0 };
}

/**
 * Of the matters decided on a day in [from, to] (YYYY-MM-DD; up to today: what was decided so
 * far), how many went through the Riskguide before: screened (step 1) or assessed (steps 2–3,
 * which a matter may go to directly).
 */
export async function countScreenedMatters(db: DbOrTx, organisationId: string, from: string, to: string) {
  const [row] = await db
    .select({
      matters: sql<number>`count(*)::int`,
      screened: sql<number>`(count(*) filter (where exists (
        select 1 from ${screeningRows}
        where ${screeningRows.organisationId} = ${organisationId} and ${screeningRows.matterId} = ${qualified(matters.id)})
        or exists (
        select 1 from ${assessments}
        where ${assessments.organisationId} = ${organisationId} and ${assessments.matterId} = ${qualified(matters.id)})))::int`,
    })
    .from(matters)
    .where(
      and(
        eq(matters.organisationId, organisationId),
        gte(matters.decisionDate, from),
        lte(matters.decisionDate, to),
      ),
    );
  return { matters: row?.matters ?? 0, screened: row?.screened ?? 0 };
}

/**
 * Matters still to be decided (no decision date, or one from `today` on) whose latest finished
 * Riskguide assessment is high risk or very complex: the most urgent first (decision date), at
 * most `limit`, and how many there are.
 */
export async function findHighMatters(db: DbOrTx, organisationId: string, today: string, limit: number) {
  const result = await db.execute<{
    id: string;
    title: string;
    risk_level: string | null;
    complexity_level: string | null;
    total: number;
  }>(sql`
    select id, title, risk_level, complexity_level, count(*) over ()::int as total
    from (
      select distinct on (${matters.id}) ${matters.id} as id, ${matters.title} as title,
        ${matters.decisionDate} as decision_date,
        ${assessments.riskLevel} as risk_level, ${assessments.complexityLevel} as complexity_level
      from ${matters}
      join ${assessments} on ${assessments.matterId} = ${matters.id}
        and ${assessments.organisationId} = ${matters.organisationId}
        and ${assessments.finishedAt} is not null
      where ${matters.organisationId} = ${organisationId}
        and (${matters.decisionDate} is null or ${matters.decisionDate} >= ${today})
      order by ${matters.id}, ${assessments.finishedAt} desc
    ) as latest
    where risk_level = 'high' or complexity_level = 'very_complex'
    order by decision_date nulls last, title
    limit ${limit}`);
  return { total: result.rows[0]?.total ?? 0, items: result.rows };
}
