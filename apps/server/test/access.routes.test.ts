import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { defaultChecklistTemplate, defaultTemplate, roles, type Role as RoleCode } from '@varn/domain';
import {
  assessmentSchema,
  createdCalendarFeedSchema,
  evidenceSchema,
  guidelineVersionSchema,
  onCallShiftSchema,
  policeContactSchema,
  incidentDetailSchema,
  screeningSchema,
  incidentListSchema,
  measureSchema,
  meetingDetailSchema,
  securityPlanSchema,
  venueSchema,
  signalSchema,
  personSchema,
  electionWorkerSchema,
  courseListSchema,
  trainingSessionSchema,
  type ReportIncidentBody,
} from '@varn/contracts';
import { insertTaxonomyEntry } from '../src/modules/taxonomy/taxonomy.repository';
import {
  appointContact,
  assessMatter,
  buildTestApp,
  createBody,
  createMatterVia,
  createOrganisation,
  createParty,
  createTestDatabase,
  createUser,
  incidentReport,
  meetingWithAgenda,
  Role,
  step2Answers,
  step3Answers,
  TestClient,
  testPassword,
  testPng,
  type UploadFile,
} from './helpers';
import { insertPerson } from './training-fixtures';
import { createPerson, testPdf } from './party-fixtures';

/**
 * The route × role access test (issue 2 §4, issue 3 §9): every registered route, every role (and
 * no session at all, and the security contact of a second party), in the caller's own
 * organisation and — for routes on one record — with a record of another organisation, which
 * must answer 404 so that existence never leaks. A route without a row in the table below fails
 * the test. After the table, the need-to-know matrix: which case (and its evidence) each caller
 * sees, in the list and one by one.
 */

const database = await createTestDatabase();
const app = await buildTestApp(database);

/** Every role, plus the security contact of a second party (to prove parties never see each other's cases). */
type SignedIn = RoleCode | 'other_party_contact';
type Caller = SignedIn | 'anonymous';
const signedIn: readonly SignedIn[] = [...roles, 'other_party_contact'];
const callers: readonly Caller[] = ['anonymous', ...signedIn];

/** Expected status (and, where the status alone is ambiguous, the error code). */
interface Expectation {
  readonly status: number;
  readonly code?: string;
}

/** The cases of the own organisation, by who reported them and whom they concern. */
interface Cases {
  /** An official of party S, about themself, sharing with their party's contact. Has evidence, a measure and a police report. */
  readonly official: string;
  /** The same official, not sharing with the party contact. */
  readonly officialPrivate: string;
  /** A staff member about themself (serious: a work-environment report applies). */
  readonly staff: string;
  /** Party S's contact for a member who consents to the contact seeing the case. */
  readonly memberConsent: string;
  /** Party S's contact for a member who does not consent. */
  readonly memberPrivate: string;
  /** An official of party M, about themself, sharing with party M's contact. */
  readonly otherParty: string;
  /** Reported by the security unit; joined to the police report of `official` by the links route. */
  readonly later: string;
}

interface Fixture {
  readonly own: {
    organisationId: string;
    partyId: string;
    users: Record<SignedIn, { id: string; email: string }>;
    cases: Cases;
    /** The evidence file of every case, uploaded by the security unit (`official`'s by the official). */
    evidence: Record<keyof Cases, string>;
    measureId: string;
    signals: { toAcknowledge: string; toConvert: string };
    riskguide: RiskguideRecords & {
      /** A matter without an assessment, for starting one. */
      unassessedMatterId: string;
      /** A draft with every answer, for finishing. */
      completeDraftId: string;
      templateVersion: number;
    };
    meetings: MeetingRecords;
    register: RegisterRecords;
    training: TrainingRecords;
    network: NetworkRecords;
  };
  readonly other: {
    organisationId: string;
    partyId: string;
    userId: string;
    incidentId: string;
    evidenceId: string;
    measureId: string;
    signalId: string;
    /** A list entry only the other organisation has. */
    taxonomyCode: string;
    riskguide: RiskguideRecords;
    meetings: MeetingRecords;
    register: RegisterRecords;
    training: TrainingRecords;
    network: NetworkRecords;
  };
  readonly targets: { plain: string; deactivated: string; invited: string };
}

/** Riskguide records of an organisation (issue 4). */
interface RiskguideRecords {
  readonly matterId: string;
  readonly screeningId: string;
  /** A finished assessment of `matterId`, with a chosen measure. */
  readonly assessmentId: string;
  /** An empty draft of another matter. */
  readonly draftId: string;
  readonly matterMeasureId: string;
  readonly templateId: string;
}

/** Meetings records of an organisation (issue 10). */
interface MeetingRecords {
  readonly bodyId: string;
  /** A venue without a floor plan, to change. */
  readonly venueId: string;
  /** A venue with a floor plan, to read it. */
  readonly venueWithPlanId: string;
  /** A public council meeting everyone who sees meetings sees. */
  readonly meetingId: string;
  /** A meeting whose agenda the routes change. */
  readonly workMeetingId: string;
}

/** Training records of an organisation (issue 11 §3). */
interface TrainingRecords {
  readonly courseId: string;
  /** A session whose attendance and details the routes change. */
  readonly sessionId: string;
  /** A session the cancel route cancels. */
  readonly cancelSessionId: string;
  /** A coming refresher session to invite to. */
  readonly refresherSessionId: string;
  /** A person of the register, linked to the official's account in the own organisation. */
  readonly personId: string;
}

/** Network records of an organisation (issue 11 §2, §4). */
interface NetworkRecords {
  /** A person of the register in the own (first) party, to appoint as its contact. */
  readonly personId: string;
  /** A guideline version the party has endorsed, with its signed page. */
  readonly versionId: string;
  readonly policeContactId: string;
  readonly shiftId: string;
}

/** Path parameters: a string is `:id`; an object names each parameter. */
type Params = string | Readonly<Record<string, string>>;

interface RouteCase {
  /** Expected answer per caller in their own organisation. */
  readonly expect: Readonly<Record<Caller, Expectation>>;
  /** The path parameters of the request: a record of the caller's own organisation. */
  readonly id?: (fixture: Fixture, caller: Caller, client: TestClient) => Promise<Params> | Params;
  /** The path parameters of a record of another organisation (routes on one record). */
  readonly otherId?: (fixture: Fixture) => Params;
  /** Expected answers for `otherId` when they are not 404 for everyone signed in. */
  readonly otherExpect?: Readonly<Record<Caller, Expectation>>;
  /** A query string, `?…`. */
  readonly query?: string;
  readonly body?: (fixture: Fixture, caller: Caller) => unknown;
  /** Sends this file as `multipart/form-data` instead of a JSON body. */
  readonly upload?: () => UploadFile;
  /** Text fields sent before the uploaded file. */
  readonly uploadFields?: Readonly<Record<string, string>>;
  /**
   * A bug in production code: these callers get another answer than the policy's (own and other
   * organisation). Their expectations are checked in tests marked `fails`; the rest as usual.
   */
  /** Use a separate, freshly logged-in client (for requests that end the session). */
  readonly freshSession?: boolean;
  /** The request ends the caller's other sessions: the shared client logs in again afterwards. */
  readonly endsOtherSessions?: boolean;
}

const unauthenticated: Expectation = { status: 401, code: 'unauthenticated' };
const each = (expectation: Expectation): Record<Caller, Expectation> =>
  Object.fromEntries(callers.map((caller) => [caller, expectation])) as Record<Caller, Expectation>;
/** Every signed-in role gets `status`; no session → 401. */
const everyone = (status: number, code?: string): Record<Caller, Expectation> => ({
  ...each(code ? { status, code } : { status }),
  anonymous: unauthenticated,
});
/** Only admins; a collection or the organisation: others 403. */
const adminOnly = (status: number): Record<Caller, Expectation> => ({
  ...each({ status: 403, code: 'forbidden' }),
  anonymous: unauthenticated,
  admin: { status },
});
/** Only admins; one named record: others 404, so that existence does not leak. */
const adminRecord = (status: number): Record<Caller, Expectation> => ({
  ...each({ status: 404, code: 'not_found' }),
  anonymous: unauthenticated,
  admin: { status },
});
/** No session needed; everyone gets the same answer. */
const open = (status: number, code?: string): Record<Caller, Expectation> =>
  each(code ? { status, code } : { status });
/** Only these callers; a collection: others 403. */
const only = (status: number, allowed: readonly SignedIn[]): Record<Caller, Expectation> => ({
  ...each({ status: 403, code: 'forbidden' }),
  anonymous: unauthenticated,
  ...Object.fromEntries(allowed.map((caller) => [caller, { status }])),
});
/** Only these callers; one record: others 404, so that existence does not leak. */
const onlyRecord = (status: number, allowed: readonly SignedIn[]): Record<Caller, Expectation> => ({
  ...each({ status: 404, code: 'not_found' }),
  anonymous: unauthenticated,
  ...Object.fromEntries(allowed.map((caller) => [caller, { status }])),
});

/** Roles that report incidents (DOMAIN.md §2): not secretaries, viewers or admins. */
const reporting: readonly SignedIn[] = [
  'security_officer',
  'party_contact',
  'other_party_contact',
  'official',
  'staff',
];
/** Who may read `cases.official`: the unit, the official (reporter and target), party S's contact (consent). */
const concernedByOfficialCase: readonly SignedIn[] = ['security_officer', 'official', 'party_contact'];
/** Case handling: only the security unit; a record, so everyone else 404. */
const unitRecord = (status: number) => onlyRecord(status, ['security_officer']);
/** A collection only the security unit uses: everyone else 403. */
const unitOnly = (status: number) => only(status, ['security_officer']);

