import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Action, AuditAction } from '@varn/domain';
import {
  recordSituationAssessmentBodySchema,
  situationAssessmentSchema,
  situationQuerySchema,
  situationSchema,
} from '@varn/contracts';
import type { EventListener } from '../../events';
import type { AppContext } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError } from '../../lib/errors';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf, type CookieNames } from '../../plugins/auth';
import { audit } from '../audit';
import { startSituationCache } from './situation-cache';
import { startSituationStreams, type StreamTimings } from './situation-stream';
import { getSituation, recordSituationAssessment, scopeOf } from './situation.service';

/** The lägesbild (issue 12): the page's figures, the unit's assessment, the live stream. */
export const situationRoutes: FastifyPluginAsyncZod<{
  ctx: AppContext;
  names: CookieNames;
  events: EventListener | undefined;
  streamTimings: StreamTimings | undefined;
}> = async (app, { ctx, names, events, streamTimings }) => {
  const tags = ['situation'];
  const streams = events ? startSituationStreams(ctx, events, streamTimings) : undefined;
  const cache = events ? startSituationCache(events) : undefined;
  app.addHook('onClose', async () => {
    streams?.close();
    cache?.close();
  });

  app.get(
    '/api/situation',
    {
      schema: {
        tags,
        summary:
          'The lägesbild of a year: full for the security unit, aggregates with small cells hidden for viewers, the own party for party contacts (audited)',
        querystring: situationQuerySchema,
        response: { 200: situationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return await getSituation(ctx, callerOf(request), request.query.year, cache);
    },
  );

  app.post(
    '/api/situation/assessments',
    {
      schema: {
        tags,
        summary: "Record the unit's overall assessed level with a written assessment (security unit)",
        body: recordSituationAssessmentBodySchema,
        response: { 201: situationAssessmentSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordSituationAssessment(ctx, callerOf(request), request.body)),
  );

  app.get(
    '/api/situation/events',
    {
      schema: {
        tags,
        summary:
          'Live updates of the lägesbild as server-sent events (text/event-stream): `ready`, then `changed` with {topic, at} after each committed change; `end` when the session ends. 503 while live updates are unavailable.',
        response: {
          200: z.string().describe('text/event-stream'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      authorizeOrThrow(caller, Action.SituationStream, {
        type: 'situation',
        organisationId: caller.organisationId,
      });
      scopeOf(caller);
      const token = request.cookies[names.session];
      if (!streams || !token) throw new AppError('service_unavailable');
      await ctx.db.transaction(async (tx) =>
        audit(tx, caller, ctx.clock(), { action: AuditAction.SituationStream, recordType: 'situation' }),
      );
      reply.hijack();
      streams.open(reply.raw, caller, token);
    },
  );
};
