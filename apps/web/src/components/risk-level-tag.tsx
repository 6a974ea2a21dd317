import { Tag } from '@digdir/designsystemet-react';
import type { ComplexityLevel, MatrixCell, RiskLevel } from '@varn/domain';
import { useI18n } from '../lib/i18n/i18n';
import { complexityLabel, riskLevelLabel } from '../lib/riskguide-labels';
import { LevelTag, type Level } from './level-tag';

const riskLevels: Readonly<Record<RiskLevel, Level>> = { high: 'high', moderate: 'medium', low: 'low' };

/** A Riskguide risk or conflict level as a tag ("Hög"); `null` says "Inte bedömd". */
export function RiskLevelTag({ level }: { readonly level: RiskLevel | null }) {
  const { t } = useI18n();
  return (
    <LevelTag level={level === null ? 'none' : riskLevels[level]}>
      {level === null ? t('riskguide.level.none') : riskLevelLabel(level, t)}
    </LevelTag>
  );
}

const complexityLevels: Readonly<Record<ComplexityLevel, Level>> = {
  very_complex: 'high',
  complex: 'medium',
  simple_or_complicated: 'low',
};

/** The complexity of step 3 as a tag ("Mycket komplex"). */
export function ComplexityTag({ level }: { readonly level: ComplexityLevel }) {
  const { t } = useI18n();
  return <LevelTag level={complexityLevels[level]}>{complexityLabel(level, t)}</LevelTag>;
}

/**
 * A cell of the step-3 matrix ("Ruta F"); with its levels, followed by what it means in words
 * ("hög konfliktnivå, komplex"), so that a list never leaves a bare letter to be decoded.
 */
export function CellTag({
  cell,
  conflict,
  complexity,
}: {
  readonly cell: MatrixCell;
  readonly conflict?: RiskLevel | null;
  readonly complexity?: ComplexityLevel | null;
}) {
  const { t } = useI18n();
  const tag = (
    <Tag data-color="accent" className="nowrap">
      {t('riskguide.cell', { cell })}
    </Tag>
  );
  if (!conflict || !complexity) return tag;
  return (
    <span className="cell-meaning">
      {tag}{' '}
      <span>
        {t('riskguide.matter.cellText', {
          conflict: riskLevelLabel(conflict, t),
          complexity: complexityLabel(complexity, t).toLocaleLowerCase(),
        })}
      </span>
    </span>
  );
}
