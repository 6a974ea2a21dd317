import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { roles } from '@varn/domain';
import { auditQuerySchema } from './audit';
import * as authModule from './auth';
import { issuesToFields } from './field-messages';
import {
  invitationAcceptBodySchema,
  invitationLookupBodySchema,
  loginBodySchema,
  mfaCodeBodySchema,
} from './auth';
import * as incidentsModule from './incidents';
import {
  consentBodySchema,
  noteBodySchema,
  policeReportBodySchema,
  policeReportLinkBodySchema,
  reportIncidentBodySchema,
  transitionBodySchema,
  triageBodySchema,
  workEnvironmentBodySchema,
} from './incidents';
import * as measuresModule from './measures';
import { myCasesCursor, myCasesCursorSchema, myCasesQuerySchema, parseMyCasesCursor } from './my-cases';
import { createMeasureBodySchema, updateMeasureBodySchema } from './measures';
import * as meModule from './me';
import { changePasswordBodySchema, passwordConfirmBodySchema, updateProfileBodySchema } from './me';
import * as organisationModule from './organisation';
import { updateOrganisationSettingsBodySchema } from './organisation';
import * as partiesModule from './parties';
import {
  appointPartyContactsBodySchema,
  createPartyBodySchema,
  recordUnitContactBodySchema,
  updatePartyBodySchema,
} from './parties';
import * as signalsModule from './signals';
import { createSignalBodySchema, signalStatusBodySchema } from './signals';
import * as taxonomyModule from './taxonomy';
import { createTaxonomyEntryBodySchema, updateTaxonomyEntryBodySchema } from './taxonomy';
import * as usersModule from './users';
import { createUserBodySchema, updateUserBodySchema } from './users';

const uuid = '3f2b8c1e-5d4a-4e6f-9a8b-7c6d5e4f3a2b';
const otherUuid = '9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f';
const token = 'q7Yd0cXr2Vh9pLm4Tn8sKe1Wb6Zf3GjA5uRiOyEwN0o';

interface RequestSchema {
  readonly schema: z.ZodType;
  /** A full, valid request body. */
  readonly example: Readonly<Record<string, unknown>>;
}

/**
 * Every request body of users.ts, parties.ts, organisation.ts, me.ts, auth.ts, incidents.ts,
 * measures.ts, signals.ts and taxonomy.ts, with a valid example.
 */
