import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { situationTopics } from '@varn/contracts';
import type { Tx } from '../db/client';

/**
 * Events after commit (issue 8 §4). A service records an event inside its transaction; PostgreSQL
 * delivers it (NOTIFY) only when that transaction commits, to every process LISTENing on the
 * database — so a rolled-back change emits nothing, and every app instance hears a committed one.
 * Side effects that follow a commit (waking the mail dispatcher, later the live lägesbild) hang
 * on these events instead of calls in `finally` blocks.
 */

/** The PostgreSQL channel Värn's events travel on. */
export const eventChannel = 'varn_events';

/**
 * The events, as stored in a notification's payload (its own shape, parsed on receipt: a
 * payload from an older or newer instance that does not match is ignored and logged). Payloads
 * carry ids only, never personal data: they are visible to every session on the database.
 */
export const domainEventSchema = z.discriminatedUnion('type', [
  /** Mail was put in the outbox (ADR 005): the dispatcher looks for due mail. */
  z.object({ type: z.literal('mail.queued'), organisationId: z.uuid().nullable() }),
  /**
   * Something the lägesbild counts changed (issue 12 §1): a case reported or handled, a signal,
   * a measure, a police report, a meeting or matter, the unit's assessment, the threat level. The
   * live lägesbild of the organisation's readers reloads.
   */
  z.object({
    type: z.literal('situation.changed'),
    organisationId: z.uuid(),
    topic: z.enum(situationTopics),
  }),
]);

export type DomainEvent = z.infer<typeof domainEventSchema>;

export type DomainEventType = DomainEvent['type'];

/**
 * Records an event in the transaction; it is delivered at commit. Identical events of one
 * transaction are delivered once (PostgreSQL folds duplicate notifications).
 */
export async function recordEvent(tx: Tx, event: DomainEvent): Promise<void> {
  await tx.execute(sql`select pg_notify(${eventChannel}, ${JSON.stringify(event)})`);
}
