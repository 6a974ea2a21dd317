import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { measureOwnerListSchema } from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { listMeasureOwners } from './measures.service';

/** Measures (åtgärder) across their subjects: cases, Riskguide matters, later meetings. */
export const measuresRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/measures/owners',
    {
      schema: {
        tags: ['measures'],
        summary: 'The people a measure can be given to (the active security officers)',
        response: { 200: measureOwnerListSchema, ...errorResponses },
      },
    },
    async (request) => await listMeasureOwners(ctx, callerOf(request)),
  );
};
