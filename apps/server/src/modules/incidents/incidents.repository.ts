import {
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lt,
  or,
  sql,
  type SQL,
  type WithSubquery,
} from 'drizzle-orm';
import {
  closedQueueRank,
  type DurationAggregate,
  type HandlingTimeAggregate,
  type IncidentScope,
  IncidentStatus,
  Severity,
  workEnvironmentTargetRoles,
} from '@varn/domain';
import { PgTransaction, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../../db/client';
import { codeLiteral, inCodes, qualified } from '../../db/sql-fragments';
import { queueRankSql } from '../../db/queue-rank';
import {
  incidentCounters,
  incidentEvents,
  incidentLinks,
  incidents,
  policeReports,
  users,
} from '../../db/schema';
import { hasOverdueMeasure, oldestOverdueDateOfIncident, overdueMeasuresOfIncident } from '../measures';
import { policeUpdateDueCondition } from './police-report.repository';

/** An incident row. */
export type IncidentRow = typeof incidents.$inferSelect;
/** Values of a new incident. */
export type NewIncident = typeof incidents.$inferInsert;

/**
 * The next case number of the organisation for a year: "2026-0042", in the caller's
 * transaction. The counter row stays locked until that transaction ends: for reports, use
 * {@link allocateIncidentReference} instead.
 */
export async function nextIncidentReference(
  db: DbOrTx,
  organisationId: string,
  year: number,
): Promise<string> {
  const [row] = await db
    .insert(incidentCounters)
    .values({ organisationId, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [incidentCounters.organisationId, incidentCounters.year],
      set: { lastNumber: sql`${incidentCounters.lastNumber} + 1` },
    })
    .returning({ lastNumber: incidentCounters.lastNumber });
  return referenceOf(year, row?.lastNumber ?? 1);
}

const referenceOf = (year: number, number: number): string => `${year}-${String(number).padStart(4, '0')}`;

/**
 * The next case number of the organisation for a year, given like a sequence's next value: in
 * one autocommitted statement on the pool (never in a transaction: it refuses one), so the
 * counter row is locked only for that statement. A case whose transaction fails
 * afterwards leaves its number unused (a gap); a number is never given twice.
 *
 * The statement commits without waiting for its WAL flush (`synchronous_commit` off for it
 * alone), so that reports do not queue for one another's flush on the counter row. That loses
 * nothing: a case stored with the number commits later, and its own (synchronous) commit flushes
 * the WAL up to it, the counter's change included; after a crash before that, the number was
 * never acknowledged to anyone and may be given again.
 */
export async function allocateIncidentReference(
  db: Db,
  organisationId: string,
  year: number,
): Promise<string> {
  // Inside a transaction the setting below would make that whole transaction commit unflushed.
  if (db instanceof PgTransaction)
    throw new Error('allocateIncidentReference runs on the pool, not in a transaction');
  const result = await db.execute<{ last_number: number }>(sql`
    with async_commit as (select set_config('synchronous_commit', 'off', true))
    insert into ${incidentCounters} (organisation_id, year, last_number)
    select ${organisationId}::uuid, ${year}::int, 1 from async_commit
    on conflict (organisation_id, year) do update set last_number = ${incidentCounters.lastNumber} + 1
    returning last_number`);
  const number = result.rows[0]?.last_number;
  if (number === undefined) throw new Error('the counter gave no number');
  return referenceOf(year, number);
}

/** Inserts an incident. */
export async function insertIncident(db: DbOrTx, values: NewIncident): Promise<IncidentRow> {
  const [row] = await db.insert(incidents).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/**
 * Inserts a new incident and the first entry of its timeline in one statement (the entry in a
 * CTE), with whatever else the caller's writes add to that statement as CTEs (its audit event,
 * its mails: see `auditWithin`, `queueMailsWithin`); both ids are given by the caller. One
 * statement is atomic on its own. Answers the stored row.
 */
export async function insertIncidentWithFirstEvent(
  db: DbOrTx,
  values: NewIncident & { id: string },
  event: {
    id: string;
    at: Date;
    actorUserId: string | null;
    kind: string;
    details: Record<string, string | number | boolean | null>;
  },
  alsoWrite: readonly WithSubquery[] = [],
): Promise<IncidentRow> {
  const firstEvent = db.$with('first_event').as(
    db
      .insert(incidentEvents)
      .values({
        id: event.id,
        organisationId: values.organisationId,
        incidentId: values.id,
        at: event.at,
        actorUserId: event.actorUserId,
        kind: event.kind,
        text: null,
        details: event.details,
      })
      .returning({ id: incidentEvents.id }),
  );
  const [row] = await db
    .with(firstEvent, ...alsoWrite)
    .insert(incidents)
    .values(values)
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** One incident of an organisation. */
export async function findIncidentById(
  db: DbOrTx,
  organisationId: string,
  incidentId: string,
): Promise<IncidentRow | undefined> {
  const [row] = await db
    .select()
    .from(incidents)
    .where(and(eq(incidents.organisationId, organisationId), eq(incidents.id, incidentId)))
    .limit(1);
  return row;
}

/** The incident a reporter already created with an idempotency key. */
export async function findIncidentByIdempotencyKey(
  db: DbOrTx,
  reporterId: string,
  key: string,
): Promise<IncidentRow | undefined> {
  const [row] = await db
    .select()
    .from(incidents)
    .where(and(eq(incidents.reportedByUserId, reporterId), eq(incidents.idempotencyKey, key)))
    .limit(1);
  return row;
}

/** Updates an incident. */
export async function updateIncident(
  db: DbOrTx,
  organisationId: string,
  incidentId: string,
  values: Partial<Omit<NewIncident, 'id' | 'organisationId' | 'createdAt'>>,
): Promise<IncidentRow | undefined> {
  const [row] = await db
    .update(incidents)
    .set(values)
    .where(and(eq(incidents.organisationId, organisationId), eq(incidents.id, incidentId)))
    .returning();
  return row;
}

/** The WHERE clause of the policy's list scope (domain `incidentListScope`). */
export function scopeCondition(organisationId: string, scope: IncidentScope): SQL {
  const inOrganisation = eq(incidents.organisationId, organisationId);
  switch (scope.kind) {
    case 'all':
      return inOrganisation;
    case 'none':
      return sql`false`;
    case 'concerning': {
      const concerning = [
        eq(incidents.reportedByUserId, scope.userId),
        eq(incidents.targetUserId, scope.userId),
      ];
      if (scope.consentingPartyId) {
        const consenting = and(
          eq(incidents.targetPartyId, scope.consentingPartyId),
          eq(incidents.partyContactConsent, true),
        );
        if (consenting) concerning.push(consenting);
      }
      return and(inOrganisation, or(...concerning)) ?? sql`false`;
    }
  }
}

/** List filters (never the targeted person's party). */
export interface IncidentFilter {
  readonly status?: IncidentStatus | undefined;
  readonly open?: boolean | undefined;
  readonly category?: string | undefined;
  readonly severity?: Severity | undefined;
  readonly handlerUserId?: string | undefined;
  readonly unassigned?: boolean | undefined;
  /** Only cases with open measures past their due date (`today`, YYYY-MM-DD). */
  readonly overdueOn?: string | undefined;
  /** Only cases whose police report, still with the police, has not changed since this moment. */
  readonly policeUnchangedSince?: Date | undefined;
  /** Only cases whose report to Arbetsmiljöverket is still to be made. */
  readonly workEnvironmentDue?: boolean | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
}

/** A case's organisation and id, as correlated subqueries name them. */
const caseOrganisation = qualified(incidents.organisationId);
const caseId = qualified(incidents.id);

/** The queue's rank of a case (domain `queueRank`), the expression of `incidents_queue_idx`. */
const queueRank = queueRankSql(incidents);

/** Open cases: the predicate of the partial index `incidents_open_idx` (counts read only that index). */
const openCase = sql`${incidents.status} <> ${codeLiteral(IncidentStatus.Closed)}`;
const closedCase = sql`${incidents.status} = ${codeLiteral(IncidentStatus.Closed)}`;
/** Open cases again, as a bound on the queue's index: a page of open cases scans only their part of it. */
const openRank = sql`${queueRank} < ${sql.raw(String(closedQueueRank))}`;

/** The report to Arbetsmiljöverket is still to be made (domain `workEnvironmentReportPending`). */
const workEnvironmentPending = sql`${incidents.seriousWorkIncident} and ${incidents.workEnvironmentReportedAt} is null and ${inCodes(incidents.targetRole, workEnvironmentTargetRoles)}`;

/**
 * The WHERE conditions of a filter. `openBy: 'rank'` says "open" with the queue's rank instead of
 * the status, for reads in the queue's order: the rank is in `incidents_queue_idx`, so the scan
 * stays in the index in order and stops at the page's end (with the status, PostgreSQL fetches
 * every open case's row to test it, then sorts: 47 ms instead of 1.4 ms for an inbox section).
 */
function filterConditions(filter: IncidentFilter, openBy: 'status' | 'rank' = 'status'): SQL[] {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(incidents.status, filter.status));
  if (filter.open === true) conditions.push(openBy === 'rank' ? openRank : openCase);
  if (filter.open === false) conditions.push(closedCase);
  if (filter.category) conditions.push(sql`${filter.category} = any(${incidents.categories})`);
  if (filter.severity) conditions.push(eq(incidents.severity, filter.severity));
  if (filter.handlerUserId) conditions.push(eq(incidents.handlerUserId, filter.handlerUserId));
  if (filter.unassigned) conditions.push(isNull(incidents.handlerUserId));
  if (filter.overdueOn) conditions.push(hasOverdueMeasure(caseOrganisation, caseId, filter.overdueOn));
  if (filter.policeUnchangedSince)
    conditions.push(policeUpdateDueCondition(caseOrganisation, caseId, filter.policeUnchangedSince));
  if (filter.workEnvironmentDue) conditions.push(workEnvironmentPending);
  if (filter.from) conditions.push(gte(incidents.reportedAt, filter.from));
  if (filter.to) conditions.push(lt(incidents.reportedAt, filter.to));
  return conditions;
}

/*
 * What a listed case shows besides its own columns comes from scalar subqueries rather than
 * joins: PostgreSQL computes them after the sort and limit, for the rows of the page only, and the
 * join order cannot turn a page into a scan.
 */
const handlerName = sql<string | null>`(select ${users.name} from ${users}
  where ${users.organisationId} = ${caseOrganisation} and ${users.id} = ${qualified(incidents.handlerUserId)})`;
const ownPoliceReport = (column: AnyPgColumn) => sql`(select ${column} from ${policeReports}
  where ${policeReports.organisationId} = ${caseOrganisation} and ${policeReports.incidentId} = ${caseId})`;

/** The queue's order: what needs action first (domain `queueRank`), the longest wait, then id. */
const queueOrder = [queueRank, asc(incidents.reportedAt), asc(incidents.id)];

/**
 * A page of incidents in the scope, in the queue's order (read off `incidents_queue_idx`) or
 * newest first, with the number of overdue measures of each.
 */
export async function findIncidentsPage(
  db: DbOrTx,
  organisationId: string,
  scope: IncidentScope,
  filter: IncidentFilter,
  page: { limit: number; offset: number; today: string; sort: 'queue' | 'newest' },
) {
  const where = and(scopeCondition(organisationId, scope), ...filterConditions(filter));
  const rows = await db
    .select({
      incident: incidents,
      handlerName,
      overdueMeasures: overdueMeasuresOfIncident(caseOrganisation, caseId, page.today),
    })
    .from(incidents)
    .where(
      page.sort === 'queue'
        ? and(scopeCondition(organisationId, scope), ...filterConditions(filter, 'rank'))
        : where,
    )
    .orderBy(...(page.sort === 'newest' ? [desc(incidents.reportedAt), asc(incidents.id)] : queueOrder))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(incidents)
    .where(where);
  return { rows, total: count?.total ?? 0 };
}

/** What "now" means to the counters and filters: the Swedish date and the police reports' cutoff. */
export interface QueueMoment {
  readonly today: string;
  /** Police reports unchanged since this moment have had no status update (domain `policeUpdateCutoff`). */
  readonly policeUnchangedSince: Date;
}

/**
 * The queue's counters over the open cases in the scope, in one statement: the main figures from
 * the open cases' index alone, each of the others a count of its own over open cases.
 */
export async function countIncidentCounters(
  db: DbOrTx,
  organisationId: string,
  scope: IncidentScope,
  at: QueueMoment,
) {
  const open = and(scopeCondition(organisationId, scope), openCase);
  const openCasesWhere = (condition: SQL) =>
    sql<number>`(select count(*)::int from ${incidents} where ${and(open, condition)})`;
  const [row] = await db
    .select({
      open: sql<number>`count(*)::int`,
      new: sql<number>`(count(*) filter (where ${eq(incidents.status, IncidentStatus.New)}))::int`,
      acute: sql<number>`(count(*) filter (where ${eq(incidents.severity, Severity.Acute)}))::int`,
      high: sql<number>`(count(*) filter (where ${eq(incidents.severity, Severity.High)}))::int`,
      unassigned: sql<number>`(count(*) filter (where ${isNull(incidents.handlerUserId)}))::int`,
      overdueMeasures: openCasesWhere(hasOverdueMeasure(caseOrganisation, caseId, at.today)),
      policeUpdateDue: openCasesWhere(
        policeUpdateDueCondition(caseOrganisation, caseId, at.policeUnchangedSince),
      ),
      workEnvironmentDue: openCasesWhere(workEnvironmentPending),
    })
    .from(incidents)
    .where(open);
  return (
    row ?? {
      open: 0,
      new: 0,
      acute: 0,
      high: 0,
      unassigned: 0,
      overdueMeasures: 0,
      policeUpdateDue: 0,
      workEnvironmentDue: 0,
    }
  );
}

/**
 * The first open cases of a filter in the queue's order, with what the inbox shows of each: the
 * overdue measures, the police report and its last change, whether the report to
 * Arbetsmiljöverket is still to be made.
 */
export async function findInboxCases(
  db: DbOrTx,
  organisationId: string,
  filter: IncidentFilter,
  today: string,
  limit: number,
) {
  return await db
    .select({
      incident: incidents,
      handlerName,
      overdueMeasures: overdueMeasuresOfIncident(caseOrganisation, caseId, today),
      oldestOverdueDate: oldestOverdueDateOfIncident(caseOrganisation, caseId, today),
      policeStatus: ownPoliceReport(policeReports.status).mapWith(policeReports.status),
      policeStatusChangedAt: ownPoliceReport(policeReports.statusChangedAt).mapWith(
        policeReports.statusChangedAt,
      ),
      workEnvironmentPending: sql<boolean>`${workEnvironmentPending}`,
    })
    .from(incidents)
    .where(
      and(
        eq(incidents.organisationId, organisationId),
        ...filterConditions({ ...filter, open: true }, 'rank'),
      ),
    )
    .orderBy(...queueOrder)
    .limit(limit);
}

/** Appends a timeline entry. */
export async function insertIncidentEvent(
  db: DbOrTx,
  values: {
    organisationId: string;
    incidentId: string;
    at: Date;
    actorUserId: string | null;
    kind: string;
    text?: string | null;
    details?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  await db.insert(incidentEvents).values({
    organisationId: values.organisationId,
    incidentId: values.incidentId,
    at: values.at,
    actorUserId: values.actorUserId,
    kind: values.kind,
    text: values.text ?? null,
    details: values.details ?? {},
  });
}

/** The timeline of an incident, oldest first, with the actors' names. */
export async function findIncidentEvents(db: DbOrTx, organisationId: string, incidentId: string) {
  return await db
    .select({ event: incidentEvents, actorName: users.name })
    .from(incidentEvents)
    .leftJoin(users, eq(users.id, incidentEvents.actorUserId))
    .where(and(eq(incidentEvents.organisationId, organisationId), eq(incidentEvents.incidentId, incidentId)))
    .orderBy(asc(incidentEvents.at), asc(incidentEvents.createdAt));
}

/** Replaces the series links of an incident (kept symmetric). */
export async function replaceIncidentLinks(
  db: DbOrTx,
  organisationId: string,
  incidentId: string,
  linkedIds: readonly string[],
) {
  await db
    .delete(incidentLinks)
    .where(
      and(
        eq(incidentLinks.organisationId, organisationId),
        or(eq(incidentLinks.incidentId, incidentId), eq(incidentLinks.linkedIncidentId, incidentId)),
      ),
    );
  if (linkedIds.length === 0) return;
  await db
    .insert(incidentLinks)
    .values(
      linkedIds.flatMap((linkedId) => [
        { organisationId, incidentId, linkedIncidentId: linkedId },
        { organisationId, incidentId: linkedId, linkedIncidentId: incidentId },
      ]),
    )
    .onConflictDoNothing();
}

/** Links two incidents both ways; an existing link stays as it is. */
export async function insertIncidentLink(
  db: DbOrTx,
  organisationId: string,
  incidentId: string,
  linkedId: string,
): Promise<void> {
  await db
    .insert(incidentLinks)
    .values([
      { organisationId, incidentId, linkedIncidentId: linkedId },
      { organisationId, incidentId: linkedId, linkedIncidentId: incidentId },
    ])
    .onConflictDoNothing();
}

/** Removes the link between two incidents (both ways); whether there was one. */
export async function deleteIncidentLink(
  db: DbOrTx,
  organisationId: string,
  incidentId: string,
  linkedId: string,
): Promise<boolean> {
  const removed = await db
    .delete(incidentLinks)
    .where(
      and(
        eq(incidentLinks.organisationId, organisationId),
        or(
          and(eq(incidentLinks.incidentId, incidentId), eq(incidentLinks.linkedIncidentId, linkedId)),
          and(eq(incidentLinks.incidentId, linkedId), eq(incidentLinks.linkedIncidentId, incidentId)),
        ),
      ),
    )
    .returning({ incidentId: incidentLinks.incidentId });
  return removed.length > 0;
}

/** Sets "part of a series" on the given incidents from whether they have links. */
export async function refreshSeriesFlags(
  db: DbOrTx,
  organisationId: string,
  ids: readonly string[],
  now: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(incidents)
    .set({
      partOfSeries: sql`exists (select 1 from ${incidentLinks} where ${incidentLinks.incidentId} = ${incidents.id})`,
      updatedAt: now,
    })
    .where(and(eq(incidents.organisationId, organisationId), inArray(incidents.id, [...new Set(ids)])));
}

/** The incidents linked to one (its series). */
export async function findLinkedIncidents(db: DbOrTx, organisationId: string, incidentId: string) {
  return await db
    .select({
      id: incidents.id,
      reference: incidents.reference,
      reportedAt: incidents.reportedAt,
      status: incidents.status,
    })
    .from(incidentLinks)
    .innerJoin(incidents, eq(incidents.id, incidentLinks.linkedIncidentId))
    .where(and(eq(incidentLinks.organisationId, organisationId), eq(incidentLinks.incidentId, incidentId)))
    .orderBy(asc(incidents.reportedAt));
}

/** Which of the ids are incidents of the organisation. */
export async function findExistingIncidentIds(
  db: DbOrTx,
  organisationId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: incidents.id })
    .from(incidents)
    .where(and(eq(incidents.organisationId, organisationId), inArray(incidents.id, [...ids])));
  return new Set(rows.map((row) => row.id));
}

/**
 * Hours from a case's report to a mark, as the domain counts them: both times cut to whole
 * milliseconds (what a JavaScript Date holds), the difference in whole milliseconds (float8
 * seconds since the epoch are off by far less than a millisecond, so rounding the difference
 * gives it exactly), then in float8 hours as JavaScript divides; never negative; null while the
 * mark is not set (`greatest` alone would make that 0).
 */
const hoursTo = (mark: SQL) =>
  sql`case when ${mark} is null then null else greatest(0::float8, round((date_part('epoch', date_trunc('milliseconds', ${mark})) - date_part('epoch', date_trunc('milliseconds', ${incidents.reportedAt}))) * 1000) / 3600000::float8) end`;

/**
 * The median as the domain defines it: the middle value, or the mean of the two middle values
 * — the lower middle is `percentile_disc(0.5)` ascending, the upper one the same descending, so
 * the mean is computed exactly as in JavaScript (`percentile_cont` interpolates as
 * `lo + 0.5 × (hi − lo)`, which can differ in the last bit and round differently).
 */
const medianOf = (column: string): string =>
  `(percentile_disc(0.5) within group (order by ${column}) + percentile_disc(0.5) within group (order by ${column} desc)) / 2`;

/** Count, median and nearest-rank p90 (`percentile_disc(0.9)`, the domain's `percentile`). */
const durationOf = (column: 'first_contact' | 'assessed' | 'closed') =>
  sql.raw(
    `json_build_object('count', count(${column}), 'median', ${medianOf(column)}, 'p90', percentile_disc(0.9) within group (order by ${column}))`,
  );

/**
 * Handling times of incidents reported in [from, to), aggregated in SQL (issue 9 §3): one group
 * for the whole period (`category` null) and one per category that has incidents (an incident
 * with several categories counts in each) — count, median and p90 of each duration in hours.
 */
export async function aggregateHandlingTimes(
  db: DbOrTx,
  organisationId: string,
  from: Date,
  to: Date,
  options: { readonly targetPartyId?: string; readonly byCategory?: boolean } = {},
): Promise<HandlingTimeAggregate[]> {
  const party = options.targetPartyId
    ? sql`and ${incidents.targetPartyId} = ${options.targetPartyId}`
    : sql``;
  const byCategory =
    options.byCategory === false
      ? sql``
      : sql`union all
    select category, count(*)::int as reported,
      ${durationOf('first_contact')} as to_first_contact,
      ${durationOf('assessed')} as to_assessed,
      ${durationOf('closed')} as to_closed
    from by_category
    group by category`;
  const result = await db.execute<{
    category: string | null;
    reported: number;
    to_first_contact: DurationAggregate;
    to_assessed: DurationAggregate;
    to_closed: DurationAggregate;
  }>(sql`
    with period as (
      select ${incidents.categories} as categories,
        ${hoursTo(sql`${incidents.firstContactAt}`)} as first_contact,
        ${hoursTo(sql`${incidents.assessedAt}`)} as assessed,
        ${hoursTo(sql`${incidents.closedAt}`)} as closed
      from ${incidents}
      where ${incidents.organisationId} = ${organisationId}
        and ${incidents.reportedAt} >= ${from.toISOString()}::timestamptz
        and ${incidents.reportedAt} < ${to.toISOString()}::timestamptz
        ${party}
    ),
    by_category as (
      select category, first_contact, assessed, closed
      from period cross join lateral (select distinct unnest(period.categories) as category) as own
    )
    select null::text as category, count(*)::int as reported,
      ${durationOf('first_contact')} as to_first_contact,
      ${durationOf('assessed')} as to_assessed,
      ${durationOf('closed')} as to_closed
    from period
    having count(*) > 0
    ${byCategory}`);
  return result.rows.map((row) => ({
    category: row.category,
    reported: row.reported,
    toFirstContact: row.to_first_contact,
    toAssessed: row.to_assessed,
    toClosed: row.to_closed,
  }));
}

/** Incidents not yet told to the security unit, reported before `before` (for the digest). */
export async function findUnnotifiedIncidents(db: DbOrTx, before: Date) {
  return await db
    .select({ id: incidents.id, organisationId: incidents.organisationId, reference: incidents.reference })
    .from(incidents)
    .where(and(isNull(incidents.notifiedAt), lt(incidents.reportedAt, before)))
    .orderBy(asc(incidents.reportedAt))
    .limit(1000);
}

/** Marks incidents as told to the security unit. */
export async function markIncidentsNotified(db: DbOrTx, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(incidents)
    .set({ notifiedAt: at })
    .where(inArray(incidents.id, [...ids]));
}

/** The most recent incidents of an organisation (for series links), newest first. */
export async function findRecentReferences(db: DbOrTx, organisationId: string, limit: number) {
  return await db
    .select({ id: incidents.id, reference: incidents.reference, reportedAt: incidents.reportedAt })
    .from(incidents)
    .where(eq(incidents.organisationId, organisationId))
    .orderBy(desc(incidents.reportedAt))
    .limit(limit);
}
