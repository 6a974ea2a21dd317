import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import {
  type AuditAction,
  canonicalAuditParts,
  chainHash,
  genesisHash,
  systemChainKey,
  type AuditContent,
  type AuditOutcome,
  type ChainedAuditEvent,
} from '@varn/domain';
import type { DbOrTx, Tx } from '../../db/client';
import { auditChainHeads, auditEvents, users } from '../../db/schema';
import { sha256Hex } from '../../lib/crypto';

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
 * Appends one event to its organisation's chain, inside the caller's transaction, in one
 * statement (ADR 014): it moves the chain's head in `audit_chain_heads` one on — the next
 * sequence number, and the hash of this event over the head's hash, computed by the database
 * from the canonical parts the domain gives (`canonicalAuditParts`) — and inserts the event from
 * the new head. The head row stays locked until the transaction ends, so appends of one chain
 * follow one another without gaps; call this as late as possible in a transaction (ideally as
 * its last statement), so that other writers of the organisation wait only for the commit.
 */
export async function insertAuditEvent(tx: Tx, event: NewAuditEvent): Promise<void> {
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
  // The first event of a chain is hashed here; every later one by the database, over the head.
  const firstHash = chainHash({ ...content, sequence: 1 }, genesisHash, sha256Hex);
  const parts = canonicalAuditParts(content);
  const h = auditChainHeads;
  const nextHash = sql`encode(sha256(convert_to('["' || ${h.hash} || '",' || ${parts.chainKey}::text || ',' || (${h.sequence} + 1)::text || ',' || ${parts.rest}::text, 'UTF8')), 'hex')`;
  await tx.execute(sql`
    with head as (
      insert into ${h} (chain_key, sequence, previous_hash, hash)
      values (${chainKey}, 1, ${genesisHash}, ${firstHash})
      on conflict (chain_key) do update set
        sequence = ${h.sequence} + 1, previous_hash = ${h.hash}, hash = ${nextHash}
      returning sequence, previous_hash, hash
    )
    insert into ${auditEvents} (chain_key, sequence, organisation_id, occurred_at, actor_user_id, action,
      record_type, record_id, outcome, ip, user_agent, details, previous_hash, hash)
    select ${chainKey}, head.sequence, ${event.organisationId}::uuid, ${content.occurredAt.toISOString()}::timestamptz,
      ${content.actorUserId}::uuid, ${content.action}, ${content.recordType}, ${content.recordId},
      ${content.outcome}, ${content.ip}, ${content.userAgent}, ${JSON.stringify(content.details)}::jsonb,
      head.previous_hash, head.hash
    from head`);
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
