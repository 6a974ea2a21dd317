import type { ReactNode } from 'react';
import {
  complexityLevels,
  riskLevels,
  type ComplexityLevel,
  type MatrixCell,
  type RiskLevel,
} from '@varn/domain';
import { useI18n } from '../lib/i18n/i18n';
import { complexityLabel, riskLevelLabel } from '../lib/riskguide-labels';
import { TableRegion } from './table-region';
import './riskguide-matrix.css';

/** Rows complexity, columns conflict (a template's matrix). */
export type Matrix = Readonly<Record<ComplexityLevel, Readonly<Record<RiskLevel, MatrixCell>>>>;

/**
 * The 3×3 matrix of step 3 as a real table: rows complexity, columns conflict level, with their
 * headers, in a scrollable region. Each cell (`<td>`) is the caller's: a letter and a marker on an
 * assessment, a count in the figures.
 */
export function MatrixGrid({
  matrix,
  caption,
  className,
  renderCell,
}: {
  readonly matrix: Matrix;
  readonly caption: string;
  readonly className?: string;
  readonly renderCell: (cell: MatrixCell, complexity: ComplexityLevel, conflict: RiskLevel) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <TableRegion label={caption}>
      <table className={className ? `matrix ${className}` : 'matrix'}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('riskguide.matrix.corner')}</th>
            {riskLevels.map((level) => (
              <th scope="col" key={level}>
                {t('riskguide.matrix.conflictColumn', {
                  level: riskLevelLabel(level, t).toLocaleLowerCase(),
                })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {complexityLevels.map((row) => (
            <tr key={row}>
              <th scope="row">{complexityLabel(row, t)}</th>
              {riskLevels.map((column) => renderCell(matrix[row][column], row, column))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

/**
 * How strongly a cell is coloured, 0–4: the sum of the conflict level's and the complexity's
 * steps, so the colour deepens from the calm corner (low, simple) to the hard one (high, very
 * complex). The colour only repeats what the cell's words say.
 */
export function cellIntensity(complexity: ComplexityLevel, conflict: RiskLevel): number {
  return complexityLevels.indexOf(complexity) + riskLevels.indexOf(conflict);
}

/** What a cell means, in words: "Konfliktnivå hög, komplex". */
export function CellWords({
  complexity,
  conflict,
}: {
  readonly complexity: ComplexityLevel;
  readonly conflict: RiskLevel;
}) {
  const { t } = useI18n();
  return (
    <span className="matrix__words">
      {t('riskguide.matrix.cellWords', {
        conflict: riskLevelLabel(conflict, t).toLocaleLowerCase(),
        complexity: complexityLabel(complexity, t).toLocaleLowerCase(),
      })}
    </span>
  );
}
