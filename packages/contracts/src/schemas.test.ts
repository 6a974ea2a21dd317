import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { roles } from '@varn/domain';
import { auditQuerySchema } from './audit';
import * as authModule from './auth';
import {
  invitationAcceptBodySchema,
  invitationLookupBodySchema,
  loginBodySchema,
  mfaCodeBodySchema,
} from './auth';
import * as meModule from './me';
import { changePasswordBodySchema, passwordConfirmBodySchema, updateProfileBodySchema } from './me';
import * as organisationModule from './organisation';
import { updateOrganisationSettingsBodySchema } from './organisation';
import * as partiesModule from './parties';
import { createPartyBodySchema, updatePartyBodySchema } from './parties';
import * as usersModule from './users';
import { createUserBodySchema, updateUserBodySchema } from './users';

const uuid = '3f2b8c1e-5d4a-4e6f-9a8b-7c6d5e4f3a2b';
const token = 'q7Yd0cXr2Vh9pLm4Tn8sKe1Wb6Zf3GjA5uRiOyEwN0o';

interface RequestSchema {
  readonly schema: z.ZodType;
  /** A full, valid request body. */
  readonly example: Readonly<Record<string, unknown>>;
}

/** Every request body of users.ts, parties.ts, organisation.ts, me.ts and auth.ts, with a valid example. */
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
};

const rows = Object.entries(requestSchemas).map(([name, { schema, example }]) => ({ name, schema, example }));

function schemaNamed(name: string): RequestSchema {
  const found = requestSchemas[name];
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

describe('the request schema table', () => {
  it('has a row for every request body of users, parties, organisation, me and auth', () => {
    const exported = [usersModule, partiesModule, organisationModule, meModule, authModule]
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
    ['loginBodySchema', 'organisationId', uuid],
    ['invitationAcceptBodySchema', 'email', 'annan@kommun.se'],
    ['invitationAcceptBodySchema', 'role', 'admin'],
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
  ])('%s accepts an empty body (nothing changes)', (name) => {
    expect(schemaNamed(name).schema.safeParse({}).data).toEqual({});
  });

  it.each(['createUserBodySchema', 'createPartyBodySchema', 'loginBodySchema', 'invitationAcceptBodySchema'])(
    '%s refuses an empty body',
    (name) => {
      expect(schemaNamed(name).schema.safeParse({}).success).toBe(false);
    },
  );
});

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
    ['mfaCodeBodySchema', 'code', 'x'.repeat(64), 'x'.repeat(65)],
    ['mfaCodeBodySchema', 'code', '1', '  '],
    ['invitationLookupBodySchema', 'token', 'x'.repeat(16), 'x'.repeat(15)],
    ['invitationLookupBodySchema', 'token', 'x'.repeat(128), 'x'.repeat(129)],
    ['invitationAcceptBodySchema', 'token', 'x'.repeat(128), 'x'.repeat(129)],
    ['invitationAcceptBodySchema', 'password', 'x'.repeat(1024), 'x'.repeat(1025)],
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