/** Riskguide (issue 4 §7): who reads matters and their result level. */
const matterReaders: readonly SignedIn[] = [
  'security_officer',
  'secretary',
  'official',
  'party_contact',
  'other_party_contact',
];
/** Who screens matters (step 1) and adds them. */
const screeners: readonly SignedIn[] = ['security_officer', 'secretary'];
/** Meetings (issue 10 §5, ADR 017): who sees meetings (public ones and their bodies'). */
const meetingReaders: readonly SignedIn[] = matterReaders;
/** Who prepares meetings and their agendas. */
const meetingWriters: readonly SignedIn[] = ['security_officer', 'secretary'];
/** Who reads and keeps the venue register. */
const venueReaders: readonly SignedIn[] = ['admin', 'security_officer', 'secretary'];
const venueKeepers: readonly SignedIn[] = ['admin', 'security_officer'];
/** Who keeps the officials register (issue 11 §5: the admin and the unit). */
const registerKeepers: readonly SignedIn[] = ['admin', 'security_officer'];
/** Training (issue 11 §3): courses, sessions, attendance and the campaign are kept by the admin and the unit. */
const trainingKeepers: readonly SignedIn[] = ['admin', 'security_officer'];
/**
 * A training record of another organisation: the keepers get 404; the service asks the policy about
 * training as a whole first, so every other role gets 403 there as at home (nothing leaks either way).
 */
const trainingRecordElsewhere: Record<Caller, Expectation> = {
  ...each({ status: 403, code: 'forbidden' }),
  anonymous: unauthenticated,
  admin: { status: 404, code: 'not_found' },
  security_officer: { status: 404, code: 'not_found' },
};
const ical = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Test//SV',
  'BEGIN:VEVENT',
  'UID:access-test@ekby.se',
  'SUMMARY:Nämndmöte',
  'DTSTART:20270114T170000Z',
  'DTEND:20270114T200000Z',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

/** Who reads the Riskguide template. */
const templateReaders: readonly SignedIn[] = ['admin', 'security_officer', 'secretary'];

/**
 * signals.service.ts checks the role against the signal collection before it looks at the
 * record, so every role but the security officer gets 403 on one signal — of the own
 * organisation or another — where the policy (policy.ts `Decision`) answers 404 for a named record.
 */

/** Who reads a lägesbild (issue 12 §4): the unit, viewers, and each party contact their own party's. */
const situationReaders: readonly SignedIn[] = [
  'security_officer',
  'viewer',
  'party_contact',
  'other_party_contact',
];

/** Who keeps the parties' contacts, the contact directory and the guidelines (issue 11 §5). */
const networkKeepers: readonly SignedIn[] = ['admin', 'security_officer'];
/** A record of another organisation's directory: not found for the keepers, the directory refused to the rest. */
const directoryOtherOrganisation = only(404, networkKeepers);
/** An on-call shift of a day. */
const onCallShift = (userId: string) => ({
  userId,
  startsAt: '2027-01-10T07:00:00.000Z',
  endsAt: '2027-01-11T07:00:00.000Z',
  phone: '08-123 456 99',
});
/** A guideline version as the unit adds it. */
const guidelineVersion = () => ({
  title: 'Riktlinjer för ett respektfullt debattklimat',
  textSv: 'Vi bemöter varandra med respekt.',
  textEn: 'We treat each other with respect.',
  adoptedOn: '2026-01-01',
});

const png = (): UploadFile => ({ name: 'skärmbild.png', content: testPng(), type: 'image/png' });

let abbreviationCounter = 0;
const uniqueAbbreviation = (): string => `T${(abbreviationCounter += 1)}`;

