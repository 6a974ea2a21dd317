import type { IncidentEvent, Severity, TimelineKind } from '@varn/domain';
import type { I18n } from './i18n/i18n';
import { severityLabel } from './incident-labels';

/**
 * Names of the security unit's own codes (status changes, timeline) in the UI language.
 * The incident vocabulary shared with the reporters' pages is in `incident-labels.ts`.
 */

type T = I18n['t'];

/** "Akut"; a case that is not triaged yet has no severity ("Ej bedömd"). */
export function severityName(severity: Severity | null, t: T): string {
  return severity === null ? t('casework.severity.none') : severityLabel(severity, t);
}

/** The button text of a status change: "Påbörja bedömning" for `start_assessment`. */
export function incidentEventName(event: IncidentEvent, t: T): string {
  return t(`casework.event.${event}`);
}

/** "Anteckning", "Kontakt med den utsatta", "Statusändring" … */
export function timelineKindName(kind: TimelineKind, t: T): string {
  return t(`casework.timelineKind.${kind}`);
}
