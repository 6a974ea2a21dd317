import {
  Action,
  AuditAction,
  incidentListScope,
  normaliseTargetName,
  perpetratorIdentifiersIn,
  significantWords,
  similarTextWindow,
  suggestRelatedCases,
  swedishDate,
  RelatedReason,
  TimelineKind,
  type RelatedCandidate,
  type RelatedReasonDetail,
} from '@varn/domain';
import type {
  IncidentDetail,
  IncidentSearchQuery,
  IncidentSearchResult,
  RelatedCase,
  RelatedReasonView,
  RelatedSuggestionList,
} from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { findUserNames } from '../users';
import { collection, detailFor, loadIncident, noteCaseChange } from './incident-records';
import {
  deleteIncidentLink,
  findIncidentById,
  findLinkedIncidents,
  insertIncidentLink,
  refreshSeriesFlags,
  type IncidentRow,
} from './incidents.repository';
import {
  findRelatedCases,
  findSamePerpetratorCases,
  findSameTargetCases,
  findSimilarTextCases,
  findUntriagedDescriptions,
  referencesMeant,
  searchIncidents,
  type RelatedCaseRow,
} from './related-cases.repository';

/**
 * Related cases (issue 9 §2): the security unit searches the organisation's cases, gets
 * suggestions for a case with the reasons, and links or unlinks a case (the series). Reading
 * other cases is audited like the queue.
 */

/** How many candidates each query of the suggestions brings at most. */
const candidatesPerReason = 50;
/** Untriaged cases whose descriptions are read for identifiers, newest first. */
const untriagedToRead = 500;

const excerptOf = (description: string): string =>
  description.length > 160 ? `${description.slice(0, 157)}…` : description;

function toRelatedCase(row: RelatedCaseRow): RelatedCase {
  return {
    id: row.id,
    reference: row.reference,
    reportedAt: row.reportedAt.toISOString(),
    status: row.status,
    severity: row.severity,
    excerpt: excerptOf(row.description),
  };
}

function toReasonView(detail: RelatedReasonDetail): RelatedReasonView {
  return detail.reason === RelatedReason.SamePerpetrator
    ? { reason: detail.reason, identifiers: [...detail.identifiers] }
    : { ...detail };
}

/** `GET /api/incidents/search`: cases the caller may see, by reference or words; audited. */
export async function searchCases(
  ctx: AppContext,
  caller: Caller,
  query: IncidentSearchQuery,
): Promise<IncidentSearchResult> {
  authorizeOrThrow(caller, Action.IncidentFindRelated, collection(caller));
  const scope = incidentListScope(caller);
  return await ctx.db.transaction(async (tx) => {
    const references = referencesMeant(query.q, Number(swedishDate(ctx.clock()).slice(0, 4)));
    const rows = await searchIncidents(
      tx,
      caller.organisationId,
      scope,
      { q: query.q, references },
      query.limit ?? 20,
    );
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.IncidentFindRelated,
      recordType: 'incident',
      details: { count: rows.length },
    });
    return { incidents: rows.map(toRelatedCase) };
  });
}

/**
 * `GET /api/incidents/{id}/suggestions`: cases to link to this one, each with why (domain
 * `suggestRelatedCases`). The case's identifiers are the recorded ones and those its description
 * mentions; an untriaged case's identifiers are read from its description, as nobody has recorded
 * them yet. Audited on the case.
 */
