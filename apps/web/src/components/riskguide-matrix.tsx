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
