import { and, asc, eq, gte, inArray, lte, or, sql } from 'drizzle-orm';
import type { ChecklistItemStatus } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { qualified } from '../../db/sql-fragments';
import {
  agendaItems,
  bodyMembers,
  incidents,
  matters,
  nationalThreatLevels,
  planChecklistItems,
  planStaff,
  securityPlans,
  signals,
  users,
  venueFloorPlans,
  venues,
} from '../../db/schema';

/** A security plan row. */
export type SecurityPlanRow = typeof securityPlans.$inferSelect;
/** A checklist mark of a plan. */
export type PlanChecklistRow = typeof planChecklistItems.$inferSelect;
/** A staffing row of a plan. */
export type PlanStaffRow = typeof planStaff.$inferSelect;

/** The plan of a meeting, if one has been started. */
export async function findPlanOfMeeting(
  db: DbOrTx,
  organisationId: string,
  meetingId: string,
): Promise<SecurityPlanRow | undefined> {
  const [row] = await db
    .select()
    .from(securityPlans)
    .where(and(eq(securityPlans.organisationId, organisationId), eq(securityPlans.meetingId, meetingId)))
    .limit(1);
  return row;
}

/**
 * Starts a meeting's plan on a template version, unless one exists (two first saves at once: one
 * plan). Returns the plan in either case.
 */