const requestSchemas: Readonly<Record<string, RequestSchema>> = {
  createUserBodySchema: {
    schema: createUserBodySchema,
    example: {
      email: 'anna.svensson@kommun.se',
      name: 'Anna Svensson',
      role: 'official',
      partyId: uuid,
      language: 'sv',
    },
  },
  updateUserBodySchema: {
    schema: updateUserBodySchema,
    example: { name: 'Anna Berg', role: 'party_contact', partyId: null, language: 'en' },
  },
  createPartyBodySchema: {
    schema: createPartyBodySchema,
    example: {
      name: 'Moderaterna',
      abbreviation: 'M',
      councilSeats: 17,
      colour: '#1B49DD',
    },
  },
  updatePartyBodySchema: {
    schema: updatePartyBodySchema,
    example: {
      name: 'Kristdemokraterna',
      abbreviation: 'KD',
      councilSeats: 4,
      colour: '#000077',
      securityContactUserId: null,
    },
  },
  updateOrganisationSettingsBodySchema: {
    schema: updateOrganisationSettingsBodySchema,
    example: {
      name: 'Exempelkommun',
      municipalityCode: '0180',
      securityUnitPhone: '08-123 456 78',
      securityUnitEmail: 'sakerhet@kommun.se',
      mfaRequiredRoles: ['admin', 'security_officer'],
      idleMinutes: 30,
      absoluteHours: 12,
    },
  },
  updateProfileBodySchema: {
    schema: updateProfileBodySchema,
    example: { name: 'Anna Svensson', language: 'en' },
  },
  changePasswordBodySchema: {
    schema: changePasswordBodySchema,
    example: { currentPassword: 'gammal lösenfras', newPassword: 'en ny och lång lösenfras' },
  },
  passwordConfirmBodySchema: {
    schema: passwordConfirmBodySchema,
    example: { password: 'en lång lösenfras' },
  },
  loginBodySchema: {
    schema: loginBodySchema,
    example: { email: 'anna.svensson@kommun.se', password: 'hemligt' },
  },
  mfaCodeBodySchema: { schema: mfaCodeBodySchema, example: { code: '123456' } },
  invitationLookupBodySchema: { schema: invitationLookupBodySchema, example: { token } },
  invitationAcceptBodySchema: {
    schema: invitationAcceptBodySchema,
    example: { token, password: 'en lång lösenfras' },
  },
  reportIncidentBodySchema: {
    schema: reportIncidentBodySchema,
    example: {
      description: 'En man ringde efter fullmäktige och sa att han vet var jag bor.',
      ongoing: false,
      occurredFrom: '2026-03-02T18:30:00+01:00',
      occurredTo: '2026-03-02T18:45:00+01:00',
      targetKind: 'party_member',
      targetName: 'Anna Svensson',
      targetRole: 'official',
      categories: ['threat', 'harassment'],
      channel: 'phone_sms',
      perpetratorType: 'unknown',
      motive: 'decision',
      matterReference: 'KS 2026/114',
      policeContacted: false,
      partyContactConsent: true,
      consequences: ['fear', 'self_censorship'],
      seriousWorkIncident: false,
    },
  },
  triageBodySchema: {
    schema: triageBodySchema,
    example: {
      severity: 'high',
      categories: ['threat'],
      channel: 'phone_sms',
      perpetratorType: 'fixated',
      motive: null,
      targetRole: 'official',
      policeContacted: true,
      matterReference: null,
      consequences: ['fear'],
      handlerUserId: uuid,
      unlawfulInfluence: true,
      sexualOrSexist: false,
      electionPeriod: false,
      linkedIncidentIds: [otherUuid],
      seriousWorkIncident: false,
    },
  },
  transitionBodySchema: {
    schema: transitionBodySchema,
    example: { event: 'close', summary: 'Stödsamtal genomfört och polisanmälan gjord.' },
  },
  noteBodySchema: {
    schema: noteBodySchema,
    example: { kind: 'contact', text: 'Ringde Anna, hon vill ha ett hembesök.', at: '2026-03-03T09:15:00Z' },
  },
  consentBodySchema: { schema: consentBodySchema, example: { consent: true } },
  policeReportBodySchema: {
    schema: policeReportBodySchema,
    example: {
      reportNumber: '5000-K123456-26',
      reportedOn: '2026-03-03',
      electedRoleStated: true,
      protectionRequested: true,
      personConsented: true,
      investigatorContact: 'Utredare Berg, 010-123 45 67',
      status: 'under_investigation',
      note: 'Förundersökning inledd.',
    },
  },
  policeReportLinkBodySchema: { schema: policeReportLinkBodySchema, example: { incidentId: uuid } },
  workEnvironmentBodySchema: {
    schema: workEnvironmentBodySchema,
    example: { reportedAt: '2026-03-03T15:00:00+01:00', kiaReference: 'KIA-2026-0042' },
  },
  createMeasureBodySchema: {
    schema: createMeasureBodySchema,
    example: {
      type: 'home_security_review',
      description: 'Säkerhetsgenomgång av bostaden.',
      ownerUserId: uuid,
      dueDate: '2026-03-10',
      visibleToPerson: true,
    },
  },
  updateMeasureBodySchema: {
    schema: updateMeasureBodySchema,
    example: {
      status: 'done',
      description: 'Genomförd.',
      ownerUserId: null,
      dueDate: null,
      visibleToPerson: false,
    },
  },
  appointPartyContactsBodySchema: {
    schema: appointPartyContactsBodySchema,
    example: {
      contactPersonId: '0b0f9c53-1f7e-4d4b-9b3c-6f2a1d9e8c11',
      deputyPersonId: null,
      appointedOn: '2026-11-30',
    },
  },
  recordUnitContactBodySchema: {
    schema: recordUnitContactBodySchema,
    example: { contactedAt: '2026-12-04T14:00:00.000Z' },
  },
  createSignalBodySchema: {
    schema: createSignalBodySchema,
    example: {
      text: 'Det sprids en uppmaning att komma till torsdagens möte om skolnedläggningen.',
      urgency: 'high',
      matterReference: 'BUN 2026/31',
      meetingReference: 'Barn- och utbildningsnämnden 5 mars',
    },
  },
  signalStatusBodySchema: {
    schema: signalStatusBodySchema,
    example: { status: 'acknowledged', note: 'Vi har kontakt med polisen inför mötet.' },
  },
  createTaxonomyEntryBodySchema: {
    schema: createTaxonomyEntryBodySchema,
    example: { kind: 'category', code: 'arson', labelSv: 'Mordbrand', labelEn: 'Arson' },
  },
  updateTaxonomyEntryBodySchema: {
    schema: updateTaxonomyEntryBodySchema,
    example: { labelSv: 'Anlagd brand', labelEn: 'Arson', active: false },
  },
};

const rows = Object.entries(requestSchemas).map(([name, { schema, example }]) => ({ name, schema, example }));

function schemaNamed(name: string): RequestSchema {
  const found = requestSchemas[name];
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

describe('the request schema table', () => {
  it('has a row for every request body of every resource', () => {
    const exported = [
      usersModule,
      partiesModule,
      organisationModule,
      meModule,
      authModule,
      incidentsModule,
      measuresModule,
      signalsModule,
      taxonomyModule,
    ]
      .flatMap((module) => Object.keys(module))
      .filter((name) => name.endsWith('BodySchema'));
    expect(Object.keys(requestSchemas).sort()).toEqual(exported.sort());
  });
});

describe('every request schema', () => {
  it.each(rows)('$name accepts its example unchanged', ({ schema, example }) => {
    const result = schema.safeParse(example);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(example);
  });

  it.each(rows)('$name refuses an unknown field, naming it', ({ schema, example }) => {
    const result = schema.safeParse({ ...example, unexpected: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['unexpected'], path: [] }),
    ]);
  });

  it.each(rows)('$name refuses a body that is not an object', ({ schema }) => {
    for (const body of [null, [], 'x', 1]) expect(schema.safeParse(body).success).toBe(false);
  });
});

