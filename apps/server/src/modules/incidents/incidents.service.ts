import {
  Action,
  AuditAction,
  can,
  handlingTimeMetrics,
  incidentListScope,
  initialSeverity,
  IncidentStatus,
  Role,
  swedishDate,
  TargetKind,
  TaxonomyKind,
  transitionIncident,
  type IncidentParties,
} from '@varn/domain';
import type {
  IncidentDetail,
  IncidentList,
  IncidentQuery,
  Metrics,
  NoteBody,
  ReportIncidentBody,
  TransitionBody,
  TriageBody,
  WorkEnvironmentBody,
} from '@varn/contracts';
import type { CreateMeasureBody, FieldMessageKey, Measure, UpdateMeasureBody } from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, notFound, ruleViolation } from '../../lib/errors';
import { definedOnly } from '../../lib/objects';
import { audit } from '../audit/audit.service';
import { addMeasure, changeMeasure, listMeasures } from '../measures/measures.service';
import { findOrganisationById } from '../organisations/organisations.repository';
import { countOpenSignals } from '../signals/signals.repository';
import { findActiveCodes } from '../taxonomy/taxonomy.repository';
import { findUserById } from '../users/users.repository';
import { queueCaseMail, queueUrgentIncidentNotice } from './incident-notifications';
import { incidentParties, toDetail, toSummary } from './incident-view';
import {
  countIncidentCounters,
  findActiveOfficers,
  findExistingIncidentIds,
  findHandlingTimes,
  findIncidentById,
  findIncidentByIdempotencyKey,
  findIncidentsPage,
  insertIncident,
  insertIncidentEvent,
  findLinkedIncidents,
  nextIncidentReference,
  refreshSeriesFlags,
  replaceIncidentLinks,
  updateIncident,
  type IncidentRow,
} from './incidents.repository';

const collection = (caller: Caller) => ({ type: 'incident' as const, organisationId: caller.organisationId });
const record = (caller: Caller, parties: IncidentParties) => ({
  type: 'incident' as const,
  organisationId: caller.organisationId,
  ...parties,
});

/**
 * Loads an incident the caller may act on, or answers 404: for a role that may never do this,
 * before touching the database; otherwise after the policy has seen who the case concerns.
 */
export async function loadIncident(
  db: Tx | AppContext['db'],
  caller: Caller,
  incidentId: string,
  action: Action,
): Promise<IncidentRow> {
  if (!can(caller, action, collection(caller))) throw notFound();
  const row = await findIncidentById(db, caller.organisationId, incidentId);
  if (!row) throw notFound();
  authorizeOrThrow(caller, action, record(caller, incidentParties(row)));
  return row;
}

/** Checks that chosen codes are active entries of the organisation's lists. */
async function assertCodes(
  tx: Tx,
  organisationId: string,
  codes: {
    categories?: readonly string[] | undefined;
    channel?: string | undefined;
    perpetratorType?: string | undefined;
  },
): Promise<void> {
  const problems: Record<string, FieldMessageKey> = {};
  if (codes.categories) {
    const active = await findActiveCodes(tx, organisationId, TaxonomyKind.Category);
    if (codes.categories.some((code) => !active.has(code))) problems.categories = 'unknown_code';
  }
  if (
    codes.channel !== undefined &&
    !(await findActiveCodes(tx, organisationId, TaxonomyKind.Channel)).has(codes.channel)
  ) {
    problems.channel = 'unknown_code';
  }
  if (
    codes.perpetratorType !== undefined &&
    !(await findActiveCodes(tx, organisationId, TaxonomyKind.PerpetratorType)).has(codes.perpetratorType)
  ) {
    problems.perpetratorType = 'unknown_code';
  }
  if (Object.keys(problems).length > 0) throw ruleViolation(problems);
}

async function policeReminderDaysOf(tx: Tx, organisationId: string): Promise<number> {
  return (await findOrganisationById(tx, organisationId))?.policeReminderDays ?? 30;
}

async function detailFor(ctx: AppContext, tx: Tx, caller: Caller, row: IncidentRow): Promise<IncidentDetail> {
  return await toDetail(tx, caller, row, {
    unitView: can(caller, Action.IncidentHandle, record(caller, incidentParties(row))),
    policeReminderDays: await policeReminderDaysOf(tx, row.organisationId),
    now: ctx.clock(),
  });
}

/**
 * `POST /api/incidents`: the quick report (issue 3 §1). With an idempotency key a retried
 * submission returns the incident created the first time (`created: false`) and never a duplicate.
 */
