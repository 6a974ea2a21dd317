import { and, desc, eq, lte, sql } from 'drizzle-orm';
import { MailStatus } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { mailOutbox } from '../../db/schema';

/** A mail row. */
export type MailRow = typeof mailOutbox.$inferSelect;

/** A mail to put into the outbox. */
export interface NewMail {
  readonly organisationId: string | null;
  readonly to: string;
  readonly subject: string;
  readonly bodyText: string;
  readonly status: MailStatus;
  readonly now: Date;
}

const outboxRow = (mail: NewMail) => ({
  organisationId: mail.organisationId,
  toAddress: mail.to,
  subject: mail.subject,
  bodyText: mail.bodyText,
  status: mail.status,
  nextAttemptAt: mail.now,
  createdAt: mail.now,
});

/** Queues mails in the caller's transaction (transactional outbox), in one statement. */
export async function insertMails(db: DbOrTx, values: readonly NewMail[]): Promise<void> {
  if (values.length === 0) return;
  await db.insert(mailOutbox).values(values.map(outboxRow));
}

/** The insert of {@link insertMails} as a CTE (`queued_mails`) of a statement that writes more. */
export function insertMailsCte(db: DbOrTx, values: readonly [NewMail, ...NewMail[]]) {
  return db
    .$with('queued_mails')
    .as(db.insert(mailOutbox).values(values.map(outboxRow)).returning({ id: mailOutbox.id }));
}

/**
 * Locks up to `limit` pending mails that are due. `SKIP LOCKED` lets several app instances
 * dispatch side by side without sending a mail twice.
 */
export async function claimDueMails(db: DbOrTx, now: Date, limit: number): Promise<MailRow[]> {
  return await db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.status, MailStatus.Pending), lte(mailOutbox.nextAttemptAt, now)))
    .orderBy(mailOutbox.nextAttemptAt)
    .limit(limit)
    .for('update', { skipLocked: true });
}

/** Records a successful send. */
export async function markMailSent(db: DbOrTx, id: string, now: Date): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ status: 'sent', sentAt: now, attempts: sql`${mailOutbox.attempts} + 1`, lastError: null })
    .where(eq(mailOutbox.id, id));
}

/** Records a failed send: retried at `retryAt`, or given up when it is null. */
export async function markMailFailedAttempt(
  db: DbOrTx,
  id: string,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db
    .update(mailOutbox)
    .set({
      status: retryAt ? MailStatus.Pending : MailStatus.Failed,
      attempts: sql`${mailOutbox.attempts} + 1`,
      lastError: error.slice(0, 500),
      ...(retryAt ? { nextAttemptAt: retryAt } : {}),
    })
    .where(eq(mailOutbox.id, id));
}

/** The newest mails of an organisation for the admin's outbox page. */
export async function findMailsOfOrganisation(
  db: DbOrTx,
  organisationId: string,
  limit: number,
): Promise<MailRow[]> {
  return await db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.organisationId, organisationId))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(limit);
}
