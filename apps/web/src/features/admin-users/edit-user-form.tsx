import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { fieldMessage, isLocale, updateUserBodySchema, type Party, type User } from '@varn/contracts';
import { isRole, roleMayHaveParty, roleRequiresParty } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { updateUser } from '../../lib/api/users';
import { clientFormErrors } from '../../lib/errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Section } from '../../components/page';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import type { FieldTargets } from '../../components/form-fields';
import { TextField } from '../../components/fields';
import { LanguageSelect, PartySelect, RoleSelect } from './user-fields';

/** Name, role, party and language of an account. */
export function EditUserForm({
  user,
  parties,
  onSaved,
}: {
  readonly user: User;
  readonly parties: readonly Party[];
  readonly onSaved: (user: User) => void;
}) {
  const { t, locale } = useI18n();
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<string>(user.role);
  const [partyId, setPartyId] = useState(user.partyId ?? '');
  const [language, setLanguage] = useState<string>(user.language);
  const [saved, setSaved] = useState(0);

  const needsParty = isRole(role) && roleMayHaveParty(role);
  const partyRequired = isRole(role) && roleRequiresParty(role);
  const form = useFormSubmit(
    updateUserBodySchema,
    async (body) => {
      const updated = await updateUser(user.id, body);
      onSaved(updated);
      setSaved((n) => n + 1);
    },
    {
      check: () =>
        partyRequired && partyId === ''
          ? clientFormErrors({ partyId: fieldMessage('required', locale) }, t)
          : null,
    },
  );
  const { errors } = form;
  const fields: FieldTargets = {
    name: { id: 'user-name', label: t('users.name') },
    role: { id: 'user-role', label: t('users.role') },
    partyId: { id: 'user-party', label: t('users.party') },
    language: { id: 'user-language', label: t('users.language') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.busy) return;
    setSaved(0);
    void form.submit({
      name,
      role,
      // Only party contacts and officials carry a party; for other roles it is removed.
      partyId: needsParty && partyId !== '' ? partyId : null,
      language: isLocale(language) ? language : undefined,
    });
  }

  return (
    <Section title={t('users.edit')} id="user-edit-heading">
      {saved > 0 && (
        <FocusAlert key={saved} color="success">
          <Paragraph>{t('common.saved')}</Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          id="user-name"
          label={t('users.name')}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={errors?.fields.name}
          required
        />
        <RoleSelect id="user-role" value={role} onChange={setRole} error={errors?.fields.role} />
        {needsParty &&
          (parties.length === 0 ? (
            <Paragraph>{t('users.noPartiesYet')}</Paragraph>
          ) : (
            <PartySelect
              id="user-party"
              required={partyRequired}
              parties={parties}
              value={partyId}
              onChange={setPartyId}
              error={errors?.fields.partyId}
            />
          ))}
        <LanguageSelect
          id="user-language"
          value={language}
          onChange={setLanguage}
          error={errors?.fields.language}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
