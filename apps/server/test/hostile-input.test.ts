import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { defaultChecklistTemplate, defaultTemplate } from '@varn/domain';
import {
  assessmentSchema,
  bodySchema,
  evidenceSchema,
  guidelineVersionSchema,
  meSchema,
  onCallShiftSchema,
  policeContactSchema,
  incidentDetailSchema,
  measureSchema,
  meetingDetailSchema,
  screeningSchema,
  sessionListSchema,
  signalSchema,
  venueSchema,
  personSchema,
  electionWorkerSchema,
  courseListSchema,
  trainingSessionSchema,
} from '@varn/contracts';
import { updateUser } from '../src/modules/users/users.repository';
import {
  assessMatter,
  buildTestApp,
  createMatterVia,
  createOrganisation,
  createParty,
  createTestDatabase,
  createTotpSecret,
  createUser,
  incidentReport,
  Role,
  step2Answers,
  TestClient,
  testPassword,
  testPng,
} from './helpers';
import {
  documentedRoutes,
  expectHarmless,
  json,
  jsonBodySchema,
  multipart,
  pngFile,
  requiredQuery,
  variantsOf,
  type HostileRequest,
  type OpenApiDocument,
  type Operation,
  type Payload,
} from './hostile-variants';

/**
 * Bad input never hurts (issue 2 §9): every documented API route, called by someone allowed to
 * use it, gets hostile path parameters, query strings, headers and bodies (hostile-variants.ts),
 * and must answer 4xx in the one error shape, with the English message to an English-speaking
 * caller — never 5xx, never 2xx. The cases are derived from the OpenAPI document the app serves,
 * so a new route is attacked (or fails for want of a caller below) without anyone remembering
 * this file. Variants run one after another, each on the real records of one organisation.
 */

const database = await createTestDatabase();
const app = await buildTestApp(database);
const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDocument;
const documented = documentedRoutes(document);

// — Who calls which route, with which valid input —

/**
 * The caller of a route. `self` is a user of its own for the profile routes (password, sessions,
 * MFA), so that a lax variant there cannot lock the other callers out; `mfaPending` has given
 * the password but not yet the code; `anonymous` is a fresh browser for every request.
 */
type Caller = 'anonymous' | 'officer' | 'admin' | 'official' | 'self' | 'mfaPending';
type SignedIn = Exclude<Caller, 'anonymous'>;

/** The user whose e-mail address and password the login variants carry. */
const loginEmail = `inloggning.${randomUUID().slice(0, 8)}@test.se`;

/** Real records of the organisation, for valid path parameters. */
interface Fixture {
  readonly partyId: string;
  readonly targetUserId: string;
  /** A second session of `self`. */
  readonly sessionId: string;
  readonly incidentId: string;
  readonly measureId: string;
  readonly evidenceId: string;
  readonly signalId: string;
  readonly matterId: string;
  readonly matterMeasureId: string;
  readonly screeningId: string;
  readonly assessmentId: string;
  readonly draftId: string;
  readonly templateId: string;
  readonly bodyId: string;
  readonly venueId: string;
  readonly meetingId: string;
  /** An entry of the meeting's log and a measure of its review (issue 10). */
  readonly logEntryId: string;
  readonly reviewMeasureId: string;
  /** A person of the register with an assignment and an election (issue 11). */
  readonly personId: string;
  readonly assignmentId: string;
  readonly electionWorkerId: string;
  /** A course and a session (a coming refresher) (issue 11 §3). */
  readonly courseId: string;
  readonly trainingSessionId: string;
  /** A guideline version, a police contact and an on-call shift (issue 11). */
  readonly versionId: string;
  readonly policeContactId: string;
  readonly shiftId: string;
}

interface RouteSetup {
  readonly caller: Caller;
  /** Path parameters of a real record the caller may use: a variant breaks one of them at most. */
  readonly params?: (f: Fixture) => Readonly<Record<string, string>>;
  /** A valid JSON body (never sent as it is): a body variant breaks one thing of it. */
  readonly body?: () => Readonly<Record<string, unknown>>;
  /** Takes multipart/form-data (the evidence upload) instead of JSON. */
  readonly multipart?: true;
  /** A fresh login for every variant: the route ends its session or needs a session of its own. */
  readonly fresh?: true;
}

/** A route left out, with the reason. */
interface Skipped {
  readonly skip: string;
}

const as = (caller: Caller, setup: Omit<RouteSetup, 'caller'> = {}): RouteSetup => ({ caller, ...setup });
const incident = (f: Fixture) => ({ id: f.incidentId });
const meeting = (f: Fixture) => ({ id: f.meetingId });
const person = (f: Fixture) => ({ id: f.personId });
/**
 * An id of the fixture inside a valid body: bodies are also built when the cases are collected,
 * before the fixture exists; a placeholder stands in then (those bodies are never sent).
 */
const fixtureId = (pick: (f: Fixture) => string): string =>
  (fixture as Fixture | undefined) ? pick(fixture) : '00000000-0000-4000-8000-000000000000';

function templateContent() {
  const { id: _id, version: _version, ...content } = defaultTemplate;
  return content;
}

const probe =
  'an operations probe outside /api: takes no parameters, query or body (and ignores a query string, as load balancers expect)';

/**
 * Every documented route: its caller and valid input. The security officer where they may, the
 * admin for administration, an official for sending a signal (the security unit receives
 * signals). The officer also screens matters, so the secretary is not needed.
 */
