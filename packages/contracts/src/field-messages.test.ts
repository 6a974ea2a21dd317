import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  isMunicipalityCode,
  maxPasswordLength,
  minPasswordLength,
  PasswordProblem,
  type ContactAppointmentProblem,
} from '@varn/domain';
import { auditEventSchema, auditQuerySchema } from './audit';
import { loginBodySchema, invitationLookupBodySchema, mfaCodeBodySchema } from './auth';
import { emailSchema, okSchema, phoneSchema } from './common';
import {
  fieldMessage,
  fieldMessages,
  isFieldMessageKey,
  issuesToFields,
  translateIssue,
  type FieldMessageKey,
} from './field-messages';
import type { Locale } from './locale';
import { recoveryCodesSchema, updateProfileBodySchema } from './me';
import { updateOrganisationSettingsBodySchema } from './organisation';
import { createPartyBodySchema, partySchema } from './parties';
import { createUserBodySchema } from './users';

const partyId = '3f2b8c1e-5d4a-4e6f-9a8b-7c6d5e4f3a2b';
const validUser = { email: 'anna.svensson@kommun.se', name: 'Anna Svensson', role: 'official' };
const validParty = { name: 'Socialdemokraterna', abbreviation: 'S', councilSeats: 21, colour: '#e8112d' };

/** Parses as the server does and translates every issue. */
function translate(schema: z.ZodType, input: unknown, locale: Locale): { path: string; message: string }[] {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('the input was expected to be refused');
  return result.error.issues.flatMap((issue) => translateIssue(issue, locale));
}

// Swedish and English messages in full, so a wrong key, a wrong number or an unfilled {n} fails.
const required = ['Fältet måste fyllas i.', 'This field is required.'] as const;
const wrongType = ['Värdet har fel typ.', 'The value has the wrong type.'] as const;
const notInteger = ['Ange ett heltal.', 'Enter a whole number.'] as const;
const invalidOption = ['Välj ett av alternativen.', 'Choose one of the options.'] as const;
const wrongFormat = ['Värdet har fel format.', 'The value has the wrong format.'] as const;
const unknownField = ['Fältet är okänt.', 'Unknown field.'] as const;
const invalidEmail = [
  'Ange en giltig e-postadress, till exempel namn@kommun.se.',
  'Enter a valid e-mail address, for example name@municipality.se.',
] as const;
const invalidUuid = ['Ogiltigt id.', 'Invalid id.'] as const;
const invalidDate = ['Ange ett giltigt datum och en giltig tid.', 'Enter a valid date and time.'] as const;
const tooShort = (n: number) => [`Ange minst ${n} tecken.`, `Enter at least ${n} characters.`] as const;
const tooLong = (n: number) => [`Ange högst ${n} tecken.`, `Enter at most ${n} characters.`] as const;
const tooFew = (n: number) => [`Välj minst ${n}.`, `Choose at least ${n}.`] as const;
const tooMany = (n: number) => [`Välj högst ${n}.`, `Choose at most ${n}.`] as const;
const atLeast = (n: number) => [`Värdet måste vara minst ${n}.`, `The value must be at least ${n}.`] as const;
const atMost = (n: number) => [`Värdet får vara högst ${n}.`, `The value may be at most ${n}.`] as const;

type Messages = readonly [sv: string, en: string];

interface Row {
  readonly label: string;
  readonly schema: z.ZodType;
  readonly input: unknown;
  readonly expected: readonly (readonly [path: string, messages: Messages])[];
}

