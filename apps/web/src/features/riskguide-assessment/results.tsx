import { Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  type BilingualText,
  type ComplexityLevel,
  type GlaslBand,
  type MatrixCell,
  type RiskLevel,
} from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { complexityLabel, inLocale, riskLevelLabel } from '../../lib/riskguide-labels';
import { CellTag, ComplexityTag, RiskLevelTag } from '../../components/risk-level-tag';
import { CellWords, cellIntensity, MatrixGrid, type Matrix } from '../../components/riskguide-matrix';

/** A result's reason, as the domain words it (`describeConditionMet`, `describeStep3Trigger`). */
interface Reason {
  readonly text: BilingualText;
}

/** The step-2 result: the level, why, and whether step 3 is recommended and why. */
export interface Step2Outcome {
  readonly level: RiskLevel;
  readonly sum: number;
  readonly highCount: number;
  readonly reasons: readonly Reason[];
  readonly recommendStep3: boolean;
  readonly step3Reasons: readonly Reason[];
}

/** The step-3 result: conflict level, complexity, their cell and the Glasl band. */
export interface Step3Outcome {
  readonly conflict: { readonly level: RiskLevel; readonly sum: number; readonly reasons: readonly Reason[] };
  readonly complexity: {
    readonly level: ComplexityLevel;
    readonly sum: number;
    readonly reasons: readonly Reason[];
  };
  readonly cell: MatrixCell;
  readonly glaslBand: GlaslBand;
}

function Reasons({ reasons, empty }: { readonly reasons: readonly Reason[]; readonly empty: string }) {
  const { locale } = useI18n();
  if (reasons.length === 0) return <Paragraph data-size="sm">{empty}</Paragraph>;
  return (
    <ul className="reasons">
      {reasons.map((reason, index) => (
        <li key={index}>{inLocale(reason.text, locale)}</li>
      ))}
    </ul>
  );
}

/** The risk level of step 2 with the conditions that decided it (issue 4 §3). */
export function Step2ResultView({ outcome }: { readonly outcome: Step2Outcome }) {
  const { t } = useI18n();
  return (
    <div className="stack result">
      <Paragraph className="result__level">
        {t('riskguide.result.riskLevel')} <RiskLevelTag level={outcome.level} />
      </Paragraph>
      <Paragraph data-size="sm">
        {t('riskguide.result.sums', { sum: outcome.sum, high: outcome.highCount })}
      </Paragraph>
      <div className="stack">
        <Heading level={3} data-size="2xs">
          {t('riskguide.result.why')}
        </Heading>
        <Reasons reasons={outcome.reasons} empty={t('riskguide.result.lowWhy')} />
      </div>
      <div className="stack">
        <Heading level={3} data-size="2xs">
          {outcome.recommendStep3
            ? t('riskguide.result.step3Recommended')
            : t('riskguide.result.step3NotRecommended')}
        </Heading>
        {outcome.recommendStep3 && <Reasons reasons={outcome.step3Reasons} empty="" />}
      </div>
    </div>
  );
}

/**
 * The result of a finished assessment at a glance (issue 9 §2): the risk level and the cell in one
 * sentence, then step 2's level and reasons and step 3's levels, reasons and matrix.
 */
export function ResultOverview({
  result,
  matrix,
}: {
  readonly result: { readonly step2: Step2Outcome; readonly step3: Step3Outcome | null };
  readonly matrix: Matrix;
}) {
  const { t } = useI18n();
  const { step2, step3 } = result;
  return (
    <div className="stack result-overview">
      <Paragraph className="result-overview__lead">
        {step3
          ? t('riskguide.finished.resultLead', {
              level: riskLevelLabel(step2.level, t).toLocaleLowerCase(),
              cell: step3.cell,
              conflict: riskLevelLabel(step3.conflict.level, t).toLocaleLowerCase(),
              complexity: complexityLabel(step3.complexity.level, t).toLocaleLowerCase(),
            })
          : t('riskguide.finished.resultLeadNoStep3', {
              level: riskLevelLabel(step2.level, t).toLocaleLowerCase(),
            })}
      </Paragraph>
      <Heading level={3} data-size="xs">
        {t('riskguide.assessment.step2ResultHeading')}
      </Heading>
      <Step2ResultView outcome={step2} />
      {step3 ? (
        <>
          <Heading level={3} data-size="xs">
            {t('riskguide.assessment.step3ResultHeading')}
          </Heading>
          <Step3ResultView outcome={step3} matrix={matrix} />
        </>
      ) : (
        <Paragraph>{t('riskguide.finished.noStep3')}</Paragraph>
      )}
    </div>
  );
}

