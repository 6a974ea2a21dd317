import { Tag } from '@digdir/designsystemet-react';
import type { PlainStatus } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { plainStatusLabel } from '../../lib/incident-labels';

const colours: Readonly<Record<PlainStatus, string>> = {
  received: 'info',
  in_progress: 'accent',
  measures_ongoing: 'accent',
  follow_up: 'accent',
  closed: 'success',
  on_hold: 'neutral',
};

/** A case's status in plain language, as a tag (the word carries the meaning, not the colour). */
export function PlainStatusTag({ status }: { readonly status: PlainStatus }) {
  const { t } = useI18n();
  return <Tag data-color={colours[status]}>{plainStatusLabel(status, t)}</Tag>;
}
