import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createMeetingBodySchema,
  idParamsSchema,
  meetingDetailSchema,
  meetingListSchema,
  meetingQuerySchema,
  updateMeetingBodySchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { agendaRoutes } from './agenda.routes';
import { bodiesRoutes } from './bodies.routes';
import { meetingImportRoutes } from './meeting-import.routes';
import { planRoutes } from './plan.routes';
import { changeMeeting, createMeeting, getMeeting, listMeetings } from './meetings.service';
import { threatLevelsRoutes } from './threat-levels.routes';
import { venuesRoutes } from './venues.routes';

/** The meetings themselves: the list (risk heat calendar), one meeting, new and changed meetings. */
const meetingRecordsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['meetings'];
  const detail = { 200: meetingDetailSchema, ...errorResponses };

  app.get(
    '/api/meetings',
    {
      schema: {
        tags,
        summary: 'Meetings the caller may see, each with its risk level and reasons (audited)',
        querystring: meetingQuerySchema,
        response: { 200: meetingListSchema, ...errorResponses },
      },
    },
    async (request) => await listMeetings(ctx, callerOf(request), request.query),
  );

  app.post(
    '/api/meetings',
    {
      schema: {
        tags,
        summary: 'Add a meeting or event (security unit, secretaries)',
        body: createMeetingBodySchema,
        response: { 201: meetingDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createMeeting(ctx, callerOf(request), request.body)),
  );

  app.get(
    '/api/meetings/:id',
    {
      schema: {
        tags,
        summary: 'A meeting with its agenda, risk and (security unit) readiness warnings (audited)',
        params: idParamsSchema,
        response: detail,
      },
    },
    async (request) => await getMeeting(ctx, callerOf(request), request.params.id),
  );

  app.patch(
    '/api/meetings/:id',
    {
      schema: {
        tags,
        summary: 'Change a meeting, cancel it or mark it held (security unit, secretaries)',
        params: idParamsSchema,
        body: updateMeetingBodySchema,
        response: detail,
      },
    },
    async (request) => await changeMeeting(ctx, callerOf(request), request.params.id, request.body),
  );
};

/**
 * Meetings and events (issue 10): bodies, venues, meetings with their agendas and imports, and the
 * national threat level. The security plan's routes (`plan.routes.ts`) are registered here too.
 */
export const meetingsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(bodiesRoutes, { ctx });
  await app.register(venuesRoutes, { ctx });
  await app.register(meetingImportRoutes, { ctx });
  await app.register(meetingRecordsRoutes, { ctx });
  await app.register(agendaRoutes, { ctx });
  await app.register(threatLevelsRoutes, { ctx });
  await app.register(planRoutes, { ctx });
};
