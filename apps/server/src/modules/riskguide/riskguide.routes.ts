import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assessmentHistorySchema,
  assessmentListSchema,
  assessmentQuerySchema,
  assessmentSchema,
  chooseMeasuresBodySchema,
  createAssessmentBodySchema,
  createMatterBodySchema,
  createScreeningBodySchema,
  createTemplateVersionBodySchema,
  finishAssessmentBodySchema,
  idParamsSchema,
  importMattersBodySchema,
  importResultSchema,
  matterDetailSchema,
  matterListSchema,
  matterMeasureParamsSchema,
  matterQuerySchema,
  periodQuerySchema,
  riskguideSummarySchema,
  measureSchema,
  sensitiveTermsSchema,
  saveAssessmentBodySchema,
  screeningListSchema,
  screeningSchema,
  templateVersionListSchema,
  templateVersionSchema,
  updateMatterBodySchema,
  updateMeasureBodySchema,
} from '@varn/contracts';
import { contentDisposition } from '../../lib/content-disposition';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { exportAssessmentPdf, getMatterHistory } from './assessment-reports.service';
import {
  chooseMeasures,
  createAssessment,
  finishAssessment,
  getAssessment,
  listAssessments,
  saveAssessment,
} from './assessments.service';
import {
  changeMatter,
  changeMatterMeasure,
  createMatter,
  getMatter,
  importMatters,
  getSensitiveTerms,
  listMatters,
} from './matters.service';
import { getRiskguideSummary } from './riskguide-summary.service';
import { createScreening, getScreening, listScreenings, queueScreening } from './screenings.service';
import { createTemplateVersion, getTemplateVersion, listTemplateVersions } from './templates.service';

/** An import of 1000 matters with long titles is larger than the default JSON limit. */
const importBodyLimitBytes = 2 * 1024 * 1024;

/**
 * Riskguide (issue 4): matters and their CSV import, step-1 screenings, assessments (steps 2 and
 * 3) with result, history, measures and PDF, and the versioned templates.
 */
export const riskguideRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['riskguide'];
  const matter = { 200: matterDetailSchema, ...errorResponses };
  const assessment = { 200: assessmentSchema, ...errorResponses };
  const screening = { 200: screeningSchema, ...errorResponses };

  // — Riskguide in figures —
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

  // — Matters —
  app.get(
    '/api/matters',
    {
      schema: {
        tags,
        summary: 'Matters with their result level: step 1, or the latest finished assessment (audited)',
        querystring: matterQuerySchema,
        response: { 200: matterListSchema, ...errorResponses },
      },
    },
    async (request) => await listMatters(ctx, callerOf(request), request.query),
  );

  app.post(
    '/api/matters',
    {
      schema: {
        tags,
        summary: 'Add a matter; the response warns about a title that does not look neutral',
        body: createMatterBodySchema,
        response: { 201: matterDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMatter(ctx, callerOf(request), request.body)),
  );

  app.post(
    '/api/matters/import',
    {
      bodyLimit: importBodyLimitBytes,
      schema: {
        tags,
        summary:
          'Import matters from CSV (title;diary number;body;decision date): preview, or commit all rows',
        description:
          '`preview` reports every row and saves nothing. `commit` saves every row, or nothing when any row has an error: 422 with the errors at `rows.<line>.<field>` (the header is line 1) or `csv`.',
        body: importMattersBodySchema,
        response: { 200: importResultSchema, ...errorResponses },
      },
    },
    async (request) => await importMatters(ctx, callerOf(request), request.body),
  );

  app.get(
    '/api/matters/sensitive-terms',
    {
      schema: {
        tags,
        summary: "The organisation's sensitive words, to warn about them while a title is typed (screeners)",
        response: { 200: sensitiveTermsSchema, ...errorResponses },
      },
    },
    async (request) => await getSensitiveTerms(ctx, callerOf(request)),
  );

  app.get(
    '/api/matters/:id',
    {
      schema: {
        tags,
        summary: 'One matter with its result level and, for those allowed, its measures (audited)',
        params: idParamsSchema,
        response: matter,
      },
    },
    async (request) => await getMatter(ctx, callerOf(request), request.params.id),
  );

  app.patch(
    '/api/matters/:id',
    {
      schema: {
        tags,
        summary: "Change a matter's title, diary number, body, decision date, description or official",
        params: idParamsSchema,
        body: updateMatterBodySchema,
        response: matter,
      },
    },
    async (request) => await changeMatter(ctx, callerOf(request), request.params.id, request.body),
  );

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

  app.patch(
    '/api/matters/:id/measures/:measureId',
    {
      schema: {
        tags,
        summary: "Follow up a matter's measure: status, owner, due date (security unit)",
        params: matterMeasureParamsSchema,
        body: updateMeasureBodySchema,
        response: { 200: measureSchema, ...errorResponses },
      },
    },
    async (request) =>
      await changeMatterMeasure(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.measureId,
        request.body,
      ),
  );

  // — Step 1: screenings —
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

  // — Steps 2 and 3: assessments —
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

  // — Templates —
  app.get(
    '/api/riskguide/templates',
    {
      schema: {
        tags,
        summary: 'The versions of the Riskguide template, newest first',
        response: { 200: templateVersionListSchema, ...errorResponses },
      },
    },
    async (request) => await listTemplateVersions(ctx, callerOf(request)),
  );

  app.post(
    '/api/riskguide/templates',
    {
      schema: {
        tags,
        summary: 'A new template version from an edited copy of the newest (admin); 422 lists its problems',
        body: createTemplateVersionBodySchema,
        response: { 201: templateVersionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createTemplateVersion(ctx, callerOf(request), request.body)),
  );

  app.get(
    '/api/riskguide/templates/:id',
    {
      schema: {
        tags,
        summary: 'One template version with all its texts, rules, matrix and measures',
        params: idParamsSchema,
        response: { 200: templateVersionSchema, ...errorResponses },
      },
    },
    async (request) => await getTemplateVersion(ctx, callerOf(request), request.params.id),
  );
};