const routes: Readonly<Record<string, RouteSetup | Skipped>> = {
  'GET /healthz': { skip: probe },
  'GET /readyz': { skip: probe },
  'GET /api/auth/csrf': as('anonymous'),
  'POST /api/auth/login': as('anonymous', {
    body: () => ({ email: loginEmail, password: testPassword }),
  }),
  'POST /api/auth/mfa': as('mfaPending', { fresh: true, body: () => ({ code: '123456' }) }),
  'POST /api/auth/logout': as('self', { fresh: true }),
  'GET /api/me': as('self'),
  'PATCH /api/me': as('self', { body: () => ({ name: 'Sam Själv' }) }),
  'POST /api/me/password': as('self', {
    body: () => ({ currentPassword: testPassword, newPassword: 'ett helt nytt långt lösenord för test' }),
  }),
  'GET /api/me/sessions': as('self'),
  'POST /api/me/sessions/revoke-others': as('self'),
  'DELETE /api/me/sessions/:id': as('self', { params: (f) => ({ id: f.sessionId }) }),
  'POST /api/me/mfa/enrolment': as('self'),
  'POST /api/me/mfa/enrolment/confirm': as('self', { body: () => ({ code: '000000' }) }),
  'POST /api/me/mfa/disable': as('self', { body: () => ({ password: testPassword }) }),
  'POST /api/me/mfa/recovery-codes': as('self', { body: () => ({ password: testPassword }) }),
  'GET /api/organisation': as('officer'),
  'GET /api/organisation/settings': as('admin'),
  'PATCH /api/organisation/settings': as('admin', {
    body: () => ({ name: 'Testkommun', sensitiveTerms: ['nedläggning', 'skola'] }),
  }),
  'GET /api/parties': as('officer'),
  'POST /api/parties': as('admin', {
    body: () => ({ name: 'Testpartiet', abbreviation: 'TP', councilSeats: 1, colour: '#123456' }),
  }),
  'PATCH /api/parties/:id': as('admin', {
    params: (f) => ({ id: f.partyId }),
    body: () => ({ councilSeats: 11 }),
  }),
  'GET /api/users': as('admin'),
  'POST /api/users': as('admin', {
    body: () => ({ email: `ny.${randomUUID().slice(0, 8)}@test.se`, name: 'Ny Person', role: 'staff' }),
  }),
  'GET /api/users/:id': as('admin', { params: (f) => ({ id: f.targetUserId }) }),
  'PATCH /api/users/:id': as('admin', {
    params: (f) => ({ id: f.targetUserId }),
    body: () => ({ name: 'Målperson' }),
  }),
  'POST /api/users/:id/deactivate': as('admin', { params: (f) => ({ id: f.targetUserId }) }),
  'POST /api/users/:id/reactivate': as('admin', { params: (f) => ({ id: f.targetUserId }) }),
  'POST /api/users/:id/invitation': as('admin', { params: (f) => ({ id: f.targetUserId }) }),
  'POST /api/users/:id/mfa-reset': as('admin', { params: (f) => ({ id: f.targetUserId }) }),
  'POST /api/invitations/lookup': as('anonymous', { body: () => ({ token: 'x'.repeat(43) }) }),
  'POST /api/invitations/accept': as('anonymous', {
    body: () => ({ token: 'x'.repeat(43), password: 'ett långt lösenord för test' }),
  }),
  'GET /api/audit-events': as('admin'),
  'GET /api/outbox': as('admin'),
  'GET /api/incident-taxonomy': as('officer'),
  'POST /api/incident-taxonomy': as('admin', {
    body: () => ({
      kind: 'category',
      code: 'egen_kategori',
      labelSv: 'Egen kategori',
      labelEn: 'Own category',
    }),
  }),
  'PATCH /api/incident-taxonomy/:kind/:code': as('admin', {
    params: () => ({ kind: 'category', code: 'other' }),
    body: () => ({ labelEn: 'Other' }),
  }),
  'POST /api/incidents': as('officer', { body: () => incidentReport() }),
  'GET /api/incidents': as('officer'),
  'GET /api/incidents/mine': as('official'),
  'GET /api/incidents/metrics': as('officer'),
  'GET /api/incidents/inbox': as('officer'),
  'GET /api/incidents/handlers': as('officer'),
  'GET /api/incidents/search': as('officer'),
  'GET /api/incidents/:id/suggestions': as('officer', { params: incident }),
  'POST /api/incidents/:id/links': as('officer', {
    params: incident,
    body: () => ({ incidentId: randomUUID() }),
  }),
  'DELETE /api/incidents/:id/links/:linkedId': as('officer', {
    params: (f) => ({ id: f.incidentId, linkedId: randomUUID() }),
  }),
  'GET /api/measures/owners': as('officer'),
  'GET /api/incidents/:id': as('officer', { params: incident }),
  'PATCH /api/incidents/:id': as('officer', {
    params: incident,
    body: () => ({ severity: 'high', categories: ['threat'] }),
  }),
  'POST /api/incidents/:id/transitions': as('officer', {
    params: incident,
    body: () => ({ event: 'triage', summary: 'Sammanfattning' }),
  }),
  'POST /api/incidents/:id/notes': as('officer', {
    params: incident,
    body: () => ({ kind: 'contact', text: 'Ringde upp och gick igenom läget.' }),
  }),
  'POST /api/incidents/:id/consent': as('officer', { params: incident, body: () => ({ consent: true }) }),
  'POST /api/incidents/:id/work-environment-report': as('officer', {
    params: incident,
    body: () => ({ reportedAt: '2026-11-26T09:00:00.000Z', kiaReference: 'KIA-1' }),
  }),
  'GET /api/incidents/:id/measures': as('officer', { params: incident }),
  'POST /api/incidents/:id/measures': as('officer', {
    params: incident,
    body: () => ({ type: 'support_talk', description: 'Samtal med stödperson.' }),
  }),
  'PATCH /api/incidents/:id/measures/:measureId': as('officer', {
    params: (f) => ({ id: f.incidentId, measureId: f.measureId }),
    body: () => ({ status: 'in_progress', description: 'Pågår.' }),
  }),
  'PUT /api/incidents/:id/police-report': as('officer', {
    params: incident,
    body: () => ({ electedRoleStated: true, protectionRequested: true, status: 'reported', note: 'Anmält.' }),
  }),
  'POST /api/incidents/:id/police-report/links': as('officer', {
    params: incident,
    body: () => ({ incidentId: randomUUID() }),
  }),
  'POST /api/incidents/:id/evidence': as('officer', { params: incident, multipart: true }),
  'GET /api/incidents/:id/evidence/export': as('officer', { params: incident }),
  'GET /api/incidents/:id/evidence/:fileId': as('officer', {
    params: (f) => ({ id: f.incidentId, fileId: f.evidenceId }),
  }),
  'GET /api/incidents/:id/evidence/:fileId/custody': as('officer', {
    params: (f) => ({ id: f.incidentId, fileId: f.evidenceId }),
  }),
  'POST /api/signals': as('official', {
    body: () => ({ text: 'Det ryktas om en demonstration.', urgency: 'low', matterReference: 'KS 2026/1' }),
  }),
  'GET /api/signals': as('officer'),
  'POST /api/signals/:id/status': as('officer', {
    params: (f) => ({ id: f.signalId }),
    body: () => ({ status: 'acknowledged', note: 'Noterat.' }),
  }),
  'POST /api/signals/:id/incident': as('officer', { params: (f) => ({ id: f.signalId }) }),
  'GET /api/riskguide/summary': as('officer'),
  'GET /api/matters/sensitive-terms': as('officer'),
  'GET /api/matters': as('officer'),
  'POST /api/matters': as('officer', { body: () => ({ title: 'Ny detaljplan för hamnen' }) }),
  'POST /api/matters/import': as('officer', {
    body: () => ({ csv: 'title;diary number\nBudget 2027;KS 2026/0001', mode: 'preview' }),
  }),
  'GET /api/matters/:id': as('officer', { params: (f) => ({ id: f.matterId }) }),
  'PATCH /api/matters/:id': as('officer', {
    params: (f) => ({ id: f.matterId }),
    body: () => ({ body: 'Kommunfullmäktige' }),
  }),
  'GET /api/matters/:id/assessments': as('officer', { params: (f) => ({ id: f.matterId }) }),
  'PATCH /api/matters/:id/measures/:measureId': as('officer', {
    params: (f) => ({ id: f.matterId, measureId: f.matterMeasureId }),
    body: () => ({ status: 'in_progress', description: 'Pågår.' }),
  }),
  'GET /api/screenings': as('officer'),
  'POST /api/screenings': as('officer', {
    body: () => ({
      title: 'Kommunstyrelsen 3 december',
      rows: [{ matter: { title: 'Ny simhall' }, level: 'low', reason: 'Lugnt ärende.' }],
    }),
  }),
  'GET /api/screenings/:id': as('officer', { params: (f) => ({ id: f.screeningId }) }),
  'POST /api/screenings/:id/queue': as('officer', { params: (f) => ({ id: f.screeningId }) }),
  'GET /api/assessments': as('officer'),
  'POST /api/assessments': as('officer', { body: () => ({ matterId: randomUUID() }) }),
  'GET /api/assessments/:id': as('officer', { params: (f) => ({ id: f.assessmentId }) }),
  'PUT /api/assessments/:id': as('officer', {
    params: (f) => ({ id: f.draftId }),
    body: () => ({
      revision: 0,
      participants: [{ name: 'Sara Säkerhet', function: 'security' }],
      step2Answers: { A1: { level: 'high', comment: 'Starka reaktioner.' } },
      step3Answers: {},
    }),
  }),
  'POST /api/assessments/:id/finish': as('officer', {
    params: (f) => ({ id: f.draftId }),
    body: () => ({ revision: 0 }),
  }),
  'POST /api/assessments/:id/measures': as('officer', {
    params: (f) => ({ id: f.assessmentId }),
    body: () => ({ measures: [{ libraryMeasureId: 'communication_plan' }] }),
  }),
  'GET /api/assessments/:id/pdf': as('officer', { params: (f) => ({ id: f.assessmentId }) }),
  'GET /api/riskguide/templates': as('officer'),
  'POST /api/riskguide/templates': as('admin', {
    body: () => ({ basedOnVersion: 1, content: templateContent() }),
  }),
  'GET /api/riskguide/templates/:id': as('officer', { params: (f) => ({ id: f.templateId }) }),
  'GET /api/bodies': as('officer'),
  'POST /api/bodies': as('admin', {
    body: () => ({ name: 'Kulturnämnden', kind: 'committee', position: 3 }),
  }),
  'PATCH /api/bodies/:id': as('admin', {
    params: (f) => ({ id: f.bodyId }),
    body: () => ({ name: 'Kommunstyrelsen', archived: false }),
  }),
  'PUT /api/bodies/:id/members': as('admin', {
    params: (f) => ({ id: f.bodyId }),
    body: () => ({ members: [{ userId: randomUUID(), assignment: 'member' }] }),
  }),
  'GET /api/venues': as('officer'),
  'POST /api/venues': as('officer', {
    body: () => ({ name: 'Folkets hus', rooms: ['Stora salen'], capacity: 300 }),
  }),
  'GET /api/venues/:id': as('officer', { params: (f) => ({ id: f.venueId }) }),
  'PATCH /api/venues/:id': as('officer', {
    params: (f) => ({ id: f.venueId }),
    body: () => ({ assemblyPoint: 'Parkeringen', capacity: 200 }),
  }),
  'GET /api/venues/:id/floor-plan': as('officer', { params: (f) => ({ id: f.venueId }) }),
  'PUT /api/venues/:id/floor-plan': as('officer', { params: (f) => ({ id: f.venueId }), multipart: true }),
  'DELETE /api/venues/:id/floor-plan': as('officer', { params: (f) => ({ id: f.venueId }) }),
  'GET /api/meetings': as('officer'),
  'POST /api/meetings': as('officer', {
    body: () => ({
      type: 'council',
      title: 'Kommunfullmäktige',
      startsAt: '2026-12-10T17:00:00.000Z',
      endsAt: '2026-12-10T21:00:00.000Z',
      isPublic: true,
    }),
  }),
  'POST /api/meetings/import-ical': as('officer', {
    body: () => ({
      ics: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
      type: 'committee',
      mode: 'preview',
    }),
  }),
  'GET /api/meetings/:id': as('officer', { params: (f) => ({ id: f.meetingId }) }),
  'PATCH /api/meetings/:id': as('officer', {
    params: (f) => ({ id: f.meetingId }),
    body: () => ({ title: 'Kommunfullmäktige 10 december', status: 'planned' }),
  }),
  'PUT /api/meetings/:id/agenda': as('officer', {
    params: (f) => ({ id: f.meetingId }),
    body: () => ({ items: [{ matterId: randomUUID(), note: 'Sist.' }] }),
  }),
  'POST /api/meetings/:id/agenda/import': as('officer', {
    params: (f) => ({ id: f.meetingId }),
    body: () => ({ text: 'titel;diarienummer\nBudget;KS 2026/1', format: 'csv', mode: 'preview' }),
  }),
  'GET /api/threat-levels': as('officer'),
  'POST /api/threat-levels': as('officer', { body: () => ({ level: 4, changedOn: '2023-08-17' }) }),
  // — Meetings, the plan side (issue 10 §2–§4) —
  'GET /api/meeting-templates': as('officer'),
  'POST /api/meeting-templates': as('admin', {
    body: () => ({ basedOnVersion: 1, items: defaultChecklistTemplate.items }),
  }),
  'GET /api/calendar-feed': as('officer'),
  'POST /api/calendar-feed': as('officer'),
  'DELETE /api/calendar-feed': as('officer'),
  'GET /api/calendar/:token.ics': as('anonymous', { params: () => ({ token: 'A'.repeat(43) }) }),
  'GET /api/meetings/summary': as('officer'),
  'GET /api/meetings/:id/plan': as('officer', { params: meeting }),
  'PUT /api/meetings/:id/plan': as('officer', {
    params: meeting,
    body: () => ({
      revision: 0,
      threatAssessment: 'Spänt läge.',
      threatLevel: 'moderate',
      screening: { decided: false, decidedBy: 'Olle Ordförande', decidedOn: '2026-12-01' },
      evacuation: { leadsOfficials: 'Sekreteraren', routes: 'Trapphus A' },
    }),
  }),
  'PUT /api/meetings/:id/plan/checklist/:itemId': as('officer', {
    params: (f) => ({ id: f.meetingId, itemId: 'premises_searched' }),
    body: () => ({ status: 'done', note: 'Genomsökt.' }),
  }),
  'PUT /api/meetings/:id/plan/staff': as('officer', {
    params: meeting,
    body: () => ({ revision: 0, staff: [{ kind: 'guard', name: 'Väktaren', phone: '070-123 45 67' }] }),
  }),
  'POST /api/meetings/:id/plan/approve': as('officer', { params: meeting, body: () => ({ revision: 0 }) }),
  'POST /api/meetings/:id/plan/reopen': as('officer', { params: meeting, body: () => ({ revision: 0 }) }),
  'GET /api/meetings/:id/evacuation-plan.pdf': as('officer', { params: meeting }),
  'GET /api/meetings/:id/log': as('officer', { params: meeting }),
  'POST /api/meetings/:id/log': as('officer', {
    params: meeting,
    body: () => ({ id: randomUUID(), kind: 'note', text: 'Lugnt.', occurredAt: '2026-11-20T10:00:00.000Z' }),
  }),
  'POST /api/meetings/:id/log/follow': as('officer', { params: meeting }),
  'DELETE /api/meetings/:id/log/follow': as('officer', { params: meeting }),
  'POST /api/meetings/:id/log/:entryId/incident': as('officer', {
    params: (f) => ({ id: f.meetingId, entryId: f.logEntryId }),
  }),
  'GET /api/meetings/:id/review': as('officer', { params: meeting }),
  'PUT /api/meetings/:id/review': as('officer', {
    params: meeting,
    body: () => ({ whatHappened: 'Lugnt.', whatWorked: 'Allt.', whatToChange: 'Inget.' }),
  }),
  'POST /api/meetings/:id/review/measures': as('officer', {
    params: meeting,
    body: () => ({ type: 'other', description: 'Öppna överflödessalen tidigare.' }),
  }),
  'PATCH /api/meetings/:id/review/measures/:measureId': as('officer', {
    params: (f) => ({ id: f.meetingId, measureId: f.reviewMeasureId }),
    body: () => ({ status: 'in_progress', description: 'Pågår.' }),
  }),
  'GET /api/register/people': as('officer'),
  'POST /api/register/people': as('officer', {
    body: () => ({ name: 'Per Person', contact: { email: 'per@test.se' } }),
  }),
  'GET /api/register/people/:id': as('officer', { params: person }),
  'PATCH /api/register/people/:id': as('officer', { params: person, body: () => ({ note: 'Anteckning.' }) }),
  'DELETE /api/register/people/:id': as('officer', { params: person }),
  'PUT /api/register/people/:id/contact': as('officer', {
    params: person,
    body: () => ({ email: 'per@test.se', protectedAddress: true, preferredContact: 'email' }),
  }),
  'PUT /api/register/people/:id/party': as('officer', {
    params: person,
    body: () => ({ partyId: fixtureId((f) => f.partyId) }),
  }),
  'POST /api/register/people/:id/assignments': as('officer', {
    params: person,
    body: () => ({
      bodyId: fixtureId((f) => f.bodyId),
      role: 'chair',
      termStart: '2027-01-01',
      commissioner: 'full_time',
    }),
  }),
  'PATCH /api/register/people/:id/assignments/:assignmentId': as('officer', {
    params: (f) => ({ id: f.personId, assignmentId: f.assignmentId }),
    body: () => ({
      bodyId: fixtureId((f) => f.bodyId),
      role: 'member',
      termStart: '2023-01-01',
      termEnd: null,
    }),
  }),
  'DELETE /api/register/people/:id/assignments/:assignmentId': as('officer', {
    params: (f) => ({ id: f.personId, assignmentId: f.assignmentId }),
  }),
  'POST /api/register/people/:id/invite': as('admin', {
    params: person,
    body: () => ({ role: 'official', language: 'sv' }),
  }),
  'GET /api/register/election-workers': as('officer'),
  'POST /api/register/election-workers': as('officer', {
    body: () => ({
      personId: fixtureId((f) => f.personId),
      electionDate: '2034-09-10',
      role: 'counting',
      place: 'Rådhuset',
    }),
  }),
  'DELETE /api/register/election-workers/:id': as('officer', { params: (f) => ({ id: f.electionWorkerId }) }),
  'GET /api/register/export.xlsx': as('officer'),
  'POST /api/register/import/preview': as('officer', { multipart: true }),
  'POST /api/register/import': as('officer', { multipart: true }),
  'GET /api/parties/:partyId/roster': as('officer', { params: (f) => ({ partyId: f.partyId }) }),
  'GET /api/training/courses': as('officer'),
  'POST /api/training/courses': as('officer', {
    body: () => ({ kind: 'basic_security', name: `Kurs ${randomUUID()}`, validityMonths: 12 }),
  }),
  'PATCH /api/training/courses/:id': as('officer', {
    params: (f) => ({ id: f.courseId }),
    body: () => ({ validityMonths: 36 }),
  }),
  'GET /api/training/sessions': as('officer'),
  'POST /api/training/sessions': as('officer', {
    body: () => ({ courseId: randomUUID(), heldOn: '2030-05-20', mode: 'online' }),
  }),
  'GET /api/training/sessions/:id': as('officer', { params: (f) => ({ id: f.trainingSessionId }) }),
  'PATCH /api/training/sessions/:id': as('officer', {
    params: (f) => ({ id: f.trainingSessionId }),
    body: () => ({ place: 'Stadshuset' }),
  }),
  'POST /api/training/sessions/:id/cancel': as('officer', { params: () => ({ id: randomUUID() }) }),
  'POST /api/training/sessions/:id/attendance': as('officer', {
    params: (f) => ({ id: f.trainingSessionId }),
    body: () => ({ rows: [{ personId: randomUUID(), status: 'attended' }] }),
  }),
  'GET /api/training/people': as('officer'),
  'GET /api/training/people/:id': as('officer', { params: (f) => ({ id: f.personId }) }),
  'GET /api/me/training': as('official'),
  'GET /api/training/coverage': as('officer'),
  'GET /api/parties/:id/training': as('officer', { params: (f) => ({ id: f.partyId }) }),
  'GET /api/training/campaign': as('officer'),
  'POST /api/training/campaign/invitations': as('officer', {
    body: () => ({ sessionId: randomUUID(), personIds: [randomUUID()] }),
  }),
  'POST /api/training/campaign/reminders': as('officer'),
  // — Network (issue 11 §2, §4) —
  'GET /api/parties/security-contacts': as('officer'),
  'GET /api/parties/readiness-gaps': as('officer'),
  'PUT /api/parties/:id/security-contacts': as('officer', {
    params: (f) => ({ id: f.partyId }),
    body: () => ({ contactPersonId: randomUUID(), deputyPersonId: null, appointedOn: '2026-12-01' }),
  }),
  'POST /api/parties/:id/unit-contacts': as('officer', {
    params: (f) => ({ id: f.partyId }),
    body: () => ({ contactedAt: '2026-12-01T10:00:00.000Z' }),
  }),
  'GET /api/parties/:id/contact-candidates': as('officer', { params: (f) => ({ id: f.partyId }) }),
  'GET /api/parties/:id/summary': as('officer', { params: (f) => ({ id: f.partyId }) }),
  'GET /api/directory': as('officer'),
  'POST /api/directory/police-contacts': as('officer', {
    body: () => ({
      name: 'Per Polis',
      unit: 'Lokalpolisområde',
      role: 'kontaktpolis',
      phone: '010-563 10 00',
    }),
  }),
  'PATCH /api/directory/police-contacts/:id': as('officer', {
    params: (f) => ({ id: f.policeContactId }),
    body: () => ({ email: 'per.polis@polisen.se', archived: false }),
  }),
  'POST /api/directory/on-call-shifts': as('officer', {
    body: () => ({
      userId: randomUUID(),
      startsAt: '2027-01-10T07:00:00.000Z',
      endsAt: '2027-01-11T07:00:00.000Z',
      phone: '08-123 456 99',
    }),
  }),
  'PATCH /api/directory/on-call-shifts/:id': as('officer', {
    params: (f) => ({ id: f.shiftId }),
    body: () => ({ phone: '08-123 456 98' }),
  }),
  'DELETE /api/directory/on-call-shifts/:id': as('officer', { params: (f) => ({ id: f.shiftId }) }),
  'GET /api/guidelines': as('officer'),
  'POST /api/guidelines': as('officer', {
    body: () => ({ title: 'Riktlinjer', textSv: 'Respekt.', textEn: 'Respect.', adoptedOn: '2026-01-01' }),
  }),
  'GET /api/guidelines/endorsements': as('officer'),
  'GET /api/guidelines/:id': as('officer', { params: (f) => ({ id: f.versionId }) }),
  'PUT /api/guidelines/:id/endorsements/:partyId': as('officer', {
    params: (f) => ({ id: f.versionId, partyId: f.partyId }),
    multipart: true,
  }),
  'GET /api/guidelines/:id/endorsements/:partyId/evidence': as('officer', {
    params: (f) => ({ id: f.versionId, partyId: f.partyId }),
  }),
  'GET /api/situation': as('officer'),
  'POST /api/situation/assessments': as('officer', {
    body: () => ({ level: 'elevated', text: 'Fler hot i sociala medier efter budgetbeslutet.' }),
  }),
  'GET /api/situation/events': as('officer'),
  'GET /api/situation/report': as('officer'),
  'GET /api/situation/export': as('officer'),
  'GET /api/situation/ptu-export': as('officer'),
  'GET /api/incidents/export': as('officer'),
};

