import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { createUserBodySchema, isLocale } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { createUser } from '../../lib/api/users';
import { getParties } from '../../lib/api/parties';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Page } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { TextField } from '../../components/fields';
import {
  AccountFields,
  accountFieldTargets,
  missingParty,
  partyRuleOf,
  type AccountValues,
} from './user-fields';

/** "Bjud in användare": creates the account; the person gets an e-mail with a link to choose a password. */
export function InviteUserPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const navigate = useNavigate();
  const parties = useQuery(getParties);
  const [email, setEmail] = useState('');
  const [values, setValues] = useState<AccountValues>({ name: '', role: '', partyId: '', language: locale });

  const form = useFormSubmit(
    createUserBodySchema,
    async (body) => {
      const user = await createUser(body);
      void navigate(`/admin/users/${user.id}`, { state: { invited: true } });
    },
    { check: () => missingParty(values, i18n) },
  );
  const { errors } = form;
  const fields = {
    email: { id: 'invite-email', label: t('users.email') },
    ...accountFieldTargets('invite', t),
  };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { name, role, partyId, language } = values;
    void form.submit({
      email,
      name,
      role: role === '' ? undefined : role,
      ...(partyRuleOf(role).carried ? { partyId: partyId === '' ? null : partyId } : {}),
      language: isLocale(language) ? language : undefined,
    });
  }

  return (
    <Page title={t('users.inviteTitle')}>
      <Paragraph>{t('users.inviteIntro')}</Paragraph>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          required
        />
        <AccountFields
          field={field}
          values={values}
          onChange={setValues}
          withParties={(choose) => (
            <QueryView query={parties} loadingLabel={t('parties.loading')}>
              {({ parties: list }) => choose(list)}
            </QueryView>
          )}
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
