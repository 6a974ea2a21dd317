import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordThreatLevelBodySchema, threatLevelsSchema } from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { getThreatLevels, recordThreatLevel } from './threat-levels.service';

/** The national terror threat level (DOMAIN.md §7): read by everyone, recorded by the admin and the unit. */
export const threatLevelsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['meetings'];
  app.get(
    '/api/threat-levels',
    {
      schema: {
        tags,
        summary: 'The national terror threat level in force today and its recorded history',
        response: { 200: threatLevelsSchema, ...errorResponses },
      },
    },
    async (request) => await getThreatLevels(ctx, callerOf(request)),
  );
  app.post(
    '/api/threat-levels',
    {
      schema: {
        tags,
        summary: 'Record a change of the national threat level (admin, security unit)',
        body: recordThreatLevelBodySchema,
        response: { 201: threatLevelsSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordThreatLevel(ctx, callerOf(request), request.body)),
  );
};
