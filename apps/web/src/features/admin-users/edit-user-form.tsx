import { useState, type FormEvent } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { isLocale, updateUserBodySchema, type Party, type User } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { updateUser } from '../../lib/api/users';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Section } from '../../components/page';
import { SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import {
  AccountFields,
  accountFieldTargets,
  missingParty,
  partyRuleOf,
  type AccountValues,
} from './user-fields';

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
  const i18n = useI18n();
  const { t } = i18n;
  const [values, setValues] = useState<AccountValues>({
    name: user.name,
    role: user.role,
    partyId: user.partyId ?? '',
    language: user.language,
  });
  const [saved, setSaved] = useState(0);

  const form = useFormSubmit(
    updateUserBodySchema,
    async (body) => {
      const updated = await updateUser(user.id, body);
      onSaved(updated);
      setSaved((n) => n + 1);
    },
    { check: () => missingParty(values, i18n) },
  );
  const { errors } = form;
  const fields = accountFieldTargets('user', t);
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.busy) return;
    setSaved(0);
    const { name, role, partyId, language } = values;
    void form.submit({
      name,
      role,
      // Only party contacts and officials carry a party; for other roles it is removed.
      partyId: partyRuleOf(role).carried && partyId !== '' ? partyId : null,
      language: isLocale(language) ? language : undefined,
    });
  }

  return (
    <Section title={t('users.edit')} id="user-edit-heading">
      <SuccessAlert count={saved}>{t('common.saved')}</SuccessAlert>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <AccountFields
          field={field}
          values={values}
          onChange={setValues}
          withParties={(choose) => choose(parties)}
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