/** Conflict level, complexity, the Glasl band and the matrix (issue 4 §4). */
export function Step3ResultView({
  outcome,
  matrix,
}: {
  readonly outcome: Step3Outcome;
  readonly matrix: Matrix;
}) {
  const { t } = useI18n();
  return (
    <div className="stack result">
      <dl className="facts">
        <dt>{t('riskguide.result.conflict')}</dt>
        <dd>
          <RiskLevelTag level={outcome.conflict.level} />{' '}
          <span className="muted">{t('riskguide.result.sum', { sum: outcome.conflict.sum })}</span>
        </dd>
        <dt>{t('riskguide.result.complexity')}</dt>
        <dd>
          <ComplexityTag level={outcome.complexity.level} />{' '}
          <span className="muted">{t('riskguide.result.sum', { sum: outcome.complexity.sum })}</span>
        </dd>
        <dt>{t('riskguide.result.cellLabel')}</dt>
        <dd>
          <CellTag cell={outcome.cell} />
        </dd>
      </dl>
      <div className="stack">
        <Heading level={3} data-size="2xs">
          {t('riskguide.result.conflictWhy')}
        </Heading>
        <Reasons reasons={outcome.conflict.reasons} empty={t('riskguide.result.conflictLowWhy')} />
        <Heading level={3} data-size="2xs">
          {t('riskguide.result.complexityWhy')}
        </Heading>
        <Reasons reasons={outcome.complexity.reasons} empty={t('riskguide.result.complexityLowWhy')} />
      </div>
      <GlaslScale band={outcome.glaslBand} level={outcome.conflict.level} />
      <MatrixTable matrix={matrix} conflict={outcome.conflict.level} complexity={outcome.complexity.level} />
    </div>
  );
}

/**
 * Glasl's nine escalation steps with the band of the conflict level. The drawing is decoration
 * (hidden from assistive technology); the sentence says the same in words.
 */
function GlaslScale({ band, level }: { readonly band: GlaslBand; readonly level: RiskLevel }) {
  const { t } = useI18n();
  const steps = Array.from({ length: 9 }, (_, index) => index + 1);
  return (
    <div className="stack">
      <Heading level={3} data-size="2xs">
        {t('riskguide.glasl.heading')}
      </Heading>
      <Paragraph>
        {t('riskguide.glasl.text', {
          level: riskLevelLabel(level, t).toLocaleLowerCase(),
          from: band.from,
          to: band.to,
        })}
      </Paragraph>
      <ol className="glasl" aria-hidden="true">
        {steps.map((step) => (
          <li key={step} className="glasl__step" data-in-band={step >= band.from && step <= band.to}>
            {step}
          </li>
        ))}
      </ol>
      <Paragraph data-size="sm" className="muted">
        {t('riskguide.glasl.help')}
      </Paragraph>
    </div>
  );
}

/**
 * The 3×3 matrix as a real table: rows complexity, columns conflict level, each cell its letter
 * and its levels in words, coloured by them. The result's cell is outlined and also says so in
 * words ("Resultatet"), and the caption names it, so colour is never the only sign.
 */
export function MatrixTable({
  matrix,
  conflict,
  complexity,
}: {
  readonly matrix: Matrix;
  readonly conflict: RiskLevel;
  readonly complexity: ComplexityLevel;
}) {
  const { t } = useI18n();
  const cell = matrix[complexity][conflict];
  return (
    <div className="stack">
      <Heading level={3} data-size="2xs">
        {t('riskguide.matrix.heading')}
      </Heading>
      <MatrixGrid
        matrix={matrix}
        caption={t('riskguide.matrix.caption', {
          cell,
          conflict: riskLevelLabel(conflict, t).toLocaleLowerCase(),
          complexity: complexityLabel(complexity, t).toLocaleLowerCase(),
        })}
        renderCell={(letter, row, column) => {
          const current = row === complexity && column === conflict;
          return (
            <td
              key={column}
              className="matrix__cell"
              data-current={current}
              data-intensity={cellIntensity(row, column)}
            >
              <span className="matrix__letter">{letter}</span>
              <CellWords complexity={row} conflict={column} />
              {current && <span className="matrix__marker">{t('riskguide.matrix.here')}</span>}
            </td>
          );
        }}
      />
      <Paragraph data-size="sm">{t('riskguide.matrix.colours')}</Paragraph>
    </div>
  );
}
