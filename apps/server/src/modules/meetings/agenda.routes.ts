import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, meetingDetailSchema, putAgendaBodySchema } from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { putAgenda } from './agenda.service';

/** A meeting's agenda: create or pick its matters (issue 10 §1). */
export const agendaRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.put(
    '/api/meetings/:id/agenda',
    {
      schema: {
        tags: ['meetings'],
        summary: "Replace a meeting's agenda: existing matters by id, new ones created with it",
        params: idParamsSchema,
        body: putAgendaBodySchema,
        response: { 200: meetingDetailSchema, ...errorResponses },
      },
    },
    async (request) => await putAgenda(ctx, callerOf(request), request.params.id, request.body),
  );
};
