import { fieldMessage, type Locale, type Me } from '@varn/contracts';
import {
  reportConsentQuestion,
  reportTargetKinds,
  Role,
  TargetKind,
  TargetRole,
  workEnvironmentReportRequired,
} from '@varn/domain';
import type { FormErrors } from '../../lib/errors';
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

/** The fields in the order the form shows them: the error summary lists them the same way. */
export const reportFieldOrder = [
  'ongoing',
  'description',
  'occurredFrom',
  'occurredTo',
  'targetKind',
  'targetName',
  'targetRole',
  'partyContactConsent',
  'seriousWorkIncident',
  'categories',
  'channel',
  'perpetratorType',
  'motive',
  'matterReference',
  'policeContacted',
  'consequences',
] as const;

export type ReportField = (typeof reportFieldOrder)[number];

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