export async function reportIncident(
  ctx: AppContext,
  caller: Caller,
  body: ReportIncidentBody,
  idempotencyKey: string | undefined,
): Promise<{ incident: IncidentDetail; created: boolean }> {
  authorizeOrThrow(caller, Action.IncidentReport, collection(caller));
  const replay = async (): Promise<{ incident: IncidentDetail; created: boolean } | null> => {
    if (!idempotencyKey) return null;
    const existing = await findIncidentByIdempotencyKey(ctx.db, caller.userId, idempotencyKey);
    if (!existing) return null;
    return await ctx.db.transaction(async (tx) => ({
      incident: await detailFor(ctx, tx, caller, existing),
      created: false,
    }));
  };
  const earlier = await replay();
  if (earlier) return earlier;
  if (
    body.targetKind === TargetKind.PartyMember &&
    (caller.role !== Role.PartyContact || caller.partyId === null)
  ) {
    throw ruleViolation({ targetKind: 'target_kind_not_allowed' });
  }
  const now = ctx.clock();
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertCodes(tx, caller.organisationId, body);
      const self = body.targetKind === TargetKind.Self;
      const row = await insertIncident(tx, {
        organisationId: caller.organisationId,
        reference: await nextIncidentReference(
          tx,
          caller.organisationId,
          Number(swedishDate(now).slice(0, 4)),
        ),
        reportedByUserId: caller.userId,
        reportedAt: now,
        idempotencyKey: idempotencyKey ?? null,
        description: body.description,
        ongoing: body.ongoing,
        occurredFrom: body.occurredFrom ? new Date(body.occurredFrom) : null,
        occurredTo: body.occurredTo ? new Date(body.occurredTo) : null,
        targetKind: body.targetKind,
        targetUserId: self ? caller.userId : null,
        targetName: self ? null : (body.targetName ?? null),
        targetRole: body.targetRole,
        // The party matters only for the party contact's need-to-know, and only with consent.
        targetPartyId: body.targetKind === TargetKind.Other ? null : caller.partyId,
        partyContactConsent:
          body.targetKind === TargetKind.Other ? false : (body.partyContactConsent ?? false),
        categories: [...new Set(body.categories)],
        channel: body.channel,
        perpetratorType: body.perpetratorType,
        motive: body.motive ?? null,
        matterReference: body.matterReference ?? null,
        policeContacted: body.policeContacted,
        consequences: [...new Set(body.consequences ?? [])],
        severity: initialSeverity(body),
        status: IncidentStatus.New,
        seriousWorkIncident: body.seriousWorkIncident ?? false,
        createdAt: now,
        updatedAt: now,
      });
      await insertIncidentEvent(tx, {
        organisationId: row.organisationId,
        incidentId: row.id,
        at: now,
        actorUserId: caller.userId,
        kind: 'reported',
        details: { ongoing: row.ongoing },
      });
      await audit(tx, caller, now, {
        action: AuditAction.IncidentReport,
        recordType: 'incident',
        recordId: row.id,
      });
      await queueCaseMail(ctx, tx, row, 'registered');
      await queueUrgentIncidentNotice(ctx, tx, row);
      return { incident: await detailFor(ctx, tx, caller, row), created: true };
    });
  } catch (error) {
    // Two submissions with the same key at the same moment: the first one won; answer it.
    if (
      (error as { cause?: { constraint?: unknown } }).cause?.constraint === 'incidents_idempotency_unique'
    ) {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  } finally {
    ctx.mail.kick();
  }
}

/** `GET /api/incidents`: the queue (security unit) or "my cases"; audited, the list names people's cases. */
export async function listIncidents(
  ctx: AppContext,
  caller: Caller,
  query: IncidentQuery,
): Promise<IncidentList> {
  authorizeOrThrow(caller, Action.IncidentList, collection(caller));
  const scope = incidentListScope(caller);
  const today = swedishDate(ctx.clock());
  return await ctx.db.transaction(async (tx) => {
    const { rows, total } = await findIncidentsPage(
      tx,
      caller.organisationId,
      scope,
      {
        status: query.status,
        open: query.open === undefined ? undefined : query.open === 'true',
        category: query.category,
        severity: query.severity,
        handlerUserId: query.handlerUserId,
        unassigned: query.unassigned === 'true',
        overdueOn: query.overdue === 'true' ? today : undefined,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
      },
      { limit: query.limit ?? 50, offset: query.offset ?? 0, today, sort: query.sort ?? 'queue' },
    );
    const counters = await countIncidentCounters(tx, caller.organisationId, scope, today);
    const handlesSignals = can(caller, Action.SignalHandle, {
      type: 'signal',
      organisationId: caller.organisationId,
    });
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.IncidentList,
      recordType: 'incident',
      details: { count: rows.length },
    });
    return {
      incidents: rows.map((row) => toSummary(row.incident, row.handlerName, row.overdueMeasures)),
      total,
      counters: {
        ...counters,
        openSignals: handlesSignals ? await countOpenSignals(tx, caller.organisationId) : 0,
      },
    };
  });
}

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

