import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { periodQuerySchema, riskguideSummarySchema } from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { getRiskguideSummary } from './riskguide-summary.service';

/** Riskguide in figures (issue 4 §7): counts for the unit and the management, never a title. */
export const riskguideSummaryRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['riskguide'];
  app.get(
    '/api/riskguide/summary',
    {
      schema: {
        tags,
        summary:
          'Riskguide in figures: matters by level now, assessments of the period by level and cell, days to finish, measures (security unit, viewers; audited)',
        querystring: periodQuerySchema,
        response: { 200: riskguideSummarySchema, ...errorResponses },
      },
    },
    async (request) =>
      await getRiskguideSummary(
        ctx,
        callerOf(request),
        new Date(request.query.from),
        new Date(request.query.to),
      ),
  );
};
