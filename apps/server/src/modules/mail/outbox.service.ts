import { Action } from '@varn/domain';
import type { Outbox } from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { audit } from '../audit';
import { findMailsOfOrganisation } from './mail.repository';

/** `GET /api/outbox` (admin): the organisation's recent mail, so the demo works without SMTP. Audited. */
export async function readOutbox(ctx: AppContext, caller: Caller): Promise<Outbox> {
  authorizeOrThrow(caller, Action.OutboxRead, { type: 'outbox', organisationId: caller.organisationId });
  return await ctx.db.transaction(async (tx) => {
    const rows = await findMailsOfOrganisation(tx, caller.organisationId, 200);
    await audit(tx, caller, ctx.clock(), {
      action: Action.OutboxRead,
      recordType: 'outbox',
      details: { count: rows.length },
    });
    return {
      smtpConfigured: ctx.config.smtpUrl !== undefined,
      mails: rows.map((row) => ({
        id: row.id,
        to: row.toAddress,
        subject: row.subject,
        bodyText: row.bodyText,
        status: row.status,
        attempts: row.attempts,
        lastError: row.lastError,
        createdAt: row.createdAt.toISOString(),
        sentAt: row.sentAt?.toISOString() ?? null,
      })),
    };
  });
}
