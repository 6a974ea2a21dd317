import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  assignmentBodySchema,
  assignmentParamsSchema,
  createElectionWorkerBodySchema,
  createPersonBodySchema,
  electionWorkerListSchema,
  electionWorkerSchema,
  electionWorkersQuerySchema,
  idParamsSchema,
  invitePersonBodySchema,
  officialImportDecisionsSchema,
  officialImportPreviewSchema,
  officialImportResultSchema,
  okSchema,
  partyParamsSchema,
  partyRosterSchema,
  personSchema,
  putPersonContactBodySchema,
  putPersonPartyBodySchema,
  registerListSchema,
  registerQuerySchema,
  updatePersonBodySchema,
  type OfficialImportDecision,
} from '@varn/contracts';
import { contentDisposition } from '../../lib/content-disposition';
import type { AppContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { addElectionWorker, listElectionWorkers, removeElectionWorker } from './election-workers.service';
import { maxOfficialFileBytes } from './official-file';
import { exportRegister, importOfficials, previewImport } from './register-import.service';
import {
  addAssignment,
  changeAssignment,
  changePerson,
  createPerson,
  getPerson,
  invitePerson,
  listPeople,
  putContact,
  putParty,
  readRoster,
  removeAssignment,
  removePerson,
} from './register.service';

const tooLarge = () =>
  new AppError('file_too_large', {
    fields: { file: { sv: 'Filen får vara högst 5 MB.', en: 'The file may be at most 5 MB.' } },
  });

/**
 * The parts of an import request: the file (field "file") and, for the import, the importer's
 * decisions (field "decisions", JSON text).
 */
async function readImportRequest(
  request: Pick<FastifyRequest, 'parts' | 'isMultipart'>,
): Promise<{ content: Buffer; decisions: OfficialImportDecision[] }> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type');
  let content: Buffer | null = null;
  let decisionsText: string | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file' && content === null) content = bytes;
      } else if (part.fieldname === 'decisions' && typeof part.value === 'string') decisionsText = part.value;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (
      typeof error === 'object' &&
      error !== null &&
      'code' in error &&
      error.code === 'FST_REQ_FILE_TOO_LARGE'
    )
      throw tooLarge();
    if (typeof error === 'object' && error !== null && 'statusCode' in error) throw error;
    throw new AppError('bad_request', { cause: error });
  }
  if (content === null) throw new AppError('validation_failed', { fields: { file: 'file_required' } });
  let decisions: OfficialImportDecision[] = [];
  if (decisionsText !== null) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(decisionsText);
    } catch {
      throw new AppError('validation_failed', { fields: { decisions: 'invalid_format' } });
    }
    const result = officialImportDecisionsSchema.safeParse(parsed);
    if (!result.success) throw new AppError('validation_failed', { fields: { decisions: 'invalid_format' } });
    decisions = result.data;
  }
  return { content, decisions };
}