const rows: readonly Row[] = [
  // invalid_type
  {
    label: 'a missing field',
    schema: createUserBodySchema,
    input: { email: validUser.email, role: 'staff' },
    expected: [['name', required]],
  },
  {
    label: 'null for a field',
    schema: loginBodySchema,
    input: { email: null, password: 'hemligt' },
    expected: [['email', required]],
  },
  {
    label: 'a body that is not there',
    schema: createUserBodySchema,
    input: null,
    expected: [['', required]],
  },
  {
    label: 'a string where a number belongs',
    schema: createPartyBodySchema,
    input: { ...validParty, councilSeats: 'five' },
    expected: [['councilSeats', wrongType]],
  },
  {
    label: 'a number where text belongs',
    schema: updateProfileBodySchema,
    input: { name: 42 },
    expected: [['name', wrongType]],
  },
  {
    label: 'a decimal number of seats',
    schema: createPartyBodySchema,
    input: { ...validParty, councilSeats: 2.5 },
    expected: [['councilSeats', notInteger]],
  },
  {
    label: 'a decimal number of minutes',
    schema: updateOrganisationSettingsBodySchema,
    input: { idleMinutes: 30.5 },
    expected: [['idleMinutes', notInteger]],
  },
  // too_small / too_big on strings
  {
    label: 'an empty required string',
    schema: loginBodySchema,
    input: { email: '', password: 'hemligt' },
    expected: [['email', required]],
  },
  {
    label: 'only spaces (trimmed to empty)',
    schema: createUserBodySchema,
    input: { ...validUser, name: '   ' },
    expected: [['name', required]],
  },
  {
    label: 'a token one character short',
    schema: invitationLookupBodySchema,
    input: { token: 'x'.repeat(15) },
    expected: [['token', tooShort(16)]],
  },
  {
    label: 'a name one character long',
    schema: createUserBodySchema,
    input: { ...validUser, name: 'x'.repeat(121) },
    expected: [['name', tooLong(120)]],
  },
  {
    label: 'a password one character long',
    schema: loginBodySchema,
    input: { email: 'a', password: 'x'.repeat(1025) },
    expected: [['password', tooLong(1024)]],
  },
  // too_small / too_big on numbers
  {
    label: 'negative seats',
    schema: createPartyBodySchema,
    input: { ...validParty, councilSeats: -1 },
    expected: [['councilSeats', atLeast(0)]],
  },
  {
    label: 'seats one too many',
    schema: createPartyBodySchema,
    input: { ...validParty, councilSeats: 1000 },
    expected: [['councilSeats', atMost(999)]],
  },
  {
    label: 'idle minutes one too few',
    schema: updateOrganisationSettingsBodySchema,
    input: { idleMinutes: 4 },
    expected: [['idleMinutes', atLeast(5)]],
  },
  {
    label: 'idle minutes one too many',
    schema: updateOrganisationSettingsBodySchema,
    input: { idleMinutes: 481 },
    expected: [['idleMinutes', atMost(480)]],
  },
  {
    label: 'absolute hours one too few',
    schema: updateOrganisationSettingsBodySchema,
    input: { absoluteHours: 0 },
    expected: [['absoluteHours', atLeast(1)]],
  },
  {
    label: 'absolute hours one too many',
    schema: updateOrganisationSettingsBodySchema,
    input: { absoluteHours: 73 },
    expected: [['absoluteHours', atMost(72)]],
  },
  {
    label: 'a bigint below the minimum',
    schema: z.bigint().min(5n),
    input: 1n,
    expected: [['', atLeast(5)]],
  },
  // too_small / too_big on arrays and sets
  {
    label: 'more roles than there are',
    schema: updateOrganisationSettingsBodySchema,
    input: { mfaRequiredRoles: Array(8).fill('admin') },
    expected: [['mfaRequiredRoles', tooMany(7)]],
  },
  {
    label: 'too few recovery codes',
    schema: recoveryCodesSchema,
    input: { recoveryCodes: Array(9).fill('abcd-efgh') },
    expected: [['recoveryCodes', tooFew(10)]],
  },
  {
    label: 'too many recovery codes',
    schema: recoveryCodesSchema,
    input: { recoveryCodes: Array(11).fill('abcd-efgh') },
    expected: [['recoveryCodes', tooMany(10)]],
  },
  {
    label: 'a set with too few items',
    schema: z.set(z.string()).min(2),
    input: new Set(['a']),
    expected: [['', tooFew(2)]],
  },
  {
    label: 'a set with too many items',
    schema: z.set(z.string()).max(1),
    input: new Set(['a', 'b']),
    expected: [['', tooMany(1)]],
  },
  // invalid_format
  {
    label: 'an e-mail address without @',
    schema: createUserBodySchema,
    input: { ...validUser, email: 'anna.kommun.se' },
    expected: [['email', invalidEmail]],
  },
  {
    label: 'an e-mail address (format, no custom message)',
    schema: z.email(),
    input: 'anna@',
    expected: [['', invalidEmail]],
  },
  {
    label: 'a party id that is not a uuid',
    schema: createUserBodySchema,
    input: { ...validUser, partyId: 'abc' },
    expected: [['partyId', invalidUuid]],
  },
  {
    label: 'a uuid (format, no custom message)',
    schema: partySchema,
    input: { ...validParty, id: 'abc' },
    expected: [['id', invalidUuid]],
  },
  {
    label: 'a date without time',
    schema: auditQuerySchema,
    input: { from: '2026-03-02' },
    expected: [['from', invalidDate]],
  },
  {
    label: 'a datetime (format, no custom message)',
    schema: z.iso.datetime(),
    input: 'igår',
    expected: [['', invalidDate]],
  },
  {
    label: 'a date (format, no custom message)',
    schema: z.iso.date(),
    input: '2026-13-01',
    expected: [['', invalidDate]],
  },
  {
    label: 'any other format',
    schema: z.string().regex(/^\d+$/u),
    input: 'abc',
    expected: [['', wrongFormat]],
  },
  // invalid_value and invalid_union
  {
    label: 'a role that does not exist',
    schema: createUserBodySchema,
    input: { ...validUser, role: 'superuser' },
    expected: [['role', invalidOption]],
  },
  {
    label: 'a language we do not have',
    schema: createUserBodySchema,
    input: { ...validUser, language: 'de' },
    expected: [['language', invalidOption]],
  },
  {
    label: 'one bad role in a list',
    schema: updateOrganisationSettingsBodySchema,
    input: { mfaRequiredRoles: ['admin', 'root'] },
    expected: [['mfaRequiredRoles.1', invalidOption]],
  },
  { label: 'a literal', schema: okSchema, input: { ok: false }, expected: [['ok', invalidOption]] },
  {
    label: 'a union',
    schema: auditEventSchema.shape.details,
    input: { reason: {} },
    expected: [['reason', invalidOption]],
  },
  // unrecognized_keys: one entry per key
  {
    label: 'two unknown fields',
    schema: createUserBodySchema,
    input: { ...validUser, isAdmin: true, organisationId: partyId },
    expected: [
      ['isAdmin', unknownField],
      ['organisationId', unknownField],
    ],
  },
  {
    label: 'an unknown field in a nested object',
    schema: z.object({ user: createUserBodySchema }),
    input: { user: { ...validUser, status: 'active' } },
    expected: [['user.status', unknownField]],
  },
  // custom message keys given by the schemas
  {
    label: 'a colour name',
    schema: createPartyBodySchema,
    input: { ...validParty, colour: 'red' },
    expected: [
      [
        'colour',
        [
          'Ange färgen som hexkod, till exempel #1f5c6b.',
          'Enter the colour as a hex code, for example #1f5c6b.',
        ],
      ],
    ],
  },
  {
    label: 'an abbreviation with a hyphen',
    schema: createPartyBodySchema,
    input: { ...validParty, abbreviation: 'S-P' },
    expected: [['abbreviation', ['Ange 1–10 bokstäver eller siffror.', 'Enter 1–10 letters or digits.']]],
  },
  {
    label: 'a three-digit municipality code',
    schema: updateOrganisationSettingsBodySchema,
    input: { municipalityCode: '018' },
    expected: [
      [
        'municipalityCode',
        [
          'Ange kommunkoden med fyra siffror (eller länskoden med två), till exempel 0180.',
          'Enter the four-digit municipality code (or the two-digit region code), for example 0180.',
        ],
      ],
    ],
  },
  {
    label: 'a phone number in words',
    schema: updateOrganisationSettingsBodySchema,
    input: { securityUnitPhone: 'ring växeln' },
    expected: [
      [
        'securityUnitPhone',
        [
          'Ange ett telefonnummer med siffror, till exempel 08-123 456 78.',
          'Enter a phone number in digits, for example +46 8 123 456 78.',
        ],
      ],
    ],
  },
  {
    label: 'an empty MFA code',
    schema: mfaCodeBodySchema,
    input: { code: ' ' },
    expected: [
      [
        'code',
        [
          'Ange den sexsiffriga koden eller en återställningskod.',
          'Enter the six-digit code or a recovery code.',
        ],
      ],
    ],
  },
  {
    label: 'an end before the start',
    schema: auditQuerySchema,
    input: { from: '2026-03-02T10:00:00Z', to: '2026-03-01T10:00:00Z' },
    expected: [
      ['to', ['Slutdatum måste vara efter startdatum.', 'The end date must be after the start date.']],
    ],
  },
  // anything else
  {
    label: 'a refinement without a message key',
    schema: z.string().refine(() => false),
    input: 'x',
    expected: [['', wrongFormat]],
  },
  { label: 'not a multiple', schema: z.number().multipleOf(5), input: 3, expected: [['', wrongFormat]] },
  // several at once
  {
    label: 'an empty party',
    schema: createPartyBodySchema,
    input: {},
    expected: [
      ['name', required],
      ['abbreviation', required],
      ['councilSeats', required],
      ['colour', required],
    ],
  },
];