describe('fields a client may not set through these bodies', () => {
  it.each<[string, string, unknown]>([
    ['updateProfileBodySchema', 'role', 'admin'],
    ['updateProfileBodySchema', 'email', 'ny@kommun.se'],
    ['updateProfileBodySchema', 'partyId', uuid],
    ['updateProfileBodySchema', 'mfaEnabled', false],
    ['updateUserBodySchema', 'email', 'ny@kommun.se'],
    ['updateUserBodySchema', 'status', 'active'],
    ['updateUserBodySchema', 'organisationId', uuid],
    ['updateUserBodySchema', 'mfaEnabled', false],
    ['createUserBodySchema', 'organisationId', uuid],
    ['createUserBodySchema', 'status', 'active'],
    ['createUserBodySchema', 'password', 'en lång lösenfras'],
    ['createPartyBodySchema', 'id', uuid],
    // Contacts are appointed after the party exists (PATCH), never on creation.
    ['createPartyBodySchema', 'securityContactUserId', uuid],
    ['createPartyBodySchema', 'organisationId', uuid],
    ['updatePartyBodySchema', 'organisationId', uuid],
    ['updateOrganisationSettingsBodySchema', 'id', uuid],
    // The organisation is chosen at login only among the accounts the password opens (ADR 013).
    ['loginBodySchema', 'userId', uuid],
    ['invitationAcceptBodySchema', 'email', 'annan@kommun.se'],
    ['invitationAcceptBodySchema', 'role', 'admin'],
    // Set by the server from the session and the triage, never by the reporter.
    ['reportIncidentBodySchema', 'status', 'closed'],
    ['reportIncidentBodySchema', 'severity', 'low'],
    ['reportIncidentBodySchema', 'reportedByUserId', uuid],
    ['reportIncidentBodySchema', 'organisationId', uuid],
    ['reportIncidentBodySchema', 'handlerUserId', uuid],
    ['reportIncidentBodySchema', 'reference', 'INC-2026-0001'],
    ['reportIncidentBodySchema', 'targetUserId', uuid],
    // The targeted person's party comes from the reporter's own party, never from the client.
    ['reportIncidentBodySchema', 'targetPartyId', uuid],
    // The status moves only through transitions; consent is the targeted person's own decision.
    ['triageBodySchema', 'status', 'closed'],
    ['triageBodySchema', 'partyContactConsent', true],
    ['triageBodySchema', 'closingSummary', 'Klart.'],
    ['triageBodySchema', 'description', 'Omskriven beskrivning'],
    ['triageBodySchema', 'organisationId', uuid],
    ['transitionBodySchema', 'status', 'closed'],
    ['consentBodySchema', 'targetUserId', uuid],
    ['workEnvironmentBodySchema', 'reportedByUserId', uuid],
    ['createMeasureBodySchema', 'completedAt', '2026-03-10T10:00:00Z'],
    ['createSignalBodySchema', 'status', 'acknowledged'],
    ['createSignalBodySchema', 'convertedIncidentId', uuid],
    ['createSignalBodySchema', 'createdByUserId', uuid],
    // The code of an entry never changes, nor the list it is in.
    ['updateTaxonomyEntryBodySchema', 'code', 'arson_2'],
    ['updateTaxonomyEntryBodySchema', 'kind', 'channel'],
  ])('%s refuses %s', (name, field, value) => {
    const { schema, example } = schemaNamed(name);
    const result = schema.safeParse({ ...example, [field]: value });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: [field] }),
    ]);
  });
});

describe('partial updates', () => {
  it.each([
    'updateUserBodySchema',
    'updatePartyBodySchema',
    'updateOrganisationSettingsBodySchema',
    'updateProfileBodySchema',
    'triageBodySchema',
    'updateMeasureBodySchema',
    'updateTaxonomyEntryBodySchema',
  ])('%s accepts an empty body (nothing changes)', (name) => {
    expect(schemaNamed(name).schema.safeParse({}).data).toEqual({});
  });

  it.each([
    'createUserBodySchema',
    'createPartyBodySchema',
    'loginBodySchema',
    'invitationAcceptBodySchema',
    'reportIncidentBodySchema',
    'transitionBodySchema',
    'noteBodySchema',
    'consentBodySchema',
    'policeReportBodySchema',
    'policeReportLinkBodySchema',
    'workEnvironmentBodySchema',
    'createMeasureBodySchema',
    'createSignalBodySchema',
    'signalStatusBodySchema',
    'createTaxonomyEntryBodySchema',
  ])('%s refuses an empty body', (name) => {
    expect(schemaNamed(name).schema.safeParse({}).success).toBe(false);
  });
});