/** The officials register (issue 11 §1, ADR 018) and a party's roster. */
export const registerRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['register'];
  const person = { 200: personSchema, ...errorResponses };

  app.get(
    '/api/register/people',
    {
      schema: {
        tags,
        summary: 'The register: people by name, with groups and assignments — never a party (audited)',
        querystring: registerQuerySchema,
        response: { 200: registerListSchema, ...errorResponses },
      },
    },
    async (request) => await listPeople(ctx, callerOf(request), request.query),
  );

  app.post(
    '/api/register/people',
    {
      schema: {
        tags,
        summary: 'Add a person to the register (admin, security unit)',
        body: createPersonBodySchema,
        response: { 201: personSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPerson(ctx, callerOf(request), request.body)),
  );

  app.get(
    '/api/register/people/:id',
    {
      schema: {
        tags,
        summary:
          'One person: contact details (never a protected address), assignments, party, account (audited)',
        params: idParamsSchema,
        response: person,
      },
    },
    async (request) => await getPerson(ctx, callerOf(request), request.params.id),
  );

  app.patch(
    '/api/register/people/:id',
    {
      schema: {
        tags,
        summary: 'Change a person’s name, birth year, staff flag or note',
        params: idParamsSchema,
        body: updatePersonBodySchema,
        response: person,
      },
    },
    async (request) => await changePerson(ctx, callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/register/people/:id',
    {
      schema: {
        tags,
        summary: 'Remove a person with their details, assignments, party and elections (an account stays)',
        params: idParamsSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await removePerson(ctx, callerOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/register/people/:id/contact',
    {
      schema: {
        tags,
        summary: 'Set a person’s contact details; with a protected address no address is stored',
        params: idParamsSchema,
        body: putPersonContactBodySchema,
        response: person,
      },
    },
    async (request) => await putContact(ctx, callerOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/register/people/:id/party',
    {
      schema: {
        tags,
        summary: 'Set or remove a person’s party affiliation (special-category data, audited)',
        params: idParamsSchema,
        body: putPersonPartyBodySchema,
        response: person,
      },
    },
    async (request) => await putParty(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/register/people/:id/assignments',
    {
      schema: {
        tags,
        summary: 'Add an assignment: body, role, term, KL 4:18 a commissioner',
        params: idParamsSchema,
        body: assignmentBodySchema,
        response: { 201: personSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addAssignment(ctx, callerOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/register/people/:id/assignments/:assignmentId',
    {
      schema: {
        tags,
        summary: 'Change an assignment',
        params: assignmentParamsSchema,
        body: assignmentBodySchema,
        response: person,
      },
    },
    async (request) =>
      await changeAssignment(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.assignmentId,
        request.body,
      ),
  );

  app.delete(
    '/api/register/people/:id/assignments/:assignmentId',
    {
      schema: {
        tags,
        summary: 'Remove an assignment',
        params: assignmentParamsSchema,
        response: person,
      },
    },
    async (request) =>
      await removeAssignment(ctx, callerOf(request), request.params.id, request.params.assignmentId),
  );

  app.post(
    '/api/register/people/:id/invite',
    {
      schema: {
        tags,
        summary: 'Invite the person as a user at their e-mail address and link the account (admin)',
        params: idParamsSchema,
        body: invitePersonBodySchema,
        response: person,
      },
    },
    async (request) => await invitePerson(ctx, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/register/election-workers',
    {
      schema: {
        tags,
        summary: 'The election workers of one election (default: the next general election)',
        querystring: electionWorkersQuerySchema,
        response: { 200: electionWorkerListSchema, ...errorResponses },
      },
    },
    async (request) => await listElectionWorkers(ctx, callerOf(request), request.query.electionDate),
  );

  app.post(
    '/api/register/election-workers',
    {
      schema: {
        tags,
        summary: 'Add a person as an election worker at one election',
        body: createElectionWorkerBodySchema,
        response: { 201: electionWorkerSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addElectionWorker(ctx, callerOf(request), request.body)),
  );

  app.delete(
    '/api/register/election-workers/:id',
    {
      schema: {
        tags,
        summary: 'Remove an election worker from an election',
        params: idParamsSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await removeElectionWorker(ctx, callerOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/register/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The register as an Excel file: no party column, no protected address (audited)',
      },
    },
    async (request, reply) => {
      const file = await exportRegister(ctx, callerOf(request));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  app.get(
    '/api/parties/:partyId/roster',
    {
      schema: {
        tags,
        summary: 'A party’s people with their assignments; a party contact only their own party (audited)',
        params: partyParamsSchema,
        response: { 200: partyRosterSchema, ...errorResponses },
      },
    },
    async (request) => await readRoster(ctx, callerOf(request), request.params.partyId),
  );

  // Uploads in their own scope: only these routes parse multipart bodies.
  await app.register(async (uploads) => {
    await uploads.register(multipart, {
      limits: { fileSize: maxOfficialFileBytes, files: 1, fields: 2, parts: 3, fieldSize: 512 * 1024 },
    });
    const typed = uploads.withTypeProvider<ZodTypeProvider>();
    typed.post(
      '/api/register/import/preview',
      {
        schema: {
          tags,
          summary:
            'Preview an import of officials (multipart/form-data, field "file": CSV or XLSX ≤ 5 MB): problems by row and column, matches; nothing is saved',
          consumes: ['multipart/form-data'],
          response: { 200: officialImportPreviewSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { content } = await readImportRequest(request);
        return await previewImport(ctx, callerOf(request), content);
      },
    );
    typed.post(
      '/api/register/import',
      {
        schema: {
          tags,
          summary:
            'Import officials (multipart/form-data: "file", and "decisions" as JSON for ambiguous rows): the rows without problems in one transaction, or nothing',
          consumes: ['multipart/form-data'],
          response: { 200: officialImportResultSchema, ...errorResponses },
        },
      },
      async (request) => {
        const { content, decisions } = await readImportRequest(request);
        return await importOfficials(ctx, callerOf(request), content, decisions);
      },
    );
  });
};
