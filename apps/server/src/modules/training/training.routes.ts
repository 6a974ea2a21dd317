import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  campaignMailResultSchema,
  courseListSchema,
  courseSchema,
  createCourseBodySchema,
  createTrainingSessionBodySchema,
  idParamsSchema,
  inviteToSessionBodySchema,
  myTrainingSchema,
  partyTrainingSchema,
  personTrainingSchema,
  recordAttendanceBodySchema,
  trainingCampaignSchema,
  trainingCoverageSchema,
  trainingPeopleSchema,
  trainingSessionListSchema,
  trainingSessionSchema,
  updateCourseBodySchema,
  updateTrainingSessionBodySchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { getCampaign, inviteToSession, remindNow } from './campaign.service';
import {
  getMyTraining,
  getPartyTraining,
  getPersonTraining,
  getTrainingCoverage,
} from './training-status.service';
import {
  cancelSession,
  changeCourse,
  changeSession,
  createCourse,
  createSession,
  getSession,
  listCourses,
  listSessions,
  listTrainingPeople,
  recordAttendance,
} from './training.service';

/** Training (issue 11 §3): courses, sessions, attendance, status, coverage and the refresher campaign. */
export const trainingRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['training'];
  const session = { 200: trainingSessionSchema, ...errorResponses };

  app.get(
    '/api/training/courses',
    {
      schema: {
        tags,
        summary: 'The courses and their validity (admin, security unit)',
        response: { 200: courseListSchema, ...errorResponses },
      },
    },
    async (request) => await listCourses(ctx, callerOf(request)),
  );

  app.post(
    '/api/training/courses',
    {
      schema: {
        tags,
        summary: 'Add a course (admin, security unit)',
        body: createCourseBodySchema,
        response: { 201: courseSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCourse(ctx, callerOf(request), request.body)),
  );

  app.patch(
    '/api/training/courses/:id',
    {
      schema: {
        tags,
        summary: 'Change a course or archive it (admin, security unit)',
        params: idParamsSchema,
        body: updateCourseBodySchema,
        response: { 200: courseSchema, ...errorResponses },
      },
    },
    async (request) => await changeCourse(ctx, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/training/sessions',
    {
      schema: {
        tags,
        summary: 'Every training session, the latest first (admin, security unit)',
        response: { 200: trainingSessionListSchema, ...errorResponses },
      },
    },
    async (request) => await listSessions(ctx, callerOf(request)),
  );

  app.post(
    '/api/training/sessions',
    {
      schema: {
        tags,
        summary: 'Schedule a session of a course (admin, security unit)',
        body: createTrainingSessionBodySchema,
        response: { 201: trainingSessionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSession(ctx, callerOf(request), request.body)),
  );

  app.get(
    '/api/training/sessions/:id',
    {
      schema: {
        tags,
        summary: 'A session with its attendance and invitations',
        params: idParamsSchema,
        response: session,
      },
    },
    async (request) => await getSession(ctx, callerOf(request), request.params.id),
  );

  app.patch(
    '/api/training/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Change a session (not a cancelled one)',
        params: idParamsSchema,
        body: updateTrainingSessionBodySchema,
        response: session,
      },
    },
    async (request) => await changeSession(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/training/sessions/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a session (kept for the record)',
        params: idParamsSchema,
        response: session,
      },
    },
    async (request) => await cancelSession(ctx, callerOf(request), request.params.id),
  );

  app.post(
    '/api/training/sessions/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Record attendance (attended, excused, absent) for many people at once',
        params: idParamsSchema,
        body: recordAttendanceBodySchema,
        response: session,
      },
    },
    async (request) => await recordAttendance(ctx, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/training/people',
    {
      schema: {
        tags,
        summary: "The register's people by name, for picking attendees (names only)",
        response: { 200: trainingPeopleSchema, ...errorResponses },
      },
    },
    async (request) => await listTrainingPeople(ctx, callerOf(request)),
  );

  app.get(
    '/api/training/people/:id',
    {
      schema: {
        tags,
        summary: "A person's training status and history (the unit, the admin, the person; audited)",
        params: idParamsSchema,
        response: { 200: personTrainingSchema, ...errorResponses },
      },
    },
    async (request) => await getPersonTraining(ctx, callerOf(request), request.params.id),
  );

  app.get(
    '/api/me/training',
    {
      schema: {
        tags,
        summary: "The signed-in user's own training, through their person in the register (audited)",
        response: { 200: myTrainingSchema, ...errorResponses },
      },
    },
    async (request) => await getMyTraining(ctx, callerOf(request)),
  );

  app.get(
    '/api/training/coverage',
    {
      schema: {
        tags,
        summary:
          'Coverage per course, body and party (parties as aggregates, n < 5 hidden); who is due or overdue for the unit (audited)',
        response: { 200: trainingCoverageSchema, ...errorResponses },
      },
    },
    async (request) => await getTrainingCoverage(ctx, callerOf(request)),
  );

  app.get(
    '/api/parties/:id/training',
    {
      schema: {
        tags,
        summary: "A party's people with their training status (a party contact: their own party; audited)",
        params: idParamsSchema,
        response: { 200: partyTrainingSchema, ...errorResponses },
      },
    },
    async (request) => await getPartyTraining(ctx, callerOf(request), request.params.id),
  );

  app.get(
    '/api/training/campaign',
    {
      schema: {
        tags,
        summary: 'The refresher campaign before the next general election: everyone to refresh (audited)',
        response: { 200: trainingCampaignSchema, ...errorResponses },
      },
    },
    async (request) => await getCampaign(ctx, callerOf(request)),
  );

  app.post(
    '/api/training/campaign/invitations',
    {
      schema: {
        tags,
        summary: 'Invite people to a refresher session; each with an e-mail address is mailed after commit',
        body: inviteToSessionBodySchema,
        response: { 200: campaignMailResultSchema, ...errorResponses },
      },
    },
    async (request) => await inviteToSession(ctx, callerOf(request), request.body),
  );

  app.post(
    '/api/training/campaign/reminders',
    {
      schema: {
        tags,
        summary: 'Send the reminders due now (the daily job does the same); nobody is reminded twice',
        response: { 200: campaignMailResultSchema, ...errorResponses },
      },
    },
    async (request) => await remindNow(ctx, callerOf(request)),
  );
};