/** `n` distinct valid taxonomy codes. */
const codes = (n: number): string[] => Array.from({ length: n }, (_, index) => `category_${index + 1}`);
/** `n` distinct UUIDs. */
const uuids = (n: number): string[] =>
  Array.from({ length: n }, (_, index) => `${uuid.slice(0, -4)}${String(index).padStart(4, '0')}`);
const allConsequences = [
  'fear',
  'self_censorship',
  'considered_leaving',
  'left_role',
  'changed_decision',
  'sick_leave',
] as const;

const emailOfLength = (length: number): string => `${'a'.repeat(length - '@kommun.se'.length)}@kommun.se`;

/** A value as a test title shows it: long strings by their length. */
function shown(value: unknown): string {
  if (typeof value === 'string' && value.length > 20) return `${[...value].length} characters`;
  if (Array.isArray(value) && value.length > 2) return `${value.length} items`;
  return JSON.stringify(value);
}

describe('boundaries: the last accepted value and the first refused one', () => {
  const boundaries: readonly [schema: string, field: string, accepted: unknown, refused: unknown][] = [
    ['createUserBodySchema', 'name', 'x'.repeat(120), 'x'.repeat(121)],
    ['createUserBodySchema', 'email', emailOfLength(254), emailOfLength(255)],
    ['createUserBodySchema', 'partyId', null, 'abc'],
    ['createUserBodySchema', 'role', 'viewer', 'root'],
    ['createUserBodySchema', 'language', 'en', 'de'],
    ['createPartyBodySchema', 'name', 'x'.repeat(120), 'x'.repeat(121)],
    ['createPartyBodySchema', 'name', 'V', ' '],
    ['createPartyBodySchema', 'councilSeats', 0, -1],
    ['createPartyBodySchema', 'councilSeats', 999, 1000],
    ['createPartyBodySchema', 'councilSeats', 3, 3.5],
    ['createPartyBodySchema', 'abbreviation', 'Åäö1234567', 'Åäö12345678'],
    ['createPartyBodySchema', 'abbreviation', 'V', ''],
    ['createPartyBodySchema', 'abbreviation', 'MP', 'M P'],
    ['createPartyBodySchema', 'colour', '#1f5c6b', '#1f5c6'],
    ['createPartyBodySchema', 'colour', '#ABCDEF', '#ABCDEG'],
    ['createPartyBodySchema', 'colour', '#000000', '000000'],
    ['updateOrganisationSettingsBodySchema', 'name', 'x'.repeat(120), 'x'.repeat(121)],
    ['updateOrganisationSettingsBodySchema', 'municipalityCode', '01', '0000'],
    ['updateOrganisationSettingsBodySchema', 'idleMinutes', 5, 4],
    ['updateOrganisationSettingsBodySchema', 'idleMinutes', 480, 481],
    ['updateOrganisationSettingsBodySchema', 'absoluteHours', 1, 0],
    ['updateOrganisationSettingsBodySchema', 'absoluteHours', 72, 73],
    ['updateOrganisationSettingsBodySchema', 'mfaRequiredRoles', [...roles], [...roles, 'admin']],
    ['updateOrganisationSettingsBodySchema', 'mfaRequiredRoles', [], ['root']],
    ['updateOrganisationSettingsBodySchema', 'securityUnitPhone', '0'.repeat(40), '0'.repeat(41)],
    ['updateOrganisationSettingsBodySchema', 'securityUnitPhone', '12345', '1234'],
    ['updateOrganisationSettingsBodySchema', 'securityUnitPhone', null, 'ring växeln'],
    ['updateOrganisationSettingsBodySchema', 'securityUnitEmail', null, 'säkerhet'],
    ['updateProfileBodySchema', 'name', 'x'.repeat(120), ''],
    ['changePasswordBodySchema', 'newPassword', 'x'.repeat(1024), 'x'.repeat(1025)],
    ['changePasswordBodySchema', 'currentPassword', 'x', ''],
    ['passwordConfirmBodySchema', 'password', 'x'.repeat(1024), 'x'.repeat(1025)],
    ['loginBodySchema', 'email', emailOfLength(254), emailOfLength(255)],
    ['loginBodySchema', 'email', 'x', ' '],
    ['loginBodySchema', 'password', 'x'.repeat(1024), 'x'.repeat(1025)],
    ['loginBodySchema', 'password', 'x', ''],
    ['loginBodySchema', 'organisationId', uuid, 'Ekby kommun'],
    ['mfaCodeBodySchema', 'code', 'x'.repeat(64), 'x'.repeat(65)],
    ['mfaCodeBodySchema', 'code', '1', '  '],
    ['invitationLookupBodySchema', 'token', 'x'.repeat(16), 'x'.repeat(15)],
    ['invitationLookupBodySchema', 'token', 'x'.repeat(128), 'x'.repeat(129)],
    ['invitationAcceptBodySchema', 'token', 'x'.repeat(128), 'x'.repeat(129)],
    ['invitationAcceptBodySchema', 'password', 'x'.repeat(1024), 'x'.repeat(1025)],
    // The quick report.
    ['reportIncidentBodySchema', 'description', 'x'.repeat(5000), 'x'.repeat(5001)],
    ['reportIncidentBodySchema', 'description', 'x', '   '],
    ['reportIncidentBodySchema', 'categories', ['threat'], []],
    ['reportIncidentBodySchema', 'categories', codes(20), codes(21)],
    ['reportIncidentBodySchema', 'categories', ['arson_2'], ['Threat']],
    ['reportIncidentBodySchema', 'channel', 'unknown', 'Unknown'],
    ['reportIncidentBodySchema', 'perpetratorType', 'extremist_single_issue', 'extremist-right'],
    ['reportIncidentBodySchema', 'targetName', 'x'.repeat(120), 'x'.repeat(121)],
    ['reportIncidentBodySchema', 'targetName', 'A', ' '],
    ['reportIncidentBodySchema', 'targetKind', 'other', 'someone'],
    ['reportIncidentBodySchema', 'targetRole', 'election_worker', 'citizen'],
    ['reportIncidentBodySchema', 'matterReference', 'x'.repeat(120), 'x'.repeat(121)],
    ['reportIncidentBodySchema', 'motive', 'sexual_orientation', 'revenge'],
    ['reportIncidentBodySchema', 'consequences', [...allConsequences], [...allConsequences, 'fear']],
    ['reportIncidentBodySchema', 'consequences', [], ['anxiety']],
    ['reportIncidentBodySchema', 'policeContacted', true, 'yes'],
    ['reportIncidentBodySchema', 'ongoing', true, null],
    // The end may equal the start (a single moment), not precede it by a millisecond.
    ['reportIncidentBodySchema', 'occurredTo', '2026-03-02T18:30:00+01:00', '2026-03-02T18:29:59.999+01:00'],
    ['reportIncidentBodySchema', 'occurredTo', '2026-03-02T17:30:00Z', '2026-03-02T17:29:59Z'],
    // Triage.
    ['triageBodySchema', 'categories', ['threat'], []],
    ['triageBodySchema', 'categories', codes(20), codes(21)],
    ['triageBodySchema', 'severity', 'acute', 'critical'],
    ['triageBodySchema', 'handlerUserId', null, 'abc'],
    ['triageBodySchema', 'linkedIncidentIds', uuids(50), uuids(51)],
    ['triageBodySchema', 'linkedIncidentIds', [], ['INC-2026-0001']],
    ['triageBodySchema', 'motive', null, 'revenge'],
    ['triageBodySchema', 'targetRole', 'municipal_premises', 'building'],
    // Case handling.
    ['transitionBodySchema', 'summary', 'x'.repeat(5000), 'x'.repeat(5001)],
    ['transitionBodySchema', 'event', 'reopen', 'delete'],
    ['noteBodySchema', 'text', 'x'.repeat(5000), 'x'.repeat(5001)],
    ['noteBodySchema', 'text', 'x', ' \n '],
    ['noteBodySchema', 'kind', 'decision', 'status_change'],
    ['noteBodySchema', 'at', '2026-03-03T09:15:00+01:00', '2026-03-03'],
    ['consentBodySchema', 'consent', false, 'yes'],
    // Police report and work environment.
    ['policeReportBodySchema', 'reportNumber', 'x'.repeat(60), 'x'.repeat(61)],
    ['policeReportBodySchema', 'reportNumber', null, 5000],
    ['policeReportBodySchema', 'reportedOn', '2028-02-29', '2026-02-29'],
    ['policeReportBodySchema', 'reportedOn', null, '2026-03-03T10:00:00Z'],
    ['policeReportBodySchema', 'investigatorContact', 'x'.repeat(300), 'x'.repeat(301)],
    ['policeReportBodySchema', 'note', 'x'.repeat(2000), 'x'.repeat(2001)],
    ['policeReportBodySchema', 'status', 'judgment', 'acquitted'],
    ['policeReportBodySchema', 'electedRoleStated', false, null],
    ['policeReportLinkBodySchema', 'incidentId', uuid, 'INC-2026-0001'],
    ['workEnvironmentBodySchema', 'reportedAt', '2026-03-03T14:00:00Z', '2026-03-03'],
    ['workEnvironmentBodySchema', 'kiaReference', 'x'.repeat(60), 'x'.repeat(61)],
    ['workEnvironmentBodySchema', 'kiaReference', null, 42],
    // Measures.
    ['createMeasureBodySchema', 'type', 'other', 'bodyguard'],
    ['createMeasureBodySchema', 'description', 'x'.repeat(2000), 'x'.repeat(2001)],
    ['createMeasureBodySchema', 'dueDate', '2026-12-31', '2026-12-32'],
    ['createMeasureBodySchema', 'dueDate', null, '10/3/2026'],
    ['createMeasureBodySchema', 'ownerUserId', null, 'abc'],
    ['updateMeasureBodySchema', 'status', 'cancelled', 'overdue'],
    ['updateMeasureBodySchema', 'dueDate', '2028-02-29', '2027-02-29'],
    // Signals.
    ['createSignalBodySchema', 'text', 'x'.repeat(2000), 'x'.repeat(2001)],
    ['createSignalBodySchema', 'text', 'x', '  '],
    ['createSignalBodySchema', 'urgency', 'low', 'critical'],
    ['createSignalBodySchema', 'matterReference', 'x'.repeat(120), 'x'.repeat(121)],
    ['createSignalBodySchema', 'meetingReference', 'x'.repeat(120), 'x'.repeat(121)],
    // Converting a signal into an incident has its own route.
    ['signalStatusBodySchema', 'status', 'dismissed', 'converted'],
    ['signalStatusBodySchema', 'status', 'acknowledged', 'new'],
    ['signalStatusBodySchema', 'note', 'x'.repeat(2000), 'x'.repeat(2001)],
    // The report form's lists: codes are lower-case letters, digits and _, 2–40, a letter first.
    ['createTaxonomyEntryBodySchema', 'code', 'ab', 'a'],
    ['createTaxonomyEntryBodySchema', 'code', `a${'b'.repeat(39)}`, `a${'b'.repeat(40)}`],
    ['createTaxonomyEntryBodySchema', 'code', 'arson_2', 'Arson'],
    ['createTaxonomyEntryBodySchema', 'code', 'a1', '1a'],
    ['createTaxonomyEntryBodySchema', 'code', 'mordbrand', '_mordbrand'],
    ['createTaxonomyEntryBodySchema', 'code', 'mordbrand', 'mord-brand'],
    ['createTaxonomyEntryBodySchema', 'code', 'mordbrand', 'mord brand'],
    ['createTaxonomyEntryBodySchema', 'code', 'mordbrand', 'mordbränd'],
    ['createTaxonomyEntryBodySchema', 'kind', 'perpetrator_type', 'motive'],
    ['createTaxonomyEntryBodySchema', 'labelSv', 'x'.repeat(120), 'x'.repeat(121)],
    ['createTaxonomyEntryBodySchema', 'labelSv', 'x', ' '],
    ['createTaxonomyEntryBodySchema', 'labelEn', 'x'.repeat(120), 'x'.repeat(121)],
    ['updateTaxonomyEntryBodySchema', 'labelSv', 'x'.repeat(120), ''],
    ['updateTaxonomyEntryBodySchema', 'labelEn', 'x'.repeat(120), 'x'.repeat(121)],
    ['updateTaxonomyEntryBodySchema', 'active', true, 'no'],
  ];

  it.each(
    boundaries.map(
      ([name, field, accepted, refused]) =>
        [
          `${name}.${field}: accepts ${shown(accepted)}, refuses ${shown(refused)}`,
          name,
          field,
          accepted,
          refused,
        ] as const,
    ),
  )('%s', (_title, name, field, accepted, refused) => {
    const { schema, example } = schemaNamed(name);
    expect(schema.safeParse({ ...example, [field]: accepted }).error?.issues).toBeUndefined();
    const result = schema.safeParse({ ...example, [field]: refused });
    expect(result.success).toBe(false);
    // Only the field itself (or an item of it) is blamed.
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual([field]);
  });
});