/** Appends to the timeline (the one place incident events are written from services). */
export async function addTimelineEntry(
  tx: Tx,
  caller: Caller,
  row: IncidentRow,
  at: Date,
  kind: string,
  text: string | null,
  details: Record<string, string | number | boolean | null> = {},
): Promise<void> {
  await insertIncidentEvent(tx, {
    organisationId: row.organisationId,
    incidentId: row.id,
    at,
    actorUserId: caller.userId,
    kind,
    text,
    details,
  });
}

/** Reloads an incident for the response after a change. */
export async function getIncidentDetailInTx(
  ctx: AppContext,
  tx: Tx,
  caller: Caller,
  incidentId: string,
): Promise<IncidentDetail> {
  const row = await findIncidentById(tx, caller.organisationId, incidentId);
  if (!row) throw notFound();
  return await detailFor(ctx, tx, caller, row);
}

/** The triage fields that are columns of the incident (the series links are kept apart). */
const triageFields = [
  'severity',
  'categories',
  'channel',
  'perpetratorType',
  'motive',
  'targetRole',
  'handlerUserId',
  'unlawfulInfluence',
  'sexualOrSexist',
  'electionPeriod',
  'seriousWorkIncident',
] as const satisfies readonly (keyof TriageBody & keyof IncidentRow)[];

