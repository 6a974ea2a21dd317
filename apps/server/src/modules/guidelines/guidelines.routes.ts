import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { maxEndorsementEvidenceBytes } from '@varn/domain';
import {
  createGuidelineVersionBodySchema,
  endorsementMatrixSchema,
  endorsementParamsSchema,
  guidelineVersionListSchema,
  guidelineVersionSchema,
  idParamsSchema,
  partyEndorsementSchema,
} from '@varn/contracts';
import { contentDisposition } from '../../lib/content-disposition';
import type { AppContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import {
  assertMayEndorse,
  createGuidelineVersion,
  getEndorsementMatrix,
  getGuidelineVersion,
  listGuidelineVersions,
  readEndorsementEvidence,
  recordEndorsement,
} from './guidelines.service';

/**
 * The one file of a multipart request (field "file") and the text fields sent before it (the
 * browser's FormData keeps their order).
 */
async function readUpload(
  request: Pick<FastifyRequest, 'file'>,
): Promise<{ fields: Record<string, string>; filename: string; content: Buffer }> {
  try {
    const part = await request.file();
    if (!part) throw new AppError('validation_failed', { fields: { file: 'file_required' } });
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(part.fields)) {
      const field = Array.isArray(value) ? value[0] : value;
      if (field && field.type === 'field' && typeof field.value === 'string') fields[name] = field.value;
    }
    return { fields, filename: part.filename, content: await part.toBuffer() };
  } catch (error) {
    if (error instanceof AppError || (typeof error === 'object' && error !== null && 'statusCode' in error))
      throw error;
    throw new AppError('bad_request', { cause: error });
  }
}

/** The ethical guidelines and each party's endorsement (issue 11 §4). */
export const guidelinesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['guidelines'];

  app.get(
    '/api/guidelines',
    {
      schema: {
        tags,
        summary: 'The versions of the ethical guidelines, newest first, and the one in force',
        response: { 200: guidelineVersionListSchema, ...errorResponses },
      },
    },
    async (request) => await listGuidelineVersions(ctx, callerOf(request)),
  );

  app.post(
    '/api/guidelines',
    {
      schema: {
        tags,
        summary: 'Add a version (admin, unit): every party must endorse it again',
        body: createGuidelineVersionBodySchema,
        response: { 201: guidelineVersionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createGuidelineVersion(ctx, callerOf(request), request.body)),
  );

  app.get(
    '/api/guidelines/endorsements',
    {
      schema: {
        tags,
        summary: "Every party's standing with the version in force (admin, unit, viewers)",
        response: { 200: endorsementMatrixSchema, ...errorResponses },
      },
    },
    async (request) => await getEndorsementMatrix(ctx, callerOf(request)),
  );

  app.get(
    '/api/guidelines/:id',
    {
      schema: {
        tags,
        summary: 'One version with its Swedish and English texts',
        params: idParamsSchema,
        response: { 200: guidelineVersionSchema, ...errorResponses },
      },
    },
    async (request) => await getGuidelineVersion(ctx, callerOf(request), request.params.id),
  );

  app.get(
    '/api/guidelines/:id/endorsements/:partyId/evidence',
    {
      schema: {
        tags,
        summary: "Download a party's signed endorsement page (admin, unit, the party's contact; audited)",
        params: endorsementParamsSchema,
      },
    },
    async (request, reply) => {
      const file = await readEndorsementEvidence(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.partyId,
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .header('content-security-policy', "sandbox; default-src 'none'; img-src 'self'")
        .header('cache-control', 'private, no-store')
        .header('x-content-sha256', file.sha256)
        .send(file.content);
    },
  );

  // Uploads in their own scope: only this route parses multipart bodies.
  await app.register(async (uploads) => {
    await uploads.register(multipart, {
      limits: { fileSize: maxEndorsementEvidenceBytes, files: 1, fields: 5, parts: 6 },
    });
    uploads.withTypeProvider<ZodTypeProvider>().put(
      '/api/guidelines/:id/endorsements/:partyId',
      {
        schema: {
          tags,
          summary:
            'Record a party\'s endorsement (admin, unit, the party\'s contact): multipart/form-data with "signedBy", "signedOn" (YYYY-MM-DD) and then "file", the signed page (PDF, PNG or JPEG detected from the content, ≤ 10 MiB)',
          consumes: ['multipart/form-data'],
          params: endorsementParamsSchema,
          response: { 200: partyEndorsementSchema, ...errorResponses },
        },
      },
      async (request) => {
        const caller = callerOf(request);
        const { id, partyId } = request.params;
        // The permission first: the body is not read for a caller who may not send it.
        await assertMayEndorse(ctx, caller, id, partyId);
        if (!request.isMultipart()) throw new AppError('unsupported_media_type');
        const upload = await readUpload(request);
        return await recordEndorsement(ctx, caller, id, partyId, {
          fields: upload.fields,
          originalName: upload.filename,
          content: upload.content,
        });
      },
    );
  });
};
