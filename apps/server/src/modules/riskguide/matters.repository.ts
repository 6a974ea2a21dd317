import { and, desc, eq, exists, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { MatterScope, MeetingVisibility } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { agendaItems, assessments, matters, meetings, screeningRows, screenings } from '../../db/schema';

/** A matter row. */
export type MatterRow = typeof matters.$inferSelect;
/** Values of a new matter. */
export type NewMatter = typeof matters.$inferInsert;

/** Inserts matters (one or a whole import), in the given order. */
export async function insertMatters(db: DbOrTx, values: readonly NewMatter[]): Promise<MatterRow[]> {
  if (values.length === 0) return [];
  return await db
    .insert(matters)
    .values([...values])
    .returning();
}

/** One matter of an organisation. */
export async function findMatterById(
  db: DbOrTx,
  organisationId: string,
  matterId: string,
): Promise<MatterRow | undefined> {
  const [row] = await db
    .select()
    .from(matters)
    .where(and(eq(matters.organisationId, organisationId), eq(matters.id, matterId)))
    .limit(1);
  return row;
}

/** The matters of an organisation among `ids`. */
export async function findMattersByIds(
  db: DbOrTx,
  organisationId: string,
  ids: readonly string[],
): Promise<MatterRow[]> {
  if (ids.length === 0) return [];
  return await db
    .select()
    .from(matters)
    .where(and(eq(matters.organisationId, organisationId), inArray(matters.id, [...new Set(ids)])));
}

/**
 * The matters of an organisation with one of the diary numbers, compared without case or
 * surrounding space (an agenda import picks the existing matter of a row's diary number).
 */
export async function findMattersByDiaryNumbers(
  db: DbOrTx,
  organisationId: string,
  diaryNumbers: readonly string[],
): Promise<MatterRow[]> {
  const keys = [...new Set(diaryNumbers.map((number) => number.trim().toLowerCase()))].filter(Boolean);
  if (keys.length === 0) return [];
  return await db
    .select()
    .from(matters)
    .where(
      and(
        eq(matters.organisationId, organisationId),
        inArray(sql`lower(trim(${matters.diaryNumber}))`, keys),
      ),
    )
    .orderBy(desc(matters.createdAt), desc(matters.id));
}

/** Updates a matter. */
export async function updateMatter(
  db: DbOrTx,
  organisationId: string,
  matterId: string,
  values: Partial<Omit<NewMatter, 'id' | 'organisationId' | 'createdAt' | 'createdByUserId'>>,
): Promise<MatterRow | undefined> {
  const [row] = await db
    .update(matters)
    .set(values)
    .where(and(eq(matters.organisationId, organisationId), eq(matters.id, matterId)))
    .returning();
  return row;
}

/** `%` and `_` typed by a user are literal characters, not wildcards. */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/gu, (char) => `\\${char}`)}%`;

/** The meetings whose agendas a matter is on, as the policy's matter resource needs them (ADR 017). */
export async function findAgendaMeetings(
  db: DbOrTx,
  organisationId: string,
  matterId: string,
): Promise<MeetingVisibility[]> {
  return await db
    .select({ bodyId: meetings.bodyId, isPublic: meetings.isPublic })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(eq(agendaItems.organisationId, organisationId), eq(agendaItems.matterId, matterId)));
}

/**
 * The WHERE condition of `matterListScope`: every matter, none, or those on the agenda of a public
 * meeting or of a meeting of one of `bodyIds` — the record rule `matterOnVisibleAgenda` as SQL.
 */
function matterScopeCondition(db: DbOrTx, scope: MatterScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return sql`false`;
  const visible =
    scope.bodyIds.length > 0
      ? or(eq(meetings.isPublic, true), inArray(meetings.bodyId, [...scope.bodyIds]))
      : eq(meetings.isPublic, true);
  return exists(
    db
      .select({ one: sql`1` })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(
        and(
          eq(agendaItems.matterId, matters.id),
          eq(agendaItems.organisationId, matters.organisationId),
          visible,
        ),
      ),
  );
}

/** A page of an organisation's matters in the actor's scope: latest decision date first, undated last, newest first. */
export async function findMattersPage(
  db: DbOrTx,
  organisationId: string,
  scope: MatterScope,
  filter: { q?: string | undefined },
  page: { limit: number; offset: number },
): Promise<{ rows: MatterRow[]; total: number }> {
  const conditions: SQL[] = [eq(matters.organisationId, organisationId)];
  const inScope = matterScopeCondition(db, scope);
  if (inScope) conditions.push(inScope);
  if (filter.q) {
    const pattern = likePattern(filter.q);
    const matching = or(ilike(matters.title, pattern), ilike(matters.diaryNumber, pattern));
    if (matching) conditions.push(matching);
  }
  const where = and(...conditions);
  const rows = await db
    .select()
    .from(matters)
    .where(where)
    .orderBy(sql`${matters.decisionDate} desc nulls last`, desc(matters.createdAt), desc(matters.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(matters)
    .where(where);
  return { rows, total: count?.total ?? 0 };
}

/** The latest step-1 row of each matter among `matterIds`. */
export async function findLatestScreeningLevels(
  db: DbOrTx,
  organisationId: string,
  matterIds: readonly string[],
) {
  if (matterIds.length === 0) return [];
  return await db
    .selectDistinctOn([screeningRows.matterId], {
      matterId: screeningRows.matterId,
      level: screeningRows.level,
      screenedAt: screenings.screenedAt,
    })
    .from(screeningRows)
    .innerJoin(screenings, eq(screenings.id, screeningRows.screeningId))
    .where(
      and(eq(screeningRows.organisationId, organisationId), inArray(screeningRows.matterId, [...matterIds])),
    )
    .orderBy(screeningRows.matterId, desc(screenings.screenedAt), desc(screeningRows.position));
}

/** The latest finished assessment of each matter among `matterIds` (levels and cell only). */
export async function findLatestResults(db: DbOrTx, organisationId: string, matterIds: readonly string[]) {
  if (matterIds.length === 0) return [];
  return await db
    .selectDistinctOn([assessments.matterId], {
      matterId: assessments.matterId,
      riskLevel: assessments.riskLevel,
      conflictLevel: assessments.conflictLevel,
      complexityLevel: assessments.complexityLevel,
      cell: assessments.matrixCell,
      finishedAt: assessments.finishedAt,
      templateVersion: assessments.templateVersion,
    })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        eq(assessments.status, 'finished'),
        inArray(assessments.matterId, [...matterIds]),
      ),
    )
    .orderBy(assessments.matterId, desc(assessments.finishedAt), desc(assessments.createdAt));
}

/** The matters among `matterIds` that have a draft assessment. */
export async function findMattersWithDraft(
  db: DbOrTx,
  organisationId: string,
  matterIds: readonly string[],
): Promise<Set<string>> {
  if (matterIds.length === 0) return new Set();
  const rows = await db
    .select({ matterId: assessments.matterId })
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, organisationId),
        eq(assessments.status, 'draft'),
        inArray(assessments.matterId, [...matterIds]),
      ),
    );
  return new Set(rows.map((row) => row.matterId));
}
