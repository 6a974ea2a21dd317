import { riskLevelText, type RiskLevel } from '@varn/domain';
import { useI18n } from '../lib/i18n/i18n';
import { LevelTag, type Level } from './level-tag';
import './meeting-risk-tag.css';

const tagLevels: Readonly<Record<RiskLevel, Level>> = { high: 'high', moderate: 'medium', low: 'low' };

/**
 * A shape per level, so that the level is told by the word, the shape and the colour together
 * (WCAG 1.4.1): a triangle with "!" for high, a diamond for moderate, a circle for low, a dashed
 * circle for not assessed.
 */
function LevelIcon({ level }: { readonly level: RiskLevel | null }) {
  return (
    <svg
      className="risk-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      {level === 'high' && (
        <>
          <path d="M8 1.5 15 14.5H1Z" fill="currentColor" />
          <path
            d="M8 6v4.2M8 11.8v.9"
            stroke="var(--ds-color-neutral-background-default, #fff)"
            strokeWidth="1.6"
          />
        </>
      )}
      {level === 'moderate' && <path d="M8 1.5 14.5 8 8 14.5 1.5 8Z" fill="currentColor" />}
      {level === 'low' && <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />}
      {level === null && (
        <circle
          cx="8"
          cy="8"
          r="5.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeDasharray="2.5 2"
        />
      )}
    </svg>
  );
}

/**
 * A meeting's (or an agenda item's) risk level as a tag with its icon: "Hög", "Måttlig", "Låg", or
 * "Inte bedömd" when nothing is known (never shown as low). Usable in every area: the words come
 * from the domain and the common catalogue.
 */
export function MeetingRiskTag({ level }: { readonly level: RiskLevel | null }) {
  const { t, locale } = useI18n();
  return (
    <LevelTag level={level === null ? 'none' : tagLevels[level]}>
      <span className="risk-tag">
        <LevelIcon level={level} />
        {level === null ? t('risk.notAssessed') : riskLevelText[level][locale]}
      </span>
    </LevelTag>
  );
}
