import { z } from 'zod';
import { AuditOutcome } from '@varn/domain';
import { idSchema, timestampSchema } from './common';
import { periodInOrder, periodOrderIssue } from './period';

/**
 * `GET /api/audit-events` filters. `before` is the cursor from the previous page. (No schema id:
 * query parameters are documented inline in OpenAPI.)
 */
export const auditQuerySchema = z
  .strictObject({
    userId: idSchema.optional(),
    recordType: z.string().trim().min(1).max(60).optional(),
    recordId: z.string().trim().min(1).max(100).optional(),
    from: timestampSchema.optional(),
    to: timestampSchema.optional(),
    before: z.coerce.number().int().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(200).optional(),
  })
  .refine(periodInOrder, periodOrderIssue);

export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** One audit event as the admin page shows it. */
export const auditEventSchema = z
  .object({
    sequence: z.number().int(),
    occurredAt: z.iso.datetime(),
    actor: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
    action: z.string(),
    recordType: z.string().nullable(),
    recordId: z.string().nullable(),
    outcome: z.enum(AuditOutcome),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  })
  .meta({ id: 'AuditEvent' });

export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditPageSchema = z
  .object({ events: z.array(auditEventSchema), nextBefore: z.number().int().nullable() })
  .meta({ id: 'AuditPage' });

export type AuditPage = z.infer<typeof auditPageSchema>;
