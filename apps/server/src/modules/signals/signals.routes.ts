import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createSignalBodySchema,
  idParamsSchema,
  incidentDetailSchema,
  signalListSchema,
  signalSchema,
  signalStatusBodySchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { changeSignalStatus, convertSignal, listSignals, sendSignal } from './signals.service';

/** Signals: "något är på gång" (issue 3 §1). */
export const signalsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['signals'];
  app.post(
    '/api/signals',
    {
      schema: {
        tags,
        summary: 'Send a heads-up to the security unit (party contact, official)',
        body: createSignalBodySchema,
        response: { 201: signalSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await sendSignal(ctx, callerOf(request), request.body)),
  );
  app.get(
    '/api/signals',
    {
      schema: {
        tags,
        summary: "The security unit's signals, or the caller's own",
        response: { 200: signalListSchema, ...errorResponses },
      },
    },
    async (request) => await listSignals(ctx, callerOf(request)),
  );
  app.post(
    '/api/signals/:id/status',
    {
      schema: {
        tags,
        summary: 'Acknowledge or dismiss a signal (security unit)',
        params: idParamsSchema,
        body: signalStatusBodySchema,
        response: { 200: signalSchema, ...errorResponses },
      },
    },
    async (request) => await changeSignalStatus(ctx, callerOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/signals/:id/incident',
    {
      schema: {
        tags,
        summary: 'Turn a signal into an incident (security unit)',
        params: idParamsSchema,
        response: { 201: incidentDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await convertSignal(ctx, callerOf(request), request.params.id)),
  );
};
