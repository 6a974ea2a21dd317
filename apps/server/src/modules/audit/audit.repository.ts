import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import {
  type AuditAction,
  canonicalAuditParts,
  systemChainKey,
  type AuditContent,
  type AuditOutcome,
  type ChainedAuditEvent,
} from '@varn/domain';
import type { DbOrTx, Tx } from '../../db/client';
import { auditAppends, auditChainHeads, auditEvents, users } from '../../db/schema';

/** An event to append. Details must not hold secrets or personal data beyond ids. */
export interface NewAuditEvent {
  readonly organisationId: string | null;
  readonly occurredAt: Date;
  readonly actorUserId: string | null;
  readonly action: AuditAction;
  readonly recordType?: string | null;
  readonly recordId?: string | null;
  readonly outcome: AuditOutcome;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly details?: Record<string, string | number | boolean | null>;
}

/**
 * Appends one event to its organisation's chain, inside the caller's transaction (ADR 014). The
 * event goes into `audit_appends`; at commit a deferred trigger links it into the chain — the
 * next sequence number, its hash over the chain head's hash, computed from the canonical parts
 * the domain gives (`canonicalAuditParts`) — and moves it to `audit_events`. Nothing waits here:
 * appends of one chain wait for each other only while a transaction commits (the head's row
 * lock), and events of a transaction keep their order. The event is in `audit_events` once the
 * transaction has committed, not before.
 */
export async function insertAuditEvent(tx: Tx, event: NewAuditEvent): Promise<void> {
  await auditAppendInsert(tx, event);
}

/**
 * The insert of {@link insertAuditEvent} as a CTE (`audit_append`) of a statement that writes
 * more than the event, so that a write and its audit event take one round trip.
 */
export function auditAppendCte(db: DbOrTx, event: NewAuditEvent) {
  return db.$with('audit_append').as(auditAppendInsert(db, event).returning({ id: auditAppends.id }));
}

function auditAppendInsert(db: DbOrTx, event: NewAuditEvent) {
  const chainKey = event.organisationId ?? systemChainKey;
  const content: Omit<AuditContent, 'sequence'> = {
    chainKey,
    // The column keeps milliseconds; hashing the same precision keeps verification exact.
    occurredAt: new Date(event.occurredAt.getTime()),
    actorUserId: event.actorUserId,
    action: event.action,
    recordType: event.recordType ?? null,
    recordId: event.recordId ?? null,
    outcome: event.outcome,
    ip: event.ip,
    userAgent: event.userAgent,
    details: event.details ?? {},
  };
  const parts = canonicalAuditParts(content);
  return db.insert(auditAppends).values({
    ...content,
    organisationId: event.organisationId,
    chainKeyJson: parts.chainKey,
    rest: parts.rest,
  });
}

/** The recorded head of a chain (ADR 014), or null. */
export async function findAuditChainHead(
  db: DbOrTx,
  chainKey: string,
): Promise<{ sequence: number; hash: string } | null> {
  const [row] = await db
    .select({ sequence: auditChainHeads.sequence, hash: auditChainHeads.hash })
    .from(auditChainHeads)
    .where(eq(auditChainHeads.chainKey, chainKey));
  return row ?? null;
}

/** Filters of the admin's audit view; always scoped to one organisation. */
export interface AuditFilter {
  readonly organisationId: string;
  readonly userId?: string | undefined;
  readonly recordType?: string | undefined;
  readonly recordId?: string | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
  readonly beforeSequence?: number | undefined;
  readonly limit: number;
}

/** A page of an organisation's events, newest first, with the actor's name. */
export async function findAuditEvents(db: DbOrTx, filter: AuditFilter) {
  const conditions: SQL[] = [eq(auditEvents.chainKey, filter.organisationId)];
  if (filter.userId) conditions.push(eq(auditEvents.actorUserId, filter.userId));
  if (filter.recordType) conditions.push(eq(auditEvents.recordType, filter.recordType));
  if (filter.recordId) conditions.push(eq(auditEvents.recordId, filter.recordId));
  if (filter.from) conditions.push(gte(auditEvents.occurredAt, filter.from));
  if (filter.to) conditions.push(lt(auditEvents.occurredAt, filter.to));
  if (filter.beforeSequence) conditions.push(lt(auditEvents.sequence, filter.beforeSequence));
  return await db
    .select({
      sequence: auditEvents.sequence,
      occurredAt: auditEvents.occurredAt,
      actorId: users.id,
      actorName: users.name,
      actorEmail: users.email,
      action: auditEvents.action,
      recordType: auditEvents.recordType,
      recordId: auditEvents.recordId,
      outcome: auditEvents.outcome,
      ip: auditEvents.ip,
      userAgent: auditEvents.userAgent,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(
      users,
      and(eq(users.id, auditEvents.actorUserId), eq(users.organisationId, filter.organisationId)),
    )
    .where(and(...conditions))
    .orderBy(desc(auditEvents.sequence))
    .limit(filter.limit);
}

/** The chain keys present (organisations and `system`), in events or as a recorded head. */
export async function findAuditChainKeys(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .selectDistinct({ chainKey: auditEvents.chainKey })
    .from(auditEvents)
    .union(db.select({ chainKey: auditChainHeads.chainKey }).from(auditChainHeads))
    .orderBy(sql`1`);
  return rows.map((row) => row.chainKey);
}

/** Reads one chain in ascending order, in batches, for verification. */
export async function* streamAuditChain(
  db: DbOrTx,
  chainKey: string,
  batchSize = 1000,
): AsyncGenerator<ChainedAuditEvent> {
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.chainKey, chainKey), sql`${auditEvents.sequence} > ${after}`))
      .orderBy(auditEvents.sequence)
      .limit(batchSize);
    for (const row of rows) {
      yield {
        chainKey: row.chainKey,
        sequence: row.sequence,
        occurredAt: row.occurredAt,
        actorUserId: row.actorUserId,
        action: row.action,
        recordType: row.recordType,
        recordId: row.recordId,
        outcome: row.outcome,
        ip: row.ip,
        userAgent: row.userAgent,
        details: row.details,
        previousHash: row.previousHash,
        hash: row.hash,
      };
    }
    const lastRow = rows.at(-1);
    if (!lastRow || rows.length < batchSize) return;
    after = lastRow.sequence;
  }
}
