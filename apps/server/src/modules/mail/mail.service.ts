import { MailStatus } from '@varn/domain';
import type { DbOrTx, Tx } from '../../db/client';
import { recordEvent } from '../../events';
import type { AppContext } from '../../lib/context';
import type { MailContent } from './mail-templates';
import { insertMails, insertMailsCte, type NewMail } from './mail.repository';

/** A mail to queue: its content, its recipient and the organisation it belongs to. */
export type QueuedMail = MailContent & { organisationId: string | null; to: string };

/**
 * Queues a mail in the caller's transaction. With SMTP configured it is `pending` and the
 * dispatcher sends it after commit (the `mail.queued` event wakes it); without SMTP it is `held`
 * in the outbox for admins to read.
 */
export async function queueMail(ctx: AppContext, tx: Tx, mail: QueuedMail): Promise<void> {
  await queueMails(ctx, tx, [mail]);
}

/** Queues several mails in the caller's transaction as {@link queueMail} does, in one insert. */
export async function queueMails(ctx: AppContext, tx: Tx, mails: readonly QueuedMail[]): Promise<void> {
  await insertMails(tx, outboxValues(ctx, mails));
  await recordMailsQueued(ctx, tx, mails);
}

/**
 * {@link queueMails} split for a statement that writes more than the mails: the outbox insert
 * as a CTE of that statement (null without mails), and whether the `mail.queued` event must
 * still be recorded in the same transaction ({@link recordMailsQueued}: with SMTP only).
 */
export function queueMailsWithin(ctx: AppContext, db: DbOrTx, mails: readonly QueuedMail[]) {
  const [first, ...rest] = outboxValues(ctx, mails);
  return {
    cte: first ? insertMailsCte(db, [first, ...rest]) : null,
    needsEvent: mails.length > 0 && ctx.config.smtpUrl !== undefined,
  };
}

/** Wakes the dispatchers of every instance once the transaction commits (with SMTP). */
export async function recordMailsQueued(
  ctx: AppContext,
  tx: Tx,
  mails: readonly QueuedMail[],
): Promise<void> {
  if (!ctx.config.smtpUrl) return;
  for (const organisationId of new Set(mails.map((mail) => mail.organisationId))) {
    await recordEvent(tx, { type: 'mail.queued', organisationId });
  }
}

function outboxValues(ctx: AppContext, mails: readonly QueuedMail[]): NewMail[] {
  const now = ctx.clock();
  const status = ctx.config.smtpUrl ? MailStatus.Pending : MailStatus.Held;
  return mails.map((mail) => ({
    organisationId: mail.organisationId,
    to: mail.to,
    subject: mail.subject,
    bodyText: mail.bodyText,
    status,
    now,
  }));
}
