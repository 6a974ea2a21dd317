import { MailStatus } from '@varn/domain';
import type { Tx } from '../../db/client';
import { recordEvent } from '../../events';
import type { AppContext } from '../../lib/context';
import type { MailContent } from './mail-templates';
import { insertMails } from './mail.repository';

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
  if (mails.length === 0) return;
  const now = ctx.clock();
  const status = ctx.config.smtpUrl ? MailStatus.Pending : MailStatus.Held;
  await insertMails(
    tx,
    mails.map((mail) => ({
      organisationId: mail.organisationId,
      to: mail.to,
      subject: mail.subject,
      bodyText: mail.bodyText,
      status,
      now,
    })),
  );
  // Wakes the dispatchers of every instance once the transaction commits.
  if (ctx.config.smtpUrl) {
    for (const organisationId of new Set(mails.map((mail) => mail.organisationId))) {
      await recordEvent(tx, { type: 'mail.queued', organisationId });
    }
  }
}
