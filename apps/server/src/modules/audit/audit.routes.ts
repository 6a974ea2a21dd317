import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPageSchema, auditQuerySchema } from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { listAuditEvents } from './audit.service';

/** The audit trail for admins (issue 2 §5). */
export const auditRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/audit-events',
    {
      schema: {
        tags: ['audit'],
        summary: "The organisation's audit trail, newest first, filterable by user, record and time (admin)",
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, ...errorResponses },
      },
    },
    async (request) => await listAuditEvents(ctx, callerOf(request), request.query),
  );
};