const table: Readonly<Record<string, RouteCase>> = {
  'GET /healthz': { expect: open(200) },
  'GET /readyz': { expect: open(200) },
  'GET /metrics': { expect: open(200) },
  'GET /api/openapi.json': { expect: open(200) },
  'GET /api/docs': { expect: open(302) },
  'GET /api/auth/csrf': { expect: open(200) },
  'POST /api/auth/login': {
    expect: { ...each({ status: 200 }), anonymous: { status: 401, code: 'invalid_credentials' } },
    body: (fixture, caller) => ({
      email: caller === 'anonymous' ? 'nobody@nowhere.se' : fixture.own.users[caller].email,
      password: testPassword,
    }),
  },
  // A fully logged-in session has no pending MFA step.
  'POST /api/auth/mfa': {
    expect: { ...each({ status: 403, code: 'forbidden' }), anonymous: unauthenticated },
    body: () => ({ code: '123456' }),
  },
  'POST /api/auth/logout': { expect: everyone(200), freshSession: true },
  'GET /api/me': { expect: everyone(200) },
  'PATCH /api/me': { expect: everyone(200), body: () => ({ language: 'sv' }) },
  // The wrong current password proves the route is reachable without changing anything.
  'POST /api/me/password': {
    expect: everyone(422, 'rule_violation'),
    body: () => ({ currentPassword: 'not the password at all', newPassword: 'ett helt nytt långt lösenord' }),
  },
  'GET /api/me/sessions': { expect: everyone(200) },
  'POST /api/me/sessions/revoke-others': {
    expect: everyone(200),
    freshSession: true,
    endsOtherSessions: true,
  },
  'DELETE /api/me/sessions/:id': {
    expect: everyone(200),
    // Another session of the same user, opened for the purpose.
    id: async (fixture, caller) => {
      if (caller === 'anonymous') return randomUUID();
      const second = new TestClient(app);
      await second.logIn(fixture.own.users[caller].email);
      const sessions = (await second.get('/api/me/sessions')).json() as {
        sessions: { id: string; current: boolean }[];
      };
      return sessions.sessions.find((session) => session.current)?.id ?? randomUUID();
    },
    otherId: () => randomUUID(),
  },
  'POST /api/me/mfa/enrolment': { expect: everyone(200) },
  'POST /api/me/mfa/enrolment/confirm': {
    expect: everyone(401, 'invalid_mfa_code'),
    body: () => ({ code: '000000' }),
  },
  'POST /api/me/mfa/disable': {
    expect: everyone(422, 'rule_violation'),
    body: () => ({ password: 'wrong password here' }),
  },
  'POST /api/me/mfa/recovery-codes': {
    expect: everyone(409, 'mfa_not_enabled'),
    body: () => ({ password: testPassword }),
  },
  'GET /api/organisation': { expect: everyone(200) },
  'GET /api/organisation/settings': { expect: adminOnly(200) },
  'PATCH /api/organisation/settings': { expect: adminOnly(200), body: () => ({ idleMinutes: 30 }) },
  'GET /api/parties': { expect: everyone(200) },
  'POST /api/parties': {
    expect: adminOnly(201),
    body: () => ({
      name: 'Testpartiet',
      abbreviation: uniqueAbbreviation(),
      councilSeats: 1,
      colour: '#123456',
    }),
  },
  'PATCH /api/parties/:id': {
    expect: adminRecord(200),
    id: (fixture) => fixture.own.partyId,
    otherId: (fixture) => fixture.other.partyId,
    body: () => ({ councilSeats: 10 }),
  },
  'GET /api/users': { expect: adminOnly(200) },
  'POST /api/users': {
    expect: adminOnly(201),
    body: () => ({ email: `ny.${randomUUID().slice(0, 8)}@test.se`, name: 'Ny Person', role: 'staff' }),
  },
  'GET /api/users/:id': {
    expect: adminRecord(200),
    id: (f) => f.targets.plain,
    otherId: (f) => f.other.userId,
  },
  'PATCH /api/users/:id': {
    expect: adminRecord(200),
    id: (f) => f.targets.plain,
    otherId: (f) => f.other.userId,
    body: () => ({ name: 'Målperson' }),
  },
  'POST /api/users/:id/deactivate': {
    expect: adminRecord(200),
    id: (f) => f.targets.plain,
    otherId: (f) => f.other.userId,
  },
  'POST /api/users/:id/reactivate': {
    expect: adminRecord(200),
    id: (f) => f.targets.deactivated,
    otherId: (f) => f.other.userId,
  },
  'POST /api/users/:id/invitation': {
    expect: adminRecord(200),
    id: (f) => f.targets.invited,
    otherId: (f) => f.other.userId,
  },
  'POST /api/users/:id/mfa-reset': {
    expect: adminRecord(200),
    id: (f) => f.targets.plain,
    otherId: (f) => f.other.userId,
  },
  'POST /api/invitations/lookup': {
    expect: open(410, 'invitation_invalid'),
    body: () => ({ token: 'x'.repeat(43) }),
  },
  'POST /api/invitations/accept': {
    expect: open(410, 'invitation_invalid'),
    body: () => ({ token: 'x'.repeat(43), password: 'ett långt lösenord för test' }),
  },
  'GET /api/audit-events': { expect: adminOnly(200) },
  'GET /api/outbox': { expect: adminOnly(200) },

  // — Incidents (issue 3). The record is `cases.official` unless named otherwise. —
  'POST /api/incidents': { expect: only(201, reporting), body: () => incidentReport() },
  'GET /api/incidents': { expect: only(200, reporting) },
  // "Mina ärenden": every reporting role lists what concerns them (issue 9 §1).
  'GET /api/incidents/mine': { expect: only(200, reporting) },
  'GET /api/incidents/metrics': {
    expect: unitOnly(200),
    query: '?from=2026-01-01T00:00:00.000Z&to=2027-01-01T00:00:00.000Z',
  },
  'GET /api/incidents/handlers': { expect: unitOnly(200) },
  'GET /api/incidents/inbox': { expect: unitOnly(200) },
  // Related cases (issue 9 §2): searching and suggestions read other people's cases: the unit only.
  'GET /api/incidents/search': { expect: unitOnly(200), query: '?q=hotfullt' },
  'GET /api/incidents/:id/suggestions': {
    expect: unitRecord(200),
    id: (f) => f.own.cases.official,
    otherId: (f) => f.other.incidentId,
  },
  'POST /api/incidents/:id/links': {
    expect: unitRecord(200),
    id: (f) => f.own.cases.official,
    otherId: (f) => f.other.incidentId,
    body: (f) => ({ incidentId: f.own.cases.officialPrivate }),
  },
  'DELETE /api/incidents/:id/links/:linkedId': {
    expect: unitRecord(200),
    // The link exists before each caller tries to remove it.
    id: async (f) => {
      const officer = clients.get('security_officer');
      const linked = await officer?.post(`/api/incidents/${f.own.cases.official}/links`, {
        incidentId: f.own.cases.memberPrivate,
      });
      expect(linked?.statusCode).toBe(200);
      return { id: f.own.cases.official, linkedId: f.own.cases.memberPrivate };
    },
    otherId: (f) => ({ id: f.other.incidentId, linkedId: f.own.cases.memberPrivate }),
  },
  // Who a measure can be given to: those who assign measures (the unit), on a case or a matter.
  'GET /api/measures/owners': { expect: unitOnly(200) },
  'GET /api/incidents/:id': {
    expect: onlyRecord(200, concernedByOfficialCase),
    id: (f) => f.own.cases.official,
    otherId: (f) => f.other.incidentId,
  },
  'PATCH /api/incidents/:id': {
    expect: unitRecord(200),
    id: (f) => f.own.cases.official,
    otherId: (f) => f.other.incidentId,
    body: () => ({ severity: 'high' }),
  },
  'POST /api/incidents/:id/transitions': {
    expect: unitRecord(200),
    id: (f) => f.own.cases.official,
    otherId: (f) => f.other.incidentId,
    body: () => ({ event: 'triage' }),
  },
  'POST /api/incidents/:id/notes': {
    expect: unitRecord(200),
    id: (f) => f.own.cases.official,
    otherId: (f) => f.other.incidentId,
    body: () => ({ kind: 'contact', text: 'Ringde upp och gick igenom läget.' }),
  },
  // The targeted person decides; the security unit may record it on their behalf. Nobody else.
  'POST /api/incidents/:id/consent': {
    expect: onlyRecord(200, ['security_officer', 'official']),
    id: (f) => f.own.cases.official,
    otherId: (f) => f.other.incidentId,
    body: () => ({ consent: true }),
  },
  'POST /api/incidents/:id/work-environment-report': {
    expect: unitRecord(200),
    id: (f) => f.own.cases.staff,
    otherId: (f) => f.other.incidentId,
    body: () => ({ reportedAt: new Date(Date.now() - 60_000).toISOString(), kiaReference: 'KIA-1' }),
  },
  'GET /api/incidents/:id/measures': {
    expect: unitRecord(200),
    id: (f) => f.own.cases.official,
    otherId: (f) => f.other.incidentId,
  },
  'POST /api/incidents/:id/measures': {
    expect: unitRecord(201),
    id: (f) => f.own.cases.official,
    otherId: (f) => f.other.incidentId,
    body: () => ({ type: 'support_talk' }),
  },
  'PATCH /api/incidents/:id/measures/:measureId': {
    expect: unitRecord(200),
    id: (f) => ({ id: f.own.cases.official, measureId: f.own.measureId }),
    otherId: (f) => ({ id: f.other.incidentId, measureId: f.other.measureId }),
    body: () => ({ status: 'in_progress' }),
  },
  'PUT /api/incidents/:id/police-report': {
    expect: unitRecord(200),
    id: (f) => f.own.cases.official,
    otherId: (f) => f.other.incidentId,
    body: () => ({ electedRoleStated: true, protectionRequested: true, status: 'reported' }),
  },
  'POST /api/incidents/:id/police-report/links': {
    expect: unitRecord(200),
    id: (f) => f.own.cases.official,
    otherId: (f) => f.other.incidentId,
    body: (f) => ({ incidentId: f.own.cases.later }),
  },
  'POST /api/incidents/:id/evidence': {
    expect: onlyRecord(201, concernedByOfficialCase),
    id: (f) => f.own.cases.official,
    otherId: (f) => f.other.incidentId,
    upload: png,
  },
  'GET /api/incidents/:id/evidence/export': {
    expect: unitRecord(200),
    id: (f) => f.own.cases.official,
    otherId: (f) => f.other.incidentId,
  },
  'GET /api/incidents/:id/evidence/:fileId': {
    expect: onlyRecord(200, concernedByOfficialCase),
    id: (f) => ({ id: f.own.cases.official, fileId: f.own.evidence.official }),
    otherId: (f) => ({ id: f.other.incidentId, fileId: f.other.evidenceId }),
  },
  'GET /api/incidents/:id/evidence/:fileId/custody': {
    expect: unitRecord(200),
    id: (f) => ({ id: f.own.cases.official, fileId: f.own.evidence.official }),
    otherId: (f) => ({ id: f.other.incidentId, fileId: f.other.evidenceId }),
  },

  // — Signals —
  'POST /api/signals': {
    expect: only(201, ['party_contact', 'other_party_contact', 'official']),
    body: () => ({ text: 'Det ryktas om en demonstration vid nästa fullmäktige.', urgency: 'low' }),
  },
  'GET /api/signals': {
    expect: only(200, ['security_officer', 'party_contact', 'other_party_contact', 'official']),
  },
  'POST /api/signals/:id/status': {
    expect: unitRecord(200),
    id: (f) => f.own.signals.toAcknowledge,
    otherId: (f) => f.other.signalId,
    body: () => ({ status: 'acknowledged' }),
  },
  'POST /api/signals/:id/incident': {
    expect: unitRecord(201),
    id: (f) => f.own.signals.toConvert,
    otherId: (f) => f.other.signalId,
  },

  // — The report form's lists (data the admin extends) —
  'GET /api/incident-taxonomy': { expect: only(200, [...reporting, 'admin']) },
  'POST /api/incident-taxonomy': {
    expect: adminOnly(201),
    body: () => ({
      kind: 'category',
      code: `egen_${randomUUID().slice(0, 8)}`,
      labelSv: 'Egen kategori',
      labelEn: 'Own category',
    }),
  },
  // The lists are the organisation's, not records with ids: only the admin gets past the role
  // check (403 for the rest), and a code only another organisation has is unknown here.
  'PATCH /api/incident-taxonomy/:kind/:code': {
    expect: adminOnly(200),
    id: () => ({ kind: 'category', code: 'other' }),
    body: () => ({ labelEn: 'Other' }),
    otherId: (f) => ({ kind: 'category', code: f.other.taxonomyCode }),
    otherExpect: adminOnly(404),
  },

  // — Riskguide (issue 4 §7): secretaries screen and read result levels; officials and party
  // contacts read result levels and measures; answers (assessments) only the security unit;
  // templates the admin. —
  'GET /api/matters': { expect: only(200, matterReaders) },
  'GET /api/matters/sensitive-terms': { expect: only(200, screeners) },
  'POST /api/matters': { expect: only(201, screeners), body: () => ({ title: 'Ny detaljplan för hamnen' }) },
  'POST /api/matters/import': {
    expect: only(200, screeners),
    body: () => ({ csv: 'title;diary number\nBudget 2027;KS 2026/0001', mode: 'preview' }),
  },
  'GET /api/matters/:id': {
    expect: onlyRecord(200, matterReaders),
    id: (f) => f.own.riskguide.matterId,
    otherId: (f) => f.other.riskguide.matterId,
  },
  'PATCH /api/matters/:id': {
    expect: onlyRecord(200, screeners),
    id: (f) => f.own.riskguide.matterId,
    otherId: (f) => f.other.riskguide.matterId,
    body: () => ({ body: 'Kommunfullmäktige' }),
  },
  'GET /api/matters/:id/assessments': {
    expect: unitRecord(200),
    id: (f) => f.own.riskguide.matterId,
    otherId: (f) => f.other.riskguide.matterId,
  },
  'PATCH /api/matters/:id/measures/:measureId': {
    expect: unitRecord(200),
    id: (f) => ({ id: f.own.riskguide.matterId, measureId: f.own.riskguide.matterMeasureId }),
    otherId: (f) => ({ id: f.other.riskguide.matterId, measureId: f.other.riskguide.matterMeasureId }),
    body: () => ({ status: 'in_progress' }),
  },
  'GET /api/screenings': { expect: only(200, screeners) },
  'POST /api/screenings': {
    expect: only(201, screeners),
    body: () => ({ rows: [{ matter: { title: 'Ny simhall' }, level: 'low' }] }),
  },
  'GET /api/screenings/:id': {
    expect: onlyRecord(200, screeners),
    id: (f) => f.own.riskguide.screeningId,
    otherId: (f) => f.other.riskguide.screeningId,
  },
  'POST /api/screenings/:id/queue': {
    expect: onlyRecord(200, screeners),
    id: (f) => f.own.riskguide.screeningId,
    otherId: (f) => f.other.riskguide.screeningId,
  },
  'GET /api/assessments': { expect: unitOnly(200) },
  'POST /api/assessments': {
    expect: unitOnly(201),
    body: (f) => ({ matterId: f.own.riskguide.unassessedMatterId }),
  },
  'GET /api/assessments/:id': {
    expect: unitRecord(200),
    id: (f) => f.own.riskguide.assessmentId,
    otherId: (f) => f.other.riskguide.assessmentId,
  },
  'PUT /api/assessments/:id': {
    expect: unitRecord(200),
    id: (f) => f.own.riskguide.draftId,
    otherId: (f) => f.other.riskguide.draftId,
    body: () => ({ revision: 0, participants: [], step2Answers: {}, step3Answers: {} }),
  },
  'POST /api/assessments/:id/finish': {
    expect: unitRecord(200),
    id: (f) => f.own.riskguide.completeDraftId,
    otherId: (f) => f.other.riskguide.draftId,
  },
  'POST /api/assessments/:id/measures': {
    expect: unitRecord(201),
    id: (f) => f.own.riskguide.assessmentId,
    otherId: (f) => f.other.riskguide.assessmentId,
    body: () => ({ measures: [{ libraryMeasureId: 'communication_plan' }] }),
  },
  'GET /api/assessments/:id/pdf': {
    expect: unitRecord(200),
    id: (f) => f.own.riskguide.assessmentId,
    otherId: (f) => f.other.riskguide.assessmentId,
  },
  'GET /api/riskguide/summary': {
    expect: only(200, ['security_officer', 'viewer']),
    query: '?from=2026-01-01T00:00:00.000Z&to=2027-01-01T00:00:00.000Z',
  },
  'GET /api/riskguide/templates': { expect: only(200, templateReaders) },
  'POST /api/riskguide/templates': {
    expect: adminOnly(201),
    body: (f) => ({ basedOnVersion: f.own.riskguide.templateVersion, content: templateContent() }),
  },
  'GET /api/riskguide/templates/:id': {
    expect: onlyRecord(200, templateReaders),
    id: (f) => f.own.riskguide.templateId,
    otherId: (f) => f.other.riskguide.templateId,
  },

  // — Meetings (issue 10, ADR 017): bodies by the admin, venues by the admin and the unit, meetings
  // and agendas by the unit and secretaries, read by officials and party contacts when public or
  // of their bodies; the national threat level read by everyone. —
  'GET /api/bodies': { expect: only(200, ['admin', ...meetingReaders]) },
  'POST /api/bodies': {
    expect: adminOnly(201),
    body: () => ({ name: `Organ ${randomUUID().slice(0, 8)}`, kind: 'committee' }),
  },
  'PATCH /api/bodies/:id': {
    expect: adminRecord(200),
    id: (f) => f.own.meetings.bodyId,
    otherId: (f) => f.other.meetings.bodyId,
    body: () => ({ position: 2 }),
  },
  'PUT /api/bodies/:id/members': {
    expect: adminRecord(200),
    id: (f) => f.own.meetings.bodyId,
    otherId: (f) => f.other.meetings.bodyId,
    body: (f) => ({ members: [{ userId: f.own.users.official.id, assignment: 'member' }] }),
  },
  'GET /api/venues': { expect: only(200, venueReaders) },
  'POST /api/venues': { expect: only(201, venueKeepers), body: () => ({ name: 'Folkets hus' }) },
  'GET /api/venues/:id': {
    expect: onlyRecord(200, venueReaders),
    id: (f) => f.own.meetings.venueId,
    otherId: (f) => f.other.meetings.venueId,
  },
  'PATCH /api/venues/:id': {
    expect: onlyRecord(200, venueKeepers),
    id: (f) => f.own.meetings.venueId,
    otherId: (f) => f.other.meetings.venueId,
    body: () => ({ capacity: 120 }),
  },
  'GET /api/venues/:id/floor-plan': {
    expect: onlyRecord(200, venueReaders),
    id: (f) => f.own.meetings.venueWithPlanId,
    otherId: (f) => f.other.meetings.venueWithPlanId,
  },
  'PUT /api/venues/:id/floor-plan': {
    expect: onlyRecord(200, venueKeepers),
    id: (f) => f.own.meetings.venueId,
    otherId: (f) => f.other.meetings.venueWithPlanId,
    upload: png,
  },
  'DELETE /api/venues/:id/floor-plan': {
    expect: onlyRecord(200, venueKeepers),
    // The plan exists before each caller tries to remove it.
    id: async (f) => {
      const uploaded = await clients
        .get('security_officer')
        ?.upload(`/api/venues/${f.own.meetings.venueId}/floor-plan`, png(), 'PUT');
      expect(uploaded?.statusCode).toBe(200);
      return f.own.meetings.venueId;
    },
    otherId: (f) => f.other.meetings.venueWithPlanId,
  },
  // — The officials register (issue 11 §1, ADR 018): the admin and the unit keep it; a party
  // contact reads the people of their own party and their party's roster; only the admin invites. —
  'GET /api/register/people': { expect: only(200, registerKeepers) },
  'POST /api/register/people': { expect: only(201, registerKeepers), body: () => ({ name: 'Per Person' }) },
  'GET /api/register/people/:id': {
    expect: onlyRecord(200, [...registerKeepers, 'party_contact']),
    id: (f) => f.own.register.personId,
    otherId: (f) => f.other.register.personId,
  },
  'PATCH /api/register/people/:id': {
    expect: onlyRecord(200, registerKeepers),
    id: (f) => f.own.register.personId,
    otherId: (f) => f.other.register.personId,
    body: () => ({ note: 'Kontakta via partikansliet.' }),
  },
  'DELETE /api/register/people/:id': {
    expect: onlyRecord(200, registerKeepers),
    id: async (f) => (await freshRegisterPerson(f)).personId,
    otherId: (f) => f.other.register.personId,
  },
  'PUT /api/register/people/:id/contact': {
    expect: onlyRecord(200, registerKeepers),
    id: (f) => f.own.register.personId,
    otherId: (f) => f.other.register.personId,
    body: () => ({ email: 'rut@test.se', phone: '070-123 45 67', preferredContact: 'phone' }),
  },
  'PUT /api/register/people/:id/party': {
    expect: onlyRecord(200, registerKeepers),
    id: (f) => f.own.register.personId,
    otherId: (f) => f.other.register.personId,
    body: (f) => ({ partyId: f.own.partyId }),
  },
  'POST /api/register/people/:id/assignments': {
    expect: onlyRecord(201, registerKeepers),
    id: async (f) => (await freshRegisterPerson(f)).personId,
    otherId: (f) => f.other.register.personId,
    body: (f) => ({ bodyId: f.own.register.bodyId, role: 'member', termStart: '2023-01-01' }),
  },
  'PATCH /api/register/people/:id/assignments/:assignmentId': {
    expect: onlyRecord(200, registerKeepers),
    id: (f) => ({ id: f.own.register.personId, assignmentId: f.own.register.assignmentId }),
    otherId: (f) => ({ id: f.other.register.personId, assignmentId: f.other.register.assignmentId }),
    body: (f) => ({ bodyId: f.own.register.bodyId, role: 'member', termStart: '2023-01-01', termEnd: null }),
  },
  'DELETE /api/register/people/:id/assignments/:assignmentId': {
    expect: onlyRecord(200, registerKeepers),
    id: async (f) => {
      const fresh = await freshRegisterPerson(f);
      return { id: fresh.personId, assignmentId: fresh.assignmentId };
    },
    otherId: (f) => ({ id: f.other.register.personId, assignmentId: f.other.register.assignmentId }),
  },
  // The unit keeps the register, but only the admin creates accounts (403 for the unit).
  'POST /api/register/people/:id/invite': {
    expect: { ...onlyRecord(200, ['admin']), security_officer: { status: 403, code: 'forbidden' } },
    id: async (f) => (await freshRegisterPerson(f)).personId,
    otherId: (f) => f.other.register.personId,
    body: () => ({ role: 'official' }),
  },
  'GET /api/register/election-workers': { expect: only(200, registerKeepers) },
  'POST /api/register/election-workers': {
    expect: only(201, registerKeepers),
    // Once per person and election: each permitted caller adds another election.
    body: (f, caller) => ({
      personId: f.own.register.personId,
      electionDate: caller === 'admin' ? '2034-09-10' : '2038-09-12',
      role: 'polling_station',
    }),
  },
  'DELETE /api/register/election-workers/:id': {
    expect: onlyRecord(200, registerKeepers),
    id: async (f) => {
      const response = await clients.get('security_officer')?.post('/api/register/election-workers', {
        personId: (await freshRegisterPerson(f)).personId,
        electionDate: '2030-09-08',
        role: 'early_voting',
      });
      return electionWorkerSchema.parse(response?.json()).id;
    },
    otherId: (f) => f.other.register.electionWorkerId,
  },
  'GET /api/register/export.xlsx': { expect: only(200, registerKeepers) },
  'POST /api/register/import/preview': { expect: only(200, registerKeepers), upload: officialsCsv },
  'POST /api/register/import': { expect: only(200, registerKeepers), upload: officialsCsv },
  'GET /api/parties/:partyId/roster': {
    expect: onlyRecord(200, [...registerKeepers, 'party_contact']),
    id: (f) => ({ partyId: f.own.partyId }),
    otherId: (f) => ({ partyId: f.other.partyId }),
  },
  'GET /api/meetings': { expect: only(200, meetingReaders) },
  'POST /api/meetings': {
    expect: only(201, meetingWriters),
    body: () => ({
      type: 'citizen_dialogue',
      title: 'Medborgardialog om hamnen',
      startsAt: '2027-02-01T17:00:00.000Z',
      endsAt: '2027-02-01T19:00:00.000Z',
    }),
  },
  'POST /api/meetings/import-ical': {
    expect: only(200, meetingWriters),
    body: () => ({ ics: ical, type: 'committee', mode: 'preview' }),
  },
  'GET /api/meetings/:id': {
    expect: onlyRecord(200, meetingReaders),
    id: (f) => f.own.meetings.meetingId,
    otherId: (f) => f.other.meetings.meetingId,
  },
  'PATCH /api/meetings/:id': {
    expect: onlyRecord(200, meetingWriters),
    id: (f) => f.own.meetings.workMeetingId,
    otherId: (f) => f.other.meetings.workMeetingId,
    body: () => ({ expectedAudience: 40 }),
  },
  'PUT /api/meetings/:id/agenda': {
    expect: onlyRecord(200, meetingWriters),
    id: (f) => f.own.meetings.workMeetingId,
    otherId: (f) => f.other.meetings.workMeetingId,
    body: (f) => ({ items: [{ matterId: f.own.riskguide.unassessedMatterId }] }),
  },
  'POST /api/meetings/:id/agenda/import': {
    expect: onlyRecord(200, meetingWriters),
    id: (f) => f.own.meetings.workMeetingId,
    otherId: (f) => f.other.meetings.workMeetingId,
    body: () => ({ text: 'KS 2026/0900\tNytt ärende', format: 'lines', mode: 'preview' }),
  },
  'GET /api/threat-levels': { expect: everyone(200) },
  'POST /api/threat-levels': {
    expect: only(201, ['admin', 'security_officer']),
    body: () => ({ level: 4, changedOn: '2023-08-17' }),
  },
  // — Meetings, the plan side (issue 10 §2–§4): the plan's parts by role, the unit's plan, log and
  // review, the checklist template, each person's calendar feed, figures for viewers. —
  'GET /api/meeting-templates': { expect: only(200, ['admin', 'security_officer']) },
  'POST /api/meeting-templates': {
    expect: adminOnly(201),
    body: () => ({ basedOnVersion: 1, items: defaultChecklistTemplate.items }),
  },
  // One's own feed is a record of the policy's: roles without feeds get 404.
  'GET /api/calendar-feed': { expect: onlyRecord(200, meetingReaders) },
  'POST /api/calendar-feed': { expect: onlyRecord(201, meetingReaders) },
  'DELETE /api/calendar-feed': { expect: onlyRecord(200, meetingReaders) },
  // No session: the secret address is the key, the same answer to everyone.
  'GET /api/calendar/:token.ics': {
    expect: open(200),
    id: async () => {
      const created = await clients.get('security_officer')?.post('/api/calendar-feed');
      const url = createdCalendarFeedSchema.parse(created?.json()).url;
      return { token: /([\w-]{43})\.ics$/u.exec(url)?.[1] ?? '' };
    },
  },
  'GET /api/meetings/summary': { expect: only(200, ['security_officer', 'viewer']) },
  'GET /api/meetings/:id/plan': {
    expect: onlyRecord(200, meetingReaders),
    id: (f) => f.own.meetings.meetingId,
    otherId: (f) => f.other.meetings.meetingId,
  },
  'PUT /api/meetings/:id/plan': {
    expect: onlyRecord(200, ['security_officer']),
    id: async (f) => await withPlanRevision(f.own.meetings.meetingId),
    otherId: (f) => f.other.meetings.meetingId,
    body: () => ({ revision: planRevision, threatLevel: 'moderate' }),
  },
  'PUT /api/meetings/:id/plan/checklist/:itemId': {
    expect: onlyRecord(200, ['security_officer']),
    id: (f) => ({ id: f.own.meetings.meetingId, itemId: 'premises_searched' }),
    otherId: (f) => ({ id: f.other.meetings.meetingId, itemId: 'premises_searched' }),
    body: () => ({ status: 'done' }),
  },
  'PUT /api/meetings/:id/plan/staff': {
    expect: onlyRecord(200, ['security_officer']),
    id: async (f) => await withPlanRevision(f.own.meetings.meetingId),
    otherId: (f) => f.other.meetings.meetingId,
    body: () => ({ revision: planRevision, staff: [{ kind: 'guard', name: 'Väktaren vid entrén' }] }),
  },
  // The work meeting's plan lacks its threat level and evacuation plan: the unit is told what (422).
  'POST /api/meetings/:id/plan/approve': {
    expect: onlyRecord(422, ['security_officer']),
    id: async (f) => await withPlanRevision(f.own.meetings.workMeetingId),
    otherId: (f) => f.other.meetings.workMeetingId,
    body: () => ({ revision: planRevision }),
  },
  // Only an approved plan can be reopened: the draft answers 409 to the unit.
  'POST /api/meetings/:id/plan/reopen': {
    expect: onlyRecord(409, ['security_officer']),
    id: async (f) => await withPlanRevision(f.own.meetings.workMeetingId),
    otherId: (f) => f.other.meetings.workMeetingId,
    body: () => ({ revision: planRevision }),
  },
  'GET /api/meetings/:id/evacuation-plan.pdf': {
    expect: onlyRecord(200, meetingReaders),
    id: (f) => f.own.meetings.meetingId,
    otherId: (f) => f.other.meetings.meetingId,
  },
  'GET /api/meetings/:id/log': {
    expect: onlyRecord(200, ['security_officer']),
    id: (f) => f.own.meetings.meetingId,
    otherId: (f) => f.other.meetings.meetingId,
  },
  'POST /api/meetings/:id/log': {
    expect: onlyRecord(201, ['security_officer']),
    id: (f) => f.own.meetings.meetingId,
    otherId: (f) => f.other.meetings.meetingId,
    body: () => logEntry(),
  },
  'POST /api/meetings/:id/log/follow': {
    expect: onlyRecord(200, ['security_officer']),
    id: (f) => f.own.meetings.meetingId,
    otherId: (f) => f.other.meetings.meetingId,
  },
  'DELETE /api/meetings/:id/log/follow': {
    expect: onlyRecord(200, ['security_officer']),
    id: (f) => f.own.meetings.meetingId,
    otherId: (f) => f.other.meetings.meetingId,
  },
  'POST /api/meetings/:id/log/:entryId/incident': {
    expect: onlyRecord(201, ['security_officer']),
    // A new entry for each caller, written by the unit.
    id: async (f) => {
      const entry = logEntry();
      const written = await clients
        .get('security_officer')
        ?.post(`/api/meetings/${f.own.meetings.meetingId}/log`, entry);
      expect(written?.statusCode).toBe(201);
      return { id: f.own.meetings.meetingId, entryId: entry.id };
    },
    otherId: (f) => ({ id: f.other.meetings.meetingId, entryId: randomUUID() }),
  },
  'GET /api/meetings/:id/review': {
    expect: onlyRecord(200, ['security_officer']),
    id: (f) => f.own.meetings.meetingId,
    otherId: (f) => f.other.meetings.meetingId,
  },
  'PUT /api/meetings/:id/review': {
    expect: onlyRecord(200, ['security_officer']),
    id: (f) => f.own.meetings.meetingId,
    otherId: (f) => f.other.meetings.meetingId,
    body: () => ({ whatHappened: 'Lugnt.', whatWorked: '', whatToChange: '' }),
  },
  'POST /api/meetings/:id/review/measures': {
    expect: onlyRecord(201, ['security_officer']),
    id: (f) => f.own.meetings.meetingId,
    otherId: (f) => f.other.meetings.meetingId,
    body: () => ({ type: 'other', description: 'Öppna överflödessalen tidigare' }),
  },
  'PATCH /api/meetings/:id/review/measures/:measureId': {
    expect: onlyRecord(200, ['security_officer']),
    id: async (f) => {
      const added = await clients
        .get('security_officer')
        ?.post(`/api/meetings/${f.own.meetings.meetingId}/review/measures`, { type: 'other' });
      return { id: f.own.meetings.meetingId, measureId: measureSchema.parse(added?.json()).id };
    },
    otherId: (f) => ({ id: f.other.meetings.meetingId, measureId: randomUUID() }),
    body: () => ({ status: 'done' }),
  },

  // — Training (issue 11 §3). —
  'GET /api/training/courses': { expect: only(200, trainingKeepers) },
  'POST /api/training/courses': {
    expect: only(201, trainingKeepers),
    body: () => ({ kind: 'basic_security', name: `Kurs ${randomUUID()}`, validityMonths: 12 }),
  },
  'PATCH /api/training/courses/:id': {
    expect: only(200, trainingKeepers),
    id: (f) => f.own.training.courseId,
    otherId: (f) => f.other.training.courseId,
    otherExpect: trainingRecordElsewhere,
    body: () => ({ validityMonths: 48 }),
  },
  'GET /api/training/sessions': { expect: only(200, trainingKeepers) },
  'POST /api/training/sessions': {
    expect: only(201, trainingKeepers),
    body: (f) => ({ courseId: f.own.training.courseId, heldOn: '2027-01-20', mode: 'online' }),
  },
  'GET /api/training/sessions/:id': {
    expect: only(200, trainingKeepers),
    id: (f) => f.own.training.sessionId,
    otherId: (f) => f.other.training.sessionId,
    otherExpect: trainingRecordElsewhere,
  },
  'PATCH /api/training/sessions/:id': {
    expect: only(200, trainingKeepers),
    id: (f) => f.own.training.sessionId,
    otherId: (f) => f.other.training.sessionId,
    otherExpect: trainingRecordElsewhere,
    body: () => ({ place: 'Stadshuset, sal C' }),
  },
  'POST /api/training/sessions/:id/cancel': {
    expect: only(200, trainingKeepers),
    id: (f) => f.own.training.cancelSessionId,
    otherId: (f) => f.other.training.cancelSessionId,
    otherExpect: trainingRecordElsewhere,
  },
  'POST /api/training/sessions/:id/attendance': {
    expect: only(200, trainingKeepers),
    id: (f) => f.own.training.sessionId,
    otherId: (f) => f.other.training.sessionId,
    otherExpect: trainingRecordElsewhere,
    body: (f) => ({ rows: [{ personId: f.own.training.personId, status: 'attended' }] }),
  },
  'GET /api/training/people': { expect: only(200, trainingKeepers) },
  // One person's training: the unit, the admin and the person (linked to the official's account).
  'GET /api/training/people/:id': {
    expect: onlyRecord(200, [...trainingKeepers, 'official']),
    id: (f) => f.own.training.personId,
    otherId: (f) => f.other.training.personId,
  },
  'GET /api/me/training': {
    expect: only(200, [
      'admin',
      'security_officer',
      'party_contact',
      'other_party_contact',
      'official',
      'staff',
    ]),
  },
  'GET /api/training/coverage': { expect: only(200, [...trainingKeepers, 'viewer']) },
  // A party's training: the unit, the admin and the party's own contact; another party's contact 404.
  'GET /api/parties/:id/training': {
    expect: onlyRecord(200, [...trainingKeepers, 'party_contact']),
    id: (f) => f.own.partyId,
    otherId: (f) => f.other.partyId,
  },
  'GET /api/training/campaign': { expect: only(200, trainingKeepers) },
  'POST /api/training/campaign/invitations': {
    expect: only(200, trainingKeepers),
    body: (f) => ({ sessionId: f.own.training.refresherSessionId, personIds: [f.own.training.personId] }),
  },
  'POST /api/training/campaign/reminders': { expect: only(200, trainingKeepers) },
  // — Network (issue 11 §2, §4): the parties' contacts, the directory, the guidelines. —
  'GET /api/parties/security-contacts': { expect: only(200, networkKeepers) },
  'GET /api/parties/readiness-gaps': { expect: only(200, networkKeepers) },
  'PUT /api/parties/:id/security-contacts': {
    expect: onlyRecord(200, networkKeepers),
    id: (f) => f.own.partyId,
    otherId: (f) => f.other.partyId,
    body: (f) => ({ contactPersonId: f.own.network.personId, deputyPersonId: null }),
  },
  'POST /api/parties/:id/unit-contacts': {
    expect: onlyRecord(200, networkKeepers),
    id: (f) => f.own.partyId,
    otherId: (f) => f.other.partyId,
    body: () => ({}),
  },
  'GET /api/parties/:id/contact-candidates': {
    expect: onlyRecord(200, networkKeepers),
    id: (f) => f.own.partyId,
    otherId: (f) => f.other.partyId,
  },
  // A party contact reads their own party's page only (the roster's record rule).
  'GET /api/parties/:id/summary': {
    expect: onlyRecord(200, [...networkKeepers, 'party_contact']),
    id: (f) => f.own.partyId,
    otherId: (f) => f.other.partyId,
  },
  'GET /api/directory': { expect: only(200, networkKeepers) },
  'POST /api/directory/police-contacts': {
    expect: only(201, networkKeepers),
    body: () => ({ name: 'Per Polis', unit: 'Lokalpolisområde Ekby', phone: '010-563 10 00' }),
  },
  // The directory is one collection: other roles are refused it whole (403), whatever the id.
  'PATCH /api/directory/police-contacts/:id': {
    expect: only(200, networkKeepers),
    id: (f) => f.own.network.policeContactId,
    otherId: (f) => f.other.network.policeContactId,
    otherExpect: directoryOtherOrganisation,
    body: () => ({ role: 'kontaktpolis' }),
  },
  'POST /api/directory/on-call-shifts': {
    expect: only(201, networkKeepers),
    body: (f) => onCallShift(f.own.users.security_officer.id),
  },
  'PATCH /api/directory/on-call-shifts/:id': {
    expect: only(200, networkKeepers),
    id: (f) => f.own.network.shiftId,
    otherId: (f) => f.other.network.shiftId,
    otherExpect: directoryOtherOrganisation,
    body: () => ({ phone: '08-123 456 98' }),
  },
  'DELETE /api/directory/on-call-shifts/:id': {
    expect: only(200, networkKeepers),
    // A shift of its own for each caller, put on the rota by the unit.
    id: async (f) => {
      const added = await clients
        .get('security_officer')
        ?.post('/api/directory/on-call-shifts', onCallShift(f.own.users.security_officer.id));
      return onCallShiftSchema.parse(added?.json()).id;
    },
    otherId: (f) => f.other.network.shiftId,
    otherExpect: directoryOtherOrganisation,
  },
  'GET /api/guidelines': { expect: everyone(200) },
  'POST /api/guidelines': { expect: only(201, networkKeepers), body: () => guidelineVersion() },
  // Which parties endorsed: a fact about parties (viewers); a party contact reads their own party's page.
  'GET /api/guidelines/endorsements': { expect: only(200, [...networkKeepers, 'viewer']) },
  'GET /api/guidelines/:id': {
    expect: everyone(200),
    id: (f) => f.own.network.versionId,
    otherId: (f) => f.other.network.versionId,
  },
  'PUT /api/guidelines/:id/endorsements/:partyId': {
    expect: onlyRecord(200, [...networkKeepers, 'party_contact']),
    id: (f) => ({ id: f.own.network.versionId, partyId: f.own.partyId }),
    otherId: (f) => ({ id: f.other.network.versionId, partyId: f.other.partyId }),
    upload: () => ({ name: 'undertecknad.pdf', content: testPdf(), type: 'application/pdf' }),
    uploadFields: { signedBy: 'Gruppledaren', signedOn: '2026-02-01' },
  },
  'GET /api/guidelines/:id/endorsements/:partyId/evidence': {
    expect: onlyRecord(200, [...networkKeepers, 'party_contact']),
    id: (f) => ({ id: f.own.network.versionId, partyId: f.own.partyId }),
    otherId: (f) => ({ id: f.other.network.versionId, partyId: f.other.partyId }),
  },
  // — The lägesbild (issue 12 §4): the unit whole, viewers and party contacts as aggregates. —
  'GET /api/situation': { expect: only(200, situationReaders) },
  'POST /api/situation/assessments': {
    expect: only(201, ['security_officer']),
    body: () => ({ level: 'elevated', text: 'Fler hot i sociala medier efter budgetbeslutet.' }),
  },
  // The test app has no event connection: the readers get past the policy to 503, the rest stop at it.
  'GET /api/situation/events': {
    expect: {
      ...only(503, situationReaders),
      ...Object.fromEntries(
        situationReaders.map((caller) => [caller, { status: 503, code: 'service_unavailable' }]),
      ),
    },
  },
  // Reports and exports (issue 12 §2): the readers, each in their lägesbild's scope; the incident list the unit only.
  'GET /api/situation/report': { expect: only(200, situationReaders) },
  'GET /api/situation/export': { expect: only(200, situationReaders), query: '?format=csv' },
  'GET /api/situation/ptu-export': { expect: only(200, situationReaders), query: '?format=xlsx' },
  'GET /api/incidents/export': {
    expect: unitOnly(200),
    query: '?from=2026-01-01T00:00:00.000Z&to=2027-01-01T00:00:00.000Z&format=csv',
  },
};

