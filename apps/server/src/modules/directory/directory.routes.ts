import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  contactDirectorySchema,
  createOnCallShiftBodySchema,
  createPoliceContactBodySchema,
  idParamsSchema,
  okSchema,
  onCallShiftSchema,
  policeContactSchema,
  updateOnCallShiftBodySchema,
  updatePoliceContactBodySchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import {
  changeOnCallShift,
  changePoliceContact,
  createOnCallShift,
  createPoliceContact,
  getContactDirectory,
  removeOnCallShift,
} from './directory.service';

/** The security unit's contact directory (issue 11 §2): admin and unit only. */
export const directoryRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['directory'];

  app.get(
    '/api/directory',
    {
      schema: {
        tags,
        summary: "Who is on call now, the rota, the police contacts and the parties' contacts (audited)",
        response: { 200: contactDirectorySchema, ...errorResponses },
      },
    },
    async (request) => await getContactDirectory(ctx, callerOf(request)),
  );

  app.post(
    '/api/directory/police-contacts',
    {
      schema: {
        tags,
        summary: 'Add a police contact person',
        body: createPoliceContactBodySchema,
        response: { 201: policeContactSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPoliceContact(ctx, callerOf(request), request.body)),
  );

  app.patch(
    '/api/directory/police-contacts/:id',
    {
      schema: {
        tags,
        summary: 'Change or archive a police contact person',
        params: idParamsSchema,
        body: updatePoliceContactBodySchema,
        response: { 200: policeContactSchema, ...errorResponses },
      },
    },
    async (request) => await changePoliceContact(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/directory/on-call-shifts',
    {
      schema: {
        tags,
        summary: 'Put a security officer on call (at most a week)',
        body: createOnCallShiftBodySchema,
        response: { 201: onCallShiftSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOnCallShift(ctx, callerOf(request), request.body)),
  );

  app.patch(
    '/api/directory/on-call-shifts/:id',
    {
      schema: {
        tags,
        summary: 'Change a shift of the rota (a swap, other times)',
        params: idParamsSchema,
        body: updateOnCallShiftBodySchema,
        response: { 200: onCallShiftSchema, ...errorResponses },
      },
    },
    async (request) => await changeOnCallShift(ctx, callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/directory/on-call-shifts/:id',
    {
      schema: {
        tags,
        summary: 'Remove a shift of the rota',
        params: idParamsSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => await removeOnCallShift(ctx, callerOf(request), request.params.id),
  );
};