/** Registered routes left out of OpenAPI, and why they are not attacked here. */
const undocumented: Readonly<Record<string, string>> = {
  'GET /metrics': 'Prometheus text for the monitoring system; takes no input (see http-conventions)',
  'GET /api/openapi.json': 'this document itself; takes no input',
  'GET /api/docs': 'a redirect to the web reference page; takes no input',
};

// — Sending —

let fixture: Fixture;
const emails = new Map<SignedIn, string>();
const clients = new Map<SignedIn, TestClient>();

async function loggedIn(caller: SignedIn): Promise<TestClient> {
  const client = new TestClient(app, 'en');
  const response = await client.logIn(emails.get(caller) ?? '');
  if (response.statusCode !== 200) throw new Error(`login of ${caller} answered ${response.statusCode}`);
  return client;
}

function shared(caller: SignedIn): TestClient {
  const client = clients.get(caller);
  if (!client) throw new Error(`no client for ${caller}`);
  return client;
}

async function clientFor(setup: RouteSetup): Promise<TestClient> {
  if (setup.caller === 'anonymous') return new TestClient(app, 'en');
  return setup.fresh ? await loggedIn(setup.caller) : shared(setup.caller);
}

/** The valid request of a route (never sent as it is). */
function validRequest(key: string, operation: Operation, setup: RouteSetup): HostileRequest {
  const params = setup.params?.(fixture) ?? {};
  for (const parameter of operation.parameters ?? [])
    if (parameter.in === 'path' && params[parameter.name] === undefined)
      throw new Error(`${key}: no valid value for the path parameter ${parameter.name}`);
  const payload: Payload = setup.multipart
    ? multipart([pngFile()])
    : setup.body
      ? json(setup.body())
      : { kind: 'none' };
  return { params, query: requiredQuery(document, operation), headers: {}, payload };
}

