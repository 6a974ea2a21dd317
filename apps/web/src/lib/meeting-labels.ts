import {
  riskLevelText,
  type BodyAssignment,
  type BodyKind,
  type MeetingStatus,
  type MeetingType,
  type RiskLevel,
} from '@varn/domain';
import type { Locale, MeetingRiskReasonView, ReadinessWarningView } from '@varn/contracts';
import type { I18n } from './i18n/i18n';

/**
 * Meetings in words (issue 10): types, statuses, body kinds and assignments in the UI language,
 * and a meeting's risk reasons and readiness warnings as sentences, so that a level is never left
 * without its why.
 */

type T = I18n['t'];

/** "Fullmäktige" for `council`. */
export const meetingTypeLabel = (type: MeetingType, t: T): string => t(`meetings.type.${type}`);

/** "Inställt" for `cancelled`. */
export const meetingStatusLabel = (status: MeetingStatus, t: T): string => t(`meetings.status.${status}`);

/** "Nämnd eller utskott" for `committee`. */
export const bodyKindLabel = (kind: BodyKind, t: T): string => t(`meetings.bodyKind.${kind}`);

/** "Ersättare" for `substitute`. */
export const assignmentLabel = (assignment: BodyAssignment, t: T): string =>
  t(`meetings.assignment.${assignment}`);

/** A risk level inside a sentence: "hög". */
const levelWord = (level: RiskLevel, locale: Locale): string =>
  riskLevelText[level][locale].toLocaleLowerCase(locale);

/** One reason of a meeting's risk level as a sentence. */
export function riskReasonText(reason: MeetingRiskReasonView, t: T, locale: Locale): string {
  switch (reason.kind) {
    case 'agenda_item':
      return t(`meetings.reason.agenda_item.${reason.source}`, {
        title: reason.title,
        level: levelWord(reason.level, locale),
      });
    case 'threat_picture':
      return t('meetings.reason.threat_picture', { level: levelWord(reason.level, locale) });
    case 'recent_incidents':
      return t(
        reason.count === 1 ? 'meetings.reason.recent_incidentsOne' : 'meetings.reason.recent_incidents',
        {
          count: reason.count,
          days: reason.lookbackDays,
          level: levelWord(reason.level, locale),
        },
      );
    case 'agenda_items_not_assessed':
      return t(
        reason.count === 1
          ? 'meetings.reason.agenda_items_not_assessedOne'
          : 'meetings.reason.agenda_items_not_assessed',
        { count: reason.count },
      );
  }
}

/** One readiness warning as a sentence. */
export function readinessWarningText(warning: ReadinessWarningView, t: T): string {
  switch (warning.code) {
    case 'high_risk_without_plan':
      return t('meetings.warning.high_risk_without_plan');
    case 'plan_not_approved':
      return warning.daysBefore === 0
        ? t('meetings.warning.plan_not_approvedSameDay')
        : t('meetings.warning.plan_not_approved', { days: warning.daysBefore });
    case 'untrained_key_person':
      return t(`meetings.warning.untrained_key_person.${warning.person.role}`, { name: warning.person.name });
  }
}
