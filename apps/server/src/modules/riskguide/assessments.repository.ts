import { aliasedTable, and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { AssessmentStatus } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { assessmentMeasures, assessments, matters, users } from '../../db/schema';
import type {
  StoredAssessmentResultV1,
  StoredMatterSnapshotV1,
  StoredParticipantsV1,
  StoredStep2AnswersV1,
  StoredStep3AnswersV1,
  Writable,
} from '../../db/stored-shapes/riskguide';

/** An assessment row (its JSON still to be read with its stored shapes: `assessment-result.ts`). */
export type AssessmentRow = typeof assessments.$inferSelect;
/** Values of a new assessment, its JSON in the stored shapes (`db/stored-shapes/riskguide.ts`). */
export type NewAssessment = Omit<
  typeof assessments.$inferInsert,
  'participants' | 'step2Answers' | 'step3Answers' | 'result' | 'matterSnapshot'
> & {
  participants: Writable<StoredParticipantsV1>;
  step2Answers: Writable<StoredStep2AnswersV1>;
  step3Answers: Writable<StoredStep3AnswersV1>;
  result?: Writable<StoredAssessmentResultV1> | null;
  matterSnapshot?: Writable<StoredMatterSnapshotV1> | null;
};

/** Inserts an assessment. */
export async function insertAssessment(db: DbOrTx, values: NewAssessment): Promise<AssessmentRow> {
  const [row] = await db.insert(assessments).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/**
 * Inserts a draft unless its matter already has one (`assessments_one_draft_per_matter`), also
 * when that draft is not yet committed: the insert waits for the other transaction and then does
 * nothing. `undefined` when nothing was inserted; the draft of the matter is then the open one.
 */
export async function insertDraft(
  db: DbOrTx,
  values: NewAssessment & { status: 'draft' },
): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .insert(assessments)
    .values(values)
    .onConflictDoNothing({ target: assessments.matterId, where: sql`${assessments.status} = 'draft'` })
    .returning();
  return row;
}

/** One assessment of an organisation. */
export async function findAssessmentById(
  db: DbOrTx,
  organisationId: string,
  assessmentId: string,
): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.organisationId, organisationId), eq(assessments.id, assessmentId)))
    .limit(1);
  return row;
}

/**
 * The assessment of a matter in a status, newest first: the open draft (a matter has at most
 * one), or the latest finished one.
 */
async function findLatestOfMatter(
  db: DbOrTx,
  organisationId: string,
  matterId: string,
  status: AssessmentStatus,
): Promise<AssessmentRow | undefined> {
  const [row] = await db
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        eq(assessments.matterId, matterId),
        eq(assessments.status, status),
      ),
    )
    // Finished in the same instant: the later draft (a reassessment starts after the last finish).
    .orderBy(desc(assessments.finishedAt), desc(assessments.createdAt))
    .limit(1);
  return row;
}

/** The draft of a matter, if one is open. */
export async function findDraftOfMatter(db: DbOrTx, organisationId: string, matterId: string) {
  return await findLatestOfMatter(db, organisationId, matterId, AssessmentStatus.Draft);
}

/** The latest finished assessment of a matter. */
export async function findLatestFinishedOfMatter(db: DbOrTx, organisationId: string, matterId: string) {
  return await findLatestOfMatter(db, organisationId, matterId, AssessmentStatus.Finished);
}

/**
 * Updates a draft; `expectedRevision` (when given) and the draft status must still hold, so that
 * two saves or a save and a finish never overwrite each other. `undefined` when they did not.
 */
export async function updateDraft(
  db: DbOrTx,
  organisationId: string,
  assessmentId: string,
  expectedRevision: number | undefined,
  values: Partial<Omit<NewAssessment, 'id' | 'organisationId' | 'matterId' | 'createdAt'>>,
): Promise<AssessmentRow | undefined> {
  const conditions: SQL[] = [
    eq(assessments.organisationId, organisationId),
    eq(assessments.id, assessmentId),
    eq(assessments.status, AssessmentStatus.Draft),
  ];
  if (expectedRevision !== undefined) conditions.push(eq(assessments.revision, expectedRevision));
  const [row] = await db
    .update(assessments)
    .set(values)
    .where(and(...conditions))
    .returning();
  return row;
}

const finisher = aliasedTable(users, 'finisher');

/** The assessments of a matter, oldest first, with the signer's name. */
export async function findAssessmentsOfMatter(db: DbOrTx, organisationId: string, matterId: string) {
  return await db
    .select({ assessment: assessments, finishedByName: finisher.name })
    .from(assessments)
    .leftJoin(finisher, eq(finisher.id, assessments.finishedByUserId))
    .where(and(eq(assessments.organisationId, organisationId), eq(assessments.matterId, matterId)))
    .orderBy(asc(assessments.createdAt), asc(assessments.id));
}

/** Assessments of an organisation, latest change first, with their matter and signer. */
export async function findAssessmentsPage(
  db: DbOrTx,
  organisationId: string,
  filter: { status?: AssessmentStatus | undefined; matterId?: string | undefined },
  limit: number,
) {
  const conditions: SQL[] = [eq(assessments.organisationId, organisationId)];
  if (filter.status) conditions.push(eq(assessments.status, filter.status));
  if (filter.matterId) conditions.push(eq(assessments.matterId, filter.matterId));
  return await db
    .select({
      assessment: assessments,
      finishedByName: finisher.name,
      matter: {
        id: matters.id,
        title: matters.title,
        diaryNumber: matters.diaryNumber,
        body: matters.body,
        decisionDate: matters.decisionDate,
      },
    })
    .from(assessments)
    .innerJoin(matters, eq(matters.id, assessments.matterId))
    .leftJoin(finisher, eq(finisher.id, assessments.finishedByUserId))
    .where(and(...conditions))
    .orderBy(desc(assessments.updatedAt), desc(assessments.id))
    .limit(limit);
}

/** Records that a library measure was chosen in an assessment and became `measureId`. */
export async function insertAssessmentMeasure(
  db: DbOrTx,
  values: {
    organisationId: string;
    assessmentId: string;
    libraryMeasureId: string;
    measureId: string;
    now: Date;
  },
): Promise<void> {
  await db.insert(assessmentMeasures).values({
    organisationId: values.organisationId,
    assessmentId: values.assessmentId,
    libraryMeasureId: values.libraryMeasureId,
    measureId: values.measureId,
    createdAt: values.now,
  });
}

/** The library measures chosen in an assessment, in the order they were chosen. */
export async function findAssessmentMeasures(db: DbOrTx, organisationId: string, assessmentId: string) {
  return await db
    .select({
      libraryMeasureId: assessmentMeasures.libraryMeasureId,
      measureId: assessmentMeasures.measureId,
    })
    .from(assessmentMeasures)
    .where(
      and(
        eq(assessmentMeasures.organisationId, organisationId),
        eq(assessmentMeasures.assessmentId, assessmentId),
      ),
    )
    .orderBy(asc(assessmentMeasures.createdAt), asc(assessmentMeasures.libraryMeasureId));
}
