import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AuditOutcome } from '@varn/domain';
import { organisations } from './accounts';

/*
 * The audit trail (issue 1): append-only, a hash chain per organisation.
 */

/**
 * The append-only audit trail, a hash chain per `chain_key` (the organisation id, or `system`).
 * A trigger in the migrations refuses UPDATE and DELETE.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    chainKey: text('chain_key').notNull(),
    sequence: bigint('sequence', { mode: 'number' }).notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    recordType: text('record_type'),
    recordId: text('record_id'),
    outcome: text('outcome').$type<AuditOutcome>().notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull(),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_events_chain_sequence_unique').on(t.chainKey, t.sequence),
    index('audit_events_org_time_idx').on(t.organisationId, t.occurredAt),
    index('audit_events_actor_idx').on(t.organisationId, t.actorUserId),
    index('audit_events_record_idx').on(t.organisationId, t.recordType, t.recordId),
    check('audit_events_outcome_check', sql`${t.outcome} in ('success', 'failure', 'denied')`),
  ],
);

/**
 * The head of each chain (ADR 014): the sequence number and hash of its last event, and the hash
 * before it. Moved on at commit by the trigger on `audit_appends`; its row lock is what appends
 * of one chain wait for, and only while a transaction commits. Verification compares the head
 * with the last stored event (a removed tail shows).
 */
export const auditChainHeads = pgTable('audit_chain_heads', {
  chainKey: text('chain_key').primaryKey(),
  sequence: bigint('sequence', { mode: 'number' }).notNull(),
  previousHash: text('previous_hash').notNull(),
  hash: text('hash').notNull(),
});

/**
 * Events on their way into the chain (ADR 014). A transaction inserts its events here; a
 * deferred constraint trigger (hand-written in the migrations) links each one into its chain at
 * commit — next sequence number, hash over the head's hash — inserts it into `audit_events` and
 * removes it from here. No row outlives its transaction. `chain_key_json` and `rest` are the
 * domain's canonical parts (`canonicalAuditParts`) the hash is computed from.
 */
export const auditAppends = pgTable('audit_appends', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  chainKey: text('chain_key').notNull(),
  organisationId: uuid('organisation_id'),
  occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
  actorUserId: uuid('actor_user_id'),
  action: text('action').notNull(),
  recordType: text('record_type'),
  recordId: text('record_id'),
  outcome: text('outcome').$type<AuditOutcome>().notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
  details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull(),
  chainKeyJson: text('chain_key_json').notNull(),
  rest: text('rest').notNull(),
});