describe('what the schemas normalise', () => {
  it.each<[string, string, unknown, unknown]>([
    ['createUserBodySchema', 'name', '  Anna Svensson  ', 'Anna Svensson'],
    ['createPartyBodySchema', 'abbreviation', ' KD ', 'KD'],
    ['createPartyBodySchema', 'name', ' Vänsterpartiet ', 'Vänsterpartiet'],
    ['updateOrganisationSettingsBodySchema', 'municipalityCode', ' 0180 ', '0180'],
    ['updateOrganisationSettingsBodySchema', 'securityUnitPhone', ' 08-123 456 78 ', '08-123 456 78'],
    ['loginBodySchema', 'email', ' anna.svensson@kommun.se ', 'anna.svensson@kommun.se'],
    ['mfaCodeBodySchema', 'code', ' 123456 ', '123456'],
    // Spaces belong to a password: never trimmed.
    ['loginBodySchema', 'password', ' hemligt ', ' hemligt '],
    ['changePasswordBodySchema', 'newPassword', ' en lång lösenfras ', ' en lång lösenfras '],
    ['changePasswordBodySchema', 'currentPassword', ' gammal lösenfras ', ' gammal lösenfras '],
    ['passwordConfirmBodySchema', 'password', ' en lång lösenfras ', ' en lång lösenfras '],
    ['invitationAcceptBodySchema', 'password', ' en lång lösenfras ', ' en lång lösenfras '],
  ])('%s.%s: %j → %j', (name, field, input, output) => {
    const { schema, example } = schemaNamed(name);
    const result = schema.safeParse({ ...example, [field]: input });
    expect(result.data).toEqual({ ...example, [field]: output });
  });

  // An admin who pastes an address with a trailing space gets it trimmed, not refused.
  it('createUserBodySchema.email: trims an address typed with spaces', () => {
    const { schema, example } = schemaNamed('createUserBodySchema');
    const result = schema.safeParse({ ...example, email: ' anna.svensson@kommun.se ' });
    expect(result.data).toEqual({ ...example, email: 'anna.svensson@kommun.se' });
  });

  // The security unit's number, shown to every member, must contain digits.
  it.each(['-----', '( ) ( )', '+ - - -'])(
    'updateOrganisationSettingsBodySchema.securityUnitPhone: refuses %j, which has no digit',
    (phone) => {
      expect(updateOrganisationSettingsBodySchema.safeParse({ securityUnitPhone: phone }).success).toBe(
        false,
      );
    },
  );
});