/** The revision of a meeting's plan as the unit reads it, for the next plan request's body. */
let planRevision = 0;
async function withPlanRevision(meetingId: string): Promise<string> {
  const plan = await clients.get('security_officer')?.get(`/api/meetings/${meetingId}/plan`);
  planRevision = securityPlanSchema.parse(plan?.json()).revision;
  return meetingId;
}

/** A live log entry as a phone sends it. */
const logEntry = () => ({
  id: randomUUID(),
  kind: 'note',
  text: 'Lugnt i salen.',
  occurredAt: new Date().toISOString(),
});

/** Concrete URL for a route pattern. */
function urlFor(pattern: string, params: Params | undefined, query = ''): string {
  const named = typeof params === 'string' ? { id: params } : (params ?? {});
  return pattern.replace(/:(\w+)/gu, (match, name: string) => named[name] ?? match) + query;
}

let fixture: Fixture;
const clients = new Map<Caller, TestClient>();

async function loggedIn(email: string): Promise<TestClient> {
  const client = new TestClient(app);
  expect((await client.logIn(email)).statusCode).toBe(200);
  return client;
}

/** Reports a case through the API; returns its id. */
async function report(client: TestClient, body: ReportIncidentBody): Promise<string> {
  const response = await client.post('/api/incidents', body);
  expect(response.statusCode).toBe(201);
  return incidentDetailSchema.parse(response.json()).id;
}

