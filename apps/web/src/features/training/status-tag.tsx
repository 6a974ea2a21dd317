import { Tag } from '@digdir/designsystemet-react';
import type { TrainingStatus } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';

const colour: Readonly<Record<TrainingStatus, 'success' | 'warning' | 'danger' | 'neutral'>> = {
  valid: 'success',
  due_soon: 'warning',
  overdue: 'danger',
  never: 'neutral',
};

/** A person's training status as a coloured tag with its name (the colour is never the only cue). */
export function StatusTag({ status }: { readonly status: TrainingStatus }) {
  const { t } = useI18n();
  return (
    <Tag data-color={colour[status]} data-size="sm">
      {t(`training.status.${status}`)}
    </Tag>
  );
}
