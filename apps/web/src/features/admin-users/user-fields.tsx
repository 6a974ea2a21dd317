import type { ReactNode } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { isRole, roleMayHaveParty, roleRequiresParty, roles, type Role } from '@varn/domain';
import { fieldMessage, locales, type Party } from '@varn/contracts';
import { useI18n, type I18n } from '../../lib/i18n/i18n';
import { clientFormErrors, type FormErrors } from '../../lib/errors';
import { languageName, roleName } from '../../lib/labels';
import { valueBinder, type FieldBinder, type FieldTargets } from '../../components/form-fields';
import { SelectField, TextField } from '../../components/fields';

/** What an administrator sets on an account, in the invitation and in the edit form, as typed. */
export interface AccountValues {
  readonly name: string;
  readonly role: string;
  readonly partyId: string;
  readonly language: string;
}

/** The body paths of {@link AccountValues}. */
export type AccountField = keyof AccountValues;

/** The account's fields with ids `<prefix>-name`, `-role`, `-party` and `-language`. */
export function accountFieldTargets(prefix: string, t: I18n['t']): FieldTargets<AccountField> {
  return {
    name: { id: `${prefix}-name`, label: t('users.name') },
    role: { id: `${prefix}-role`, label: t('users.role') },
    partyId: { id: `${prefix}-party`, label: t('users.party') },
    language: { id: `${prefix}-language`, label: t('users.language') },
  };
}

/** Whether the chosen role carries a party (party contacts, officials) and must have one (contacts). */
export function partyRuleOf(role: string): { readonly carried: boolean; readonly required: boolean } {
  return {
    carried: isRole(role) && roleMayHaveParty(role),
    required: isRole(role) && roleRequiresParty(role),
  };
}

/** A party's security contact speaks for the party: without a party chosen the form is not sent. */
export function missingParty(values: AccountValues, i18n: Pick<I18n, 't' | 'locale'>): FormErrors | null {
  return partyRuleOf(values.role).required && values.partyId === ''
    ? clientFormErrors({ partyId: fieldMessage('required', i18n.locale) }, i18n.t)
    : null;
}

/**
 * Name, role, party (only for roles that carry one) and language of an account. Party affiliation
 * is special-category data: it is set here and shown on the person's own page, never used to
 * search or filter. The party is required for party security contacts; an elected official may
 * be without a party.
 */
export function AccountFields({
  field,
  values,
  onChange,
  withParties,
}: {
  readonly field: FieldBinder<AccountField>;
  readonly values: AccountValues;
  readonly onChange: (values: AccountValues) => void;
  /**
   * Renders the party field with the parties to choose from: `(choose) => choose(parties)` when
   * they are at hand, or inside their query while they load.
   */
  readonly withParties: (choose: (parties: readonly Party[]) => ReactNode) => ReactNode;
}) {
  const { t } = useI18n();
  const party = partyRuleOf(values.role);
  const value = valueBinder(values, onChange);
  return (
    <>
      <TextField {...field('name')} {...value('name')} autoComplete="off" required />
      <SelectField
        {...field('role')}
        {...value('role')}
        description={t('users.roleHelp')}
        options={roles.map((role: Role) => ({ value: role, label: roleName(role, t) }))}
        placeholder={values.role === '' ? t('users.chooseRole') : undefined}
        required
      />
      {party.carried &&
        withParties((parties) =>
          parties.length === 0 ? (
            <Paragraph>{t('users.noPartiesYet')}</Paragraph>
          ) : (
            <SelectField
              {...field('partyId')}
              {...value('partyId')}
              description={t('users.partyHelp')}
              options={parties.map((item) => ({
                value: item.id,
                label: `${item.name} (${item.abbreviation})`,
              }))}
              placeholder={party.required ? t('users.chooseParty') : t('users.noParty')}
              required={party.required}
            />
          ),
        )}
      <SelectField
        {...field('language')}
        {...value('language')}
        options={locales.map((locale) => ({ value: locale, label: languageName(locale, t), lang: locale }))}
        required
      />
    </>
  );
}