export async function insertPlanIfMissing(
  db: DbOrTx,
  values: {
    organisationId: string;
    meetingId: string;
    checklistTemplateId: string;
    userId: string;
    now: Date;
  },
): Promise<{ plan: SecurityPlanRow; created: boolean }> {
  const [row] = await db
    .insert(securityPlans)
    .values({
      organisationId: values.organisationId,
      meetingId: values.meetingId,
      checklistTemplateId: values.checklistTemplateId,
      createdByUserId: values.userId,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .onConflictDoNothing({ target: securityPlans.meetingId })
    .returning();
  if (row) return { plan: row, created: true };
  const existing = await findPlanOfMeeting(db, values.organisationId, values.meetingId);
  if (!existing) throw new Error('the plan was neither stored nor found');
  return { plan: existing, created: false };
}

/**
 * Changes a plan if its revision is still `revision`, adding one to it; undefined when someone
 * saved in between (the caller answers 409).
 */
export async function updatePlanAtRevision(
  db: DbOrTx,
  organisationId: string,
  planId: string,
  revision: number,
  changes: Partial<typeof securityPlans.$inferInsert>,
): Promise<SecurityPlanRow | undefined> {
  const [row] = await db
    .update(securityPlans)
    .set({ ...changes, revision: sql`${securityPlans.revision} + 1` })
    .where(
      and(
        eq(securityPlans.organisationId, organisationId),
        eq(securityPlans.id, planId),
        eq(securityPlans.revision, revision),
      ),
    )
    .returning();
  return row;
}

/** The checklist marks of a plan, with the name of who set each. */
export async function findChecklistMarks(db: DbOrTx, organisationId: string, planId: string) {
  return await db
    .select({ mark: planChecklistItems, setByName: users.name })
    .from(planChecklistItems)
    .innerJoin(users, eq(users.id, planChecklistItems.setByUserId))
    .where(and(eq(planChecklistItems.organisationId, organisationId), eq(planChecklistItems.planId, planId)));
}

/** Sets one item's mark (by whom and when). */
export async function upsertChecklistMark(
  db: DbOrTx,
  values: {
    organisationId: string;
    planId: string;
    itemId: string;
    status: ChecklistItemStatus;
    note: string | null;
    userId: string;
    now: Date;
  },
): Promise<void> {
  const set = { status: values.status, note: values.note, setByUserId: values.userId, setAt: values.now };
  await db
    .insert(planChecklistItems)
    .values({ organisationId: values.organisationId, planId: values.planId, itemId: values.itemId, ...set })
    .onConflictDoUpdate({ target: [planChecklistItems.planId, planChecklistItems.itemId], set });
}

/** The staffing of a plan, in order. */
export async function findPlanStaff(
  db: DbOrTx,
  organisationId: string,
  planId: string,
): Promise<PlanStaffRow[]> {
  return await db
    .select()
    .from(planStaff)
    .where(and(eq(planStaff.organisationId, organisationId), eq(planStaff.planId, planId)))
    .orderBy(asc(planStaff.position));
}

/** Replaces a plan's staffing with the given rows, in order. */
export async function replacePlanStaff(
  db: DbOrTx,
  organisationId: string,
  planId: string,
  rows: readonly Omit<typeof planStaff.$inferInsert, 'organisationId' | 'planId' | 'position'>[],
): Promise<void> {
  await db
    .delete(planStaff)
    .where(and(eq(planStaff.organisationId, organisationId), eq(planStaff.planId, planId)));
  if (rows.length === 0) return;
  await db
    .insert(planStaff)
    .values(rows.map((row, index) => ({ ...row, organisationId, planId, position: index + 1 })));
}

/** Which of these user ids are active users of the organisation. */
export async function findActiveUserIds(
  db: DbOrTx,
  organisationId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        inArray(users.id, [...new Set(ids)]),
        eq(users.status, 'active'),
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/** The diary numbers of the matters on a meeting's agenda (those that have one). */
export async function findAgendaDiaryNumbers(
  db: DbOrTx,
  organisationId: string,
  meetingId: string,
): Promise<string[]> {
  const rows = await db
    .select({ diaryNumber: matters.diaryNumber })
    .from(agendaItems)
    .innerJoin(matters, eq(matters.id, agendaItems.matterId))
    .where(and(eq(agendaItems.organisationId, organisationId), eq(agendaItems.meetingId, meetingId)));
  return rows.flatMap((row) => (row.diaryNumber?.trim() ? [row.diaryNumber.trim()] : []));
}

/**
 * Incidents linked to a meeting within a window (issue 10 §2): reported in it, and either naming
 * one of the agenda's diary numbers as their matter reference (compared without case or
 * surrounding spaces) or concerning a member of the meeting's body. Oldest first; no names.
 */
export async function findLinkedIncidents(
  db: DbOrTx,
  organisationId: string,
  link: { diaryNumbers: readonly string[]; bodyId: string | null },
  window: { from: Date; to: Date },
) {
  const byMatter =
    link.diaryNumbers.length > 0
      ? inArray(
          sql`lower(trim(${incidents.matterReference}))`,
          link.diaryNumbers.map((number) => number.toLowerCase()),
        )
      : undefined;
  const byBody =
    link.bodyId !== null
      ? inArray(
          incidents.targetUserId,
          db
            .select({ userId: bodyMembers.userId })
            .from(bodyMembers)
            .where(and(eq(bodyMembers.organisationId, organisationId), eq(bodyMembers.bodyId, link.bodyId))),
        )
      : undefined;
  const linked = byMatter && byBody ? or(byMatter, byBody) : (byMatter ?? byBody);
  if (!linked) return [];
  return await db
    .select({
      id: incidents.id,
      reference: incidents.reference,
      reportedAt: incidents.reportedAt,
      severity: incidents.severity,
      categories: incidents.categories,
    })
    .from(incidents)
    .where(
      and(
        eq(incidents.organisationId, organisationId),
        gte(incidents.reportedAt, window.from),
        lte(incidents.reportedAt, window.to),
        linked,
      ),
    )
    .orderBy(asc(incidents.reportedAt), asc(incidents.id));
}

/**
 * Open signals (new or acknowledged) about a meeting: its id or title as their meeting reference,
 * or one of its agenda's diary numbers as their matter reference (without case or spaces).
 */
export async function findOpenSignalsAbout(
  db: DbOrTx,
  organisationId: string,
  about: { meetingId: string; title: string; diaryNumbers: readonly string[] },
) {
  const meetingNames = [about.meetingId, about.title.trim()].map((name) => name.toLowerCase());
  const byMeeting = inArray(sql`lower(trim(${signals.meetingReference}))`, meetingNames);
  const byMatter =
    about.diaryNumbers.length > 0
      ? inArray(
          sql`lower(trim(${signals.matterReference}))`,
          about.diaryNumbers.map((number) => number.toLowerCase()),
        )
      : undefined;
  return await db
    .select({
      id: signals.id,
      urgency: signals.urgency,
      createdAt: signals.createdAt,
      text: signals.text,
      matterReference: signals.matterReference,
      meetingReference: signals.meetingReference,
    })
    .from(signals)
    .where(
      and(
        eq(signals.organisationId, organisationId),
        inArray(signals.status, ['new', 'acknowledged']),
        byMatter ? or(byMeeting, byMatter) : byMeeting,
      ),
    )
    .orderBy(asc(signals.createdAt), asc(signals.id));
}

/** The organisation's recorded national threat levels (all of them: a short history). */
export async function findNationalThreatLevels(db: DbOrTx, organisationId: string) {
  return await db
    .select({
      level: nationalThreatLevels.level,
      changedOn: nationalThreatLevels.changedOn,
      recordedAt: nationalThreatLevels.recordedAt,
    })
    .from(nationalThreatLevels)
    .where(eq(nationalThreatLevels.organisationId, organisationId));
}

/** A meeting's venue with what the evacuation plan shows, and whether it has a floor plan. */
export async function findPlanVenue(db: DbOrTx, organisationId: string, venueId: string) {
  const [row] = await db
    .select({
      id: venues.id,
      name: venues.name,
      address: venues.address,
      evacuationRoutes: venues.evacuationRoutes,
      assemblyPoint: venues.assemblyPoint,
      hasFloorPlan: sql<boolean>`exists (select 1 from ${venueFloorPlans} where ${venueFloorPlans.venueId} = ${qualified(venues.id)})`,
    })
    .from(venues)
    .where(and(eq(venues.organisationId, organisationId), eq(venues.id, venueId)))
    .limit(1);
  return row;
}

/** The plans (status only) of several meetings, for readiness and figures. */
export async function findPlanStatuses(db: DbOrTx, organisationId: string, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return new Map<string, SecurityPlanRow['status']>();
  const rows = await db
    .select({ meetingId: securityPlans.meetingId, status: securityPlans.status })
    .from(securityPlans)
    .where(
      and(
        eq(securityPlans.organisationId, organisationId),
        inArray(securityPlans.meetingId, [...meetingIds]),
      ),
    );
  return new Map(rows.map((row) => [row.meetingId, row.status]));
}