describe('translateIssue', () => {
  const labelled = rows.map((row) => [row.label, row] as const);

  it.each(labelled)('%s (sv)', (_label, { schema, input, expected }) => {
    expect(translate(schema, input, 'sv')).toEqual(expected.map(([path, [sv]]) => ({ path, message: sv })));
  });

  it.each(labelled)('%s (en)', (_label, { schema, input, expected }) => {
    expect(translate(schema, input, 'en')).toEqual(expected.map(([path, [, en]]) => ({ path, message: en })));
  });

  it('reports unknown keys at the top level without a leading dot', () => {
    const issue = { code: 'unrecognized_keys', path: [], message: 'Unrecognized keys', keys: ['a', 'b'] };
    expect(translateIssue(issue, 'sv')).toEqual([
      { path: 'a', message: 'Fältet är okänt.' },
      { path: 'b', message: 'Fältet är okänt.' },
    ]);
  });
});

describe('issuesToFields', () => {
  function fields(schema: z.ZodType, input: unknown, locale: Locale): Record<string, string> {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) throw new Error('the input was expected to be refused');
    return issuesToFields(result.error.issues, locale);
  }

  it('keeps the first message of a field that has several problems', () => {
    // 41 characters and not a phone number: too long first, then the wrong format.
    expect(fields(updateOrganisationSettingsBodySchema, { securityUnitPhone: 'x'.repeat(41) }, 'sv')).toEqual(
      {
        securityUnitPhone: 'Ange högst 40 tecken.',
      },
    );
  });

  it('puts a problem with the whole body under "_"', () => {
    expect(fields(createUserBodySchema, null, 'en')).toEqual({ _: 'This field is required.' });
  });

  it('gives every field its own message, and every unknown key its own entry', () => {
    expect(fields(createUserBodySchema, { email: 'x', role: 'admin', extra: 1, more: 2 }, 'sv')).toEqual({
      email: 'Ange en giltig e-postadress, till exempel namn@kommun.se.',
      name: 'Fältet måste fyllas i.',
      extra: 'Fältet är okänt.',
      more: 'Fältet är okänt.',
    });
  });

  it('is empty for no issues', () => {
    expect(issuesToFields([], 'sv')).toEqual({});
  });

  it("names a whole number's own limit, not the safe-integer range zod adds", () => {
    const revision = z.strictObject({ revision: z.number().int().min(0) });
    expect(fields(revision, { revision: -1e308 }, 'en')).toEqual({
      revision: 'The value must be at least 0.',
    });
    // Without a limit of its own the range is all there is to say.
    expect(fields(z.strictObject({ n: z.number().int().min(1) }), { n: 1e308 }, 'sv')).toEqual({
      n: 'Värdet får vara högst 9007199254740991.',
    });
  });

  it('reports a field named __proto__ like any other', () => {
    const reported = fields(
      z.strictObject({ q: z.string().optional() }),
      JSON.parse('{"__proto__": 1}'),
      'en',
    );
    expect(Object.keys(reported)).toEqual(['__proto__']);
    expect(JSON.parse(JSON.stringify(reported))).toEqual(JSON.parse('{"__proto__": "Unknown field."}'));
  });
});

