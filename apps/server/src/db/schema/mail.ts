import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { MailStatus } from '@varn/domain';
import { createdAt, id } from './columns';
import { organisations } from './accounts';

/*
 * Outgoing e-mail: the transactional outbox (ADR 005).
 */

/**
 * Outgoing e-mail. Every mail is written here in the same transaction as the change that
 * causes it (transactional outbox), so an acknowledged invitation is never lost; a dispatcher
 * sends pending mails over SMTP with retries. Without SMTP the mail is `held` for admins.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: id(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    status: text('status').$type<MailStatus>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('mail_outbox_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index('mail_outbox_org_idx').on(t.organisationId, t.createdAt),
    check('mail_outbox_status_check', sql`${t.status} in ('pending', 'sent', 'failed', 'held')`),
  ],
);
