import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { createUserBodySchema, fieldMessage, isLocale } from '@varn/contracts';
import { isRole, roleMayHaveParty, roleRequiresParty } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { createUser } from '../../lib/api/users';
import { getParties } from '../../lib/api/parties';
import { useQuery } from '../../lib/use-query';
import { clientFormErrors } from '../../lib/errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Page } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import type { FieldTargets } from '../../components/form-fields';
import { TextField } from '../../components/fields';
import { LanguageSelect, PartySelect, RoleSelect } from './user-fields';

/** "Bjud in användare": creates the account; the person gets an e-mail with a link to choose a password. */
export function InviteUserPage() {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const parties = useQuery(getParties);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [partyId, setPartyId] = useState('');
  const [language, setLanguage] = useState<string>(locale);

  const needsParty = isRole(role) && roleMayHaveParty(role);
  const partyRequired = isRole(role) && roleRequiresParty(role);
  const form = useFormSubmit(
    createUserBodySchema,
    async (body) => {
      const user = await createUser(body);
      void navigate(`/admin/users/${user.id}`, { state: { invited: true } });
    },
    {
      // A party's security contact speaks for the party: they must belong to it.
      check: () =>
        partyRequired && partyId === ''
          ? clientFormErrors({ partyId: fieldMessage('required', locale) }, t)
          : null,
    },
  );
  const { errors } = form;
  const fields: FieldTargets = {
    email: { id: 'invite-email', label: t('users.email') },
    name: { id: 'invite-name', label: t('users.name') },
    role: { id: 'invite-role', label: t('users.role') },
    partyId: { id: 'invite-party', label: t('users.party') },
    language: { id: 'invite-language', label: t('users.language') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({
      email,
      name,
      role: role === '' ? undefined : role,
      ...(needsParty ? { partyId: partyId === '' ? null : partyId } : {}),
      language: isLocale(language) ? language : undefined,
    });
  }

  return (
    <Page title={t('users.inviteTitle')}>
      <Paragraph>{t('users.inviteIntro')}</Paragraph>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          id="invite-email"
          label={t('users.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={errors?.fields.email}
          required
        />
        <TextField
          id="invite-name"
          label={t('users.name')}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={errors?.fields.name}
          required
        />
        <RoleSelect id="invite-role" value={role} onChange={setRole} error={errors?.fields.role} />
        {needsParty && (
          <QueryView query={parties} loadingLabel={t('parties.loading')}>
            {({ parties: list }) =>
              list.length === 0 ? (
                <Paragraph>{t('users.noPartiesYet')}</Paragraph>
              ) : (
                <PartySelect
                  id="invite-party"
                  required={partyRequired}
                  parties={list}
                  value={partyId}
                  onChange={setPartyId}
                  error={errors?.fields.partyId}
                />
              )
            }
          </QueryView>
        )}
        <LanguageSelect
          id="invite-language"
          value={language}
          onChange={setLanguage}
          error={errors?.fields.language}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('users.sendInvitation')}
          </Button>
          <Button variant="secondary" onClick={() => void navigate('/admin/users')}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
