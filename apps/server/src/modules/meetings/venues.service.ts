import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { Action, allowedFloorPlanTypes, AuditAction, safeFileName } from '@varn/domain';
import type { CreateVenueBody, FloorPlan, UpdateVenueBody, Venue, VenueList } from '@varn/contracts';
import type { DbOrTx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, notFound } from '../../lib/errors';
import { audit } from '../audit';
import { findUserNames } from '../users';
import {
  deleteFloorPlan,
  findFloorPlan,
  findFloorPlanInfos,
  findVenueById,
  findVenues,
  insertVenue,
  updateVenue,
  upsertFloorPlan,
  type FloorPlanInfo,
  type VenueRow,
} from './venues.repository';

/*
 * The venue register (lokalregister, issue 10 §1): addresses, rooms, entrances, evacuation routes,
 * assembly points and one floor plan per venue (ADR 017: in its own table, ≤ 10 MiB, its type
 * detected from its bytes). Read by the admin, the unit and secretaries; kept by the admin and the
 * unit.
 */

const collection = (caller: Caller) => ({ type: 'venue' as const, organisationId: caller.organisationId });

async function loadVenue(db: DbOrTx, caller: Caller, venueId: string, action: Action): Promise<VenueRow> {
  const row = await findVenueById(db, caller.organisationId, venueId);
  if (!row) throw notFound();
  authorizeOrThrow(caller, action, { ...collection(caller), venueId: row.id });
  return row;
}

const toSummary = (row: VenueRow, hasFloorPlan: boolean) => ({
  id: row.id,
  name: row.name,
  address: row.address,
  rooms: row.rooms,
  capacity: row.capacity,
  archived: row.archived,
  hasFloorPlan,
});

async function toFloorPlan(db: DbOrTx, organisationId: string, info: FloorPlanInfo): Promise<FloorPlan> {
  const names = await findUserNames(db, organisationId, [info.uploadedByUserId]);
  const name = names.get(info.uploadedByUserId);
  return {
    fileName: info.fileName,
    contentType: info.contentType,
    size: info.sizeBytes,
    sha256: info.sha256,
    uploadedAt: info.uploadedAt.toISOString(),
    uploadedBy: name ? { id: info.uploadedByUserId, name } : null,
  };
}

async function toVenue(db: DbOrTx, organisationId: string, row: VenueRow): Promise<Venue> {
  const [info] = await findFloorPlanInfos(db, organisationId, [row.id]);
  return {
    ...toSummary(row, info !== undefined),
    entrances: row.entrances,
    evacuationRoutes: row.evacuationRoutes,
    assemblyPoint: row.assemblyPoint,
    floorPlan: info ? await toFloorPlan(db, organisationId, info) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** `GET /api/venues`. */
export async function listVenues(ctx: AppContext, caller: Caller): Promise<VenueList> {
  authorizeOrThrow(caller, Action.VenueRead, collection(caller));
  return await ctx.db.transaction(async (tx) => {
    const rows = await findVenues(tx, caller.organisationId);
    const withPlans = new Set(
      (
        await findFloorPlanInfos(
          tx,
          caller.organisationId,
          rows.map((row) => row.id),
        )
      ).map((info) => info.venueId),
    );
    return { venues: rows.map((row) => toSummary(row, withPlans.has(row.id))) };
  });
}

/** `GET /api/venues/{id}`. */
export async function getVenue(ctx: AppContext, caller: Caller, venueId: string): Promise<Venue> {
  return await ctx.db.transaction(async (tx) =>
    toVenue(tx, caller.organisationId, await loadVenue(tx, caller, venueId, Action.VenueRead)),
  );
}

const blankToNull = (value: string | null | undefined): string | null | undefined =>
  value === undefined ? undefined : value === null || value === '' ? null : value;

/** `POST /api/venues`. */
export async function createVenue(ctx: AppContext, caller: Caller, body: CreateVenueBody): Promise<Venue> {
  authorizeOrThrow(caller, Action.VenueManage, collection(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await insertVenue(tx, {
      organisationId: caller.organisationId,
      name: body.name,
      address: blankToNull(body.address) ?? null,
      rooms: body.rooms ?? [],
      entrances: blankToNull(body.entrances) ?? null,
      evacuationRoutes: blankToNull(body.evacuationRoutes) ?? null,
      assemblyPoint: blankToNull(body.assemblyPoint) ?? null,
      capacity: body.capacity ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, caller, now, { action: AuditAction.VenueCreate, recordType: 'venue', recordId: row.id });
    return await toVenue(tx, caller.organisationId, row);
  });
}

/** `PATCH /api/venues/{id}`: only the fields sent change. */
export async function changeVenue(
  ctx: AppContext,
  caller: Caller,
  venueId: string,
  body: UpdateVenueBody,
): Promise<Venue> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadVenue(tx, caller, venueId, Action.VenueManage);
    const text = (key: 'address' | 'entrances' | 'evacuationRoutes' | 'assemblyPoint') =>
      body[key] !== undefined ? { [key]: blankToNull(body[key]) ?? null } : {};
    const updated = await updateVenue(tx, caller.organisationId, row.id, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...text('address'),
      ...text('entrances'),
      ...text('evacuationRoutes'),
      ...text('assemblyPoint'),
      ...(body.rooms !== undefined ? { rooms: body.rooms } : {}),
      ...(body.capacity !== undefined ? { capacity: body.capacity } : {}),
      ...(body.archived !== undefined ? { archived: body.archived } : {}),
      updatedAt: now,
    });
    if (!updated) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.VenueUpdate,
      recordType: 'venue',
      recordId: row.id,
      details: { fields: Object.keys(body).sort().join(',') },
    });
    return await toVenue(tx, caller.organisationId, updated);
  });
}

