import { Tag } from '@digdir/designsystemet-react';
import type { IncidentStatus, Severity } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { severityName } from '../../lib/casework-labels';
import { incidentStatusLabel } from '../../lib/incident-labels';
import { LevelTag, type Level } from '../../components/level-tag';

const severityLevels: Readonly<Record<Severity, Level>> = {
  acute: 'critical',
  high: 'high',
  moderate: 'medium',
  low: 'low',
};

/** The severity of a case; acute and high stand out, an untriaged case says so. */
export function SeverityTag({ severity }: { readonly severity: Severity | null }) {
  const { t } = useI18n();
  return (
    <LevelTag level={severity === null ? 'none' : severityLevels[severity]}>
      {severityName(severity, t)}
    </LevelTag>
  );
}

const statusColours: Readonly<Record<IncidentStatus, string>> = {
  new: 'info',
  triaged: 'accent',
  assessing: 'accent',
  measures: 'accent',
  follow_up: 'accent',
  closed: 'success',
  dormant: 'neutral',
  reopened: 'warning',
};

/** The handling status of a case as a tag (the text carries the meaning). */
export function IncidentStatusTag({ status }: { readonly status: IncidentStatus }) {
  const { t } = useI18n();
  return (
    <Tag data-color={statusColours[status]} className="nowrap">
      {incidentStatusLabel(status, t)}
    </Tag>
  );
}
