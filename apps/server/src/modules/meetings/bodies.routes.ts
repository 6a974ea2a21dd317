import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  bodyListSchema,
  bodySchema,
  createBodyBodySchema,
  idParamsSchema,
  putBodyMembersBodySchema,
  updateBodyBodySchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { changeBody, createBody, listBodies, putBodyMembers } from './bodies.service';

/** Bodies (organ) and their members (ADR 017): read by everyone who sees meetings, kept by the admin. */
export const bodiesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['meetings'];
  const body = { 200: bodySchema, ...errorResponses };

  app.get(
    '/api/bodies',
    {
      schema: {
        tags,
        summary: 'The bodies (fullmäktige, styrelse, nämnder) with their members',
        response: { 200: bodyListSchema, ...errorResponses },
      },
    },
    async (request) => await listBodies(ctx, callerOf(request)),
  );

  app.post(
    '/api/bodies',
    {
      schema: {
        tags,
        summary: 'Add a body (admin)',
        body: createBodyBodySchema,
        response: { 201: bodySchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createBody(ctx, callerOf(request), request.body)),
  );

  app.patch(
    '/api/bodies/:id',
    {
      schema: {
        tags,
        summary: "Change a body's name, kind or position, or archive it (admin)",
        params: idParamsSchema,
        body: updateBodyBodySchema,
        response: body,
      },
    },
    async (request) => await changeBody(ctx, callerOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/bodies/:id/members',
    {
      schema: {
        tags,
        summary: "Replace a body's members and their assignments (admin)",
        params: idParamsSchema,
        body: putBodyMembersBodySchema,
        response: body,
      },
    },
    async (request) => await putBodyMembers(ctx, callerOf(request), request.params.id, request.body),
  );
};
