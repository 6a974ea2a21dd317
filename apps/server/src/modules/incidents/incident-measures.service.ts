import { Action, AuditAction, MeasureSubject, TimelineKind } from '@varn/domain';
import type { CreateMeasureBody, Measure, UpdateMeasureBody } from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { audit } from '../audit';
import { addMeasure, changeMeasure, listMeasures } from '../measures';
import { addTimelineEntry, loadIncident } from './incident-records';
import type { IncidentRow } from './incidents.repository';

/** A case's measures (åtgärder): the measures module keeps them, the case's timeline notes them. */

/** `GET /api/incidents/{id}/measures` (security unit); audited like every read of the case. */
export async function listIncidentMeasures(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
): Promise<{ measures: Measure[] }> {
  return await ctx.db.transaction(async (tx) => {
    const incident = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    const measures = await listMeasures(
      tx,
      caller.organisationId,
      MeasureSubject.Incident,
      incident.id,
      ctx.clock(),
    );
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.MeasureList,
      recordType: 'incident',
      recordId: incident.id,
    });
    return { measures };
  });
}

/** Notes a new or changed measure in the case's timeline: its type, status, due date and whether the person sees it. */
async function noteMeasure(
  tx: Tx,
  caller: Caller,
  incident: IncidentRow,
  at: Date,
  measure: Measure,
  change: { previousStatus?: string } = {},
): Promise<void> {
  await addTimelineEntry(tx, caller, incident, at, TimelineKind.Measure, measure.description || null, {
    measureType: measure.type,
    status: measure.status,
    ...change,
    dueDate: measure.dueDate,
    visibleToPerson: measure.visibleToPerson,
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
    const measure = await addMeasure(
      ctx,
      tx,
      caller,
      { type: MeasureSubject.Incident, id: incident.id },
      body,
    );
    await noteMeasure(tx, caller, incident, ctx.clock(), measure);
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
      { type: MeasureSubject.Incident, id: incident.id },
      measureId,
      body,
    );
    if (
      before.status !== measure.status ||
      before.dueDate !== measure.dueDate ||
      before.visibleToPerson !== measure.visibleToPerson ||
      before.ownerUserId !== (measure.owner?.id ?? null)
    ) {
      await noteMeasure(tx, caller, incident, ctx.clock(), measure, { previousStatus: before.status });
    }
    return measure;
  });
}
