import {
  Action,
  AuditOutcome,
  createChainVerifier,
  type AuditAction,
  type ChainVerification,
} from '@varn/domain';
import type { AuditPage, AuditQuery } from '@varn/contracts';
import type { Db, DbOrTx, Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { sha256Hex } from '../../lib/crypto';
import { authorizeOrThrow } from '../../lib/authorize';
import {
  auditAppendCte,
  findAuditChainHead,
  findAuditChainKeys,
  findAuditEvents,
  insertAuditEvent,
  streamAuditChain,
  type NewAuditEvent,
} from './audit.repository';

/** What a caller did to a record, as {@link audit} records it. */
export interface CallerEvent {
  action: AuditAction;
  recordType?: string;
  recordId?: string;
  outcome?: AuditOutcome;
  details?: NewAuditEvent['details'];
}

const eventOf = (caller: Caller, at: Date, event: CallerEvent): NewAuditEvent => ({
  organisationId: caller.organisationId,
  occurredAt: at,
  actorUserId: caller.userId,
  action: event.action,
  recordType: event.recordType ?? null,
  recordId: event.recordId ?? null,
  outcome: event.outcome ?? AuditOutcome.Success,
  ip: caller.ip,
  userAgent: caller.userAgent,
  ...(event.details ? { details: event.details } : {}),
});

/** Records what a caller did to a record, in the caller's transaction. */
export async function audit(tx: Tx, caller: Caller, at: Date, event: CallerEvent): Promise<void> {
  await insertAuditEvent(tx, eventOf(caller, at, event));
}

/**
 * {@link audit} as a part of another write: a CTE (`audit_append`) for the statement that makes
 * the change, so that the change and its audit event are one statement — atomic even without
 * a transaction of their own, and one round trip.
 */
export function auditWithin(db: DbOrTx, caller: Caller, at: Date, event: CallerEvent) {
  return auditAppendCte(db, eventOf(caller, at, event));
}

/**
 * Records an event that has no signed-in caller (a login attempt, an invitation accepted, the
 * admin CLI), in the given transaction; the hash chain is extended as for {@link audit}.
 */
export async function auditWithoutCaller(tx: Tx, event: NewAuditEvent): Promise<void> {
  await insertAuditEvent(tx, event);
}

/** The admin's view of the organisation's audit trail, newest first. Reading it is itself audited. */
export async function listAuditEvents(
  ctx: AppContext,
  caller: Caller,
  query: AuditQuery,
): Promise<AuditPage> {
  authorizeOrThrow(caller, Action.AuditRead, { type: 'audit_log', organisationId: caller.organisationId });
  const limit = query.limit ?? 50;
  return await ctx.db.transaction(async (tx) => {
    const rows = await findAuditEvents(tx, {
      organisationId: caller.organisationId,
      userId: query.userId,
      recordType: query.recordType,
      recordId: query.recordId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      beforeSequence: query.before,
      limit: limit + 1,
    });
    await audit(tx, caller, ctx.clock(), { action: Action.AuditRead, recordType: 'audit_log' });
    const page = rows.slice(0, limit);
    return {
      events: page.map((row) => ({
        sequence: row.sequence,
        occurredAt: row.occurredAt.toISOString(),
        actor:
          row.actorId && row.actorName && row.actorEmail
            ? { id: row.actorId, name: row.actorName, email: row.actorEmail }
            : null,
        action: row.action,
        recordType: row.recordType,
        recordId: row.recordId,
        outcome: row.outcome,
        ip: row.ip,
        userAgent: row.userAgent,
        details: row.details,
      })),
      nextBefore: rows.length > limit ? (page.at(-1)?.sequence ?? null) : null,
    };
  });
}

/**
 * Verification of every chain in the database (`npm run varn -- audit:verify`): its links, then
 * its recorded head (ADR 014). Each chain is read in one snapshot (a read-only, repeatable-read
 * transaction), so appends that commit meanwhile are neither half seen nor taken for a break.
 */
export async function verifyAuditTrail(db: Db): Promise<{ chainKey: string; result: ChainVerification }[]> {
  const results: { chainKey: string; result: ChainVerification }[] = [];
  for (const chainKey of await findAuditChainKeys(db)) {
    const result = await db.transaction(
      async (tx) => {
        const verifier = createChainVerifier(sha256Hex);
        for await (const event of streamAuditChain(tx, chainKey)) {
          if (verifier.check(event)) return verifier.result();
        }
        verifier.checkHead(await findAuditChainHead(tx, chainKey));
        return verifier.result();
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    results.push({ chainKey, result });
  }
  return results;
}