describe('auditQuerySchema time range', () => {
  it.each<[string, string, boolean]>([
    ['2026-03-01T10:00:00Z', '2026-03-02T10:00:00Z', true],
    ['2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z', false],
    ['2026-03-02T10:00:00Z', '2026-03-01T10:00:00Z', false],
  ])('from %s to %s → valid: %s', (from, to, valid) => {
    expect(auditQuerySchema.safeParse({ from, to }).success).toBe(valid);
  });

  // The range compares instants, not strings: offsets and fractions are honoured.
  it.each<[string, string, boolean]>([
    ['2026-03-02T10:00:00+02:00', '2026-03-02T09:00:00Z', true],
    ['2026-03-02T09:00:00.500Z', '2026-03-02T09:00:00Z', false],
  ])('from %s to %s → valid: %s (compares instants)', (from, to, valid) => {
    expect(auditQuerySchema.safeParse({ from, to }).success).toBe(valid);
  });
});

describe('reportIncidentBodySchema: rules across fields', () => {
  const { example } = schemaNamed('reportIncidentBodySchema');
  const report = (changes: Readonly<Record<string, unknown>>) =>
    reportIncidentBodySchema.safeParse({ ...example, ...changes }, { reportInput: true });

  // When it happened: the end may not come before the start. Instants are compared, so offsets count.
  it.each<[string | undefined, string | undefined, boolean]>([
    ['2026-03-02T18:30:00+01:00', '2026-03-02T18:30:00+01:00', true],
    ['2026-03-02T18:30:00+01:00', '2026-03-02T18:30:00.001+01:00', true],
    ['2026-03-02T18:30:00+01:00', '2026-03-02T18:29:59.999+01:00', false],
    ['2026-03-02T18:30:00+01:00', '2026-03-02T17:45:00Z', true],
    ['2026-03-02T18:30:00+01:00', '2026-03-02T17:29:00Z', false],
    ['2026-03-02T18:30:00Z', '2026-03-02T19:00:00+01:00', false],
    ['2026-03-02T18:30:00Z', '2026-03-02T20:30:00+02:00', true],
    ['2026-03-02T18:30:00+01:00', undefined, true],
    [undefined, '2026-03-02T18:30:00+01:00', true],
    [undefined, undefined, true],
  ])('from %s to %s → valid: %s', (occurredFrom, occurredTo, valid) => {
    const result = report({ occurredFrom, occurredTo });
    if (valid) {
      expect(result.error?.issues).toBeUndefined();
    } else {
      expect(result.error?.issues).toEqual([
        expect.objectContaining({ code: 'custom', path: ['occurredTo'], message: 'date_range' }),
      ]);
      expect(issuesToFields(result.error?.issues ?? [], 'sv')).toEqual({
        occurredTo: 'Slutdatum måste vara efter startdatum.',
      });
    }
  });

  // Who was targeted: a name is needed for anyone but the reporter themself.
  it.each<[string, string | undefined, boolean]>([
    ['self', undefined, true],
    ['self', 'Anna Svensson', true],
    ['party_member', undefined, false],
    ['party_member', 'Anna Svensson', true],
    ['other', undefined, false],
    ['other', 'Anna Svensson', true],
  ])('targetKind %s, targetName %s → valid: %s', (targetKind, targetName, valid) => {
    const result = report({ targetKind, targetName });
    if (valid) {
      expect(result.error?.issues).toBeUndefined();
    } else {
      expect(result.error?.issues).toEqual([
        expect.objectContaining({ code: 'custom', path: ['targetName'], message: 'required' }),
      ]);
      expect(issuesToFields(result.error?.issues ?? [], 'sv')).toEqual({
        targetName: 'Fältet måste fyllas i.',
      });
      expect(issuesToFields(result.error?.issues ?? [], 'en')).toEqual({
        targetName: 'This field is required.',
      });
    }
  });

  it('reports both rules at once, each on its own field', () => {
    const result = report({
      targetKind: 'other',
      targetName: undefined,
      occurredTo: '2026-03-02T18:00:00+01:00',
    });
    expect(issuesToFields(result.error?.issues ?? [], 'en')).toEqual({
      occurredTo: 'The end date must be after the start date.',
      targetName: 'This field is required.',
    });
  });

  // An unreadable start time is the start's problem: the end, which is fine, must not also be told
  // that it comes before the start. Today the range rule runs on the unparsed start
  // (Date.parse → NaN) and blames occurredTo as well.
  it.each(['igår kväll', '2026-13-02T18:30:00Z', '2026-03-02T25:00:00+01:00'])(
    'an unreadable occurredFrom %j is blamed on occurredFrom only',
    (occurredFrom) => {
      const result = report({ occurredFrom });
      expect(issuesToFields(result.error?.issues ?? [], 'sv')).toEqual({
        occurredFrom: 'Ange ett giltigt datum och en giltig tid.',
      });
    },
  );
});

