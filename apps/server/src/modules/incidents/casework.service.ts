import {
  Action,
  AuditAction,
  IncidentStatus,
  isAssignableOfficer,
  isNotInFuture,
  normalisePerpetratorIdentifiers,
  TimelineKind,
  transitionIncident,
} from '@varn/domain';
import type {
  HandlerList,
  IncidentDetail,
  NoteBody,
  TransitionBody,
  TriageBody,
  WorkEnvironmentBody,
} from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, notFound, ruleViolation } from '../../lib/errors';
import { definedOnly } from '../../lib/objects';
import { audit } from '../audit';
import { findActiveOfficers, findUserById } from '../users';
import { queueCaseMail, queueUrgentIncidentNotice } from './incident-notifications';
import {
  assertCodes,
  collection,
  detailFor,
  getIncidentDetailInTx,
  loadIncident,
  noteCaseChange,
} from './incident-records';
import {
  findExistingIncidentIds,
  findLinkedIncidents,
  refreshSeriesFlags,
  replaceIncidentLinks,
  updateIncident,
  type IncidentRow,
} from './incidents.repository';

/**
 * Casework (issue 3 §2): a case's life — reading it, triage, status by the transition table, the
 * timeline, the affected person's consent, the same-day report to Arbetsmiljöverket. The queue
 * and the inbox are in `queue.service.ts`.
 */

/** `GET /api/incidents/{id}`; every read is audited. */
export async function getIncident(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
): Promise<IncidentDetail> {
  return await ctx.db.transaction(async (tx) => {
    const row = await loadIncident(tx, caller, incidentId, Action.IncidentRead);
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.IncidentRead,
      recordType: 'incident',
      recordId: row.id,
    });
    return await detailFor(ctx, tx, caller, row);
  });
}

/** The triage fields that are columns of the incident (the series links are kept apart). */
const triageFields = [
  'severity',
  'categories',
  'channel',
  'perpetratorType',
  'motive',
  'targetRole',
  'policeContacted',
  'matterReference',
  'consequences',
  'handlerUserId',
  'unlawfulInfluence',
  'sexualOrSexist',
  'electionPeriod',
  'seriousWorkIncident',
  'perpetratorIdentifiers',
] as const satisfies readonly (keyof TriageBody & keyof IncidentRow)[];

/**
 * `PATCH /api/incidents/{id}`: triage — severity, categories, handler, flags, series, and the
 * follow-up answers the reporter skipped (role, channel, perpetrator, motive, matter, police
 * contacted, consequences).
 */
export async function triageIncident(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  body: TriageBody,
): Promise<IncidentDetail> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    await assertCodes(tx, caller.organisationId, body);
    if (body.handlerUserId) {
      const handler = await findUserById(tx, caller.organisationId, body.handlerUserId);
      if (!handler || !isAssignableOfficer(handler)) {
        throw ruleViolation({ handlerUserId: 'handler_not_officer' });
      }
    }
    if (body.linkedIncidentIds) {
      if (body.linkedIncidentIds.includes(row.id))
        throw ruleViolation({ linkedIncidentIds: 'link_to_itself' });
      const existing = await findExistingIncidentIds(tx, caller.organisationId, body.linkedIncidentIds);
      if (body.linkedIncidentIds.some((id) => !existing.has(id)))
        throw ruleViolation({ linkedIncidentIds: 'unknown_incident' });
      const previous = (await findLinkedIncidents(tx, caller.organisationId, row.id)).map(
        (linked) => linked.id,
      );
      await replaceIncidentLinks(tx, caller.organisationId, row.id, [...new Set(body.linkedIncidentIds)]);
      // "Part of a series" follows the links, on every case whose links changed.
      await refreshSeriesFlags(
        tx,
        caller.organisationId,
        [row.id, ...previous, ...body.linkedIncidentIds],
        now,
      );
    }
    const { linkedIncidentIds: _links, ...given } = body;
    const fields = {
      ...given,
      ...(given.categories ? { categories: [...new Set(given.categories)] } : {}),
      ...(given.consequences ? { consequences: [...new Set(given.consequences)] } : {}),
      ...(given.perpetratorIdentifiers
        ? { perpetratorIdentifiers: normalisePerpetratorIdentifiers(given.perpetratorIdentifiers) }
        : {}),
    };
    const updated = await updateIncident(tx, caller.organisationId, row.id, {
      ...definedOnly(fields),
      updatedAt: now,
    });
    if (!updated) throw notFound();
    // What really changed, field by field (the timeline says "Ändrat: …").
    const changedFields: string[] = triageFields.filter(
      (field) => fields[field] !== undefined && JSON.stringify(fields[field]) !== JSON.stringify(row[field]),
    );
    if (body.linkedIncidentIds) changedFields.push('linkedIncidentIds');
    const changed = changedFields.sort().join(',');
    await noteCaseChange(tx, caller, updated, now, {
      timeline: {
        kind: TimelineKind.Triage,
        details: { fields: changed, ...(body.severity ? { severity: body.severity } : {}) },
      },
      audit: { action: AuditAction.IncidentTriage, details: { fields: changed } },
    });
    // Raised to acute or high after the report: the unit hears of it at once.
    if (updated.notifiedAt === null) await queueUrgentIncidentNotice(ctx, tx, updated);
    return await detailFor(ctx, tx, caller, updated);
  });
}

