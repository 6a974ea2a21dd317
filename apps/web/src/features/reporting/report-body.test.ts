import { describe, expect, it } from 'vitest';
import { fieldMessage, reportIncidentBodySchema, type Me } from '@varn/contracts';
import { Role, type Role as RoleValue } from '@varn/domain';
import {
  emptyReportForm,
  errorsAsFixed,
  followUpFields,
  hasFollowUpAnswers,
  hasFollowUpErrors,
  liveReportErrors,
  reportErrors,
  reportFieldOrder,
  reportInput,
  reportOptions,
} from './report-body';
import type { ReportForm } from './report-draft';

const party = { id: '00000000-0000-4000-8000-000000000002', name: 'Exempelpartiet', abbreviation: 'EP' };

function me(role: RoleValue, withParty = false): Me {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'anna@example.se',
    name: 'Anna Andersson',
    role,
    language: 'sv',
    organisation: { id: '00000000-0000-4000-8000-000000000003', name: 'Exempelkommun' },
    party: withParty ? party : null,
    mfaEnabled: false,
    mfaRequiredByRole: false,
    mfaEnrolmentRequired: false,
  };
}

/** A form an official could send as it is. */
const complete = (overrides: Partial<ReportForm> = {}): ReportForm => ({
  ...emptyReportForm(me(Role.Official)),
  ongoing: 'no',
  description: 'Ett hotfullt mejl efter sammanträdet.',
  occurredFrom: '2026-03-02T10:00',
  occurredTo: '2026-03-02T10:30',
  categories: ['threat'],
  channel: 'email',
  perpetratorType: 'unknown',
  policeContacted: 'no',
  ...overrides,
});

describe('emptyReportForm', () => {
  it.each<[RoleValue, ReportForm['targetRole']]>([
    [Role.Official, 'official'],
    [Role.Staff, 'staff'],
    [Role.PartyContact, ''],
  ])('starts a %s about themself in their own role (%s)', (role, targetRole) => {
    const form = emptyReportForm(me(role));
    expect(form.targetKind).toBe('self');
    expect(form.targetRole).toBe(targetRole);
  });
});

describe('reportOptions', () => {
  it.each<[string, Me, Partial<ReportForm>, ReturnType<typeof reportOptions>]>([
    [
      'a party contact reporting for a member is asked for the member’s consent',
      me(Role.PartyContact, true),
      { targetKind: 'party_member' },
      { forMember: true, consent: 'member', serious: false },
    ],
    [
      'a party contact without a party cannot report for members',
      me(Role.PartyContact),
      { targetKind: 'party_member' },
      { forMember: false, consent: null, serious: false },
    ],
    [
      'an official with a party is asked whether the party contact may see it',
      me(Role.Official, true),
      { targetKind: 'self' },
      { forMember: false, consent: 'self', serious: false },
    ],
    [
      'an official without a party is not asked',
      me(Role.Official),
      { targetKind: 'self' },
      { forMember: false, consent: null, serious: false },
    ],
    [
      'staff are asked whether it is a serious work incident',
      me(Role.Staff),
      { targetRole: 'staff' },
      { forMember: false, consent: null, serious: true },
    ],
    [
      'so are election workers',
      me(Role.Official),
      { targetRole: 'election_worker' },
      { forMember: false, consent: null, serious: true },
    ],
  ])('%s', (_label, reporter, form, expected) => {
    expect(reportOptions(reporter, { ...emptyReportForm(reporter), ...form })).toEqual(expected);
  });
});

