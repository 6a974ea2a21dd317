import {
  aliasedTable,
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lt,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { IncidentScope, IncidentStatus, Severity } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { incidentCounters, incidentEvents, incidentLinks, incidents, users } from '../../db/schema';
import { overdueMeasuresOfIncident } from '../measures';

/** An incident row. */
export type IncidentRow = typeof incidents.$inferSelect;
/** Values of a new incident. */
export type NewIncident = typeof incidents.$inferInsert;

/** The next case number of the organisation for a year: "2026-0042". */
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
  return `${year}-${String(row?.lastNumber ?? 1).padStart(4, '0')}`;
}

/** Inserts an incident. */
export async function insertIncident(db: DbOrTx, values: NewIncident): Promise<IncidentRow> {
  const [row] = await db.insert(incidents).values(values).returning();
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
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
}

function filterConditions(filter: IncidentFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(incidents.status, filter.status));
  if (filter.open === true) conditions.push(ne(incidents.status, 'closed'));
  if (filter.open === false) conditions.push(eq(incidents.status, 'closed'));
  if (filter.category) conditions.push(sql`${filter.category} = any(${incidents.categories})`);
  if (filter.severity) conditions.push(eq(incidents.severity, filter.severity));
  if (filter.handlerUserId) conditions.push(eq(incidents.handlerUserId, filter.handlerUserId));
  if (filter.unassigned) conditions.push(isNull(incidents.handlerUserId));
  if (filter.overdueOn)
    conditions.push(sql`${overdueMeasuresOfIncident(incidents.id, filter.overdueOn)} > 0`);
  if (filter.from) conditions.push(gte(incidents.reportedAt, filter.from));
  if (filter.to) conditions.push(lt(incidents.reportedAt, filter.to));
  return conditions;
}

const handler = aliasedTable(users, 'handler');

/** Severity order of the queue: acute, high, (unset), moderate, low. */
const severityOrder = sql`case ${incidents.severity} when 'acute' then 0 when 'high' then 1 when 'moderate' then 3 when 'low' then 4 else 2 end`;

/**
 * A page of incidents in the scope, ordered like the security unit's queue: open before closed,
 * by severity, then oldest first (the longest wait on top).
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
      handlerName: handler.name,
      overdueMeasures: overdueMeasuresOfIncident(incidents.id, page.today),
    })
    .from(incidents)
    .leftJoin(handler, eq(handler.id, incidents.handlerUserId))
    .where(where)
    .orderBy(
      ...(page.sort === 'newest'
        ? [desc(incidents.reportedAt)]
        : [sql`${incidents.status} = 'closed'`, severityOrder, asc(incidents.reportedAt)]),
    )
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(incidents)
    .where(where);
  return { rows, total: count?.total ?? 0 };
}

/** Queue counters over the whole scope. */
export async function countIncidentCounters(
  db: DbOrTx,
  organisationId: string,
  scope: IncidentScope,
  today: string,
) {
  const [row] = await db
    .select({
      open: sql<number>`count(*) filter (where ${incidents.status} <> 'closed')::int`,
      new: sql<number>`count(*) filter (where ${incidents.status} = 'new')::int`,
      acute: sql<number>`count(*) filter (where ${incidents.status} <> 'closed' and ${incidents.severity} = 'acute')::int`,
      high: sql<number>`count(*) filter (where ${incidents.status} <> 'closed' and ${incidents.severity} = 'high')::int`,
      overdueMeasures: sql<number>`coalesce(sum(${overdueMeasuresOfIncident(incidents.id, today)}), 0)::int`,
    })
    .from(incidents)
    .where(scopeCondition(organisationId, scope));
  return row ?? { open: 0, new: 0, acute: 0, high: 0, overdueMeasures: 0 };
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

/** Handling-time marks of incidents reported in [from, to). */
export async function findHandlingTimes(db: DbOrTx, organisationId: string, from: Date, to: Date) {
  return await db
    .select({
      categories: incidents.categories,
      reportedAt: incidents.reportedAt,
      firstContactAt: incidents.firstContactAt,
      assessedAt: incidents.assessedAt,
      closedAt: incidents.closedAt,
    })
    .from(incidents)
    .where(
      and(
        eq(incidents.organisationId, organisationId),
        gte(incidents.reportedAt, from),
        lt(incidents.reportedAt, to),
      ),
    );
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