describe('what a reporter or officer is told about the new bodies', () => {
  it.each<[string, string, unknown, string, string]>([
    [
      'reportIncidentBodySchema',
      'description',
      'x'.repeat(5001),
      'Ange högst 5000 tecken.',
      'Enter at most 5000 characters.',
    ],
    ['reportIncidentBodySchema', 'description', '  ', 'Fältet måste fyllas i.', 'This field is required.'],
    ['reportIncidentBodySchema', 'categories', [], 'Välj minst 1.', 'Choose at least 1.'],
    ['reportIncidentBodySchema', 'categories', codes(21), 'Välj högst 20.', 'Choose at most 20.'],
    [
      'reportIncidentBodySchema',
      'targetRole',
      'citizen',
      'Välj ett av alternativen.',
      'Choose one of the options.',
    ],
    [
      'reportIncidentBodySchema',
      'occurredFrom',
      '2026-03-02',
      'Ange ett giltigt datum och en giltig tid.',
      'Enter a valid date and time.',
    ],
    [
      'transitionBodySchema',
      'summary',
      'x'.repeat(5001),
      'Ange högst 5000 tecken.',
      'Enter at most 5000 characters.',
    ],
    [
      'createTaxonomyEntryBodySchema',
      'code',
      'Mordbrand',
      'Koden får bara innehålla små bokstäver a–z, siffror och understreck, och börja med en bokstav.',
      'The code may only contain lower-case letters a–z, digits and underscores, and must start with a letter.',
    ],
    ['createMeasureBodySchema', 'ownerUserId', 'abc', 'Ogiltigt id.', 'Invalid id.'],
    ['triageBodySchema', 'linkedIncidentIds', uuids(51), 'Välj högst 50.', 'Choose at most 50.'],
  ])('%s.%s = %j → %j / %j', (name, field, value, sv, en) => {
    const { schema, example } = schemaNamed(name);
    const result = schema.safeParse({ ...example, [field]: value }, { reportInput: true });
    const issues = result.error?.issues ?? [];
    expect(issuesToFields(issues, 'sv')[field]).toBe(sv);
    expect(issuesToFields(issues, 'en')[field]).toBe(en);
  });
});

