import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { errorResponses } from '../../lib/route-schemas';

const statusSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

/** Liveness and readiness for load balancers and orchestrators (issue 2 §9). */
export const healthRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/healthz',
    {
      schema: { tags: ['operations'], summary: 'The process is alive', response: { 200: statusSchema } },
      config: { access: 'public' },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'The database is reachable',
        response: { 200: statusSchema, ...errorResponses },
      },
      config: { access: 'public' },
    },
    async () => {
      try {
        await ctx.db.execute(sql`select 1`);
      } catch (error) {
        throw new AppError('service_unavailable', { cause: error });
      }
      return { status: 'ok' as const };
    },
  );
};