/** Uploads the test PNG to a case; returns the file's id. */
async function uploadPng(client: TestClient, incidentId: string): Promise<string> {
  const response = await client.upload(`/api/incidents/${incidentId}/evidence`, png());
  expect(response.statusCode).toBe(201);
  return evidenceSchema.parse(response.json()).id;
}

async function addMeasure(officer: TestClient, incidentId: string): Promise<string> {
  const response = await officer.post(`/api/incidents/${incidentId}/measures`, { type: 'advice' });
  expect(response.statusCode).toBe(201);
  return measureSchema.parse(response.json()).id;
}

async function recordPoliceReport(officer: TestClient, incidentId: string): Promise<void> {
  const response = await officer.put(`/api/incidents/${incidentId}/police-report`, {
    electedRoleStated: true,
    protectionRequested: true,
    status: 'reported',
  });
  expect(response.statusCode).toBe(200);
}

async function sendSignal(client: TestClient): Promise<string> {
  const response = await client.post('/api/signals', {
    text: 'Något är på gång inför mötet.',
    urgency: 'low',
  });
  expect(response.statusCode).toBe(201);
  return signalSchema.parse(response.json()).id;
}

/** The default template's content, as an admin's edited copy would send it. */
function templateContent() {
  const { id: _id, version: _version, ...content } = defaultTemplate;
  return content;
}

