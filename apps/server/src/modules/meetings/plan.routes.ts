import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  calendarFeedSchema,
  calendarTokenParamsSchema,
  checklistTemplateListSchema,
  checklistTemplateVersionSchema,
  createChecklistTemplateBodySchema,
  createdCalendarFeedSchema,
  createLogEntryBodySchema,
  createMeasureBodySchema,
  measureSchema,
  meetingReviewSchema,
  meetingsSummaryQuerySchema,
  meetingsSummarySchema,
  reviewMeasureParamsSchema,
  saveMeetingReviewBodySchema,
  updateMeasureBodySchema,
  idParamsSchema,
  logEntryIncidentSchema,
  logEntryParamsSchema,
  logEntrySchema,
  logFollowSchema,
  meetingLogSchema,
  planChecklistItemParamsSchema,
  planChecklistSchema,
  planStatusBodySchema,
  savePlanBodySchema,
  savePlanStaffBodySchema,
  securityPlanSchema,
  updateChecklistItemBodySchema,
} from '@varn/contracts';
import { contentDisposition } from '../../lib/content-disposition';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { anonymousCaller, callerOf } from '../../plugins/auth';
import {
  createCalendarFeed,
  getCalendarFeed,
  readCalendarFeed,
  revokeCalendarFeed,
} from './calendar-feed.service';
import { createChecklistTemplate, listChecklistTemplates } from './checklist-templates.service';
import { exportEvacuationPdf } from './evacuation-pdf';
import { getMeetingsSummary } from './meeting-summary.service';
import {
  addReviewMeasure,
  changeReviewMeasure,
  getMeetingReview,
  saveMeetingReview,
} from './meeting-reviews.service';
import {
  addLogEntry,
  followMeetingLog,
  getMeetingLog,
  logEntryToIncident,
  unfollowMeetingLog,
} from './meeting-log.service';
import {
  approveSecurityPlan,
  getSecurityPlan,
  markChecklistItem,
  reopenSecurityPlan,
  savePlanStaff,
  saveSecurityPlan,
} from './security-plans.service';

/**
 * Meetings, the plan side (issue 10 §2–§4): the checklist template's versions, each meeting's
 * security plan by parts, the evacuation plan as PDF, the live log, the after-action review, the
 * calendar feed and meetings in figures.
 */
