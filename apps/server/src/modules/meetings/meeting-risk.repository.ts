import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { RiskLevel, SecurityPlanStatus, Severity } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { bodyMembers, incidents, securityPlans } from '../../db/schema';

/*
 * What a meeting's risk is computed from besides its agenda: the security plan's threat level
 * (read here from `security_plans` until the plan module offers it) and the incidents linked to the
 * meeting: whose matter reference is a diary number of the meeting's matters, or that concern a
 * member of the meeting's body (as the plan's threat picture links them).
 */

/** The parts of a meeting's security plan the risk and the readiness warnings read. */
export interface PlanForRisk {
  readonly meetingId: string;
  readonly status: SecurityPlanStatus;
  readonly threatLevel: RiskLevel | null;
  readonly lookbackDays: number;
}

/** The security plans of meetings (at most one each). */
export async function findPlansForRisk(
  db: DbOrTx,
  organisationId: string,
  meetingIds: readonly string[],
): Promise<Map<string, PlanForRisk>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .select({
      meetingId: securityPlans.meetingId,
      status: securityPlans.status,
      threatLevel: securityPlans.threatLevel,
      lookbackDays: securityPlans.lookbackDays,
    })
    .from(securityPlans)
    .where(
      and(
        eq(securityPlans.organisationId, organisationId),
        inArray(securityPlans.meetingId, [...meetingIds]),
      ),
    );
  return new Map(rows.map((row) => [row.meetingId, row]));
}

/** An incident whose matter reference names a diary number. */
export interface IncidentForRisk {
  readonly incidentId: string;
  readonly severity: Severity | null;
  readonly reportedAt: Date;
  /** The matter reference, lower-cased and trimmed: the key to compare diary numbers with. */
  readonly reference: string;
}

/**
 * Incidents reported in [`from`, `to`] whose matter reference equals one of `diaryNumbers`,
 * compared without case or surrounding space.
 */
export async function findIncidentsByMatterReference(
  db: DbOrTx,
  organisationId: string,
  diaryNumbers: readonly string[],
  from: Date,
  to: Date,
): Promise<IncidentForRisk[]> {
  const keys = [...new Set(diaryNumbers.map((number) => number.trim().toLowerCase()))].filter(Boolean);
  if (keys.length === 0) return [];
  const reference = sql<string>`lower(trim(${incidents.matterReference}))`;
  return await db
    .select({
      incidentId: incidents.id,
      severity: incidents.severity,
      reportedAt: incidents.reportedAt,
      reference,
    })
    .from(incidents)
    .where(
      and(
        eq(incidents.organisationId, organisationId),
        inArray(reference, keys),
        gte(incidents.reportedAt, from),
        lte(incidents.reportedAt, to),
      ),
    );
}

/** An incident that concerns a member of a body. */
export interface BodyIncidentForRisk {
  readonly incidentId: string;
  readonly severity: Severity | null;
  readonly reportedAt: Date;
  /** The body one of whose members the incident concerns (one row per body). */
  readonly bodyId: string;
}

/**
 * Incidents reported in [`from`, `to`] whose target is a member of one of `bodyIds`: one row per
 * incident and body.
 */
export async function findIncidentsByBodyMembers(
  db: DbOrTx,
  organisationId: string,
  bodyIds: readonly string[],
  from: Date,
  to: Date,
): Promise<BodyIncidentForRisk[]> {
  const ids = [...new Set(bodyIds)];
  if (ids.length === 0) return [];
  return await db
    .selectDistinct({
      incidentId: incidents.id,
      severity: incidents.severity,
      reportedAt: incidents.reportedAt,
      bodyId: bodyMembers.bodyId,
    })
    .from(incidents)
    .innerJoin(
      bodyMembers,
      and(
        eq(bodyMembers.organisationId, incidents.organisationId),
        eq(bodyMembers.userId, incidents.targetUserId),
      ),
    )
    .where(
      and(
        eq(incidents.organisationId, organisationId),
        inArray(bodyMembers.bodyId, ids),
        gte(incidents.reportedAt, from),
        lte(incidents.reportedAt, to),
      ),
    );
}