/** `POST /api/incidents/{id}/transitions`: the domain's transition table decides; 409 otherwise. */
export async function changeIncidentStatus(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  body: TransitionBody,
): Promise<IncidentDetail> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    const outcome = transitionIncident(row, body.event, now, { summary: body.summary });
    if (!outcome.ok) {
      if (outcome.reason === 'not_allowed') throw new AppError('transition_not_allowed');
      throw ruleViolation({
        summary: outcome.reason === 'summary_required' ? 'summary_required' : 'too_long',
      });
    }
    const updated = await updateIncident(tx, caller.organisationId, row.id, {
      status: outcome.status,
      ...(outcome.triagedAt ? { triagedAt: outcome.triagedAt } : {}),
      ...(outcome.assessedAt ? { assessedAt: outcome.assessedAt } : {}),
      ...(outcome.closedAt
        ? { closedAt: outcome.closedAt, closingSummary: outcome.closingSummary ?? null }
        : {}),
      ...(outcome.clearClosed ? { closedAt: null, closingSummary: null } : {}),
      updatedAt: now,
    });
    if (!updated) throw notFound();
    await noteCaseChange(tx, caller, updated, now, {
      timeline: {
        kind: TimelineKind.StatusChange,
        text: outcome.closingSummary ?? null,
        details: { from: outcome.from, to: outcome.status, event: body.event },
      },
      audit: { action: AuditAction.IncidentTransition, details: { from: outcome.from, to: outcome.status } },
    });
    if (outcome.status === IncidentStatus.Closed) await queueCaseMail(ctx, tx, updated, 'closed');
    return await detailFor(ctx, tx, caller, updated);
  });
}

/** `POST /api/incidents/{id}/notes`: a note, a contact with the affected person (first contact counts), or a decision. */
export async function addIncidentNote(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  body: NoteBody,
): Promise<IncidentDetail> {
  const now = ctx.clock();
  const at = body.at ? new Date(body.at) : now;
  if (!isNotInFuture(at, now)) throw ruleViolation({ at: 'invalid_date' });
  return await ctx.db.transaction(async (tx) => {
    const row = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    await noteCaseChange(tx, caller, row, now, {
      timeline: { kind: body.kind, text: body.text, at },
      audit: { action: AuditAction.IncidentNote, details: { kind: body.kind } },
    });
    if (body.kind === TimelineKind.Contact && (row.firstContactAt === null || at < row.firstContactAt)) {
      await updateIncident(tx, caller.organisationId, row.id, { firstContactAt: at, updatedAt: now });
    }
    return await getIncidentDetailInTx(ctx, tx, caller, row.id);
  });
}

/** `POST /api/incidents/{id}/consent`: the targeted person lets their party's contact see the case, or not. */
export async function setPartyContactConsent(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  consent: boolean,
): Promise<IncidentDetail> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadIncident(tx, caller, incidentId, Action.IncidentConsent);
    const updated = await updateIncident(tx, caller.organisationId, row.id, {
      partyContactConsent: consent,
      // A self-report without a party at the time gets the person's current party.
      targetPartyId: row.targetPartyId ?? caller.partyId,
      updatedAt: now,
    });
    if (!updated) throw notFound();
    await noteCaseChange(tx, caller, updated, now, {
      timeline: { kind: TimelineKind.Consent, details: { consent } },
      audit: { action: AuditAction.IncidentConsent, details: { consent } },
    });
    return await detailFor(ctx, tx, caller, updated);
  });
}

/** `POST /api/incidents/{id}/work-environment-report`: when and by whom Arbetsmiljöverket was told; the KIA reference. */
export async function recordWorkEnvironmentReport(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  body: WorkEnvironmentBody,
): Promise<IncidentDetail> {
  const now = ctx.clock();
  const reportedAt = new Date(body.reportedAt);
  if (!isNotInFuture(reportedAt, now)) throw ruleViolation({ reportedAt: 'invalid_date' });
  return await ctx.db.transaction(async (tx) => {
    const row = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    const updated = await updateIncident(tx, caller.organisationId, row.id, {
      workEnvironmentReportedAt: reportedAt,
      workEnvironmentReportedByUserId: caller.userId,
      ...(body.kiaReference !== undefined ? { kiaReference: body.kiaReference } : {}),
      updatedAt: now,
    });
    if (!updated) throw notFound();
    await noteCaseChange(tx, caller, updated, now, {
      timeline: {
        kind: TimelineKind.WorkEnvironment,
        details: { reportedAt: reportedAt.toISOString(), kiaReference: body.kiaReference ?? null },
      },
      audit: { action: AuditAction.IncidentWorkEnvironmentReport },
    });
    return await detailFor(ctx, tx, caller, updated);
  });
}

/** `GET /api/incidents/handlers`: the security officers a case can be assigned to. */
export async function listHandlers(ctx: AppContext, caller: Caller): Promise<HandlerList> {
  authorizeOrThrow(caller, Action.IncidentHandle, collection(caller));
  return {
    handlers: (await findActiveOfficers(ctx.db, caller.organisationId)).map(({ id, name }) => ({ id, name })),
  };
}
