import {
  Action,
  AuditAction,
  isAssignableOfficer,
  isMeasureOpen,
  isMeasureOverdue,
  MeasureStatus,
  swedishDate,
  type MeasureSubject,
} from '@varn/domain';
import type {
  CreateMeasureBody,
  Measure,
  MeasureOwnerList,
  PersonMeasure,
  UpdateMeasureBody,
} from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { findActiveOfficers, findUserById } from '../users';
import {
  findMeasure,
  findMeasuresOf,
  findPersonMeasuresOf,
  insertMeasure,
  updateMeasure,
  type MeasureRow,
} from './measures.repository';

/**
 * Measures (åtgärder) as their own module: the incident service uses it now; Riskguide and
 * meetings will attach measures to matters and meetings the same way. Access to the subject is
 * checked by the caller's service before these functions run.
 */

type MeasureWithOwner = Awaited<ReturnType<typeof findMeasuresOf>>[number];

/** The API view of a measure at `now`. */
export function toMeasure(row: MeasureRow, ownerName: string | null, now: Date): Measure {
  return {
    id: row.id,
    type: row.type,
    description: row.description,
    owner: row.ownerUserId && ownerName ? { id: row.ownerUserId, name: ownerName } : null,
    dueDate: row.dueDate,
    status: row.status,
    visibleToPerson: row.visibleToPerson,
    overdue: isMeasureOverdue(row, swedishDate(now)),
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

/**
 * `GET /api/measures/owners`: the people a measure can be given to — the active security officers
 * (the unit owns its measures). For those who assign measures, on a case or a matter.
 */
export async function listMeasureOwners(ctx: AppContext, caller: Caller): Promise<MeasureOwnerList> {
  authorizeOrThrow(caller, Action.MeasureOwnerList, {
    type: 'organisation',
    organisationId: caller.organisationId,
  });
  const officers = await findActiveOfficers(ctx.db, caller.organisationId);
  return { owners: officers.map(({ id, name }) => ({ id, name })) };
}

/** The measures of a subject. */
export async function listMeasures(
  tx: Tx,
  organisationId: string,
  subjectType: MeasureSubject,
  subjectId: string,
  now: Date,
) {
  const rows: MeasureWithOwner[] = await findMeasuresOf(tx, organisationId, subjectType, subjectId);
  return rows.map((row) => toMeasure(row.measure, row.ownerName, now));
}

/**
 * The measures of a subject meant for the person it concerns (flagged "visible to the person"):
 * type, status and due date only — the description and the owner stay with the unit.
 */
export async function listPersonMeasures(
  tx: Tx,
  organisationId: string,
  subjectType: MeasureSubject,
  subjectId: string,
): Promise<PersonMeasure[]> {
  return (await findPersonMeasuresOf(tx, organisationId, subjectType, subjectId)).map((row) => ({
    id: row.id,
    type: row.type,
    status: row.status,
    dueDate: row.dueDate,
  }));
}

/** An owner must be an active security officer of the organisation (the unit owns its measures). */
async function assertOwner(tx: Tx, caller: Caller, ownerUserId: string | null | undefined): Promise<void> {
  if (!ownerUserId) return;
  const owner = await findUserById(tx, caller.organisationId, ownerUserId);
  if (!owner || !isAssignableOfficer(owner)) throw ruleViolation({ ownerUserId: 'owner_not_officer' });
}

/** Adds a measure to a subject, in the caller's transaction. */
export async function addMeasure(
  ctx: AppContext,
  tx: Tx,
  caller: Caller,
  subject: { type: MeasureSubject; id: string },
  body: CreateMeasureBody,
): Promise<Measure> {
  await assertOwner(tx, caller, body.ownerUserId);
  const now = ctx.clock();
  const row = await insertMeasure(tx, {
    organisationId: caller.organisationId,
    subjectType: subject.type,
    subjectId: subject.id,
    type: body.type,
    description: body.description ?? '',
    ownerUserId: body.ownerUserId ?? null,
    dueDate: body.dueDate ?? null,
    status: MeasureStatus.Planned,
    visibleToPerson: body.visibleToPerson ?? false,
    createdByUserId: caller.userId,
    now,
  });
  await audit(tx, caller, now, {
    action: AuditAction.MeasureCreate,
    recordType: 'measure',
    recordId: row.id,
    details: { subject: subject.type },
  });
  const owner = row.ownerUserId ? await findUserById(tx, caller.organisationId, row.ownerUserId) : undefined;
  return toMeasure(row, owner?.name ?? null, now);
}

/** Changes a measure of a subject; done or cancelled records when. A new due date means a new reminder. */
export async function changeMeasure(
  ctx: AppContext,
  tx: Tx,
  caller: Caller,
  subject: { type: MeasureSubject; id: string },
  measureId: string,
  body: UpdateMeasureBody,
): Promise<{ measure: Measure; before: MeasureRow }> {
  const existing = await findMeasure(tx, caller.organisationId, subject.type, subject.id, measureId);
  if (!existing) throw notFound();
  await assertOwner(tx, caller, body.ownerUserId);
  const now = ctx.clock();
  const closing = body.status !== undefined && !isMeasureOpen(body.status) && isMeasureOpen(existing.status);
  const reopening =
    body.status !== undefined && isMeasureOpen(body.status) && !isMeasureOpen(existing.status);
  const row = await updateMeasure(tx, caller.organisationId, measureId, {
    ...(body.status !== undefined ? { status: body.status } : {}),
    ...(body.description !== undefined ? { description: body.description } : {}),
    ...(body.ownerUserId !== undefined ? { ownerUserId: body.ownerUserId } : {}),
    ...(body.dueDate !== undefined ? { dueDate: body.dueDate, reminderSentAt: null } : {}),
    ...(body.visibleToPerson !== undefined ? { visibleToPerson: body.visibleToPerson } : {}),
    ...(closing ? { completedAt: now } : reopening ? { completedAt: null } : {}),
    updatedAt: now,
  });
  if (!row) throw notFound();
  await audit(tx, caller, now, {
    action: AuditAction.MeasureUpdate,
    recordType: 'measure',
    recordId: measureId,
    details: { fields: Object.keys(body).sort().join(','), status: row.status },
  });
  const owner = row.ownerUserId ? await findUserById(tx, caller.organisationId, row.ownerUserId) : undefined;
  return { measure: toMeasure(row, owner?.name ?? null, now), before: existing };
}
