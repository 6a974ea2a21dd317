import { and, asc, eq, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import {
  type MeasureStatus,
  MeasureSubject,
  openMeasureStatuses,
  type MeasureType,
  Role,
  UserStatus,
} from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { codeLiteral, inCodes } from '../../db/sql-fragments';
import { measures, users } from '../../db/schema';

/** A measure row. */
export type MeasureRow = typeof measures.$inferSelect;

/** Measures of one subject (an incident, later a matter or a meeting), with the owner's name. */
export async function findMeasuresOf(
  db: DbOrTx,
  organisationId: string,
  subjectType: MeasureSubject,
  subjectId: string,
) {
  return await db
    .select({ measure: measures, ownerName: users.name })
    .from(measures)
    .leftJoin(users, eq(users.id, measures.ownerUserId))
    .where(
      and(
        eq(measures.organisationId, organisationId),
        eq(measures.subjectType, subjectType),
        eq(measures.subjectId, subjectId),
      ),
    )
    .orderBy(asc(measures.createdAt));
}

/**
 * The measures of one subject flagged "visible to the person", oldest first: only the columns the
 * person may see are read.
 */
export async function findPersonMeasuresOf(
  db: DbOrTx,
  organisationId: string,
  subjectType: MeasureSubject,
  subjectId: string,
) {
  return await db
    .select({ id: measures.id, type: measures.type, status: measures.status, dueDate: measures.dueDate })
    .from(measures)
    .where(
      and(
        eq(measures.organisationId, organisationId),
        eq(measures.subjectType, subjectType),
        eq(measures.subjectId, subjectId),
        eq(measures.visibleToPerson, true),
      ),
    )
    .orderBy(asc(measures.createdAt));
}

/** One measure of a subject. */
export async function findMeasure(
  db: DbOrTx,
  organisationId: string,
  subjectType: MeasureSubject,
  subjectId: string,
  measureId: string,
) {
  const [row] = await db
    .select()
    .from(measures)
    .where(
      and(
        eq(measures.organisationId, organisationId),
        eq(measures.subjectType, subjectType),
        eq(measures.subjectId, subjectId),
        eq(measures.id, measureId),
      ),
    )
    .limit(1);
  return row;
}

/** Inserts a measure. */
export async function insertMeasure(
  db: DbOrTx,
  values: {
    organisationId: string;
    subjectType: MeasureSubject;
    subjectId: string;
    type: MeasureType;
    description: string;
    ownerUserId: string | null;
    dueDate: string | null;
    status: MeasureStatus;
    /** Default: no (the unit decides what the person sees). */
    visibleToPerson?: boolean;
    createdByUserId: string;
    now: Date;
  },
): Promise<MeasureRow> {
  const [row] = await db
    .insert(measures)
    .values({
      organisationId: values.organisationId,
      subjectType: values.subjectType,
      subjectId: values.subjectId,
      type: values.type,
      description: values.description,
      ownerUserId: values.ownerUserId,
      dueDate: values.dueDate,
      status: values.status,
      visibleToPerson: values.visibleToPerson ?? false,
      createdByUserId: values.createdByUserId,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates a measure. */
export async function updateMeasure(
  db: DbOrTx,
  organisationId: string,
  measureId: string,
  values: Partial<
    Pick<
      MeasureRow,
      | 'status'
      | 'description'
      | 'ownerUserId'
      | 'dueDate'
      | 'visibleToPerson'
      | 'completedAt'
      | 'reminderSentAt'
    >
  > & {
    updatedAt: Date;
  },
): Promise<MeasureRow | undefined> {
  const [row] = await db
    .update(measures)
    .set(values)
    .where(and(eq(measures.organisationId, organisationId), eq(measures.id, measureId)))
    .returning();
  return row;
}

/**
 * Open measures due on or before `today` whose owner has not been reminded yet (all organisations).
 * Only an owner who may still handle the measure is reminded — active, and still a security officer
 * of the measure's organisation (the rule that applied when the measure was assigned): a former
 * officer would get the case's reference and a link that answers 404.
 */
export async function findMeasuresToRemind(db: DbOrTx, today: string) {
  return await db
    .select({
      measure: measures,
      ownerEmail: users.email,
      ownerName: users.name,
      ownerLanguage: users.language,
    })
    .from(measures)
    .innerJoin(
      users,
      and(eq(users.id, measures.ownerUserId), eq(users.organisationId, measures.organisationId)),
    )
    .where(
      and(
        inArray(measures.status, [...openMeasureStatuses]),
        lte(measures.dueDate, today),
        isNull(measures.reminderSentAt),
        eq(users.status, UserStatus.Active),
        eq(users.role, Role.SecurityOfficer),
      ),
    )
    .orderBy(asc(measures.dueDate))
    .limit(500);
}

/**
 * SQL fragments about a case's overdue measures, for the incident module's list queries: the
 * incident's organisation and id columns come in, so the measures are found through their
 * organisation (the index `measures_open_due_idx`, whose predicate the status condition matches).
 */
function overdueOfIncident(organisationIdColumn: unknown, incidentIdColumn: unknown, today: string): SQL {
  return sql`${measures.organisationId} = ${organisationIdColumn}
    and ${measures.subjectType} = ${codeLiteral(MeasureSubject.Incident)}
    and ${measures.subjectId} = ${incidentIdColumn}
    and ${inCodes(measures.status, openMeasureStatuses)} and ${measures.dueDate} < ${today}`;
}

/** The number of overdue open measures of an incident. */
export function overdueMeasuresOfIncident(
  organisationIdColumn: unknown,
  incidentIdColumn: unknown,
  today: string,
) {
  return sql<number>`(select count(*)::int from ${measures}
    where ${overdueOfIncident(organisationIdColumn, incidentIdColumn, today)})`;
}

/** The due date of an incident's oldest overdue open measure, or null. */
export function oldestOverdueDateOfIncident(
  organisationIdColumn: unknown,
  incidentIdColumn: unknown,
  today: string,
) {
  return sql<string | null>`(select min(${measures.dueDate}) from ${measures}
    where ${overdueOfIncident(organisationIdColumn, incidentIdColumn, today)})`;
}

/** Whether an incident has an overdue open measure. */
export function hasOverdueMeasure(
  organisationIdColumn: unknown,
  incidentIdColumn: unknown,
  today: string,
): SQL {
  return sql`exists (select 1 from ${measures}
    where ${overdueOfIncident(organisationIdColumn, incidentIdColumn, today)})`;
}
