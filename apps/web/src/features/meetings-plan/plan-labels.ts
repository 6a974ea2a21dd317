import { isNationalThreatLevel } from '@varn/domain';
import type { I18n } from '../../lib/i18n/i18n';

/** "4 – Högt hot": a step of Säkerhetspolisen's scale with its name. */
export function nationalLevelText(level: number, t: I18n['t']): string {
  return isNationalThreatLevel(level)
    ? t('meetingPlan.national.value', { level, name: t(`meetingPlan.national.${level}`) })
    : String(level);
}
