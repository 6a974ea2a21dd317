import { sql, type SQL } from 'drizzle-orm';
import { incidents } from '../../db/schema';

/*
 * The conditions the lägesbild's and the exports' counts share: whose incidents, and when reported.
 */

/** Whose incidents: one organisation, optionally one party's targeted members; or every organisation. */
export type IncidentSource =
  | { readonly kind: 'organisation'; readonly organisationId: string; readonly partyId: string | null }
  | { readonly kind: 'installation' };

/**
 * The incidents of the source. A party narrows them to the cases of its members, by the party
 * snapshot each case keeps (special-category data, read here only as a filter).
 */
export function incidentsOf(source: IncidentSource): SQL {
  if (source.kind === 'installation') return sql`true`;
  return source.partyId === null
    ? sql`${incidents.organisationId} = ${source.organisationId}`
    : sql`${incidents.organisationId} = ${source.organisationId} and ${incidents.targetPartyId} = ${source.partyId}`;
}

/** A half-open range of report times. */
export interface Range {
  readonly from: Date;
  readonly to: Date;
}

/** Incidents reported in the range. */
export const reportedIn = (range: Range): SQL =>
  sql`${incidents.reportedAt} >= ${range.from.toISOString()}::timestamptz and ${incidents.reportedAt} < ${range.to.toISOString()}::timestamptz`;
