import { fieldMessage, issuesToFields, type Locale, type Me, type ReportIncidentBody } from '@varn/contracts';
import {
  reportConsentQuestion,
  reportTargetKinds,
  Role,
  TargetKind,
  TargetRole,
  workEnvironmentReportRequired,
} from '@varn/domain';
import type { FormErrors, ValidatingSchema } from '../../lib/errors';
import { lazySchema } from '../../lib/lazy-schema';
import type { I18n } from '../../lib/i18n/i18n';
import { dateTimeInputToIso } from '../../lib/stockholm-dates';
import type { ReportForm } from './report-draft';

/** What the form offers depends on who reports and about whom (the rules: domain `report-options`). */
export interface ReportOptions {
  /** A party contact may report for a member of their party. */
  readonly forMember: boolean;
  /** Which consent question is asked, if any. */
  readonly consent: 'member' | 'self' | null;
  /** Staff and election workers: "serious incident" (Arbetsmiljöverket the same day). */
  readonly serious: boolean;
}

export function reportOptions(me: Me, form: ReportForm): ReportOptions {
  const reporter = { role: me.role, partyId: me.party?.id ?? null };
  const serious =
    form.targetRole !== '' &&
    workEnvironmentReportRequired({ targetRole: form.targetRole, seriousWorkIncident: true });
  return {
    forMember: reportTargetKinds(reporter).includes(TargetKind.PartyMember),
    consent: form.targetKind === '' ? null : reportConsentQuestion(reporter, form.targetKind),
    serious,
  };
}

/** A fresh form: about oneself, in one's own role where that is obvious. */
export function emptyReportForm(me: Me): ReportForm {
  const ownRole: ReportForm['targetRole'] =
    me.role === Role.Official ? TargetRole.Official : me.role === Role.Staff ? TargetRole.Staff : '';
  return {
    ongoing: '',
    description: '',
    occurredFrom: '',
    occurredTo: '',
    targetKind: TargetKind.Self,
    targetName: '',
    targetRole: ownRole,
    categories: [],
    channel: '',
    perpetratorType: '',
    motive: '',
    matterReference: '',
    policeContacted: '',
    partyContactConsent: false,
    seriousWorkIncident: false,
    consequences: [],
  };
}

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
const yesNo = (value: ReportForm['ongoing']): boolean | undefined =>
  value === '' ? undefined : value === 'yes';

/** The server's schema of a report, loaded after the form is on screen (ADR 015). */
export const reportSchema = lazySchema<ReportIncidentBody>(
  async () => (await import('./report-schema')).reportIncidentBodySchema,
);

/**
 * The request body as the form describes it, for `reportIncidentBodySchema` to check: unanswered
 * questions are left out (so that they are reported as missing), questions that do not apply too.
 */
export function reportInput(form: ReportForm, options: ReportOptions): Record<string, unknown> {
  const ongoing = yesNo(form.ongoing);
  return {
    description: form.description,
    ongoing,
    occurredFrom: dateTimeInputToIso(form.occurredFrom),
    // Something still going on has not ended.
    occurredTo: ongoing === true ? undefined : dateTimeInputToIso(form.occurredTo),
    targetKind: form.targetKind === '' ? undefined : form.targetKind,
    targetName: form.targetKind === TargetKind.Self ? undefined : optional(form.targetName),
    targetRole: form.targetRole === '' ? undefined : form.targetRole,
    categories: form.categories,
    channel: optional(form.channel),
    perpetratorType: optional(form.perpetratorType),
    motive: form.motive === '' ? undefined : form.motive,
    matterReference: optional(form.matterReference),
    policeContacted: yesNo(form.policeContacted),
    partyContactConsent: options.consent === null ? undefined : form.partyContactConsent,
    consequences: form.consequences.length === 0 ? undefined : form.consequences,
    seriousWorkIncident: options.serious ? form.seriousWorkIncident : undefined,
  };
}

/**
 * The questions asked first (issue 9 §1): is it going on, what happened and when, about whom —
 * everything the security unit needs to act at once. Evidence files come with them.
 */
export const firstFields = [
  'ongoing',
  'description',
  'occurredFrom',
  'occurredTo',
  'targetKind',
  'targetName',
  'categories',
] as const;

/**
 * The follow-up questions ("Berätta mer (frivilligt)"): the reporter may skip them; what is not
 * answered is "not stated" and the security unit fills it in at triage.
 */