/** A body, two venues (one with a floor plan) and two meetings of an organisation, made by its security officer. */
async function meetingRecords(officer: TestClient, organisationId: string): Promise<MeetingRecords> {
  const venue = async (name: string) => {
    const response = await officer.post('/api/venues', { name });
    expect(response.statusCode).toBe(201);
    return venueSchema.parse(response.json()).id;
  };
  const meeting = async (title: string) => {
    const response = await officer.post('/api/meetings', {
      type: 'council',
      title,
      startsAt: '2026-12-10T17:00:00.000Z',
      endsAt: '2026-12-10T21:00:00.000Z',
    });
    expect(response.statusCode).toBe(201);
    return meetingDetailSchema.parse(response.json()).id;
  };
  const venueWithPlanId = await venue('Stadshuset');
  expect((await officer.upload(`/api/venues/${venueWithPlanId}/floor-plan`, png(), 'PUT')).statusCode).toBe(
    200,
  );
  return {
    bodyId: await createBody(
      database,
      organisationId,
      `Kommunstyrelsen ${randomUUID().slice(0, 8)}`,
      'executive_board',
    ),
    venueId: await venue('Folkets hus'),
    venueWithPlanId,
    meetingId: await meeting('Kommunfullmäktige 10 december'),
    workMeetingId: await meeting('Kommunfullmäktige, extra sammanträde'),
  };
}

