import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { outboxSchema } from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { readOutbox } from './outbox.service';

/** The mail outbox for admins. */
export const outboxRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/outbox',
    {
      schema: {
        tags: ['mail'],
        summary: 'Recent e-mail and its delivery state (admin)',
        response: { 200: outboxSchema, ...errorResponses },
      },
    },
    async (request) => await readOutbox(ctx, callerOf(request)),
  );
};
