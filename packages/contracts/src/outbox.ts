import { z } from 'zod';
import { MailStatus } from '@varn/domain';

/** One e-mail in the outbox. */
export const outboxMailSchema = z
  .object({
    id: z.uuid(),
    to: z.string(),
    subject: z.string(),
    bodyText: z.string(),
    status: z.enum(MailStatus),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'OutboxMail' });

export type OutboxMail = z.infer<typeof outboxMailSchema>;

export const outboxSchema = z
  .object({ smtpConfigured: z.boolean(), mails: z.array(outboxMailSchema) })
  .meta({ id: 'Outbox' });

export type Outbox = z.infer<typeof outboxSchema>;