/** Register records of an organisation (issue 11 §1). */
interface RegisterRecords {
  readonly bodyId: string;
  /** A person of the organisation's party S (own) with an e-mail, an assignment and an election. */
  readonly personId: string;
  readonly assignmentId: string;
  readonly electionWorkerId: string;
}

/** A person of the register as the unit adds them; returns its id. */
async function addRegisterPerson(officer: TestClient, body: Record<string, unknown>): Promise<string> {
  const response = await officer.post('/api/register/people', body);
  expect(response.statusCode).toBe(201);
  return personSchema.parse(response.json()).id;
}

/** A body, a person with an assignment and an election of an organisation, made by its security officer. */
async function registerRecords(
  officer: TestClient,
  organisationId: string,
  partyId: string,
): Promise<RegisterRecords> {
  const bodyId = await createBody(
    database,
    organisationId,
    `Registernämnd ${randomUUID().slice(0, 8)}`,
    'committee',
  );
  const personId = await addRegisterPerson(officer, {
    name: 'Rut Register',
    contact: { email: `rut.${randomUUID().slice(0, 8)}@test.se` },
    partyId,
  });
  const assigned = await officer.post(`/api/register/people/${personId}/assignments`, {
    bodyId,
    role: 'member',
    termStart: '2023-01-01',
  });
  expect(assigned.statusCode).toBe(201);
  const worker = await officer.post('/api/register/election-workers', {
    personId,
    electionDate: '2030-09-08',
    role: 'counting',
  });
  expect(worker.statusCode).toBe(201);
  return {
    bodyId,
    personId,
    assignmentId: personSchema.parse(assigned.json()).assignments[0]?.id ?? '',
    electionWorkerId: electionWorkerSchema.parse(worker.json()).id,
  };
}

/** A fresh person (with an assignment) of the own organisation, for routes that remove things. */
async function freshRegisterPerson(f: Fixture): Promise<{ personId: string; assignmentId: string }> {
  const officer = clients.get('security_officer');
  if (!officer) throw new Error('no officer');
  const personId = await addRegisterPerson(officer, {
    name: 'Ny Person',
    contact: { email: `ny.${randomUUID().slice(0, 8)}@test.se` },
    partyId: f.own.partyId,
  });
  const assigned = await officer.post(`/api/register/people/${personId}/assignments`, {
    bodyId: f.own.register.bodyId,
    role: 'substitute',
    termStart: '2023-01-01',
  });
  return { personId, assignmentId: personSchema.parse(assigned.json()).assignments[0]?.id ?? '' };
}

/** An officials list of one row (its body unknown here: reported, not imported). */
function officialsCsv(): UploadFile {
  return {
    name: 'ledamoter.csv',
    content: Buffer.from(
      'Namn;E-post;Organ;Uppdrag;Från\r\nImp Orterad;imp@test.se;Nämnden;Ledamot;2023-01-01\r\n',
    ),
    type: 'text/csv',
  };
}

/** A matter, a screening, a finished assessment with a measure, a draft and the template of an organisation. */
async function riskguideRecords(officer: TestClient, screener: TestClient): Promise<RiskguideRecords> {
  const matterId = await createMatterVia(officer, {
    title: 'Nedläggning av Norrby skola',
    diaryNumber: 'KS 2026/0101',
  });
  const screening = await screener.post('/api/screenings', {
    rows: [{ matterId, level: 'high', reason: 'Starka reaktioner väntas.' }],
  });
  expect(screening.statusCode).toBe(201);
  const assessment = await assessMatter(officer, matterId, {
    step2: step2Answers({ A1: 'high', C1: 'high' }),
    step3: step3Answers({ K1: 'fully', X1: 'fully', X2: 'fully' }),
  });
  const chosen = await officer.post(`/api/assessments/${assessment.id}/measures`, {
    measures: [{ libraryMeasureId: 'inform_early' }],
  });
  expect(chosen.statusCode).toBe(201);
  const draft = await officer.post('/api/assessments', {
    matterId: await createMatterVia(officer, { title: 'Ny återvinningscentral' }),
  });
  expect(draft.statusCode).toBe(201);
  const measures = assessmentSchema.parse(chosen.json()).measures.chosen;
  return {
    matterId,
    screeningId: screeningSchema.parse(screening.json()).id,
    assessmentId: assessment.id,
    draftId: assessmentSchema.parse(draft.json()).id,
    matterMeasureId: measures[0]?.measure.id ?? '',
    templateId: assessment.template.id,
  };
}

/** A course, three sessions and a person of the register of an organisation (issue 11 §3). */
async function trainingRecords(
  officer: TestClient,
  organisationId: string,
  linkedUserId?: string,
): Promise<TrainingRecords> {
  const courses = courseListSchema.parse((await officer.get('/api/training/courses')).json()).courses;
  const courseId = courses.find((course) => course.kind === 'basic_security')?.id ?? '';
  const refresherId = courses.find((course) => course.kind === 'pre_election_refresher')?.id ?? '';
  const session = async (id: string, heldOn: string) => {
    const response = await officer.post('/api/training/sessions', {
      courseId: id,
      heldOn,
      mode: 'in_person',
    });
    expect(response.statusCode).toBe(201);
    return trainingSessionSchema.parse(response.json()).id;
  };
  return {
    courseId,
    sessionId: await session(courseId, '2026-11-20'),
    cancelSessionId: await session(courseId, '2027-02-01'),
    refresherSessionId: await session(refresherId, '2030-05-15'),
    personId: await insertPerson(database, organisationId, {
      name: 'Petra Person',
      email: 'petra.person@test.se',
      ...(linkedUserId ? { userId: linkedUserId } : {}),
    }),
  };
}

/** A person of the party, a guideline version the party endorsed, a police contact and a shift, made by the organisation's officer. */
async function networkRecords(
  officer: TestClient,
  organisationId: string,
  partyId: string,
  officerId: string,
): Promise<NetworkRecords> {
  const personId = await createPerson(database, organisationId, { name: 'Anna Andersson', partyId });
  const version = await officer.post('/api/guidelines', guidelineVersion());
  expect(version.statusCode).toBe(201);
  const versionId = guidelineVersionSchema.parse(version.json()).id;
  const endorsed = await officer.upload(
    `/api/guidelines/${versionId}/endorsements/${partyId}`,
    { name: 'undertecknad.pdf', content: testPdf(), type: 'application/pdf' },
    'PUT',
    { signedBy: 'Gruppledaren', signedOn: '2026-01-15' },
  );
  expect(endorsed.statusCode).toBe(200);
  const police = await officer.post('/api/directory/police-contacts', {
    name: 'Vakthavande befäl',
    unit: 'Polisregion',
    phone: '114 14',
  });
  const shift = await officer.post('/api/directory/on-call-shifts', onCallShift(officerId));
  return {
    personId,
    versionId,
    policeContactId: policeContactSchema.parse(police.json()).id,
    shiftId: onCallShiftSchema.parse(shift.json()).id,
  };
}

