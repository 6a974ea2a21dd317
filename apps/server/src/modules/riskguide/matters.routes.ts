import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createMatterBodySchema,
  idParamsSchema,
  importMattersBodySchema,
  importResultSchema,
  matterDetailSchema,
  matterListSchema,
  matterMeasureParamsSchema,
  matterQuerySchema,
  measureSchema,
  sensitiveTermsSchema,
  updateMatterBodySchema,
  updateMeasureBodySchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import {
  changeMatter,
  changeMatterMeasure,
  createMatter,
  getMatter,
  getSensitiveTerms,
  importMatters,
  listMatters,
} from './matters.service';

/** An import of 1000 matters with long titles is larger than the default JSON limit. */
const importBodyLimitBytes = 2 * 1024 * 1024;

/** Matters (ärenden, issue 4 §1): the list with result levels, one matter, its CSV import, the
 * organisation's sensitive words for title warnings, and the follow-up of a matter's measures. */
export const mattersRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['riskguide'];
  const matter = { 200: matterDetailSchema, ...errorResponses };
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
};
