import { sql } from 'drizzle-orm';
import type { IncidentStatus, PoliceReportStatus, Severity, TargetRole } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { incidents, policeReports, users } from '../../db/schema';
import { incidentsOf, reportedIn, type IncidentSource } from './incident-filters';

/*
 * The exports' queries (issue 12 §2): the PTU aggregate counted in the database (counts, never
 * rows of cases), and the security unit's incident list of a period without descriptions or the
 * names of targeted persons.
 */

export type { IncidentSource } from './incident-filters';

/** One group of the PTU counts: by (month, categories), or by channel, perpetrator or role alone. */
export interface PtuCountRow {
  readonly dimension: 'month_categories' | 'channel' | 'perpetrator' | 'target_role';
  /** 1–12 for `month_categories`. */
  readonly month: number | null;
  readonly categories: readonly string[] | null;
  /** The channel code, perpetrator type or role (null: not stated). */
  readonly code: string | null;
  readonly count: number;
}

/**
 * The incidents reported from `from` up to `to`, counted by month (Swedish time) and set of
 * categories, by channel, by perpetrator type and by targeted role: one pass (grouping sets).
 */
export async function countPtuGroups(
  db: DbOrTx,
  source: IncidentSource,
  from: Date,
  to: Date,
): Promise<PtuCountRow[]> {
  const result = await db.execute<{
    month: number | null;
    categories: string[] | null;
    channel: string | null;
    perpetrator: string | null;
    target_role: string | null;
    dimension: number;
    count: number;
  }>(sql`
    select month, categories, channel, perpetrator, target_role,
      grouping(month, categories, channel, perpetrator, target_role) as dimension,
      count(*)::int as count
    from (
      select extract(month from ${incidents.reportedAt} at time zone 'Europe/Stockholm')::int as month,
        ${incidents.categories} as categories,
        ${incidents.channel} as channel,
        ${incidents.perpetratorType} as perpetrator,
        ${incidents.targetRole} as target_role
      from ${incidents}
      where ${incidentsOf(source)} and ${reportedIn({ from, to })}
    ) as period
    group by grouping sets ((month, categories), (channel), (perpetrator), (target_role))`);
  // grouping() sets a bit for each column left out, the first column the highest (16).
  const dimensionOf: Record<number, PtuCountRow['dimension']> = {
    [0b00111]: 'month_categories',
    [0b11011]: 'channel',
    [0b11101]: 'perpetrator',
    [0b11110]: 'target_role',
  };
  return result.rows.flatMap((row) => {
    const dimension = dimensionOf[row.dimension];
    if (!dimension) return [];
    const code =
      dimension === 'channel'
        ? row.channel
        : dimension === 'perpetrator'
          ? row.perpetrator
          : dimension === 'target_role'
            ? row.target_role
            : null;
    return [
      {
        dimension,
        month: dimension === 'month_categories' ? row.month : null,
        categories: dimension === 'month_categories' ? (row.categories ?? []) : null,
        code,
        count: row.count,
      },
    ];
  });
}

/** How many incidents of an organisation were reported from `from` up to `to`. */
export async function countIncidentsReported(
  db: DbOrTx,
  organisationId: string,
  from: Date,
  to: Date,
): Promise<number> {
  const result = await db.execute<{ count: number }>(sql`
    select count(*)::int as count from ${incidents}
    where ${incidents.organisationId} = ${organisationId} and ${reportedIn({ from, to })}`);
  return result.rows[0]?.count ?? 0;
}

/** One incident as the export lists it: no description, no targeted person, no reporter. */
export interface IncidentExportRow {
  readonly reference: string;
  readonly reportedAt: Date;
  readonly categories: readonly string[];
  readonly channel: string | null;
  readonly perpetratorType: string | null;
  readonly targetRole: TargetRole | null;
  readonly severity: Severity | null;
  readonly status: IncidentStatus;
  readonly handlerName: string | null;
  readonly policeReportStatus: PoliceReportStatus | null;
  readonly closedAt: Date | null;
}

/** The incidents of an organisation reported from `from` up to `to`, oldest first (at most `limit`). */
export async function findIncidentsForExport(
  db: DbOrTx,
  organisationId: string,
  from: Date,
  to: Date,
  limit: number,
): Promise<IncidentExportRow[]> {
  const result = await db.execute<{
    reference: string;
    reported_at: string | Date;
    categories: string[];
    channel: string | null;
    perpetrator_type: string | null;
    target_role: TargetRole | null;
    severity: Severity | null;
    status: IncidentStatus;
    handler_name: string | null;
    police_status: PoliceReportStatus | null;
    closed_at: string | Date | null;
  }>(sql`
    select ${incidents.reference} as reference, ${incidents.reportedAt} as reported_at,
      ${incidents.categories} as categories, ${incidents.channel} as channel,
      ${incidents.perpetratorType} as perpetrator_type, ${incidents.targetRole} as target_role,
      ${incidents.severity} as severity, ${incidents.status} as status,
      ${users.name} as handler_name, ${policeReports.status} as police_status,
      ${incidents.closedAt} as closed_at
    from ${incidents}
    left join ${users} on ${users.id} = ${incidents.handlerUserId}
      and ${users.organisationId} = ${incidents.organisationId}
    left join ${policeReports} on ${policeReports.incidentId} = ${incidents.id}
      and ${policeReports.organisationId} = ${incidents.organisationId}
    where ${incidents.organisationId} = ${organisationId} and ${reportedIn({ from, to })}
    order by ${incidents.reportedAt}, ${incidents.reference}
    limit ${limit}`);
  return result.rows.map((row) => ({
    reference: row.reference,
    reportedAt: new Date(row.reported_at),
    categories: row.categories,
    channel: row.channel,
    perpetratorType: row.perpetrator_type,
    targetRole: row.target_role,
    severity: row.severity,
    status: row.status,
    handlerName: row.handler_name,
    policeReportStatus: row.police_status,
    closedAt: row.closed_at === null ? null : new Date(row.closed_at),
  }));
}
