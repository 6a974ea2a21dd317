import { MailStatus } from '@varn/domain';
import type { Tx } from '../../db/client';
import { recordEvent } from '../../events';
import type { AppContext } from '../../lib/context';
import type { MailContent } from './mail-templates';
import { insertMail } from './mail.repository';

/**
 * Queues a mail in the caller's transaction. With SMTP configured it is `pending` and the
 * dispatcher sends it after commit (the `mail.queued` event wakes it); without SMTP it is `held`
 * in the outbox for admins to read.
 */
export async function queueMail(
  ctx: AppContext,
  tx: Tx,
  mail: MailContent & { organisationId: string | null; to: string },
): Promise<void> {
  await insertMail(tx, {
    organisationId: mail.organisationId,
    to: mail.to,
    subject: mail.subject,
    bodyText: mail.bodyText,
    status: ctx.config.smtpUrl ? MailStatus.Pending : MailStatus.Held,
    now: ctx.clock(),
  });
  // Wakes the dispatchers of every instance once the transaction commits.
  if (ctx.config.smtpUrl) await recordEvent(tx, { type: 'mail.queued', organisationId: mail.organisationId });
}