describe('reportInput', () => {
  const none = { forMember: false, consent: null, serious: false } as const;

  it('is a body the server’s schema accepts', () => {
    expect(reportIncidentBodySchema.safeParse(reportInput(complete(), none)).success).toBe(true);
  });

  it('leaves unanswered questions out, so that they are reported as missing', () => {
    const input = reportInput(emptyReportForm(me(Role.Official)), none);
    expect(input.ongoing).toBeUndefined();
    expect(input.occurredFrom).toBeUndefined();
    expect(input.channel).toBeUndefined();
    expect(input.motive).toBeUndefined();
    expect(input.policeContacted).toBeUndefined();
    expect(input.consequences).toBeUndefined();
  });

  it('has no end for something still going on', () => {
    expect(reportInput(complete({ ongoing: 'yes' }), none).occurredTo).toBeUndefined();
    expect(reportInput(complete({ ongoing: 'no' }), none).occurredTo).toBe(
      new Date('2026-03-02T10:30').toISOString(),
    );
  });

  it('sends a name only when it is not about oneself', () => {
    expect(reportInput(complete({ targetName: 'Bo' }), none).targetName).toBeUndefined();
    expect(reportInput(complete({ targetKind: 'other', targetName: 'Bo' }), none).targetName).toBe('Bo');
    expect(reportInput(complete({ targetKind: 'other', targetName: '  ' }), none).targetName).toBeUndefined();
  });

  it('answers only the questions that were asked', () => {
    const form = complete({ partyContactConsent: true, seriousWorkIncident: true });
    expect(reportInput(form, none)).toMatchObject({
      partyContactConsent: undefined,
      seriousWorkIncident: undefined,
    });
    expect(reportInput(form, { forMember: false, consent: 'self', serious: true })).toMatchObject({
      partyContactConsent: true,
      seriousWorkIncident: true,
    });
  });
});

describe('reportErrors', () => {
  const summary = 'Rätta följande och försök igen:';

  it('lists the fields in the order of the form, one message per field', () => {
    const errors = reportErrors(
      {
        message: summary,
        fields: { 'categories.0': 'Okänd kategori', description: 'Måste fyllas i', 'categories.1': 'x' },
      },
      complete(),
      'sv',
    );
    expect(errors).toEqual({
      message: summary,
      fields: { description: 'Måste fyllas i', categories: 'Okänd kategori' },
    });
    expect(reportFieldOrder.indexOf('description')).toBeLessThan(reportFieldOrder.indexOf('categories'));
  });

  it('asks for the name when it is about someone else', () => {
    const errors = reportErrors({ message: summary, fields: {} }, complete({ targetKind: 'other' }), 'sv');
    expect(errors.fields).toEqual({ targetName: fieldMessage('required', 'sv') });
  });

  it('refuses an end before the start, unless it is still going on', () => {
    const reversed = complete({ occurredFrom: '2026-03-02T11:00', occurredTo: '2026-03-02T10:00' });
    expect(reportErrors({ message: summary, fields: {} }, reversed, 'en').fields).toEqual({
      occurredTo: fieldMessage('date_range', 'en'),
    });
    expect(
      reportErrors({ message: summary, fields: {} }, { ...reversed, ongoing: 'yes' }, 'en').fields,
    ).toEqual({});
  });

  it('keeps a field the form does not show, after the known ones', () => {
    const errors = reportErrors(
      { message: summary, fields: { newerField: 'Ny kontroll', motive: 'Fel' } },
      complete(),
      'sv',
    );
    expect(Object.keys(errors.fields)).toEqual(['motive', 'newerField']);
  });
});

/** Only the questions asked first: nothing of "Berätta mer (frivilligt)". */
const short = (overrides: Partial<ReportForm> = {}): ReportForm => ({
  ...emptyReportForm(me(Role.PartyContact, true)),
  ongoing: 'no',
  description: 'Ett hotfullt sms efter debatten.',
  categories: ['threat'],
  ...overrides,
});
const none = { forMember: true, consent: null, serious: false } as const;
const i18n = { t: (key: string) => `[${key}]`, locale: 'sv' as const };

describe('the short form', () => {
  it('is a body the server accepts without any follow-up answer', () => {
    const input = reportInput(short(), none);
    expect(reportIncidentBodySchema.safeParse(input).success).toBe(true);
    for (const field of ['targetRole', 'channel', 'perpetratorType', 'policeContacted', 'consequences'])
      expect(input[field]).toBeUndefined();
  });

  it('lists the first questions before the follow-up ones', () => {
    expect(reportFieldOrder.slice(-followUpFields.length)).toEqual([...followUpFields]);
    expect(followUpFields).not.toContain('description');
  });

  it('knows when the follow-up section holds an error or an answer', () => {
    expect(hasFollowUpErrors(null)).toBe(false);
    expect(hasFollowUpErrors({ message: 'x', fields: { description: 'Måste fyllas i' } })).toBe(false);
    expect(hasFollowUpErrors({ message: 'x', fields: { channel: 'Okänd' } })).toBe(true);
    const blank = emptyReportForm(me(Role.Official));
    expect(hasFollowUpAnswers(blank, blank)).toBe(false);
    expect(hasFollowUpAnswers({ ...blank, description: 'x' }, blank)).toBe(false);
    expect(hasFollowUpAnswers({ ...blank, channel: 'email' }, blank)).toBe(true);
  });
});