beforeAll(async () => {
  const own = await createOrganisation(database);
  const other = await createOrganisation(database);
  const ownParty = await createParty(database, own.id, 'S', 'Socialdemokraterna');
  const secondParty = await createParty(database, own.id, 'M', 'Moderaterna');
  const otherParty = await createParty(database, other.id);
  const users = {} as Record<SignedIn, { id: string; email: string }>;
  for (const role of roles) {
    const partyId = role === Role.PartyContact || role === Role.Official ? ownParty.id : undefined;
    users[role] = await createUser(database, own.id, role, partyId ? { partyId } : {});
  }
  users.other_party_contact = await createUser(database, own.id, Role.PartyContact, {
    partyId: secondParty.id,
  });
  await appointContact(database, own.id, ownParty.id, users.party_contact.id);
  await appointContact(database, own.id, secondParty.id, users.other_party_contact.id);
  const secondPartyOfficial = await createUser(database, own.id, Role.Official, { partyId: secondParty.id });

  for (const caller of callers) {
    clients.set(caller, caller === 'anonymous' ? new TestClient(app) : await loggedIn(users[caller].email));
  }
  const as = (caller: SignedIn): TestClient => {
    const client = clients.get(caller);
    if (!client) throw new Error(`no client for ${caller}`);
    return client;
  };
  const officer = as('security_officer');

  const cases: Cases = {
    official: await report(
      as('official'),
      incidentReport({ categories: ['threat'], partyContactConsent: true }),
    ),
    officialPrivate: await report(as('official'), incidentReport({ partyContactConsent: false })),
    staff: await report(as('staff'), incidentReport({ targetRole: 'staff', seriousWorkIncident: true })),
    memberConsent: await report(
      as('party_contact'),
      incidentReport({ targetKind: 'party_member', targetName: 'Maja Medlem', partyContactConsent: true }),
    ),
    memberPrivate: await report(
      as('party_contact'),
      incidentReport({ targetKind: 'party_member', targetName: 'Mats Medlem', partyContactConsent: false }),
    ),
    otherParty: await report(
      await loggedIn(secondPartyOfficial.email),
      incidentReport({ partyContactConsent: true }),
    ),
    later: await report(
      officer,
      incidentReport({ targetKind: 'other', targetName: 'Receptionen', targetRole: 'municipal_premises' }),
    ),
  };
  const evidence = {} as Record<keyof Cases, string>;
  for (const [name, incidentId] of Object.entries(cases) as [keyof Cases, string][]) {
    evidence[name] = await uploadPng(name === 'official' ? as('official') : officer, incidentId);
  }
  const measureId = await addMeasure(officer, cases.official);
  await recordPoliceReport(officer, cases.official);

  const otherOfficerUser = await createUser(database, other.id, Role.SecurityOfficer);
  const otherOfficer = await loggedIn(otherOfficerUser.email);
  const otherOfficial = await loggedIn((await createUser(database, other.id, Role.Official)).email);
  const otherIncident = await report(otherOfficial, incidentReport({ categories: ['threat'] }));
  await recordPoliceReport(otherOfficer, otherIncident);
  const otherTaxonomy = await insertTaxonomyEntry(database.db, {
    organisationId: other.id,
    kind: 'category',
    code: 'grannby_egen',
    labelSv: 'Grannbys egen kategori',
    labelEn: "Grannby's own category",
    now: new Date(),
  });

  const ownRiskguide = await riskguideRecords(officer, as('secretary'));
  // Officials and party contacts read a matter on the agenda of a meeting they may see (ADR 017):
  // the council meets in public.
  await meetingWithAgenda(database, own.id, [ownRiskguide.matterId]);
  const completeDraft = await officer.post('/api/assessments', {
    matterId: await createMatterVia(officer, { title: 'Ändrade öppettider i biblioteket' }),
  });
  const completeDraftView = assessmentSchema.parse(completeDraft.json());
  expect(
    (
      await officer.put(`/api/assessments/${completeDraftView.id}`, {
        revision: completeDraftView.revision,
        participants: [{ name: 'Sara Säkerhet', function: 'security' }],
        step2Answers: step2Answers(),
        step3Answers: {},
      })
    ).statusCode,
  ).toBe(200);
  const otherSecretary = await loggedIn((await createUser(database, other.id, Role.Secretary)).email);

  fixture = {
    own: {
      organisationId: own.id,
      partyId: ownParty.id,
      users,
      cases,
      evidence,
      measureId,
      signals: {
        toAcknowledge: await sendSignal(as('official')),
        toConvert: await sendSignal(as('official')),
      },
      riskguide: {
        ...ownRiskguide,
        unassessedMatterId: await createMatterVia(officer, { title: 'Ny busslinje' }),
        completeDraftId: completeDraftView.id,
        templateVersion: 1,
      },
      meetings: await meetingRecords(officer, own.id),
      register: await registerRecords(officer, own.id, ownParty.id),
      training: await trainingRecords(officer, own.id, users.official.id),
      network: await networkRecords(officer, own.id, ownParty.id, users.security_officer.id),
    },
    other: {
      organisationId: other.id,
      partyId: otherParty.id,
      userId: (await createUser(database, other.id, Role.Staff)).id,
      incidentId: otherIncident,
      evidenceId: await uploadPng(otherOfficial, otherIncident),
      measureId: await addMeasure(otherOfficer, otherIncident),
      signalId: await sendSignal(otherOfficial),
      taxonomyCode: otherTaxonomy.code,
      riskguide: await riskguideRecords(otherOfficer, otherSecretary),
      meetings: await meetingRecords(otherOfficer, other.id),
      register: await registerRecords(otherOfficer, other.id, otherParty.id),
      training: await trainingRecords(otherOfficer, other.id),
      network: await networkRecords(otherOfficer, other.id, otherParty.id, otherOfficerUser.id),
    },
    targets: {
      plain: (await createUser(database, own.id, Role.Staff)).id,
      deactivated: (await createUser(database, own.id, Role.Staff, { status: 'deactivated' })).id,
      invited: (await createUser(database, own.id, Role.Staff, { status: 'invited' })).id,
    },
  };
});

async function clientFor(caller: Caller, routeCase: RouteCase): Promise<TestClient> {
  if (caller === 'anonymous' || !routeCase.freshSession) {
    const client = clients.get(caller);
    if (!client) throw new Error(`no client for ${caller}`);
    return client;
  }
  return await loggedIn(fixture.own.users[caller].email);
}

async function send(
  caller: Caller,
  method: string,
  url: string,
  routeCase: RouteCase,
  client: TestClient,
): Promise<LightMyRequestResponse> {
  if (routeCase.upload)
    return await client.upload(
      url,
      routeCase.upload(),
      method === 'PUT' ? 'PUT' : 'POST',
      routeCase.uploadFields,
    );
  const body = routeCase.body?.(fixture, caller);
  return await client.request(
    method as 'GET',
    url,
    method === 'GET' ? undefined : (body ?? {}),
    method === 'POST' && url === '/api/auth/login' ? { csrf: false } : {},
  );
}

/** What a caller got: the status, and the error code where the expectation names one. */
function outcome(response: LightMyRequestResponse, expected: Expectation): Expectation {
  const code =
    response.statusCode >= 400 ? (response.json() as { error?: { code?: string } }).error?.code : undefined;
  return { status: response.statusCode, ...(expected.code && code ? { code } : {}) };
}

/**
 * Sends a row's request as every caller (refused callers first, so that a permitted change
 * cannot affect their answer), against the own organisation's record or another's; returns what
 * each got and what each should have got, keyed by caller, for one readable diff.
 */
async function walk(key: string, organisation: 'own' | 'other') {
  const routeCase = table[key];
  if (!routeCase) throw new Error(key);
  const [method = 'GET', pattern = '/'] = key.split(' ');
  const expectationOf = (caller: Caller): Expectation =>
    organisation === 'own'
      ? routeCase.expect[caller]
      : (routeCase.otherExpect?.[caller] ??
        (caller === 'anonymous' ? unauthenticated : { status: 404, code: 'not_found' }));
  const ordered = [...callers].sort(
    (a, b) => Number(expectationOf(a).status < 300) - Number(expectationOf(b).status < 300),
  );
  const actual: Record<string, Expectation> = {};
  const expected: Record<string, Expectation> = {};
  for (const caller of ordered) {
    const client = await clientFor(caller, routeCase);
    const params =
      organisation === 'own'
        ? routeCase.id
          ? await routeCase.id(fixture, caller, client)
          : undefined
        : routeCase.otherId?.(fixture);
    const response = await send(caller, method, urlFor(pattern, params, routeCase.query), routeCase, client);
    expected[caller] = expectationOf(caller);
    actual[caller] = outcome(response, expected[caller]);
    if (routeCase.endsOtherSessions && caller !== 'anonymous')
      await clients.get(caller)?.logIn(fixture.own.users[caller].email);
  }
  return { actual, expected };
}

describe('route × role access', () => {
  it('has a row for every registered route and no row for a route that does not exist', () => {
    const registered = app.registeredRoutes.map((route) => `${route.method} ${route.url}`).sort();
    expect(Object.keys(table).sort()).toEqual(registered);
  });

  it.each(Object.keys(table))('%s — own organisation, every role', async (key) => {
    const { actual, expected } = await walk(key, 'own');
    expect(actual).toEqual(expected);
  });

  const recordRoutes = Object.keys(table).filter((key) => table[key]?.otherId !== undefined);
  it.each(recordRoutes)('%s — a record of another organisation answers 404 to every role', async (key) => {
    const { actual, expected } = await walk(key, 'other');
    expect(actual).toEqual(expected);
  });
});

/**
 * Need-to-know (issue 3 §9): who sees which case. The security unit sees every case; a reporter
 * and the targeted person see theirs; a party's contact sees what they reported and the cases of
 * their own party's members who consented — never another party's. Everyone else gets 404 and
 * does not find the case in their list; the evidence follows the case.
 */
const seenBy: Readonly<Record<keyof Cases, readonly SignedIn[]>> = {
  official: concernedByOfficialCase,
  officialPrivate: ['security_officer', 'official'],
  staff: ['security_officer', 'staff'],
  memberConsent: ['security_officer', 'party_contact'],
  memberPrivate: ['security_officer', 'party_contact'],
  otherParty: ['security_officer', 'other_party_contact'],
  later: ['security_officer'],
};

describe('need-to-know: who sees which case', () => {
  it.each(signedIn)(
    '%s sees exactly the cases that concern them, listed and one by one, with their evidence',
    async (caller) => {
      const client = clients.get(caller);
      if (!client) throw new Error(caller);
      const list = await client.get('/api/incidents?limit=200');
      const listed =
        list.statusCode === 200 ? incidentListSchema.parse(list.json()).incidents.map((row) => row.id) : [];
      expect(list.statusCode).toBe(reporting.includes(caller) ? 200 : 403);

      const actual: Record<string, unknown> = {};
      const expected: Record<string, unknown> = {};
      for (const [name, incidentId] of Object.entries(fixture.own.cases) as [keyof Cases, string][]) {
        const sees = seenBy[name].includes(caller);
        const detail = await client.get(`/api/incidents/${incidentId}`);
        const file = await client.get(`/api/incidents/${incidentId}/evidence/${fixture.own.evidence[name]}`);
        actual[name] = {
          detail: detail.statusCode,
          view: detail.statusCode === 200 ? incidentDetailSchema.parse(detail.json()).view : null,
          evidence: file.statusCode,
          listed: listed.includes(incidentId),
        };
        expected[name] = {
          detail: sees ? 200 : 404,
          view: sees ? (caller === 'security_officer' ? 'unit' : 'reporter') : null,
          evidence: sees ? 200 : 404,
          listed: sees,
        };
      }
      expect(actual).toEqual(expected);
    },
  );
});
