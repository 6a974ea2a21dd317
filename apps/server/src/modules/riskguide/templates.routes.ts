import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createTemplateVersionBodySchema,
  idParamsSchema,
  templateVersionListSchema,
  templateVersionSchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { createTemplateVersion, getTemplateVersion, listTemplateVersions } from './templates.service';

/** Riskguide templates as versioned data (ADR 009): the versions, one version, a new version. */
export const templatesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['riskguide'];
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