const keys = Object.keys(fieldMessages.sv).filter(isFieldMessageKey);

describe('the field message catalogues', () => {
  it('have the same keys in Swedish and English', () => {
    expect(Object.keys(fieldMessages.en).sort()).toEqual(Object.keys(fieldMessages.sv).sort());
    expect(keys.length).toBe(Object.keys(fieldMessages.sv).length);
  });

  it.each(keys)('%s is a real sentence in each language, and they differ', (key) => {
    const sv = fieldMessages.sv[key];
    const en = fieldMessages.en[key];
    for (const message of [sv, en]) {
      expect(message.trim()).toBe(message);
      expect(message.length).toBeGreaterThan(5);
      expect(message).not.toBe(key);
      expect(message).not.toMatch(/[a-z]_[a-z]/u); // no code such as password_too_short shown to a user
      expect(message).toMatch(/[.!?]$/u);
    }
    expect(sv).not.toBe(en);
    // A number placeholder in one language is in the other too.
    expect(en.includes('{n}')).toBe(sv.includes('{n}'));
  });

  it('have a message for every password problem the domain reports', () => {
    for (const problem of Object.values(PasswordProblem)) expect(isFieldMessageKey(problem)).toBe(true);
  });

  it('have a message for every contact appointment problem the domain reports', () => {
    const problems: Record<ContactAppointmentProblem, true> = {
      contact_not_active: true,
      contact_wrong_party: true,
      contact_wrong_role: true,
      contact_same_as_deputy: true,
    };
    for (const problem of Object.keys(problems)) expect(isFieldMessageKey(problem)).toBe(true);
  });

  it('state the password lengths the domain enforces', () => {
    for (const locale of ['sv', 'en'] as const) {
      expect(fieldMessages[locale].password_too_short).toContain(String(minPasswordLength));
      expect(fieldMessages[locale].password_too_long).toContain(String(maxPasswordLength));
    }
  });

  it('give examples that the schemas themselves accept', () => {
    expect(emailSchema.safeParse('namn@kommun.se').success).toBe(true);
    expect(emailSchema.safeParse('name@municipality.se').success).toBe(true);
    expect(phoneSchema.safeParse('08-123 456 78').success).toBe(true);
    expect(phoneSchema.safeParse('+46 8 123 456 78').success).toBe(true);
    expect(isMunicipalityCode('0180')).toBe(true);
    expect(createPartyBodySchema.safeParse({ ...validParty, colour: '#1f5c6b' }).success).toBe(true);
  });
});

describe('fieldMessage and isFieldMessageKey', () => {
  it.each<[FieldMessageKey, Locale, number | bigint | undefined, string]>([
    ['too_short', 'en', 12, 'Enter at least 12 characters.'],
    ['too_few', 'sv', 5n, 'Välj minst 5.'],
    ['number_too_big', 'sv', 0, 'Värdet får vara högst 0.'],
    ['required', 'sv', undefined, 'Fältet måste fyllas i.'],
    ['required', 'en', 3, 'This field is required.'],
  ])('%s in %s with %s', (key, locale, n, expected) => {
    expect(fieldMessage(key, locale, n)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['required', true],
    ['invalid_colour', true],
    ['Required', false],
    ['', false],
    ['toString', false],
    ['__proto__', false],
    ['Invalid input: expected string, received undefined', false],
  ])('%j is a key: %s', (value, expected) => {
    expect(isFieldMessageKey(value)).toBe(expected);
  });
});
