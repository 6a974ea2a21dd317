import { Action, AuditAction, canMovePoliceReport, TimelineKind } from '@varn/domain';
import type { IncidentDetail, PoliceReportBody } from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { notFound, ruleViolation } from '../../lib/errors';
import { definedOnly } from '../../lib/objects';
import { addTimelineEntry, getIncidentDetailInTx, loadIncident, noteCaseChange } from './incident-records';
import {
  findPoliceReportOfIncident,
  insertPoliceReport,
  insertPoliceReportHistory,
  insertPoliceReportLink,
  updatePoliceReport,
} from './police-report.repository';

/**
 * `PUT /api/incidents/{id}/police-report` (issue 3 §3): records the report or updates it. A status
 * change must follow the lifecycle and is kept in the history with its date and note.
 */
export async function savePoliceReport(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  body: PoliceReportBody,
): Promise<IncidentDetail> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const incident = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    const existing = await findPoliceReportOfIncident(tx, caller.organisationId, incident.id);
    const fields = definedOnly({
      reportNumber: body.reportNumber,
      reportedOn: body.reportedOn,
      investigatorContact: body.investigatorContact,
      personConsented: body.personConsented,
    });
    let reportId: string;
    let statusChanged: boolean;
    if (!existing) {
      const created = await insertPoliceReport(tx, {
        organisationId: caller.organisationId,
        incidentId: incident.id,
        ...fields,
        electedRoleStated: body.electedRoleStated,
        protectionRequested: body.protectionRequested,
        status: body.status,
        statusChangedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      reportId = created.id;
      statusChanged = true;
    } else {
      statusChanged = body.status !== existing.status;
      if (statusChanged && !canMovePoliceReport(existing.status, body.status))
        throw ruleViolation({ status: 'police_status_not_allowed' });
      reportId = existing.id;
      await updatePoliceReport(tx, caller.organisationId, existing.id, {
        ...fields,
        electedRoleStated: body.electedRoleStated,
        protectionRequested: body.protectionRequested,
        status: body.status,
        ...(statusChanged ? { statusChangedAt: now, lastReminderAt: null } : {}),
        updatedAt: now,
      });
    }
    if (statusChanged || body.note) {
      await insertPoliceReportHistory(tx, {
        organisationId: caller.organisationId,
        policeReportId: reportId,
        status: body.status,
        at: now,
        note: body.note ?? null,
        actorUserId: caller.userId,
      });
    }
    await noteCaseChange(tx, caller, incident, now, {
      timeline: {
        kind: TimelineKind.PoliceReport,
        text: body.note ?? null,
        details: { status: body.status, changed: statusChanged },
      },
      audit: { action: AuditAction.PoliceReportUpdate, details: { status: body.status } },
    });
    return await getIncidentDetailInTx(ctx, tx, caller, incident.id);
  });
}

/**
 * `POST /api/incidents/{id}/police-report/links` ("reopen with new incidents"): a later incident
 * joins this incident's police report, so the police see the harassment continues.
 */
export async function linkIncidentToPoliceReport(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  laterIncidentId: string,
): Promise<IncidentDetail> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const incident = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    const report = await findPoliceReportOfIncident(tx, caller.organisationId, incident.id);
    if (!report) throw notFound();
    if (laterIncidentId === report.incidentId) throw ruleViolation({ incidentId: 'link_to_itself' });
    const later = await loadIncident(tx, caller, laterIncidentId, Action.IncidentHandle).catch(() => {
      throw ruleViolation({ incidentId: 'unknown_incident' });
    });
    const laterReport = await findPoliceReportOfIncident(tx, caller.organisationId, later.id);
    if (laterReport) throw ruleViolation({ incidentId: 'already_linked' });
    await insertPoliceReportLink(tx, caller.organisationId, report.id, later.id);
    await insertPoliceReportHistory(tx, {
      organisationId: caller.organisationId,
      policeReportId: report.id,
      status: report.status,
      at: now,
      note: later.reference,
      actorUserId: caller.userId,
    });
    await addTimelineEntry(tx, caller, incident, now, TimelineKind.PoliceReport, null, {
      linkedIncident: later.reference,
    });
    await noteCaseChange(tx, caller, later, now, {
      timeline: { kind: TimelineKind.PoliceReport, details: { joinedReportOf: incident.reference } },
      audit: { action: AuditAction.PoliceReportLink, details: { report: report.id } },
    });
    return await getIncidentDetailInTx(ctx, tx, caller, incident.id);
  });
}
