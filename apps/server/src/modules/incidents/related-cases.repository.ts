import {
  aliasedTable,
  and,
  arrayOverlaps,
  desc,
  eq,
  gte,
  inArray,
  lte,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { IncidentScope } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { incidents, users } from '../../db/schema';
import { scopeCondition } from './incidents.repository';

/**
 * The queries of related cases (issue 9 §2): search by reference or words, and the candidates of
 * the suggestions. Every query is scoped by the organisation and by the caller's list scope (the
 * access policy's `incidentListScope`), so nothing another organisation holds or the caller may
 * not see is ever found. The domain (`suggestRelatedCases`) decides what is suggested and why.
 */

/** The Swedish text search configuration; the expression must match the index's. */
const descriptionVector = sql`to_tsvector('swedish', ${incidents.description})`;

/** What a result shows of a case. */
const relatedColumns = {
  id: incidents.id,
  reference: incidents.reference,
  reportedAt: incidents.reportedAt,
  status: incidents.status,
  severity: incidents.severity,
  description: incidents.description,
};

/** A case as found: enough to recognise it. */
export interface RelatedCaseRow {
  readonly id: string;
  readonly reference: string;
  readonly reportedAt: Date;
  readonly status: (typeof incidents.$inferSelect)['status'];
  readonly severity: (typeof incidents.$inferSelect)['severity'];
  readonly description: string;
}

/** How many years back a bare case number ("42", "0042") is looked for. */
const yearsOfBareNumbers = 15;

/**
 * The references a search may mean, or none: "2026-0042" and "VRN-2026-0042" mean that case;
 * a bare number ("42", "0042") means that number in each of the last years up to `currentYear`.
 * References are "YYYY-NNNN" (`nextIncidentReference`), so each is found by the unique index.
 */
export function referencesMeant(q: string, currentYear: number): string[] {
  const match = /^(?:[a-zåäö]+-)?(?:(\d{4})-)?(\d{1,4})$/iu.exec(q.trim());
  if (!match?.[2]) return [];
  const number = match[2].padStart(4, '0');
  if (match[1]) return [`${match[1]}-${number}`];
  return Array.from({ length: yearsOfBareNumbers + 1 }, (_, i) => `${currentYear - i}-${number}`);
}

/**
 * Cases in the scope with one of `references`, or whose description has all of `q`'s words
 * (Swedish stemming, `websearch_to_tsquery`: never a syntax error). A reference comes first, then
 * the newest.
 */
export async function searchIncidents(
  db: DbOrTx,
  organisationId: string,
  scope: IncidentScope,
  search: { q: string; references: readonly string[] },
  limit: number,
): Promise<RelatedCaseRow[]> {
  const query = sql`websearch_to_tsquery('swedish', ${search.q})`;
  const referenceMatch =
    search.references.length > 0 ? inArray(incidents.reference, [...search.references]) : undefined;
  return await db
    .select(relatedColumns)
    .from(incidents)
    .where(
      and(
        scopeCondition(organisationId, scope),
        or(...(referenceMatch ? [referenceMatch] : []), sql`${descriptionVector} @@ ${query}`),
      ),
    )
    .orderBy(...(referenceMatch ? [sql`${referenceMatch} desc`] : []), desc(incidents.reportedAt))
    .limit(limit);
}

/** Cases in the scope (not `excludeId`) that target the same account or a person of the same name. */
export async function findSameTargetCases(
  db: DbOrTx,
  organisationId: string,
  scope: IncidentScope,
  target: { excludeId: string; userId: string | null; names: readonly string[] },
  limit: number,
): Promise<{ id: string; reportedAt: Date }[]> {
  const targetUser = aliasedTable(users, 'target_user');
  // Names compared in the form of the domain's `normaliseTargetName`.
  const normalised = (column: SQL | typeof incidents.targetName) =>
    sql`lower(regexp_replace(btrim(${column}), '\\s+', ' ', 'g'))`;
  const conditions: SQL[] = [];
  if (target.userId) conditions.push(eq(incidents.targetUserId, target.userId));
  if (target.names.length > 0) {
    conditions.push(inArray(normalised(incidents.targetName), [...target.names]));
    conditions.push(inArray(normalised(sql`${targetUser.name}`), [...target.names]));
  }
  if (conditions.length === 0) return [];
  return await db
    .select({ id: incidents.id, reportedAt: incidents.reportedAt })
    .from(incidents)
    .leftJoin(targetUser, eq(targetUser.id, incidents.targetUserId))
    .where(and(scopeCondition(organisationId, scope), ne(incidents.id, target.excludeId), or(...conditions)))
    .orderBy(desc(incidents.reportedAt))
    .limit(limit);
}

/** Cases in the scope (not `excludeId`) whose recorded identifiers share one of `identifiers`. */
export async function findSamePerpetratorCases(
  db: DbOrTx,
  organisationId: string,
  scope: IncidentScope,
  excludeId: string,
  identifiers: readonly string[],
  limit: number,
): Promise<{ id: string; reportedAt: Date; identifiers: string[] }[]> {
  if (identifiers.length === 0) return [];
  return await db
    .select({
      id: incidents.id,
      reportedAt: incidents.reportedAt,
      identifiers: incidents.perpetratorIdentifiers,
    })
    .from(incidents)
    .where(
      and(
        scopeCondition(organisationId, scope),
        ne(incidents.id, excludeId),
        arrayOverlaps(incidents.perpetratorIdentifiers, [...identifiers]),
      ),
    )
    .orderBy(desc(incidents.reportedAt))
    .limit(limit);
}

/**
 * Untriaged cases in the scope (status Ny, not `excludeId`), newest first: the unit has not yet
 * recorded their identifiers, so the service reads them from the descriptions.
 */
export async function findUntriagedDescriptions(
  db: DbOrTx,
  organisationId: string,
  scope: IncidentScope,
  excludeId: string,
  limit: number,
): Promise<{ id: string; reportedAt: Date; description: string }[]> {
  return await db
    .select({ id: incidents.id, reportedAt: incidents.reportedAt, description: incidents.description })
    .from(incidents)
    .where(
      and(scopeCondition(organisationId, scope), ne(incidents.id, excludeId), eq(incidents.status, 'new')),
    )
    .orderBy(desc(incidents.reportedAt))
    .limit(limit);
}

/**
 * Cases in the scope reported in [from, to] (not `excludeId`) whose description shares a word
 * with `description` (any of `words`, Swedish stemming), with the counts of shared and own words
 * (`TextOverlap`), most shared first.
 */
export async function findSimilarTextCases(
  db: DbOrTx,
  organisationId: string,
  scope: IncidentScope,
  text: { excludeId: string; description: string; words: readonly string[]; from: Date; to: Date },
  limit: number,
): Promise<{ id: string; reportedAt: Date; sharedTerms: number; ownTerms: number; otherTerms: number }[]> {
  if (text.words.length === 0) return [];
  // websearch syntax: "a or b or c" (the words are letters and digits only).
  const anyWord = sql`websearch_to_tsquery('swedish', ${text.words.join(' or ')})`;
  const own = sql`tsvector_to_array(to_tsvector('swedish', ${text.description}::text))`;
  const theirs = sql`tsvector_to_array(${descriptionVector})`;
  const shared = sql<number>`cardinality(array(select unnest(${theirs}) intersect select unnest(${own})))::int`;
  return await db
    .select({
      id: incidents.id,
      reportedAt: incidents.reportedAt,
      sharedTerms: shared,
      ownTerms: sql<number>`cardinality(${own})::int`,
      otherTerms: sql<number>`cardinality(${theirs})::int`,
    })
    .from(incidents)
    .where(
      and(
        scopeCondition(organisationId, scope),
        ne(incidents.id, text.excludeId),
        gte(incidents.reportedAt, text.from),
        lte(incidents.reportedAt, text.to),
        sql`${descriptionVector} @@ ${anyWord}`,
      ),
    )
    .orderBy(sql`${shared} desc`, desc(incidents.reportedAt))
    .limit(limit);
}

/** The cases with these ids in the scope, for showing them. */
export async function findRelatedCases(
  db: DbOrTx,
  organisationId: string,
  scope: IncidentScope,
  ids: readonly string[],
): Promise<RelatedCaseRow[]> {
  if (ids.length === 0) return [];
  return await db
    .select(relatedColumns)
    .from(incidents)
    .where(and(scopeCondition(organisationId, scope), inArray(incidents.id, [...ids])));
}