describe('the quick report: what the schema keeps', () => {
  it('keeps the description as typed, without the spaces around it', () => {
    const { example } = schemaNamed('reportIncidentBodySchema');
    const result = reportIncidentBodySchema.safeParse({ ...example, description: '  Han stod utanför.\n' });
    expect(result.data?.description).toBe('Han stod utanför.');
  });

  it('accepts the smallest report: what happened, no time, oneself, one category', () => {
    const smallest = {
      description: 'Hotfullt samtal.',
      ongoing: true,
      targetKind: 'self',
      targetRole: 'staff',
      categories: ['threat'],
      channel: 'unknown',
      perpetratorType: 'unknown',
      policeContacted: false,
    };
    expect(reportIncidentBodySchema.safeParse(smallest).data).toEqual(smallest);
  });
});

describe('the short report (issue 9 §1)', () => {
  const short = {
    description: 'Ett hotfullt sms efter debatten.',
    ongoing: false,
    targetKind: 'self',
    categories: ['threat'],
  };

  it('is accepted without any follow-up question', () => {
    expect(reportIncidentBodySchema.safeParse(short).success).toBe(true);
  });

  it.each(['description', 'ongoing', 'targetKind', 'categories'])('still needs %s', (field) => {
    const { [field as keyof typeof short]: _left, ...rest } = short;
    const result = reportIncidentBodySchema.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});

describe('the cursor of "Mina ärenden"', () => {
  it('reads back what it wrote', () => {
    const at = new Date('2026-03-02T18:30:00.123Z');
    const cursor = myCasesCursor(at, uuid);
    expect(myCasesCursorSchema.safeParse(cursor).success).toBe(true);
    expect(parseMyCasesCursor(cursor)).toEqual({ reportedAt: at, id: uuid });
  });

  it.each(['', 'abc', `x_${uuid}`, `1767225600000_${uuid.toUpperCase()}`, `1767225600000-${uuid}`, '1_2'])(
    'refuses %j',
    (cursor) => {
      expect(myCasesQuerySchema.safeParse({ cursor }).success).toBe(false);
    },
  );
});
