import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { assessmentHistorySchema, idParamsSchema } from '@varn/contracts';
import { contentDisposition } from '../../lib/content-disposition';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { exportAssessmentPdf, getMatterHistory } from './assessment-reports.service';

/** A matter's assessment history with what changed, and a finished assessment as PDF (issue 4 §6). */
export const assessmentReportsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['riskguide'];
  app.get(
    '/api/matters/:id/assessments',
    {
      schema: {
        tags,
        summary: "A matter's assessments, newest first: dates, levels, cell and what changed (security unit)",
        params: idParamsSchema,
        response: { 200: assessmentHistorySchema, ...errorResponses },
      },
    },
    async (request) => await getMatterHistory(ctx, callerOf(request), request.params.id),
  );

  app.get(
    '/api/assessments/:id/pdf',
    {
      schema: {
        tags,
        summary: 'A finished assessment as PDF, in the caller’s language (security unit; audited)',
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      const { fileName, pdf } = await exportAssessmentPdf(ctx, callerOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition('attachment', fileName))
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
};
