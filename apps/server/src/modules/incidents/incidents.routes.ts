import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maxEvidenceBytes } from '@varn/domain';
import {
  consentBodySchema,
  createMeasureBodySchema,
  custodySchema,
  evidenceSchema,
  handlerListSchema,
  idempotencyKeySchema,
  idParamsSchema,
  incidentDetailSchema,
  inboxSchema,
  incidentLinkBodySchema,
  incidentLinkParamsSchema,
  incidentSearchQuerySchema,
  incidentSearchResultSchema,
  relatedSuggestionListSchema,
  incidentEvidenceParamsSchema,
  incidentListSchema,
  incidentMeasureParamsSchema,
  incidentQuerySchema,
  measureListSchema,
  measureSchema,
  periodQuerySchema,
  metricsSchema,
  myCaseListSchema,
  myCasesQuerySchema,
  noteBodySchema,
  policeReportBodySchema,
  policeReportLinkBodySchema,
  reportIncidentBodySchema,
  transitionBodySchema,
  triageBodySchema,
  updateMeasureBodySchema,
  workEnvironmentBodySchema,
} from '@varn/contracts';
import { contentDisposition } from '../../lib/content-disposition';
import type { AppContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf, sessionOf } from '../../plugins/auth';
import { exportEvidenceBundle, getCustody, readEvidence, uploadEvidence } from './evidence.service';
import {
  addIncidentNote,
  changeIncidentStatus,
  getIncident,
  listHandlers,
  recordWorkEnvironmentReport,
  setPartyContactConsent,
  triageIncident,
} from './casework.service';
import { getHandlingTimes } from './handling-times.service';
import { addIncidentMeasure, changeIncidentMeasure, listIncidentMeasures } from './incident-measures.service';
import { reportIncident } from './intake.service';
import { listMyCases } from './my-cases.service';
import { linkRelatedCase, searchCases, suggestRelated, unlinkRelatedCase } from './related-cases.service';
import { linkIncidentToPoliceReport, savePoliceReport } from './police-report.service';
import { getInbox, listIncidents } from './queue.service';

/**
 * The one file of an upload. Busboy's own errors (a body that breaks off, a missing boundary, a
 * malformed part header) carry no status: the body is malformed, so 400. Fastify's errors (the
 * size and part limits) keep their own status.
 */
async function readUploadedFile(
  request: Pick<FastifyRequest, 'file'>,
): Promise<{ filename: string; content: Buffer }> {
  try {
    const part = await request.file();
    if (!part) throw new AppError('validation_failed', { fields: { file: 'file_required' } });
    return { filename: part.filename, content: await part.toBuffer() };
  } catch (error) {
    if (error instanceof AppError || (typeof error === 'object' && error !== null && 'statusCode' in error))
      throw error;
    throw new AppError('bad_request', { cause: error });
  }
}

const idempotencyHeaders = z.object({ 'idempotency-key': idempotencyKeySchema.optional() });