export const planRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['meetings'];

  app.get(
    '/api/meeting-templates',
    {
      schema: {
        tags,
        summary: 'The versions of the meeting checklist template, newest first (admin, security unit)',
        response: { 200: checklistTemplateListSchema, ...errorResponses },
      },
    },
    async (request) => await listChecklistTemplates(ctx, callerOf(request)),
  );

  app.post(
    '/api/meeting-templates',
    {
      schema: {
        tags,
        summary: 'A new checklist template version (admin); 422 lists its problems; plans keep theirs',
        body: createChecklistTemplateBodySchema,
        response: { 201: checklistTemplateVersionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createChecklistTemplate(ctx, callerOf(request), request.body)),
  );

  app.get(
    '/api/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Whether I have a calendar feed in use, and since when (never its address)',
        response: { 200: calendarFeedSchema, ...errorResponses },
      },
    },
    async (request) => await getCalendarFeed(ctx, callerOf(request)),
  );

  app.post(
    '/api/calendar-feed',
    {
      schema: {
        tags,
        summary: 'A new secret calendar address, shown this once; an earlier one stops working',
        response: { 201: createdCalendarFeedSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createCalendarFeed(ctx, callerOf(request))),
  );

  app.delete(
    '/api/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Revoke my calendar feed (its address then answers 404)',
        response: { 200: calendarFeedSchema, ...errorResponses },
      },
    },
    async (request) => await revokeCalendarFeed(ctx, callerOf(request)),
  );

  app.get(
    '/api/calendar/:token.ics',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: "A calendar feed (iCalendar) by its secret address, no session: its owner's meetings",
        params: calendarTokenParamsSchema,
      },
    },
    async (request, reply) => {
      const text = await readCalendarFeed(ctx, `${request.params.token}.ics`, anonymousCaller(request));
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(text);
    },
  );

  app.get(
    '/api/meetings/:id/plan',
    {
      schema: {
        tags,
        summary:
          "A meeting's security plan, the parts the caller may read (threat picture and staffing: security unit; practical part: all who see the meeting)",
        params: idParamsSchema,
        response: { 200: securityPlanSchema, ...errorResponses },
      },
    },
    async (request) => await getSecurityPlan(ctx, callerOf(request), request.params.id),
  );

  app.put(
    '/api/meetings/:id/plan',
    {
      schema: {
        tags,
        summary:
          'Start or save the security plan (security unit); 409 on a stale revision or an approved plan',
        params: idParamsSchema,
        body: savePlanBodySchema,
        response: { 200: securityPlanSchema, ...errorResponses },
      },
    },
    async (request) => await saveSecurityPlan(ctx, callerOf(request), request.params.id, request.body),
  );

  app.put(
    '/api/meetings/:id/plan/checklist/:itemId',
    {
      schema: {
        tags,
        summary: 'Mark one checklist item done, not done or not applicable (security unit)',
        params: planChecklistItemParamsSchema,
        body: updateChecklistItemBodySchema,
        response: { 200: planChecklistSchema, ...errorResponses },
      },
    },
    async (request) =>
      await markChecklistItem(ctx, callerOf(request), request.params.id, request.params.itemId, request.body),
  );

  app.put(
    '/api/meetings/:id/plan/staff',
    {
      schema: {
        tags,
        summary: "The plan's staffing, the whole list in order (security unit)",
        params: idParamsSchema,
        body: savePlanStaffBodySchema,
        response: { 200: securityPlanSchema, ...errorResponses },
      },
    },
    async (request) => await savePlanStaff(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/meetings/:id/plan/approve',
    {
      schema: {
        tags,
        summary: 'Approve the security plan (security unit); 422 lists what is missing',
        params: idParamsSchema,
        body: planStatusBodySchema,
        response: { 200: securityPlanSchema, ...errorResponses },
      },
    },
    async (request) => await approveSecurityPlan(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/meetings/:id/plan/reopen',
    {
      schema: {
        tags,
        summary: 'Reopen an approved security plan as a draft (security unit)',
        params: idParamsSchema,
        body: planStatusBodySchema,
        response: { 200: securityPlanSchema, ...errorResponses },
      },
    },
    async (request) => await reopenSecurityPlan(ctx, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/meetings/:id/log',
    {
      schema: {
        tags,
        summary: "A meeting's live log, in the order things happened (security unit)",
        params: idParamsSchema,
        response: { 200: meetingLogSchema, ...errorResponses },
      },
    },
    async (request) => await getMeetingLog(ctx, callerOf(request), request.params.id),
  );

  app.post(
    '/api/meetings/:id/log',
    {
      schema: {
        tags,
        summary:
          'Write a log entry with the id the phone made: 201 when new, 200 with the stored entry on a retry, 409 when the id is taken by another entry',
        params: idParamsSchema,
        body: createLogEntryBodySchema,
        response: { 200: logEntrySchema, 201: logEntrySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { entry, created } = await addLogEntry(ctx, callerOf(request), request.params.id, request.body);
      return reply.status(created ? 201 : 200).send(entry);
    },
  );

  app.post(
    '/api/meetings/:id/log/follow',
    {
      schema: {
        tags,
        summary: "Follow a meeting's log: an e-mail for each new entry (security unit)",
        params: idParamsSchema,
        response: { 200: logFollowSchema, ...errorResponses },
      },
    },
    async (request) => await followMeetingLog(ctx, callerOf(request), request.params.id),
  );

  app.delete(
    '/api/meetings/:id/log/follow',
    {
      schema: {
        tags,
        summary: "Stop following a meeting's log",
        params: idParamsSchema,
        response: { 200: logFollowSchema, ...errorResponses },
      },
    },
    async (request) => await unfollowMeetingLog(ctx, callerOf(request), request.params.id),
  );

  app.post(
    '/api/meetings/:id/log/:entryId/incident',
    {
      schema: {
        tags,
        summary: 'Turn a log entry into an incident (once: a second call answers the same incident)',
        params: logEntryParamsSchema,
        response: { 200: logEntryIncidentSchema, 201: logEntryIncidentSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const answer = await logEntryToIncident(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.entryId,
      );
      return reply.status(answer.created ? 201 : 200).send(answer);
    },
  );

  app.get(
    '/api/meetings/:id/evacuation-plan.pdf',
    {
      schema: {
        tags,
        summary: "The meeting's evacuation plan on one printable page, in the caller's language (audited)",
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      const { fileName, pdf } = await exportEvacuationPdf(ctx, callerOf(request), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition('inline', fileName))
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  app.get(
    '/api/meetings/:id/review',
    {
      schema: {
        tags,
        summary: "A meeting's after-action review and its measures (security unit)",
        params: idParamsSchema,
        response: { 200: meetingReviewSchema, ...errorResponses },
      },
    },
    async (request) => await getMeetingReview(ctx, callerOf(request), request.params.id),
  );

  app.put(
    '/api/meetings/:id/review',
    {
      schema: {
        tags,
        summary: 'Write the after-action review: what happened, what worked, what to change (security unit)',
        params: idParamsSchema,
        body: saveMeetingReviewBodySchema,
        response: { 200: meetingReviewSchema, ...errorResponses },
      },
    },
    async (request) => await saveMeetingReview(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/meetings/:id/review/measures',
    {
      schema: {
        tags,
        summary: 'A measure of the review, tracked like every measure (security unit)',
        params: idParamsSchema,
        body: createMeasureBodySchema,
        response: { 201: measureSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addReviewMeasure(ctx, callerOf(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/meetings/:id/review/measures/:measureId',
    {
      schema: {
        tags,
        summary: 'Change a measure of the review (security unit)',
        params: reviewMeasureParamsSchema,
        body: updateMeasureBodySchema,
        response: { 200: measureSchema, ...errorResponses },
      },
    },
    async (request) =>
      await changeReviewMeasure(
        ctx,
        callerOf(request),
        request.params.id,
        request.params.measureId,
        request.body,
      ),
  );

  app.get(
    '/api/meetings/summary',
    {
      schema: {
        tags,
        summary:
          'Meetings in figures: counts by month, risk level and type, plans approved — never a title (viewers)',
        querystring: meetingsSummaryQuerySchema,
        response: { 200: meetingsSummarySchema, ...errorResponses },
      },
    },
    async (request) => await getMeetingsSummary(ctx, callerOf(request), request.query),
  );
};
