import type { CoverageCounts } from '@varn/contracts';
import type { I18n } from '../../lib/i18n/i18n';

/** A count of the party figures: a hidden one (n < 5) says so. */
export function suppressedCount(count: number | null, t: I18n['t']): string {
  return count === null ? t('training.suppressed') : String(count);
}

/** The share trained, in whole per cent ("–" for an empty group). */
export function trainedShare(counts: Pick<CoverageCounts, 'trained' | 'total'>, t: I18n['t']): string {
  if (counts.total === 0) return t('training.none');
  return t('training.share', { share: Math.round((counts.trained / counts.total) * 100) });
}