describe('liveReportErrors: the form checked as it is now', () => {
  it('finds what a submit would find, in form order', () => {
    const errors = liveReportErrors(
      reportIncidentBodySchema,
      short({ ongoing: '', description: '  ' }),
      none,
      i18n,
    );
    expect(Object.keys(errors.fields)).toEqual(['ongoing', 'description']);
  });

  it('adds the checks the schema makes last', () => {
    const errors = liveReportErrors(
      reportIncidentBodySchema,
      short({ targetKind: 'party_member' }),
      none,
      i18n,
    );
    expect(errors.fields).toEqual({ targetName: fieldMessage('required', 'sv') });
  });

  it('finds nothing in a form ready to send', () => {
    expect(liveReportErrors(reportIncidentBodySchema, short(), none, i18n).fields).toEqual({});
  });
});

describe('errorsAsFixed: errors follow the fields after the first submit', () => {
  const summary = 'Rätta följande och försök igen:';
  const check = (form: ReportForm) => liveReportErrors(reportIncidentBodySchema, form, none, i18n);

  it('drops an error as soon as its field is fixed, and the summary with the last one', () => {
    const sentForm = short({ ongoing: '', description: '' });
    const sent = {
      errors: { message: summary, fields: check(sentForm).fields },
      form: sentForm,
      fromServer: false,
    };
    expect(Object.keys(errorsAsFixed(sent, check(sentForm), sentForm)?.fields ?? {})).toEqual([
      'ongoing',
      'description',
    ]);
    const halfway = { ...sentForm, description: 'Nu skrivet.' };
    expect(errorsAsFixed(sent, check(halfway), halfway)).toEqual({
      message: summary,
      fields: { ongoing: expect.any(String) },
    });
    const fixed = { ...halfway, ongoing: 'no' as const };
    expect(errorsAsFixed(sent, check(fixed), fixed)).toBeNull();
  });

  it('shows a new problem at once after the first submit', () => {
    const sentForm = short({ ongoing: '' });
    const sent = {
      errors: { message: summary, fields: check(sentForm).fields },
      form: sentForm,
      fromServer: false,
    };
    const emptied = { ...sentForm, ongoing: 'no' as const, description: '' };
    expect(Object.keys(errorsAsFixed(sent, check(emptied), emptied)?.fields ?? {})).toEqual(['description']);
  });

  it("keeps the server's verdict on a field until that field changes", () => {
    const sentForm = short({ channel: 'retired_channel' });
    const sent = {
      errors: { message: summary, fields: { channel: 'Okänd kod' } },
      form: sentForm,
      fromServer: true,
    };
    const otherEdit = { ...sentForm, description: 'Ändrad text.' };
    expect(errorsAsFixed(sent, check(otherEdit), otherEdit)?.fields).toEqual({ channel: 'Okänd kod' });
    const changed = { ...sentForm, channel: 'email' };
    expect(errorsAsFixed(sent, check(changed), changed)).toBeNull();
  });

  it('keeps a refusal without fields, and a field the form does not know', () => {
    const refusal = { errors: { message: 'Inte tillåtet', fields: {} }, form: short(), fromServer: true };
    expect(errorsAsFixed(refusal, check(short()), short())).toEqual(refusal.errors);
    const newer = {
      errors: { message: summary, fields: { newerField: 'Ny kontroll' } },
      form: short(),
      fromServer: true,
    };
    expect(errorsAsFixed(newer, check(short()), short())?.fields).toEqual({ newerField: 'Ny kontroll' });
  });
});