/**
 * Whether the caller may upload the venue's floor plan: asked before the upload is read, so that
 * no one without the right makes the server take in (and buffer) up to 10 MiB. The upload asks
 * again in its transaction.
 */
export async function authorizeFloorPlanUpload(
  ctx: AppContext,
  caller: Caller,
  venueId: string,
): Promise<void> {
  await loadVenue(ctx.db, caller, venueId, Action.VenueManage);
}

/**
 * `PUT /api/venues/{id}/floor-plan`: stores the file as the venue's floor plan, replacing the old
 * one. Its type is detected from the bytes (PDF, PNG or JPEG; 415 otherwise); the size limit is
 * the multipart parser's (413).
 */
export async function uploadFloorPlan(
  ctx: AppContext,
  caller: Caller,
  venueId: string,
  file: { originalName: string; content: Buffer },
): Promise<Venue> {
  const detected = (await fileTypeFromBuffer(file.content))?.mime ?? null;
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const venue = await loadVenue(tx, caller, venueId, Action.VenueManage);
    if (!detected || !allowedFloorPlanTypes.includes(detected) || file.content.length === 0)
      throw new AppError('file_type_not_allowed');
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    await upsertFloorPlan(tx, {
      venueId: venue.id,
      organisationId: caller.organisationId,
      fileName: safeFileName(file.originalName),
      contentType: detected,
      sizeBytes: file.content.length,
      sha256,
      content: file.content,
      uploadedByUserId: caller.userId,
      uploadedAt: now,
    });
    await audit(tx, caller, now, {
      action: AuditAction.VenueFloorPlanUpload,
      recordType: 'venue',
      recordId: venue.id,
      details: { sha256, size: file.content.length },
    });
    return await toVenue(tx, caller.organisationId, venue);
  });
}

/** `GET /api/venues/{id}/floor-plan`: the file (audited). */
export async function readFloorPlan(
  ctx: AppContext,
  caller: Caller,
  venueId: string,
): Promise<{ fileName: string; contentType: string; sha256: string; content: Buffer }> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const venue = await loadVenue(tx, caller, venueId, Action.VenueRead);
    const plan = await findFloorPlan(tx, caller.organisationId, venue.id);
    if (!plan) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.VenueFloorPlanRead,
      recordType: 'venue',
      recordId: venue.id,
      details: { sha256: plan.sha256 },
    });
    return {
      fileName: plan.fileName,
      contentType: plan.contentType,
      sha256: plan.sha256,
      content: plan.content,
    };
  });
}

/** `DELETE /api/venues/{id}/floor-plan`: 404 when the venue has none. */
export async function removeFloorPlan(ctx: AppContext, caller: Caller, venueId: string): Promise<Venue> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const venue = await loadVenue(tx, caller, venueId, Action.VenueManage);
    if (!(await deleteFloorPlan(tx, caller.organisationId, venue.id))) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.VenueUpdate,
      recordType: 'venue',
      recordId: venue.id,
      details: { fields: 'floorPlan' },
    });
    return await toVenue(tx, caller.organisationId, venue);
  });
}
