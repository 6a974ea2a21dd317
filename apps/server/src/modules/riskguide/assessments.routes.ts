import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assessmentListSchema,
  assessmentQuerySchema,
  assessmentSchema,
  chooseMeasuresBodySchema,
  createAssessmentBodySchema,
  finishAssessmentBodySchema,
  idParamsSchema,
  saveAssessmentBodySchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import {
  chooseMeasures,
  createAssessment,
  finishAssessment,
  getAssessment,
  listAssessments,
  saveAssessment,
} from './assessments.service';

/** Steps 2 and 3 (issue 4 §3, §4): drafts saved with a revision (ADR 010), finishing and
 * signing, and measures chosen from the library. */
export const assessmentsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['riskguide'];
  const assessment = { 200: assessmentSchema, ...errorResponses };
  app.get(
    '/api/assessments',
    {
      schema: {
        tags,
        summary:
          'Assessments, latest change first: drafts to resume and finished ones (security unit; audited)',
        querystring: assessmentQuerySchema,
        response: { 200: assessmentListSchema, ...errorResponses },
      },
    },
    async (request) => await listAssessments(ctx, callerOf(request), request.query),
  );

  app.post(
    '/api/assessments',
    {
      schema: {
        tags,
        summary: 'Start an assessment (or a reassessment) of a matter on the newest template version',
        description:
          'A matter has at most one draft: when one is open, it is answered with 200 instead of 201.',
        body: createAssessmentBodySchema,
        response: { 201: assessmentSchema, 200: assessmentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { assessment: created, created: isNew } = await createAssessment(
        ctx,
        callerOf(request),
        request.body,
      );
      return reply.status(isNew ? 201 : 200).send(created);
    },
  );

  app.get(
    '/api/assessments/:id',
    {
      schema: {
        tags,
        summary:
          'One assessment: participants, answers, result with reasons, measures (security unit; audited)',
        params: idParamsSchema,
        response: assessment,
      },
    },
    async (request) => await getAssessment(ctx, callerOf(request), request.params.id),
  );

  app.put(
    '/api/assessments/:id',
    {
      schema: {
        tags,
        summary: 'Save a draft (autosave); 409 when finished or when someone else saved in between',
        params: idParamsSchema,
        body: saveAssessmentBodySchema,
        response: assessment,
      },
    },
    async (request) => await saveAssessment(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/assessments/:id/finish',
    {
      schema: {
        tags,
        summary: 'Finish: score on its template version, store the result, lock and sign',
        params: idParamsSchema,
        body: finishAssessmentBodySchema,
        response: assessment,
      },
    },
    async (request) =>
      await finishAssessment(ctx, callerOf(request), request.params.id, request.body.revision),
  );

  app.post(
    '/api/assessments/:id/measures',
    {
      schema: {
        tags,
        summary: 'Choose measures from the library: they become tracked measures of the matter',
        params: idParamsSchema,
        body: chooseMeasuresBodySchema,
        response: { 201: assessmentSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await chooseMeasures(ctx, callerOf(request), request.params.id, request.body)),
  );
};
