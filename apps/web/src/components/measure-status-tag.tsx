import { Tag } from '@digdir/designsystemet-react';
import type { MeasureStatus } from '@varn/domain';
import { useI18n } from '../lib/i18n/i18n';
import { measureStatusLabel } from '../lib/measure-labels';

const colours: Readonly<Record<MeasureStatus, string>> = {
  planned: 'info',
  in_progress: 'accent',
  done: 'success',
  cancelled: 'neutral',
};

/** The status of a tracked measure as a tag ("Planerad"); the word carries the meaning. */
export function MeasureStatusTag({ status }: { readonly status: MeasureStatus }) {
  const { t } = useI18n();
  return (
    <Tag data-color={colours[status]} className="nowrap">
      {measureStatusLabel(status, t)}
    </Tag>
  );
}