const methods = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;
const isMethod = (value: string): value is (typeof methods)[number] =>
  (methods as readonly string[]).includes(value);

async function send(
  key: string,
  setup: RouteSetup,
  request: HostileRequest,
): Promise<LightMyRequestResponse> {
  const [method = '', pattern = ''] = key.split(' ');
  if (!isMethod(method)) throw new Error(`unexpected method in ${key}`);
  const path = pattern.replace(/:(\w+)/gu, (_match, name: string) => request.params[name] ?? '');
  const query = request.query.map(([name, value]) => `${encodeURIComponent(name)}=${value}`).join('&');
  const headers: Record<string, string> = { ...request.headers };
  let body: string | Buffer | undefined;
  if (request.payload.kind === 'json') body = request.payload.text;
  if (request.payload.kind === 'raw') {
    body = request.payload.content;
    headers['content-type'] = request.payload.contentType;
  }
  const client = await clientFor(setup);
  const response = await client.request(method, query ? `${path}?${query}` : path, body, {
    headers,
    ...(key === 'POST /api/auth/login' ? { csrf: false } : {}),
  });
  // A variant that wrongly ended a shared session fails itself, not the variants after it.
  const ended =
    response.statusCode === 401 &&
    ['unauthenticated', 'session_expired'].includes(
      String((response.json() as { error?: { code?: string } }).error?.code),
    );
  if (ended && setup.caller !== 'anonymous' && !setup.fresh)
    clients.set(setup.caller, await loggedIn(setup.caller));
  return response;
}