export async function suggestRelated(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
): Promise<RelatedSuggestionList> {
  return await ctx.db.transaction(async (tx) => {
    const row = await loadIncident(tx, caller, incidentId, Action.IncidentFindRelated);
    const org = caller.organisationId;
    const scope = incidentListScope(caller);
    const identifiers = [
      ...new Set([...row.perpetratorIdentifiers, ...perpetratorIdentifiersIn(row.description)]),
    ];
    const targetUserName = row.targetUserId
      ? (await findUserNames(tx, org, [row.targetUserId])).get(row.targetUserId)
      : undefined;
    const names = [
      ...new Set(
        [row.targetName, targetUserName]
          .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
          .map(normaliseTargetName),
      ),
    ];
    const window = similarTextWindow(row.reportedAt);

    const sameTarget = await findSameTargetCases(
      tx,
      org,
      scope,
      { excludeId: row.id, userId: row.targetUserId, names },
      candidatesPerReason,
    );
    const samePerpetrator = await findSamePerpetratorCases(
      tx,
      org,
      scope,
      row.id,
      identifiers,
      candidatesPerReason,
    );
    const untriaged =
      identifiers.length === 0
        ? []
        : await findUntriagedDescriptions(tx, org, scope, row.id, untriagedToRead);
    const similar = await findSimilarTextCases(
      tx,
      org,
      scope,
      {
        excludeId: row.id,
        description: row.description,
        words: significantWords(row.description),
        from: window.from,
        to: window.to,
      },
      candidatesPerReason,
    );

    const shared = (theirs: readonly string[]) => theirs.filter((value) => identifiers.includes(value));
    const none = { sameTarget: false, sharedIdentifiers: [], text: null };
    const candidates: RelatedCandidate[] = [
      ...sameTarget.map((found) => ({ ...none, ...found, sameTarget: true })),
      ...samePerpetrator.map(({ identifiers: theirs, ...found }) => ({
        ...none,
        ...found,
        sharedIdentifiers: shared(theirs),
      })),
      ...untriaged.map(({ description, ...found }) => ({
        ...none,
        ...found,
        sharedIdentifiers: shared(perpetratorIdentifiersIn(description)),
      })),
      ...similar.map(({ sharedTerms, ownTerms, otherTerms, ...found }) => ({
        ...none,
        ...found,
        text: { sharedTerms, ownTerms, otherTerms },
      })),
    ];
    const linked = (await findLinkedIncidents(tx, org, row.id)).map((link) => link.id);
    const suggestions = suggestRelatedCases(candidates, [row.id, ...linked]);
    const shown = new Map(
      (
        await findRelatedCases(
          tx,
          org,
          scope,
          suggestions.map((suggestion) => suggestion.id),
        )
      ).map((found) => [found.id, found]),
    );
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.IncidentFindRelated,
      recordType: 'incident',
      recordId: row.id,
      details: { count: suggestions.length },
    });
    return {
      suggestions: suggestions.flatMap((suggestion) => {
        const found = shown.get(suggestion.id);
        return found
          ? [{ incident: toRelatedCase(found), reasons: suggestion.reasons.map(toReasonView) }]
          : [];
      }),
      similarTextFrom: window.from.toISOString(),
      similarTextTo: window.to.toISOString(),
    };
  });
}

/**
 * `POST /api/incidents/{id}/links`: links another case of the organisation to this one, both
 * ways; "part of a series" follows. Both timelines say so.
 */
export async function linkRelatedCase(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  linkedId: string,
): Promise<IncidentDetail> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    if (linkedId === row.id) throw ruleViolation({ incidentId: 'link_to_itself' });
    const other = await findIncidentById(tx, caller.organisationId, linkedId);
    if (!other) throw ruleViolation({ incidentId: 'unknown_incident' });
    await insertIncidentLink(tx, caller.organisationId, row.id, other.id);
    await refreshSeriesFlags(tx, caller.organisationId, [row.id, other.id], now);
    await noteLink(tx, caller, now, row, other, 'linked');
    return await detailFor(
      ctx,
      tx,
      caller,
      (await findIncidentById(tx, caller.organisationId, row.id)) ?? row,
    );
  });
}

/** `DELETE /api/incidents/{id}/links/{linkedId}`: removes a link (404 when the cases are not linked). */
export async function unlinkRelatedCase(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  linkedId: string,
): Promise<IncidentDetail> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    const other = await findIncidentById(tx, caller.organisationId, linkedId);
    if (!other || !(await deleteIncidentLink(tx, caller.organisationId, row.id, other.id))) throw notFound();
    await refreshSeriesFlags(tx, caller.organisationId, [row.id, other.id], now);
    await noteLink(tx, caller, now, row, other, 'unlinked');
    return await detailFor(
      ctx,
      tx,
      caller,
      (await findIncidentById(tx, caller.organisationId, row.id)) ?? row,
    );
  });
}

/** The link in both cases' timelines and audit trails: each case names the other. */
async function noteLink(
  tx: Tx,
  caller: Caller,
  now: Date,
  row: IncidentRow,
  other: IncidentRow,
  change: 'linked' | 'unlinked',
): Promise<void> {
  const action = change === 'linked' ? AuditAction.IncidentLink : AuditAction.IncidentUnlink;
  for (const [incident, named] of [
    [row, other],
    [other, row],
  ] as const) {
    await noteCaseChange(tx, caller, incident, now, {
      timeline: { kind: TimelineKind.Link, details: { [change]: named.reference } },
      audit: { action, details: { linkedIncidentId: named.id } },
    });
  }
}
