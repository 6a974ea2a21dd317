import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createTaxonomyEntryBodySchema,
  taxonomyEntryParamsSchema,
  taxonomyEntrySchema,
  taxonomySchema,
  updateTaxonomyEntryBodySchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { addTaxonomyEntry, changeTaxonomyEntry, getTaxonomy } from './taxonomy.service';

/** The lists of the report form: categories, channels, perpetrator types (data the admin can extend). */
export const taxonomyRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['incidents'];
  app.get(
    '/api/incident-taxonomy',
    {
      schema: {
        tags,
        summary: 'Categories, channels and perpetrator types of the report form',
        response: { 200: taxonomySchema, ...errorResponses },
      },
    },
    async (request) => await getTaxonomy(ctx, callerOf(request)),
  );
  app.post(
    '/api/incident-taxonomy',
    {
      schema: {
        tags,
        summary: 'Add an entry to a list (admin)',
        body: createTaxonomyEntryBodySchema,
        response: { 201: taxonomyEntrySchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addTaxonomyEntry(ctx, callerOf(request), request.body)),
  );
  app.patch(
    '/api/incident-taxonomy/:kind/:code',
    {
      schema: {
        tags,
        summary: 'Rename or (de)activate an entry (admin); its code never changes',
        params: taxonomyEntryParamsSchema,
        body: updateTaxonomyEntryBodySchema,
        response: { 200: taxonomyEntrySchema, ...errorResponses },
      },
    },
    async (request) =>
      await changeTaxonomyEntry(
        ctx,
        callerOf(request),
        request.params.kind,
        request.params.code,
        request.body,
      ),
  );
};