// — The fixture: real records of one organisation; every caller speaks English —

beforeAll(async () => {
  const organisation = await createOrganisation(database);
  const party = await createParty(database, organisation.id, 'S', 'Socialdemokraterna');
  // The user's own language wins over Accept-Language: both say English.
  const user = async (role: Role, options: Parameters<typeof createUser>[3] = {}) => {
    const created = await createUser(database, organisation.id, role, options);
    await updateUser(database.db, organisation.id, created.id, { language: 'en' });
    return created;
  };
  emails.set('officer', (await user(Role.SecurityOfficer)).email);
  emails.set('admin', (await user(Role.Admin)).email);
  emails.set('official', (await user(Role.Official, { partyId: party.id })).email);
  emails.set('self', (await user(Role.Staff)).email);
  emails.set('mfaPending', (await user(Role.Staff, { mfaSecret: createTotpSecret() })).email);
  await user(Role.Staff, { email: loginEmail });
  const target = await user(Role.Staff);
  for (const caller of ['officer', 'admin', 'official', 'self'] as const)
    clients.set(caller, await loggedIn(caller));
  const officer = shared('officer');
  const official = shared('official');

  const second = await loggedIn('self');
  const sessions = sessionListSchema.parse((await second.get('/api/me/sessions')).json()).sessions;
  const sessionId = sessions.find((session) => session.current)?.id;

  const reported = await officer.post('/api/incidents', incidentReport());
  const incidentId = incidentDetailSchema.parse(reported.json()).id;
  const measure = await officer.post(`/api/incidents/${incidentId}/measures`, { type: 'advice' });
  const evidence = await officer.upload(`/api/incidents/${incidentId}/evidence`, {
    name: 'skärmbild.png',
    content: testPng(),
    type: 'image/png',
  });
  const signal = await official.post('/api/signals', { text: 'Något är på gång.', urgency: 'low' });

  const matterId = await createMatterVia(officer, { title: 'Nedläggning av Norrby skola' });
  const screening = await officer.post('/api/screenings', {
    rows: [{ matterId, level: 'high', reason: 'Starka reaktioner väntas.' }],
  });
  const assessment = await assessMatter(officer, matterId, { step2: step2Answers({ A1: 'high' }) });
  const chosen = await officer.post(`/api/assessments/${assessment.id}/measures`, {
    measures: [{ libraryMeasureId: 'inform_early' }],
  });
  const draft = await officer.post('/api/assessments', {
    matterId: await createMatterVia(officer, { title: 'Ny återvinningscentral' }),
  });
  const matterMeasureId = assessmentSchema.parse(chosen.json()).measures.chosen[0]?.measure.id;
  const body = await shared('admin').post('/api/bodies', {
    name: 'Kommunstyrelsen',
    kind: 'executive_board',
  });
  const venue = await officer.post('/api/venues', { name: 'Stadshuset' });
  const venueId = venueSchema.parse(venue.json()).id;
  await officer.upload(`/api/venues/${venueId}/floor-plan`, { name: 'plan.png', content: testPng() }, 'PUT');
  const meeting = await officer.post('/api/meetings', {
    type: 'council',
    title: 'Kommunfullmäktige',
    startsAt: '2026-12-10T17:00:00.000Z',
    endsAt: '2026-12-10T21:00:00.000Z',
  });
  if (!sessionId || !matterMeasureId) throw new Error('fixture incomplete');
  const meetingId = meetingDetailSchema.parse(meeting.json()).id;
  const logEntryId = randomUUID();
  const entry = await officer.post(`/api/meetings/${meetingId}/log`, {
    id: logEntryId,
    kind: 'disturbance',
    text: 'Rop från läktaren.',
    occurredAt: '2026-11-20T10:00:00.000Z',
  });
  const reviewMeasure = await officer.post(`/api/meetings/${meetingId}/review/measures`, { type: 'other' });
  if (entry.statusCode !== 201) throw new Error('fixture incomplete: the log entry');
  const registered = await officer.post('/api/register/people', {
    name: 'Rut Register',
    contact: { email: 'rut@test.se' },
    partyId: party.id,
  });
  const personId = personSchema.parse(registered.json()).id;
  const assigned = await officer.post(`/api/register/people/${personId}/assignments`, {
    bodyId: bodySchema.parse(body.json()).id,
    role: 'member',
    termStart: '2023-01-01',
  });
  const worker = await officer.post('/api/register/election-workers', {
    personId,
    electionDate: '2030-09-08',
    role: 'counting',
  });
  const assignmentId = personSchema.parse(assigned.json()).assignments[0]?.id;
  if (!assignmentId || worker.statusCode !== 201) throw new Error('fixture incomplete: the register');
  const courses = courseListSchema.parse((await officer.get('/api/training/courses')).json()).courses;
  const refresher = courses.find((course) => course.kind === 'pre_election_refresher');
  const trainingSession = await officer.post('/api/training/sessions', {
    courseId: refresher?.id,
    heldOn: '2030-05-15',
    mode: 'in_person',
  });
  if (!refresher || trainingSession.statusCode !== 201) throw new Error('fixture incomplete: training');
  const version = await officer.post('/api/guidelines', {
    title: 'Riktlinjer',
    textSv: 'Respekt.',
    textEn: 'Respect.',
    adoptedOn: '2026-01-01',
  });
  const police = await officer.post('/api/directory/police-contacts', {
    name: 'Vakthavande befäl',
    unit: 'Polisregion',
    phone: '114 14',
  });
  const shift = await officer.post('/api/directory/on-call-shifts', {
    userId: meSchema.parse((await officer.get('/api/me')).json()).id,
    startsAt: '2027-01-10T07:00:00.000Z',
    endsAt: '2027-01-11T07:00:00.000Z',
    phone: '08-123 456 99',
  });

  fixture = {
    partyId: party.id,
    targetUserId: target.id,
    sessionId,
    incidentId,
    measureId: measureSchema.parse(measure.json()).id,
    evidenceId: evidenceSchema.parse(evidence.json()).id,
    signalId: signalSchema.parse(signal.json()).id,
    matterId,
    matterMeasureId,
    screeningId: screeningSchema.parse(screening.json()).id,
    assessmentId: assessment.id,
    draftId: assessmentSchema.parse(draft.json()).id,
    templateId: assessment.template.id,
    bodyId: bodySchema.parse(body.json()).id,
    venueId,
    meetingId,
    logEntryId,
    reviewMeasureId: measureSchema.parse(reviewMeasure.json()).id,
    personId,
    assignmentId,
    electionWorkerId: electionWorkerSchema.parse(worker.json()).id,
    courseId: refresher.id,
    trainingSessionId: trainingSessionSchema.parse(trainingSession.json()).id,
    versionId: guidelineVersionSchema.parse(version.json()).id,
    policeContactId: policeContactSchema.parse(police.json()).id,
    shiftId: onCallShiftSchema.parse(shift.json()).id,
  };
});

