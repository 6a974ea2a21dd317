import type { MeasureStatus } from '@varn/domain';
import type { I18n } from './i18n/i18n';

/** Tracked measures are shared by incidents and Riskguide matters: their status names too. */

/** "Planerad" for `planned`. */
export const measureStatusLabel = (status: MeasureStatus, t: I18n['t']): string =>
  t(`measureStatus.${status}`);
