import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createScreeningBodySchema,
  idParamsSchema,
  screeningListSchema,
  screeningSchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { createScreening, getScreening, listScreenings, queueScreening } from './screenings.service';

/** Step 1 (issue 4 §2): screenings of many matters at once; moderate and high go on to step 2. */
export const screeningsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['riskguide'];
  const screening = { 200: screeningSchema, ...errorResponses };
  app.get(
    '/api/screenings',
    {
      schema: {
        tags,
        summary: 'The latest step-1 screenings with their counts',
        response: { 200: screeningListSchema, ...errorResponses },
      },
    },
    async (request) => await listScreenings(ctx, callerOf(request)),
  );

  app.post(
    '/api/screenings',
    {
      schema: {
        tags,
        summary: 'Screen many matters at once (step 1): existing or new matters, level, reason, prompts',
        body: createScreeningBodySchema,
        response: { 201: screeningSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createScreening(ctx, callerOf(request), request.body)),
  );

  app.get(
    '/api/screenings/:id',
    {
      schema: {
        tags,
        summary: 'One screening with its rows (audited)',
        params: idParamsSchema,
        response: screening,
      },
    },
    async (request) => await getScreening(ctx, callerOf(request), request.params.id),
  );

  app.post(
    '/api/screenings/:id/queue',
    {
      schema: {
        tags,
        summary: 'Send the moderate and high rows on to step 2: a draft assessment for each matter',
        params: idParamsSchema,
        response: screening,
      },
    },
    async (request) => await queueScreening(ctx, callerOf(request), request.params.id),
  );
};
