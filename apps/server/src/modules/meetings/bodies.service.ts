import { Action, AuditAction } from '@varn/domain';
import type { Body, BodyList, CreateBodyBody, PutBodyMembersBody, UpdateBodyBody } from '@varn/contracts';
import type { DbOrTx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { notFound, ruleViolation, type FieldMessage } from '../../lib/errors';
import { audit } from '../audit';
import { findUserIdsNotDeactivated, findUserNames } from '../users';
import {
  findBodies,
  findBodyById,
  findBodyByName,
  findBodyMembers,
  insertBody,
  replaceBodyMembers,
  updateBody,
  type BodyRow,
} from './bodies.repository';

/*
 * Bodies (organ) and their members (ADR 017): kept by the admin until the officials register
 * (issue 11) holds the officials' assignments. Who sits in which body is public (the municipality
 * publishes it): everyone who sees meetings reads the list, for the calendar's filter.
 */

const collection = (caller: Caller) => ({ type: 'body' as const, organisationId: caller.organisationId });

/** Bodies with their members, as the API shows them. */
async function toBodies(db: DbOrTx, organisationId: string, rows: readonly BodyRow[]): Promise<Body[]> {
  const members = await findBodyMembers(
    db,
    organisationId,
    rows.map((row) => row.id),
  );
  const names = await findUserNames(
    db,
    organisationId,
    members.map((member) => member.userId),
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    position: row.position,
    archived: row.archived,
    members: members
      .filter((member) => member.bodyId === row.id)
      .map((member) => ({
        userId: member.userId,
        name: names.get(member.userId) ?? '',
        assignment: member.assignment,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
  }));
}

async function toBody(db: DbOrTx, organisationId: string, row: BodyRow): Promise<Body> {
  const [body] = await toBodies(db, organisationId, [row]);
  if (!body) throw new Error('no body');
  return body;
}

/** Loads a body of the caller's organisation the caller may act on, or 404. */
async function loadBody(db: DbOrTx, caller: Caller, bodyId: string, action: Action): Promise<BodyRow> {
  const row = await findBodyById(db, caller.organisationId, bodyId);
  if (!row) throw notFound();
  authorizeOrThrow(caller, action, { ...collection(caller), bodyId: row.id });
  return row;
}

/** `GET /api/bodies`: the organisation's bodies with their members. */
export async function listBodies(ctx: AppContext, caller: Caller): Promise<BodyList> {
  authorizeOrThrow(caller, Action.BodyRead, collection(caller));
  return await ctx.db.transaction(async (tx) => ({
    bodies: await toBodies(tx, caller.organisationId, await findBodies(tx, caller.organisationId)),
  }));
}

async function nameFree(db: DbOrTx, caller: Caller, name: string, bodyId: string | null): Promise<void> {
  const same = await findBodyByName(db, caller.organisationId, name);
  if (same && same.id !== bodyId) throw ruleViolation({ name: 'name_taken' });
}

/** `POST /api/bodies` (admin). */
export async function createBody(ctx: AppContext, caller: Caller, body: CreateBodyBody): Promise<Body> {
  authorizeOrThrow(caller, Action.BodyManage, collection(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    await nameFree(tx, caller, body.name, null);
    const row = await insertBody(tx, {
      organisationId: caller.organisationId,
      name: body.name,
      kind: body.kind,
      position: body.position ?? 0,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, caller, now, { action: AuditAction.BodyCreate, recordType: 'body', recordId: row.id });
    return await toBody(tx, caller.organisationId, row);
  });
}

/** `PATCH /api/bodies/{id}` (admin): only the fields sent change. */
export async function changeBody(
  ctx: AppContext,
  caller: Caller,
  bodyId: string,
  body: UpdateBodyBody,
): Promise<Body> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadBody(tx, caller, bodyId, Action.BodyManage);
    if (body.name !== undefined) await nameFree(tx, caller, body.name, row.id);
    const updated = await updateBody(tx, caller.organisationId, row.id, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.kind !== undefined ? { kind: body.kind } : {}),
      ...(body.position !== undefined ? { position: body.position } : {}),
      ...(body.archived !== undefined ? { archived: body.archived } : {}),
      updatedAt: now,
    });
    if (!updated) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.BodyUpdate,
      recordType: 'body',
      recordId: row.id,
      details: { fields: Object.keys(body).sort().join(',') },
    });
    return await toBody(tx, caller.organisationId, updated);
  });
}

/**
 * `PUT /api/bodies/{id}/members` (admin): the whole member list. Each member must have an account
 * of the organisation that is not deactivated (an invited official may sit in a body already).
 */
export async function putBodyMembers(
  ctx: AppContext,
  caller: Caller,
  bodyId: string,
  body: PutBodyMembersBody,
): Promise<Body> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadBody(tx, caller, bodyId, Action.BodyManage);
    const fields: Record<string, FieldMessage> = {};
    const usable = await findUserIdsNotDeactivated(
      tx,
      caller.organisationId,
      body.members.map((member) => member.userId),
    );
    for (const [index, member] of body.members.entries())
      if (!usable.has(member.userId)) fields[`members.${index}.userId`] = 'unknown_user';
    if (Object.keys(fields).length > 0) throw ruleViolation(fields);
    await replaceBodyMembers(tx, caller.organisationId, row.id, body.members, now);
    await audit(tx, caller, now, {
      action: AuditAction.BodyMembersChange,
      recordType: 'body',
      recordId: row.id,
      details: { count: body.members.length },
    });
    return await toBody(tx, caller.organisationId, row);
  });
}
