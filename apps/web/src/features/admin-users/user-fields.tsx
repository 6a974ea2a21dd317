import { roles, type Role } from '@varn/domain';
import { locales, type Party } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { languageName, roleName } from '../../lib/labels';
import { SelectField } from '../../components/fields';

/** Role choice with every role of the domain, in its order. */
export function RoleSelect({
  id,
  value,
  onChange,
  error,
}: {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      id={id}
      label={t('users.role')}
      description={t('users.roleHelp')}
      value={value}
      onChange={onChange}
      options={roles.map((role: Role) => ({ value: role, label: roleName(role, t) }))}
      placeholder={value === '' ? t('users.chooseRole') : undefined}
      error={error}
      required
    />
  );
}

/**
 * Party choice, only for roles that carry a party. Party affiliation is special-category data:
 * it is set here and shown on the person's own page, never used to search or filter.
 */
export function PartySelect({
  id,
  parties,
  value,
  onChange,
  error,
  required,
}: {
  readonly id: string;
  readonly parties: readonly Party[];
  /** Required for party security contacts; an elected official may be without a party. */
  readonly required: boolean;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      id={id}
      label={t('users.party')}
      description={t('users.partyHelp')}
      value={value}
      onChange={onChange}
      options={parties.map((party) => ({ value: party.id, label: `${party.name} (${party.abbreviation})` }))}
      placeholder={required ? t('users.chooseParty') : t('users.noParty')}
      error={error}
      required={required}
    />
  );
}

/** The language of the person's e-mails and of the UI after their login. */
export function LanguageSelect({
  id,
  value,
  onChange,
  error,
}: {
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      id={id}
      label={t('users.language')}
      value={value}
      onChange={onChange}
      options={locales.map((locale) => ({ value: locale, label: languageName(locale, t), lang: locale }))}
      error={error}
      required
    />
  );
}
