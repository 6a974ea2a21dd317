import { and, asc, eq, notInArray, sql, type SQL } from 'drizzle-orm';
import { type PoliceReportStatus, policeStatusesAwaitingUpdate } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { inCodes } from '../../db/sql-fragments';
import {
  incidents,
  organisations,
  policeReportHistory,
  policeReportLinks,
  policeReports,
  users,
} from '../../db/schema';

/** A police report row. */
export type PoliceReportRow = typeof policeReports.$inferSelect;

/** The police report of an incident: its own, or the one the incident was linked to. */
export async function findPoliceReportOfIncident(db: DbOrTx, organisationId: string, incidentId: string) {
  const [own] = await db
    .select()
    .from(policeReports)
    .where(and(eq(policeReports.organisationId, organisationId), eq(policeReports.incidentId, incidentId)))
    .limit(1);
  if (own) return own;
  const [linked] = await db
    .select({ report: policeReports })
    .from(policeReportLinks)
    .innerJoin(policeReports, eq(policeReports.id, policeReportLinks.policeReportId))
    .where(
      and(eq(policeReportLinks.organisationId, organisationId), eq(policeReportLinks.incidentId, incidentId)),
    )
    .limit(1);
  return linked?.report;
}

/** History (oldest first) and linked incidents of a report. */
export async function findPoliceReportDetails(db: DbOrTx, organisationId: string, reportId: string) {
  const history = await db
    .select({ entry: policeReportHistory, actorName: users.name })
    .from(policeReportHistory)
    .leftJoin(users, eq(users.id, policeReportHistory.actorUserId))
    .where(
      and(
        eq(policeReportHistory.organisationId, organisationId),
        eq(policeReportHistory.policeReportId, reportId),
      ),
    )
    .orderBy(asc(policeReportHistory.at));
  const links = await db
    .select({ id: incidents.id, reference: incidents.reference })
    .from(policeReportLinks)
    .innerJoin(incidents, eq(incidents.id, policeReportLinks.incidentId))
    .where(
      and(
        eq(policeReportLinks.organisationId, organisationId),
        eq(policeReportLinks.policeReportId, reportId),
      ),
    )
    .orderBy(asc(incidents.reportedAt));
  return { history, links };
}

/** Inserts a police report. */
export async function insertPoliceReport(
  db: DbOrTx,
  values: typeof policeReports.$inferInsert,
): Promise<PoliceReportRow> {
  const [row] = await db.insert(policeReports).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates a police report. */
export async function updatePoliceReport(
  db: DbOrTx,
  organisationId: string,
  reportId: string,
  values: Partial<Omit<typeof policeReports.$inferInsert, 'id' | 'organisationId' | 'incidentId'>>,
): Promise<PoliceReportRow | undefined> {
  const [row] = await db
    .update(policeReports)
    .set(values)
    .where(and(eq(policeReports.organisationId, organisationId), eq(policeReports.id, reportId)))
    .returning();
  return row;
}

/** Appends a status entry to the history. */
export async function insertPoliceReportHistory(
  db: DbOrTx,
  values: {
    organisationId: string;
    policeReportId: string;
    status: PoliceReportStatus;
    at: Date;
    note: string | null;
    actorUserId: string | null;
  },
): Promise<void> {
  await db.insert(policeReportHistory).values(values);
}

/** Joins a later incident to a report; false if it already was. */
export async function insertPoliceReportLink(
  db: DbOrTx,
  organisationId: string,
  reportId: string,
  incidentId: string,
): Promise<boolean> {
  const rows = await db
    .insert(policeReportLinks)
    .values({ organisationId, policeReportId: reportId, incidentId })
    .onConflictDoNothing()
    .returning({ incidentId: policeReportLinks.incidentId });
  return rows.length > 0;
}

/** Open reports of every organisation, with the organisation's reminder interval and the case's handler. */
export async function findOpenPoliceReports(db: DbOrTx) {
  return await db
    .select({
      report: policeReports,
      reminderDays: organisations.policeReminderDays,
      reference: incidents.reference,
      handlerUserId: incidents.handlerUserId,
    })
    .from(policeReports)
    .innerJoin(organisations, eq(organisations.id, policeReports.organisationId))
    .innerJoin(incidents, eq(incidents.id, policeReports.incidentId))
    .where(notInArray(policeReports.status, ['judgment', 'closed']))
    .limit(2000);
}

/**
 * SQL: the incident has its own police report still with the police and unchanged since `cutoff`
 * (domain `policeUpdateOverdue`; the index `police_reports_awaiting_update_idx`).
 */
export function policeUpdateDueCondition(
  organisationIdColumn: unknown,
  incidentIdColumn: unknown,
  cutoff: Date,
): SQL {
  return sql`exists (select 1 from ${policeReports}
    where ${policeReports.organisationId} = ${organisationIdColumn}
      and ${policeReports.incidentId} = ${incidentIdColumn}
      and ${inCodes(policeReports.status, policeStatusesAwaitingUpdate)}
      and ${policeReports.statusChangedAt} <= ${cutoff})`;
}
