import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { updateOrganisationSettingsBodySchema, type OrganisationSettingsView } from '@varn/contracts';
import { isRole, policeReminderDayBounds, roles, sessionTimeoutBounds } from '@varn/domain';
import { useI18n, type I18n } from '../../lib/i18n/i18n';
import { useSession } from '../../lib/session/session';
import { getOrganisationSettings, updateOrganisationSettings } from '../../lib/api/organisation';
import { useQuery } from '../../lib/use-query';
import { roleName } from '../../lib/labels';
import type { FormErrors } from '../../lib/errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Page, Section } from '../../components/page';
import { QueryView, SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder, valueBinder, type BoundField, type BoundValue } from '../../components/form-fields';
import { CheckboxGroup, TextField } from '../../components/fields';
import { TextAreaField } from '../../components/extra-fields';

/**
 * "Organisation": name, code, how to reach the security unit, MFA by role, session timeouts, the
 * police-report reminder and Riskguide's list of sensitive words in matter titles.
 */
export function OrganisationSettingsPage() {
  const { t } = useI18n();
  const query = useQuery(getOrganisationSettings);
  return (
    <Page title={t('organisation.title')}>
      <Paragraph>{t('organisation.intro')}</Paragraph>
      <QueryView query={query} loadingLabel={t('organisation.loading')}>
        {(settings) => <SettingsForm settings={settings} onSaved={query.setData} />}
      </QueryView>
    </Page>
  );
}

function numberOrNull(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}

/** The sensitive terms as typed: one a line, blank lines left out. */
function termsOf(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** An error of one term (`sensitiveTerms.3`) is shown at the field, naming the term. */
function withTermErrors(errors: FormErrors, terms: readonly string[], t: I18n['t']): FormErrors {
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors.fields)) {
    const match = /^sensitiveTerms\.(\d+)/u.exec(path);
    if (!match) {
      fields[path] = message;
      continue;
    }
    const term = terms[Number(match[1])] ?? '';
    const text = t('organisation.sensitiveTermError', { term, message });
    fields.sensitiveTerms = fields.sensitiveTerms ? `${fields.sensitiveTerms} ${text}` : text;
  }
  return { message: errors.message, fields };
}

/** The settings as typed, by their body paths. */
interface SettingsValues {
  readonly name: string;
  readonly municipalityCode: string;
  readonly securityUnitPhone: string;
  readonly securityUnitEmail: string;
  readonly mfaRequiredRoles: readonly string[];
  readonly idleMinutes: string;
  readonly absoluteHours: string;
  readonly policeReminderDays: string;
  readonly sensitiveTerms: string;
}

/** The form's values of saved settings: when it opens, and again after a save. */
function valuesOf(settings: OrganisationSettingsView): SettingsValues {
  return {
    name: settings.name,
    municipalityCode: settings.municipalityCode,
    securityUnitPhone: settings.securityUnitPhone ?? '',
    securityUnitEmail: settings.securityUnitEmail ?? '',
    mfaRequiredRoles: settings.mfaRequiredRoles,
    idleMinutes: String(settings.idleMinutes),
    absoluteHours: String(settings.absoluteHours),
    policeReminderDays: String(settings.policeReminderDays),
    sensitiveTerms: settings.sensitiveTerms.join('\n'),
  };
}

/** The police-report reminder, in days (the bounds of `updateOrganisationSettingsBodySchema`). */

/** A whole number within bounds, which its help text states. */
function NumberField({
  bounds,
  ...field
}: BoundField &
  BoundValue<string> & {
    readonly description: string;
    readonly bounds: { readonly min: number; readonly max: number };
  }) {
  return (
    <TextField {...field} type="number" inputMode="numeric" min={bounds.min} max={bounds.max} required />
  );
}