/** Incidents: reporting, the queue, case handling, measures, police report, evidence, metrics (issue 3). */
export const incidentsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['incidents'];
  const detail = { 200: incidentDetailSchema, ...errorResponses };

  app.post(
    '/api/incidents',
    {
      schema: {
        tags,
        summary: 'Report an incident (quick report)',
        description:
          'Send an `Idempotency-Key` header (e.g. a UUID made when the form opened): a retried submission with the same key answers 200 with the incident already created instead of a duplicate.',
        headers: idempotencyHeaders,
        body: reportIncidentBodySchema,
        response: { 201: incidentDetailSchema, 200: incidentDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { incident, created } = await reportIncident(
        ctx,
        callerOf(request),
        sessionOf(request),
        request.body,
        request.headers['idempotency-key'],
      );
      return reply.status(created ? 201 : 200).send(incident);
    },
  );

  app.get(
    '/api/incidents',
    {
      schema: {
        tags,
        summary:
          "The security unit's queue (what needs action first), or the caller's own cases (never filtered by party)",
        querystring: incidentQuerySchema,
        response: { 200: incidentListSchema, ...errorResponses },
      },
    },
    async (request) => await listIncidents(ctx, callerOf(request), request.query),
  );

  app.get(
    '/api/incidents/mine',
    {
      schema: {
        tags,
        summary: '"Mina ärenden": the cases that concern the caller, newest first, by cursor',
        description:
          'Each case is marked `own` (the caller reported it or it is about them) or `member` (a party security contact sees a member’s case the member consented to share); `relation` filters by it. Pass `nextCursor` back as `cursor` for the next page.',
        querystring: myCasesQuerySchema,
        response: { 200: myCaseListSchema, ...errorResponses },
      },
    },
    async (request) => await listMyCases(ctx, callerOf(request), request.query),
  );

  app.get(
    '/api/incidents/inbox',
    {
      schema: {
        tags,
        summary:
          "The security officer's inbox: counts over open cases with the queue filter each links to, and the first cases of each (audited)",
        response: { 200: inboxSchema, ...errorResponses },
      },
    },
    async (request) => await getInbox(ctx, callerOf(request)),
  );

  app.get(
    '/api/incidents/metrics',
    {
      schema: {
        tags,
        summary: 'Handling times: count, median and p90 (hours) by category (security unit)',
        querystring: periodQuerySchema,
        response: { 200: metricsSchema, ...errorResponses },
      },
    },
    async (request) =>
      await getHandlingTimes(
        ctx,
        callerOf(request),
        new Date(request.query.from),
        new Date(request.query.to),
      ),
  );

  app.get(
    '/api/incidents/handlers',
    {
      schema: {
        tags,
        summary: 'Security officers a case or measure can be assigned to',
        response: { 200: handlerListSchema, ...errorResponses },
      },
    },
    async (request) => await listHandlers(ctx, callerOf(request)),
  );

  app.get(
    '/api/incidents/search',
    {
      schema: {
        tags,
        summary:
          "Search the organisation's cases by reference or words of the description (security unit; audited)",
        querystring: incidentSearchQuerySchema,
        response: { 200: incidentSearchResultSchema, ...errorResponses },
      },
    },
    async (request) => await searchCases(ctx, callerOf(request), request.query),
  );

  app.get(
    '/api/incidents/:id',
    {
      schema: {
        tags,
        summary: 'One case (audited): the case file for the security unit, the report and status for others',
        params: idParamsSchema,
        response: detail,
      },
    },
    async (request) => await getIncident(ctx, callerOf(request), request.params.id),
  );

  app.patch(
    '/api/incidents/:id',
    {
      schema: {
        tags,
        summary: 'Triage: severity, categories, handler, flags, series (security unit)',
        params: idParamsSchema,
        body: triageBodySchema,
        response: detail,
      },
    },
    async (request) => await triageIncident(ctx, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/incidents/:id/suggestions',
    {
      schema: {
        tags,
        summary:
          'Cases to link to this one and why: same target, same perpetrator identifier, similar description within 90 days (security unit; audited)',
        params: idParamsSchema,
        response: { 200: relatedSuggestionListSchema, ...errorResponses },
      },
    },
    async (request) => await suggestRelated(ctx, callerOf(request), request.params.id),
  );

  app.post(
    '/api/incidents/:id/links',
    {
      schema: {
        tags,
        summary: 'Link a related case to this one, both ways ("part of a series" follows)',
        params: idParamsSchema,
        body: incidentLinkBodySchema,
        response: detail,
      },
    },
    async (request) =>
      await linkRelatedCase(ctx, callerOf(request), request.params.id, request.body.incidentId),
  );

  app.delete(
    '/api/incidents/:id/links/:linkedId',
    {
      schema: {
        tags,
        summary: 'Unlink a related case (404 when the cases are not linked)',
        params: incidentLinkParamsSchema,
        response: detail,
      },
    },
    async (request) =>
      await unlinkRelatedCase(ctx, callerOf(request), request.params.id, request.params.linkedId),
  );

  app.post(
    '/api/incidents/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Change the status by the transition table (409 when not allowed; closing needs a summary)',
        params: idParamsSchema,
        body: transitionBodySchema,
        response: detail,
      },
    },
    async (request) => await changeIncidentStatus(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/incidents/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add a note, a contact with the affected person, or a decision',
        params: idParamsSchema,
        body: noteBodySchema,
        response: detail,
      },
    },
    async (request) => await addIncidentNote(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/incidents/:id/consent',
    {
      schema: {
        tags,
        summary: "The targeted person grants or withdraws their party contact's access",
        params: idParamsSchema,
        body: consentBodySchema,
        response: detail,
      },
    },
    async (request) =>
      await setPartyContactConsent(ctx, callerOf(request), request.params.id, request.body.consent),
  );

  app.post(
    '/api/incidents/:id/work-environment-report',
    {
      schema: {
        tags,
        summary: 'Record the report to Arbetsmiljöverket (and the KIA reference)',
        params: idParamsSchema,
        body: workEnvironmentBodySchema,
        response: detail,
      },
    },
    async (request) =>
      await recordWorkEnvironmentReport(ctx, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/incidents/:id/measures',
    {
      schema: {
        tags,
        summary: 'Measures of a case (security unit)',
        params: idParamsSchema,
        response: { 200: measureListSchema, ...errorResponses },
      },
    },
    async (request) => await listIncidentMeasures(ctx, callerOf(request), request.params.id),
  );

  app.post(
    '/api/incidents/:id/measures',
    {
      schema: {
        tags,
        summary: 'Add a measure (åtgärd) with owner and due date (security unit)',
        params: idParamsSchema,
        body: createMeasureBodySchema,
        response: { 201: measureSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addIncidentMeasure(ctx, callerOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/incidents/:id/measures/:measureId',
    {
      schema: {
        tags,
        summary: 'Change a measure: status, owner, due date (security unit)',
        params: incidentMeasureParamsSchema,
        body: updateMeasureBodySchema,
        response: { 200: measureSchema, ...errorResponses },
      },
    },
    async (request) =>
      await changeIncidentMeasure(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.measureId,
        request.body,
      ),
  );

  app.put(
    '/api/incidents/:id/police-report',
    {
      schema: {
        tags,
        summary: 'Record or update the police report; status changes follow its lifecycle (security unit)',
        params: idParamsSchema,
        body: policeReportBodySchema,
        response: detail,
      },
    },
    async (request) => await savePoliceReport(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/incidents/:id/police-report/links',
    {
      schema: {
        tags,
        summary: "Join a later incident to this case's police report (reopen with new incidents)",
        params: idParamsSchema,
        body: policeReportLinkBodySchema,
        response: detail,
      },
    },
    async (request) =>
      await linkIncidentToPoliceReport(ctx, callerOf(request), request.params.id, request.body.incidentId),
  );

  app.get(
    '/api/incidents/:id/evidence/export',
    {
      schema: {
        tags,
        summary: 'All evidence of a case as a ZIP with a SHA-256 manifest (police bundle; logged)',
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      const { fileName, zip } = await exportEvidenceBundle(ctx, callerOf(request), request.params.id);
      return reply
        .type('application/zip')
        .header('content-disposition', contentDisposition('attachment', fileName))
        .header('cache-control', 'no-store')
        .send(Buffer.from(zip));
    },
  );

  app.get(
    '/api/incidents/:id/evidence/:fileId',
    {
      schema: {
        tags,
        summary: 'View or download an evidence file (logged in its chain of custody)',
        params: incidentEvidenceParamsSchema,
        querystring: z.strictObject({ disposition: z.enum(['inline', 'attachment']).optional() }),
      },
    },
    async (request, reply) => {
      const disposition = request.query.disposition ?? 'attachment';
      const file = await readEvidence(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.fileId,
        disposition,
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition(disposition, file.fileName))
        .header('content-security-policy', "sandbox; default-src 'none'; img-src 'self'; media-src 'self'")
        .header('cache-control', 'private, no-store')
        .header('x-content-sha256', file.sha256)
        .send(file.content);
    },
  );

  app.get(
    '/api/incidents/:id/evidence/:fileId/custody',
    {
      schema: {
        tags,
        summary: 'The chain of custody of an evidence file (security unit)',
        params: incidentEvidenceParamsSchema,
        response: { 200: custodySchema, ...errorResponses },
      },
    },
    async (request) => await getCustody(ctx, callerOf(request), request.params.id, request.params.fileId),
  );

  // Uploads in their own scope: only this route parses multipart bodies.
  await app.register(async (uploads) => {
    await uploads.register(multipart, {
      limits: { fileSize: maxEvidenceBytes, files: 1, fields: 5, parts: 6 },
    });
    uploads.withTypeProvider<ZodTypeProvider>().post(
      '/api/incidents/:id/evidence',
      {
        schema: {
          tags,
          summary:
            'Upload an evidence file (multipart/form-data, field "file"; ≤ 20 MB; type detected from the content)',
          consumes: ['multipart/form-data'],
          params: idParamsSchema,
          response: { 201: evidenceSchema, ...errorResponses },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new AppError('unsupported_media_type');
        const { filename, content } = await readUploadedFile(request);
        const evidence = await uploadEvidence(ctx, callerOf(request), request.params.id, {
          originalName: filename,
          content,
        });
        return reply.status(201).send(evidence);
      },
    );
  });
};
