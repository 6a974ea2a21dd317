import { Action, AuditAction, onCallNow, onCallShiftProblem, OnCallShiftProblem } from '@varn/domain';
import type {
  ContactDirectory,
  CreateOnCallShiftBody,
  CreatePoliceContactBody,
  OnCallShiftView,
  Ok,
  PoliceContact,
  UpdateOnCallShiftBody,
  UpdatePoliceContactBody,
} from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { partySecurityContactsOf } from '../parties';
import { findActiveOfficers, findUserNames } from '../users';
import {
  deleteOnCallShift,
  findOnCallShiftById,
  findOnCallShifts,
  findPoliceContactById,
  findPoliceContacts,
  insertOnCallShift,
  insertPoliceContact,
  updateOnCallShift,
  updatePoliceContact,
  type OnCallShiftRow,
  type PoliceContactRow,
} from './directory.repository';

/*
 * The security unit's contact directory (issue 11 §2): one way in, one way out — the unit is the
 * single point of contact and keeps the line to the police. The parties' contacts, the police
 * contact persons and the on-call rota; read (audited) and kept by the admin and the unit.
 */

/** How far the rota reaches back and ahead from now, in days. */
const rotaDaysBack = 1;
const rotaDaysAhead = 28;

const directory = (caller: Caller) => ({
  type: 'contact_directory' as const,
  organisationId: caller.organisationId,
});

const toPoliceContact = (row: PoliceContactRow): PoliceContact => ({
  id: row.id,
  name: row.name,
  unit: row.unit,
  role: row.role,
  phone: row.phone,
  email: row.email,
  note: row.note,
  position: row.position,
  archived: row.archived,
});

const toShift = (row: OnCallShiftRow, name: string): OnCallShiftView => ({
  id: row.id,
  person: { id: row.userId, name },
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  phone: row.phone,
});

/** `GET /api/directory` (audited). */
export async function getContactDirectory(ctx: AppContext, caller: Caller): Promise<ContactDirectory> {
  authorizeOrThrow(caller, Action.ContactDirectoryRead, directory(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const shifts = await findOnCallShifts(
      tx,
      caller.organisationId,
      new Date(now.getTime() - rotaDaysBack * 86_400_000),
      new Date(now.getTime() + rotaDaysAhead * 86_400_000),
    );
    const rota = shifts.map((row) => toShift(row.shift, row.name));
    const current = onCallNow(
      rota.map((shift) => ({
        person: shift,
        startsAt: new Date(shift.startsAt),
        endsAt: new Date(shift.endsAt),
      })),
      now,
    );
    const result: ContactDirectory = {
      onCallNow: current?.person ?? null,
      rota,
      police: (await findPoliceContacts(tx, caller.organisationId)).map(toPoliceContact),
      parties: await partySecurityContactsOf(tx, caller.organisationId, now),
      unitMembers: (await findActiveOfficers(tx, caller.organisationId)).map((user) => ({
        id: user.id,
        name: user.name,
      })),
    };
    await audit(tx, caller, now, {
      action: AuditAction.ContactDirectoryRead,
      recordType: 'contact_directory',
      details: { police: result.police.length, shifts: rota.length },
    });
    return result;
  });
}

const blankToNull = (value: string | null | undefined): string | null | undefined =>
  value === undefined ? undefined : value === null || value === '' ? null : value;

/** `POST /api/directory/police-contacts`. */
export async function createPoliceContact(
  ctx: AppContext,
  caller: Caller,
  body: CreatePoliceContactBody,
): Promise<PoliceContact> {
  authorizeOrThrow(caller, Action.ContactDirectoryManage, directory(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await insertPoliceContact(tx, {
      organisationId: caller.organisationId,
      name: body.name,
      unit: body.unit,
      role: blankToNull(body.role) ?? null,
      phone: body.phone,
      email: blankToNull(body.email) ?? null,
      note: blankToNull(body.note) ?? null,
      position: body.position ?? 0,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, caller, now, {
      action: AuditAction.PoliceContactChange,
      recordType: 'police_contact',
      recordId: row.id,
      details: { change: 'create' },
    });
    return toPoliceContact(row);
  });
}

/** `PATCH /api/directory/police-contacts/{id}`: only the fields sent change. */
export async function changePoliceContact(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: UpdatePoliceContactBody,
): Promise<PoliceContact> {
  authorizeOrThrow(caller, Action.ContactDirectoryManage, directory(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    if (!(await findPoliceContactById(tx, caller.organisationId, id))) throw notFound();
    const optional = (key: 'role' | 'email' | 'note') =>
      body[key] !== undefined ? { [key]: blankToNull(body[key]) ?? null } : {};
    const row = await updatePoliceContact(tx, caller.organisationId, id, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.unit !== undefined ? { unit: body.unit } : {}),
      ...(body.phone !== undefined ? { phone: body.phone } : {}),
      ...(body.position !== undefined ? { position: body.position } : {}),
      ...(body.archived !== undefined ? { archived: body.archived } : {}),
      ...optional('role'),
      ...optional('email'),
      ...optional('note'),
      updatedAt: now,
    });
    if (!row) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.PoliceContactChange,
      recordType: 'police_contact',
      recordId: id,
      details: { fields: Object.keys(body).sort().join(',') },
    });
    return toPoliceContact(row);
  });
}