function SettingsForm({
  settings,
  onSaved,
}: {
  readonly settings: OrganisationSettingsView;
  readonly onSaved: (settings: OrganisationSettingsView) => void;
}) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [values, setValues] = useState(() => valuesOf(settings));
  const [saved, setSaved] = useState(0);
  const terms = termsOf(values.sensitiveTerms);
  const form = useFormSubmit(
    updateOrganisationSettingsBodySchema,
    async (body) => {
      const updated = await updateOrganisationSettings(body);
      onSaved(updated);
      setValues(valuesOf(updated));
      setSaved((n) => n + 1);
      // The header shows the organisation's name, and the user's own MFA duty may have changed.
      void refresh();
    },
    { mapErrors: (errors) => withTermErrors(errors, terms, t) },
  );
  const { errors } = form;

  const fields = {
    name: { id: 'org-name', label: t('organisation.name') },
    municipalityCode: { id: 'org-code', label: t('organisation.code') },
    securityUnitPhone: { id: 'org-phone', label: t('organisation.phone') },
    securityUnitEmail: { id: 'org-email', label: t('organisation.email') },
    mfaRequiredRoles: { id: 'org-mfa', label: t('organisation.mfaRoles') },
    idleMinutes: { id: 'org-idle', label: t('organisation.idle') },
    absoluteHours: { id: 'org-absolute', label: t('organisation.absolute') },
    policeReminderDays: { id: 'org-police-reminder', label: t('organisation.policeReminder') },
    sensitiveTerms: { id: 'org-sensitive-terms', label: t('organisation.sensitiveTerms') },
  };
  const field = fieldBinder(fields, errors);
  const value = valueBinder(values, setValues);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.busy) return;
    setSaved(0);
    const { securityUnitPhone: phone, securityUnitEmail: email } = values;
    void form.submit({
      name: values.name,
      municipalityCode: values.municipalityCode,
      securityUnitPhone: phone.trim() === '' ? null : phone,
      securityUnitEmail: email.trim() === '' ? null : email.trim(),
      mfaRequiredRoles: roles.filter((role) => values.mfaRequiredRoles.includes(role)),
      idleMinutes: numberOrNull(values.idleMinutes),
      absoluteHours: numberOrNull(values.absoluteHours),
      policeReminderDays: numberOrNull(values.policeReminderDays),
      sensitiveTerms: terms,
    });
  }

  return (
    <div className="stack">
      <SuccessAlert count={saved}>{t('common.saved')}</SuccessAlert>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form form--wide" noValidate onSubmit={onSubmit}>
        <Section title={t('organisation.basics')} id="org-basics-heading">
          <TextField {...field('name')} {...value('name')} autoComplete="organization" required />
          <TextField
            {...field('municipalityCode')}
            {...value('municipalityCode')}
            description={t('organisation.codeHelp')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            required
          />
        </Section>
        <Section
          title={t('organisation.unit')}
          id="org-unit-heading"
          description={<Paragraph>{t('organisation.unitHelp')}</Paragraph>}
        >
          <TextField
            {...field('securityUnitPhone')}
            {...value('securityUnitPhone')}
            type="tel"
            autoComplete="off"
          />
          <TextField
            {...field('securityUnitEmail')}
            {...value('securityUnitEmail')}
            type="email"
            autoComplete="off"
            spellCheck={false}
          />
        </Section>
        <Section title={t('organisation.security')} id="org-security-heading">
          <CheckboxGroup
            {...field.group('mfaRequiredRoles')}
            description={t('organisation.mfaRolesHelp')}
            options={roles.map((role) => ({ value: role, label: roleName(role, t) }))}
            values={values.mfaRequiredRoles}
            onChange={(chosen) => setValues({ ...values, mfaRequiredRoles: chosen.filter(isRole) })}
          />
          <NumberField
            {...field('idleMinutes')}
            {...value('idleMinutes')}
            description={t('organisation.idleHelp', sessionTimeoutBounds.idleMinutes)}
            bounds={sessionTimeoutBounds.idleMinutes}
          />
          <NumberField
            {...field('absoluteHours')}
            {...value('absoluteHours')}
            description={t('organisation.absoluteHelp', sessionTimeoutBounds.absoluteHours)}
            bounds={sessionTimeoutBounds.absoluteHours}
          />
        </Section>
        <Section title={t('organisation.casesHeading')} id="org-cases-heading">
          <NumberField
            {...field('policeReminderDays')}
            {...value('policeReminderDays')}
            description={t('organisation.policeReminderHelp', policeReminderDayBounds)}
            bounds={policeReminderDayBounds}
          />
        </Section>
        <Section title={t('organisation.riskguideHeading')} id="org-riskguide-heading">
          <TextAreaField
            {...field('sensitiveTerms')}
            {...value('sensitiveTerms')}
            description={t('organisation.sensitiveTermsHelp')}
            rows={6}
          />
        </Section>
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
