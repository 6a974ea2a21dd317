import {
  Action,
  AuditAction,
  can,
  isSignalOpen,
  Role,
  signalNeedsImmediateNotice,
  SignalStatus,
} from '@varn/domain';
import type { CreateSignalBody, IncidentDetail, Signal, SignalList, SignalStatusBody } from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, notFound } from '../../lib/errors';
import { audit } from '../audit';
import { getIncidentDetailInTx, openIncidentFromSignal } from '../incidents';
import { queueMail, renderMail } from '../mail';
import { findActiveOfficers, findUserById, findUserNames } from '../users';
import {
  findSignalById,
  findSignals,
  insertSignal,
  markSignalsNotified,
  updateSignal,
  type SignalRow,
} from './signals.repository';

const collection = (caller: Caller) => ({ type: 'signal' as const, organisationId: caller.organisationId });
const one = (caller: Caller, row: SignalRow) => ({
  type: 'signal' as const,
  organisationId: caller.organisationId,
  signalId: row.id,
  createdByUserId: row.createdByUserId,
});

function toSignal(row: SignalRow, creatorName: string, handlerName: string | null): Signal {
  return {
    id: row.id,
    text: row.text,
    urgency: row.urgency,
    status: row.status,
    matterReference: row.matterReference,
    meetingReference: row.meetingReference,
    createdAt: row.createdAt.toISOString(),
    createdBy: { id: row.createdByUserId, name: creatorName },
    convertedIncidentId: row.convertedIncidentId,
    handledBy: row.handledByUserId && handlerName ? { id: row.handledByUserId, name: handlerName } : null,
    handledAt: row.handledAt?.toISOString() ?? null,
    handlingNote: row.handlingNote,
  };
}

/** Link to the signals page of the security unit. */
function signalsLink(ctx: AppContext): string {
  return `${ctx.config.publicUrl.href.replace(/\/$/u, '')}/signals`;
}

/** `POST /api/signals` (party contact, official): high urgency reaches every security officer at once. */
export async function sendSignal(ctx: AppContext, caller: Caller, body: CreateSignalBody): Promise<Signal> {
  authorizeOrThrow(caller, Action.SignalCreate, collection(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await insertSignal(tx, {
      organisationId: caller.organisationId,
      createdByUserId: caller.userId,
      text: body.text,
      urgency: body.urgency,
      matterReference: body.matterReference ?? null,
      meetingReference: body.meetingReference ?? null,
      status: SignalStatus.New,
      createdAt: now,
      updatedAt: now,
    });
    if (signalNeedsImmediateNotice(row.urgency)) {
      for (const officer of await findActiveOfficers(tx, caller.organisationId)) {
        const mail = renderMail(officer.language, 'signal.urgent', { link: signalsLink(ctx) });
        await queueMail(ctx, tx, { ...mail, organisationId: caller.organisationId, to: officer.email });
      }
      await markSignalsNotified(tx, [row.id], now);
    }
    await audit(tx, caller, now, {
      action: AuditAction.SignalCreate,
      recordType: 'signal',
      recordId: row.id,
      details: { urgency: row.urgency },
    });
    const creator = await findUserById(tx, caller.organisationId, caller.userId);
    return toSignal(row, creator?.name ?? '', null);
  });
}

/** `GET /api/signals`: the security unit sees all; a sender sees their own. */
export async function listSignals(ctx: AppContext, caller: Caller): Promise<SignalList> {
  authorizeOrThrow(caller, Action.SignalList, collection(caller));
  const all = caller.role === Role.SecurityOfficer;
  return await ctx.db.transaction(async (tx) => {
    const rows = await findSignals(tx, caller.organisationId, all ? null : caller.userId, 200);
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.SignalList,
      recordType: 'signal',
      details: { count: rows.length },
    });
    const handlers = await findUserNames(
      tx,
      caller.organisationId,
      rows.flatMap((row) => (row.record.handledByUserId ? [row.record.handledByUserId] : [])),
    );
    return {
      signals: rows.map((row) =>
        toSignal(
          row.record,
          row.creatorName,
          row.record.handledByUserId ? (handlers.get(row.record.handledByUserId) ?? null) : null,
        ),
      ),
    };
  });
}

/** A signal the caller may handle: 404 for anyone but the security unit, as for any named record. */
async function loadOpenSignal(tx: Tx, caller: Caller, signalId: string): Promise<SignalRow> {
  if (!can(caller, Action.SignalHandle, collection(caller))) throw notFound();
  const row = await findSignalById(tx, caller.organisationId, signalId);
  if (!row) throw notFound();
  authorizeOrThrow(caller, Action.SignalHandle, one(caller, row));
  if (!isSignalOpen(row.status)) throw new AppError('signal_closed');
  return row;
}

/** `POST /api/signals/{id}/status`: acknowledge or dismiss. */
export async function changeSignalStatus(
  ctx: AppContext,
  caller: Caller,
  signalId: string,
  body: SignalStatusBody,
): Promise<Signal> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadOpenSignal(tx, caller, signalId);
    const updated = await updateSignal(tx, caller.organisationId, row.id, {
      status: body.status,
      handledByUserId: caller.userId,
      handledAt: now,
      handlingNote: body.note ?? null,
      // Handled before the digest: nothing left to tell.
      notifiedAt: row.notifiedAt ?? now,
      updatedAt: now,
    });
    if (!updated) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.SignalStatusChange,
      recordType: 'signal',
      recordId: row.id,
      details: { status: body.status },
    });
    const creator = await findUserById(tx, caller.organisationId, updated.createdByUserId);
    const handler = await findUserById(tx, caller.organisationId, caller.userId);
    return toSignal(updated, creator?.name ?? '', handler?.name ?? null);
  });
}

/**
 * `POST /api/signals/{id}/incident`: the security unit turns a signal into an incident. The sender
 * becomes the reporter; the signal's text is the description; the case starts triaged-to-be (Ny)
 * with "risk observation" as its category until the unit corrects it.
 */
export async function convertSignal(
  ctx: AppContext,
  caller: Caller,
  signalId: string,
): Promise<IncidentDetail> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const signal = await loadOpenSignal(tx, caller, signalId);
    const sender = await findUserById(tx, caller.organisationId, signal.createdByUserId);
    if (!sender) throw notFound();
    const incident = await openIncidentFromSignal(ctx, tx, caller, {
      id: signal.id,
      text: signal.text,
      urgency: signal.urgency,
      createdAt: signal.createdAt,
      matterReference: signal.matterReference,
      meetingReference: signal.meetingReference,
      sender: { id: sender.id, role: sender.role },
    });
    await updateSignal(tx, caller.organisationId, signal.id, {
      status: SignalStatus.Converted,
      convertedIncidentId: incident.id,
      handledByUserId: caller.userId,
      handledAt: now,
      notifiedAt: signal.notifiedAt ?? now,
      updatedAt: now,
    });
    await audit(tx, caller, now, {
      action: AuditAction.SignalConvert,
      recordType: 'signal',
      recordId: signal.id,
      details: { incident: incident.id },
    });
    return await getIncidentDetailInTx(ctx, tx, caller, incident.id);
  });
}