/** Checks a shift's times (domain rule) and that who is on call is an active security officer. */
async function assertShiftFits(tx: Tx, caller: Caller, userId: string, startsAt: Date, endsAt: Date) {
  const problem = onCallShiftProblem(startsAt, endsAt);
  if (problem)
    throw ruleViolation({
      endsAt: problem === OnCallShiftProblem.TooLong ? 'shift_too_long' : 'shift_ends_before_start',
    });
  const officers = await findActiveOfficers(tx, caller.organisationId);
  if (!officers.some((officer) => officer.id === userId)) throw ruleViolation({ userId: 'not_in_unit' });
}

async function shiftView(tx: Tx, caller: Caller, row: OnCallShiftRow): Promise<OnCallShiftView> {
  const names = await findUserNames(tx, caller.organisationId, [row.userId]);
  return toShift(row, names.get(row.userId) ?? '');
}

/** `POST /api/directory/on-call-shifts`. */
export async function createOnCallShift(
  ctx: AppContext,
  caller: Caller,
  body: CreateOnCallShiftBody,
): Promise<OnCallShiftView> {
  authorizeOrThrow(caller, Action.ContactDirectoryManage, directory(caller));
  const now = ctx.clock();
  const startsAt = new Date(body.startsAt);
  const endsAt = new Date(body.endsAt);
  return await ctx.db.transaction(async (tx) => {
    await assertShiftFits(tx, caller, body.userId, startsAt, endsAt);
    const row = await insertOnCallShift(tx, {
      organisationId: caller.organisationId,
      userId: body.userId,
      startsAt,
      endsAt,
      phone: body.phone,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, caller, now, {
      action: AuditAction.OnCallChange,
      recordType: 'on_call_shift',
      recordId: row.id,
      details: { change: 'create' },
    });
    return await shiftView(tx, caller, row);
  });
}

/** `PATCH /api/directory/on-call-shifts/{id}` (a swap, a longer shift). */
export async function changeOnCallShift(
  ctx: AppContext,
  caller: Caller,
  id: string,
  body: UpdateOnCallShiftBody,
): Promise<OnCallShiftView> {
  authorizeOrThrow(caller, Action.ContactDirectoryManage, directory(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const existing = await findOnCallShiftById(tx, caller.organisationId, id);
    if (!existing) throw notFound();
    const userId = body.userId ?? existing.userId;
    const startsAt = body.startsAt !== undefined ? new Date(body.startsAt) : existing.startsAt;
    const endsAt = body.endsAt !== undefined ? new Date(body.endsAt) : existing.endsAt;
    await assertShiftFits(tx, caller, userId, startsAt, endsAt);
    const row = await updateOnCallShift(tx, caller.organisationId, id, {
      userId,
      startsAt,
      endsAt,
      ...(body.phone !== undefined ? { phone: body.phone } : {}),
      updatedAt: now,
    });
    if (!row) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.OnCallChange,
      recordType: 'on_call_shift',
      recordId: id,
      details: { fields: Object.keys(body).sort().join(',') },
    });
    return await shiftView(tx, caller, row);
  });
}

/** `DELETE /api/directory/on-call-shifts/{id}`. */
export async function removeOnCallShift(ctx: AppContext, caller: Caller, id: string): Promise<Ok> {
  authorizeOrThrow(caller, Action.ContactDirectoryManage, directory(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    if (!(await deleteOnCallShift(tx, caller.organisationId, id))) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.OnCallChange,
      recordType: 'on_call_shift',
      recordId: id,
      details: { change: 'delete' },
    });
    return { ok: true };
  });
}
