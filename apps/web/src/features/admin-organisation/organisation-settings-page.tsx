import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { updateOrganisationSettingsBodySchema, type OrganisationSettingsView } from '@varn/contracts';
import { isRole, roles, sessionTimeoutBounds } from '@varn/domain';
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
import { fieldBinder } from '../../components/form-fields';
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

function SettingsForm({
  settings,
  onSaved,
}: {
  readonly settings: OrganisationSettingsView;
  readonly onSaved: (settings: OrganisationSettingsView) => void;
}) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [name, setName] = useState(settings.name);
  const [municipalityCode, setMunicipalityCode] = useState(settings.municipalityCode);
  const [phone, setPhone] = useState(settings.securityUnitPhone ?? '');
  const [email, setEmail] = useState(settings.securityUnitEmail ?? '');
  const [mfaRoles, setMfaRoles] = useState<string[]>([...settings.mfaRequiredRoles]);
  const [idleMinutes, setIdleMinutes] = useState(String(settings.idleMinutes));
  const [absoluteHours, setAbsoluteHours] = useState(String(settings.absoluteHours));
  const [policeReminderDays, setPoliceReminderDays] = useState(String(settings.policeReminderDays));
  const [sensitiveTerms, setSensitiveTerms] = useState(settings.sensitiveTerms.join('\n'));
  const [saved, setSaved] = useState(0);
  const terms = termsOf(sensitiveTerms);
  const form = useFormSubmit(
    updateOrganisationSettingsBodySchema,
    async (body) => {
      const updated = await updateOrganisationSettings(body);
      onSaved(updated);
      setName(updated.name);
      setMunicipalityCode(updated.municipalityCode);
      setPhone(updated.securityUnitPhone ?? '');
      setEmail(updated.securityUnitEmail ?? '');
      setMfaRoles([...updated.mfaRequiredRoles]);
      setIdleMinutes(String(updated.idleMinutes));
      setAbsoluteHours(String(updated.absoluteHours));
      setPoliceReminderDays(String(updated.policeReminderDays));
      setSensitiveTerms(updated.sensitiveTerms.join('\n'));
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

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.busy) return;
    setSaved(0);
    void form.submit({
      name,
      municipalityCode,
      securityUnitPhone: phone.trim() === '' ? null : phone,
      securityUnitEmail: email.trim() === '' ? null : email.trim(),
      mfaRequiredRoles: roles.filter((role) => mfaRoles.includes(role)),
      idleMinutes: numberOrNull(idleMinutes),
      absoluteHours: numberOrNull(absoluteHours),
      policeReminderDays: numberOrNull(policeReminderDays),
      sensitiveTerms: terms,
    });
  }

  return (
    <div className="stack">
      <SuccessAlert count={saved}>{t('common.saved')}</SuccessAlert>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form form--wide" noValidate onSubmit={onSubmit}>
        <Section title={t('organisation.basics')} id="org-basics-heading">
          <TextField
            {...field('name')}
            autoComplete="organization"
            value={name}
            onChange={setName}
            required
          />
          <TextField
            {...field('municipalityCode')}
            description={t('organisation.codeHelp')}
            inputMode="numeric"
            autoComplete="off"
            value={municipalityCode}
            onChange={setMunicipalityCode}
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
            type="tel"
            autoComplete="off"
            value={phone}
            onChange={setPhone}
          />
          <TextField
            {...field('securityUnitEmail')}
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={email}
            onChange={setEmail}
          />
        </Section>
        <Section title={t('organisation.security')} id="org-security-heading">
          <CheckboxGroup
            {...field.group('mfaRequiredRoles')}
            description={t('organisation.mfaRolesHelp')}
            options={roles.map((role) => ({ value: role, label: roleName(role, t) }))}
            values={mfaRoles}
            onChange={(values) => setMfaRoles(values.filter(isRole))}
          />
          <TextField
            {...field('idleMinutes')}
            description={t('organisation.idleHelp', sessionTimeoutBounds.idleMinutes)}
            type="number"
            inputMode="numeric"
            min={sessionTimeoutBounds.idleMinutes.min}
            max={sessionTimeoutBounds.idleMinutes.max}
            value={idleMinutes}
            onChange={setIdleMinutes}
            required
          />
          <TextField
            {...field('absoluteHours')}
            description={t('organisation.absoluteHelp', sessionTimeoutBounds.absoluteHours)}
            type="number"
            inputMode="numeric"
            min={sessionTimeoutBounds.absoluteHours.min}
            max={sessionTimeoutBounds.absoluteHours.max}
            value={absoluteHours}
            onChange={setAbsoluteHours}
            required
          />
        </Section>
        <Section title={t('organisation.casesHeading')} id="org-cases-heading">
          <TextField
            {...field('policeReminderDays')}
            description={t('organisation.policeReminderHelp', { min: 7, max: 180 })}
            type="number"
            inputMode="numeric"
            min={7}
            max={180}
            value={policeReminderDays}
            onChange={setPoliceReminderDays}
            required
          />
        </Section>
        <Section title={t('organisation.riskguideHeading')} id="org-riskguide-heading">
          <TextAreaField
            {...field('sensitiveTerms')}
            description={t('organisation.sensitiveTermsHelp')}
            value={sensitiveTerms}
            onChange={setSensitiveTerms}
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