export const followUpFields = [
  'targetRole',
  'partyContactConsent',
  'seriousWorkIncident',
  'channel',
  'perpetratorType',
  'motive',
  'matterReference',
  'policeContacted',
  'consequences',
] as const;

/** The fields in the order the form shows them: the error summary lists them the same way. */
export const reportFieldOrder = [...firstFields, ...followUpFields] as const;

export type ReportField = (typeof reportFieldOrder)[number];

const isReportField = (field: string): field is ReportField =>
  (reportFieldOrder as readonly string[]).includes(field);

/** Whether a follow-up question has an error (its section must be open to show it). */
export function hasFollowUpErrors(errors: FormErrors | null): boolean {
  return errors !== null && followUpFields.some((field) => errors.fields[field] !== undefined);
}

const sameAnswer = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Whether the form has follow-up answers beyond what a fresh form holds (a restored draft). */
export function hasFollowUpAnswers(form: ReportForm, blank: ReportForm): boolean {
  return followUpFields.some((field) => !sameAnswer(form[field], blank[field]));
}

/** The form checked as it is now, the way a submit would check it (without sending). */
export function liveReportErrors(
  schema: ValidatingSchema<ReportIncidentBody>,
  form: ReportForm,
  options: ReportOptions,
  i18n: Pick<I18n, 't' | 'locale'>,
): FormErrors {
  // As `validate` (lib/errors) checks it on submit: the same schema, the same messages.
  const checked = schema.safeParse(reportInput(form, options), { reportInput: true });
  const fields = checked.success ? {} : issuesToFields(checked.error.issues, i18n.locale);
  return reportErrors({ message: i18n.t('form.fixErrors'), fields }, form, i18n.locale);
}

/** What was sent when the shown errors came: the form then, and whether the server answered them. */
export interface SentReport {
  readonly errors: FormErrors;
  readonly form: ReportForm;
  readonly fromServer: boolean;
}

/**
 * The errors to show while the reporter fixes them (after the first failed submit): each field's
 * error follows the field as it is now — the live check, and the server's verdict on a field only
 * while that field is unchanged. `null` when nothing is wrong any more; the summary then goes.
 */
export function errorsAsFixed(sent: SentReport, live: FormErrors, form: ReportForm): FormErrors | null {
  const fields: Record<string, string> = {};
  for (const field of reportFieldOrder) {
    const kept =
      sent.fromServer && sameAnswer(form[field], sent.form[field]) ? sent.errors.fields[field] : undefined;
    const message = live.fields[field] ?? kept;
    if (message !== undefined) fields[field] = message;
  }
  // A field the form does not know (a newer server's) cannot be fixed here: it stays.
  for (const [field, message] of Object.entries(sent.errors.fields))
    if (!isReportField(field)) fields[field] ??= message;
  const sentFields = Object.keys(sent.errors.fields).length > 0;
  if (Object.keys(fields).length > 0)
    return { message: sentFields ? sent.errors.message : live.message, fields };
  // A refusal without fields (e.g. not allowed) is not fixed by typing.
  return sentFields ? null : sent.errors;
}

/**
 * Field errors in form order, with the checks the schema only makes once everything else is
 * right (a name when it is not about oneself, the end after the start) added at once.
 */
export function reportErrors(errors: FormErrors, form: ReportForm, locale: Locale): FormErrors {
  const found: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors.fields)) {
    const field = path.split('.')[0] ?? path;
    found[field] ??= message;
  }
  if (form.targetKind !== '' && form.targetKind !== TargetKind.Self && form.targetName.trim() === '')
    found.targetName ??= fieldMessage('required', locale);
  const from = dateTimeInputToIso(form.occurredFrom);
  const to = form.ongoing === 'yes' ? undefined : dateTimeInputToIso(form.occurredTo);
  if (from && to && Date.parse(from) > Date.parse(to))
    found.occurredTo ??= fieldMessage('date_range', locale);
  const ordered: Record<string, string> = {};
  for (const field of reportFieldOrder) {
    const message = found[field];
    if (message !== undefined) ordered[field] = message;
  }
  // Anything the form does not show (a newer server's field) still reaches the summary.
  for (const [field, message] of Object.entries(found)) ordered[field] ??= message;
  return { message: errors.message, fields: ordered };
}
