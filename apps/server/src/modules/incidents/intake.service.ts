import {
  Action,
  AuditAction,
  IncidentStatus,
  initialSeverity,
  reportTargetKinds,
  Role,
  swedishDate,
  TargetKind,
  TargetRole,
  TimelineKind,
  type Urgency,
} from '@varn/domain';
import type { IncidentDetail, ReportIncidentBody } from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { queueCaseMail, queueUrgentIncidentNotice } from './incident-notifications';
import { addTimelineEntry, assertCodes, collection, detailFor } from './incident-records';
import {
  findIncidentByIdempotencyKey,
  insertIncident,
  insertIncidentEvent,
  nextIncidentReference,
  type IncidentRow,
} from './incidents.repository';

/** Intake (issue 3 §1): new cases, from the quick report or from a signal. */

/**
 * `POST /api/incidents`: the quick report (issue 3 §1, shortened in issue 9 §1: the follow-up
 * questions may be skipped). With an idempotency key a retried submission returns the incident
 * created the first time (`created: false`) and never a duplicate.
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
  if (!reportTargetKinds(caller).includes(body.targetKind)) {
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
        // The follow-up questions the reporter skipped are "not stated" until triage.
        targetRole: body.targetRole ?? null,
        // The party matters only for the party contact's need-to-know, and only with consent.
        targetPartyId: body.targetKind === TargetKind.Other ? null : caller.partyId,
        partyContactConsent:
          body.targetKind === TargetKind.Other ? false : (body.partyContactConsent ?? false),
        categories: [...new Set(body.categories)],
        channel: body.channel ?? null,
        perpetratorType: body.perpetratorType ?? null,
        motive: body.motive ?? null,
        matterReference: body.matterReference ?? null,
        policeContacted: body.policeContacted ?? null,
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
        kind: TimelineKind.Reported,
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
  }
}

/** What a signal brings to the case it becomes. */
export interface SignalForIncident {
  readonly id: string;
  readonly text: string;
  readonly urgency: Urgency;
  readonly createdAt: Date;
  readonly matterReference: string | null;
  readonly meetingReference: string | null;
  /** The signal's sender, who becomes the reporter. */
  readonly sender: { readonly id: string; readonly role: Role };
}

/**
 * A case from a signal (`POST /api/signals/{id}/incident`), in the signal service's transaction.
 * The sender becomes the reporter; the signal's text is the description; the case starts as Ny
 * with "risk observation" as its category until the unit corrects it. The reporter is told the
 * case is registered; the timeline says where it came from.
 */
export async function openIncidentFromSignal(
  ctx: AppContext,
  tx: Tx,
  caller: Caller,
  signal: SignalForIncident,
): Promise<IncidentRow> {
  const now = ctx.clock();
  const partyContact = signal.sender.role === Role.PartyContact;
  const references = [signal.matterReference, signal.meetingReference].filter(
    (reference): reference is string => reference !== null,
  );
  const incident = await insertIncident(tx, {
    organisationId: caller.organisationId,
    reference: await nextIncidentReference(tx, caller.organisationId, Number(swedishDate(now).slice(0, 4))),
    reportedByUserId: signal.sender.id,
    reportedAt: signal.createdAt,
    description: signal.text,
    ongoing: false,
    targetKind: partyContact ? TargetKind.Other : TargetKind.Self,
    targetUserId: partyContact ? null : signal.sender.id,
    targetName: null,
    targetRole: partyContact ? TargetRole.PartyOrganisation : TargetRole.Official,
    partyContactConsent: false,
    categories: ['reconnaissance'],
    channel: 'unknown',
    perpetratorType: 'unknown',
    matterReference: references.join(' / ') || null,
    policeContacted: false,
    consequences: [],
    severity: signal.urgency === 'high' ? 'high' : null,
    status: IncidentStatus.New,
    signalId: signal.id,
    notifiedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await queueCaseMail(ctx, tx, incident, 'registered');
  await addTimelineEntry(tx, caller, incident, now, TimelineKind.Reported, null, { fromSignal: true });
  return incident;
}