/** `PATCH /api/incidents/{id}`: triage — severity, categories, handler, flags, series. */
export async function triageIncident(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  body: TriageBody,
): Promise<IncidentDetail> {
  const now = ctx.clock();
  const result = await ctx.db.transaction(async (tx) => {
    const row = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    await assertCodes(tx, caller.organisationId, body);
    if (body.handlerUserId) {
      const handler = await findUserById(tx, caller.organisationId, body.handlerUserId);
      if (!handler || handler.status !== 'active' || handler.role !== Role.SecurityOfficer) {
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
    const { linkedIncidentIds: _links, ...fields } = body;
    const updated = await updateIncident(tx, caller.organisationId, row.id, {
      ...definedOnly(fields),
      ...(fields.categories ? { categories: [...new Set(fields.categories)] } : {}),
      updatedAt: now,
    });
    if (!updated) throw notFound();
    // What really changed, field by field (the timeline says "Ändrat: …").
    const changedFields: string[] = triageFields.filter(
      (field) => body[field] !== undefined && JSON.stringify(body[field]) !== JSON.stringify(row[field]),
    );
    if (body.linkedIncidentIds) changedFields.push('linkedIncidentIds');
    const changed = changedFields.sort().join(',');
    await addTimelineEntry(tx, caller, updated, now, 'triage', null, {
      fields: changed,
      ...(body.severity ? { severity: body.severity } : {}),
    });
    await audit(tx, caller, now, {
      action: AuditAction.IncidentTriage,
      recordType: 'incident',
      recordId: row.id,
      details: { fields: changed },
    });
    // Raised to acute or high after the report: the unit hears of it at once.
    if (updated.notifiedAt === null) await queueUrgentIncidentNotice(ctx, tx, updated);
    return await detailFor(ctx, tx, caller, updated);
  });
  ctx.mail.kick();
  return result;
}

/** `POST /api/incidents/{id}/transitions`: the domain's transition table decides; 409 otherwise. */
export async function changeIncidentStatus(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  body: TransitionBody,
): Promise<IncidentDetail> {
  const now = ctx.clock();
  const result = await ctx.db.transaction(async (tx) => {
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
    await addTimelineEntry(tx, caller, updated, now, 'status_change', outcome.closingSummary ?? null, {
      from: outcome.from,
      to: outcome.status,
      event: body.event,
    });
    await audit(tx, caller, now, {
      action: AuditAction.IncidentTransition,
      recordType: 'incident',
      recordId: row.id,
      details: { from: outcome.from, to: outcome.status },
    });
    if (outcome.status === IncidentStatus.Closed) await queueCaseMail(ctx, tx, updated, 'closed');
    return await detailFor(ctx, tx, caller, updated);
  });
  ctx.mail.kick();
  return result;
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
  if (at.getTime() > now.getTime() + 5 * 60_000) throw ruleViolation({ at: 'invalid_date' });
  return await ctx.db.transaction(async (tx) => {
    const row = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    await addTimelineEntry(tx, caller, row, at, body.kind, body.text);
    if (body.kind === 'contact' && (row.firstContactAt === null || at < row.firstContactAt)) {
      await updateIncident(tx, caller.organisationId, row.id, { firstContactAt: at, updatedAt: now });
    }
    await audit(tx, caller, now, {
      action: AuditAction.IncidentNote,
      recordType: 'incident',
      recordId: row.id,
      details: { kind: body.kind },
    });
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
    await addTimelineEntry(tx, caller, updated, now, 'consent', null, { consent });
    await audit(tx, caller, now, {
      action: AuditAction.IncidentConsent,
      recordType: 'incident',
      recordId: row.id,
      details: { consent },
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
  if (reportedAt.getTime() > now.getTime() + 5 * 60_000) throw ruleViolation({ reportedAt: 'invalid_date' });
  return await ctx.db.transaction(async (tx) => {
    const row = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    const updated = await updateIncident(tx, caller.organisationId, row.id, {
      workEnvironmentReportedAt: reportedAt,
      workEnvironmentReportedByUserId: caller.userId,
      ...(body.kiaReference !== undefined ? { kiaReference: body.kiaReference } : {}),
      updatedAt: now,
    });
    if (!updated) throw notFound();
    await addTimelineEntry(tx, caller, updated, now, 'work_environment', null, {
      reportedAt: reportedAt.toISOString(),
      kiaReference: body.kiaReference ?? null,
    });
    await audit(tx, caller, now, {
      action: AuditAction.IncidentWorkEnvironmentReport,
      recordType: 'incident',
      recordId: row.id,
    });
    return await detailFor(ctx, tx, caller, updated);
  });
}

/** `GET /api/incidents/metrics`: handling times by category (security unit). */
export async function getHandlingTimes(
  ctx: AppContext,
  caller: Caller,
  from: Date,
  to: Date,
): Promise<Metrics> {
  authorizeOrThrow(caller, Action.IncidentMetrics, collection(caller));
  const rows = await findHandlingTimes(ctx.db, caller.organisationId, from, to);
  const metrics = handlingTimeMetrics(rows, from, to);
  await ctx.db.transaction(async (tx) =>
    audit(tx, caller, ctx.clock(), {
      action: AuditAction.IncidentMetricsRead,
      recordType: 'incident',
      details: { count: rows.length },
    }),
  );
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    overall: metrics.overall,
    byCategory: Object.entries(metrics.byCategory).map(([category, stats]) => ({ category, ...stats })),
  };
}

/** `GET /api/incidents/handlers`: the security officers a case can be assigned to. */
export async function listHandlers(ctx: AppContext, caller: Caller) {
  authorizeOrThrow(caller, Action.IncidentHandle, collection(caller));
  return {
    handlers: (await findActiveOfficers(ctx.db, caller.organisationId)).map(({ id, name }) => ({ id, name })),
  };
}

/** `GET /api/incidents/{id}/measures` (security unit); audited like every read of the case. */
export async function listIncidentMeasures(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
): Promise<{ measures: Measure[] }> {
  return await ctx.db.transaction(async (tx) => {
    const incident = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    const measures = await listMeasures(tx, caller.organisationId, 'incident', incident.id, ctx.clock());
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.MeasureList,
      recordType: 'incident',
      recordId: incident.id,
    });
    return { measures };
  });
}

/** `POST /api/incidents/{id}/measures`: a measure of the case, noted in its timeline. */
export async function addIncidentMeasure(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  body: CreateMeasureBody,
): Promise<Measure> {
  const result = await ctx.db.transaction(async (tx) => {
    const incident = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    const measure = await addMeasure(ctx, tx, caller, { type: 'incident', id: incident.id }, body);
    await addTimelineEntry(tx, caller, incident, ctx.clock(), 'measure', measure.description || null, {
      measureType: measure.type,
      status: measure.status,
      dueDate: measure.dueDate,
    });
    return measure;
  });
  return result;
}

/** `PATCH /api/incidents/{id}/measures/{measureId}`: status, owner, due date — a status change is noted in the timeline. */
export async function changeIncidentMeasure(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  measureId: string,
  body: UpdateMeasureBody,
): Promise<Measure> {
  return await ctx.db.transaction(async (tx) => {
    const incident = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    const { measure, before } = await changeMeasure(
      ctx,
      tx,
      caller,
      { type: 'incident', id: incident.id },
      measureId,
      body,
    );
    if (
      before.status !== measure.status ||
      before.dueDate !== measure.dueDate ||
      before.ownerUserId !== (measure.owner?.id ?? null)
    ) {
      await addTimelineEntry(tx, caller, incident, ctx.clock(), 'measure', measure.description || null, {
        measureType: measure.type,
        status: measure.status,
        previousStatus: before.status,
        dueDate: measure.dueDate,
      });
    }
    return measure;
  });
}
