import { Tag } from '@digdir/designsystemet-react';
import type { UserStatus } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';

const colours: Readonly<Record<UserStatus, string>> = {
  active: 'success',
  invited: 'info',
  deactivated: 'neutral',
};

/** An account's status as a coloured tag (the text carries the meaning, not the colour). */
export function UserStatusTag({ status }: { readonly status: UserStatus }) {
  const { t } = useI18n();
  return <Tag data-color={colours[status]}>{t(`userStatus.${status}`)}</Tag>;
}