// — The tests —

describe('the cases cover every route', () => {
  it('has a caller (or a reason to skip) for every documented route, and no row for any other', () => {
    expect(Object.keys(routes).sort()).toEqual(documented.map(({ key }) => key).sort());
  });

  it('leaves out of OpenAPI only the routes named here', () => {
    const hidden = app.registeredRoutes
      .filter((route) => route.hidden)
      .map((route) => `${route.method} ${route.url}`);
    expect(hidden.sort()).toEqual(Object.keys(undocumented).sort());
  });

  it('has a valid body for exactly the routes that take a JSON body', () => {
    const mismatched = documented
      .filter(({ key, operation }) => {
        const setup = routes[key];
        return setup && !('skip' in setup) && Boolean(jsonBodySchema(operation)) !== Boolean(setup.body);
      })
      .map(({ key }) => key);
    expect(mismatched).toEqual([]);
  });
});

const cases = documented.map((route) => {
  const setup = routes[route.key];
  const variants =
    setup && !('skip' in setup)
      ? variantsOf(document, route, { multipart: setup.multipart === true, validBody: setup.body?.() })
      : [];
  return { ...route, setup, variants };
});

describe.each(cases)('$key', ({ key, operation, setup, variants }) => {
  if (!setup) {
    it('has a caller', () => {
      throw new Error(`${key} has no caller in the routes table of hostile-input.test.ts`);
    });
    return;
  }
  if ('skip' in setup) {
    it.skip(`skipped: ${setup.skip}`, () => undefined);
    return;
  }
  if (variants.length === 0) {
    it('has something to attack', () => {
      throw new Error(`${key} yields no variant: give a reason to skip it`);
    });
    return;
  }
  it.each(variants)('$name', async (variant) => {
    const request = variant.build(validRequest(key, operation, setup), setup.body?.() ?? {});
    expectHarmless(await send(key, setup, request), variant.expected);
  });
});

// — Hostile files: what a route reads inside a valid body —

/** An iCalendar file of one event with the given lines. */
const icsWith = (...lines: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Hostile//SV',
    'BEGIN:VEVENT',
    'SUMMARY:Möte',
    'DTSTART:20261210T170000Z',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

describe('POST /api/meetings/import-ical: hostile calendar files', () => {
  it.each([
    ['a DURATION of two million years', icsWith('UID:evig@test.se', 'DURATION:P99999999W')],
    [
      'a UID of 4 000 random characters (more than an index key holds)',
      icsWith(`UID:${randomBytes(3000).toString('base64')}`, 'DURATION:PT1H'),
    ],
  ])('%s', async (_name, ics) => {
    const response = await shared('officer').post('/api/meetings/import-ical', {
      ics,
      type: 'committee',
      mode: 'commit',
    });
    expectHarmless(response, { statuses: [422], codes: ['rule_violation'] });
  });
});
