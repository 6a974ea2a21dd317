import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { AssessmentHistory } from '@varn/contracts';
import type { ComplexityLevel, RiskLevel } from '@varn/domain';
import { useI18n, type MessageKey } from '../../lib/i18n/i18n';
import { anyAnswerLabel, complexityLabel, riskLevelLabel } from '../../lib/riskguide-labels';
import { AppLink } from '../../components/links';
import { CellTag, RiskLevelTag } from '../../components/risk-level-tag';

type Entry = AssessmentHistory['assessments'][number];
type Changes = NonNullable<Entry['changes']>;

/** The matter's assessments, newest first: when, the levels and cell, and what changed since the one before. */
export function HistorySection({ history }: { readonly history: AssessmentHistory }) {
  const { t } = useI18n();
  if (history.assessments.length === 0) return <Paragraph>{t('riskguide.history.empty')}</Paragraph>;
  const finished = history.assessments.filter((entry) => entry.status === 'finished');
  const oldestFinished = finished[finished.length - 1];
  return (
    <ol className="history">
      {history.assessments.map((entry) => (
        <li key={entry.id} className="history__entry" data-status={entry.status}>
          <HistoryEntry entry={entry} first={entry.id === oldestFinished?.id} />
        </li>
      ))}
    </ol>
  );
}

function HistoryEntry({ entry, first }: { readonly entry: Entry; readonly first: boolean }) {
  const { t, dateTime } = useI18n();
  const draft = entry.status === 'draft';
  return (
    <div className="stack">
      <Heading level={3} data-size="2xs">
        {draft
          ? t('riskguide.history.draftHeading', { time: dateTime(entry.createdAt) })
          : t('riskguide.history.finishedHeading', { time: dateTime(entry.finishedAt ?? entry.updatedAt) })}
      </Heading>
      {!draft && (
        <span className="tag-row">
          <RiskLevelTag level={entry.riskLevel} />
          {entry.cell !== null ? (
            <CellTag cell={entry.cell} conflict={entry.conflictLevel} complexity={entry.complexityLevel} />
          ) : (
            <span className="muted">{t('riskguide.history.noStep3')}</span>
          )}
        </span>
      )}
      <Paragraph data-size="sm" className="muted">
        {draft
          ? t('riskguide.history.draftText', { version: entry.templateVersion })
          : t('riskguide.history.finishedText', {
              name: entry.finishedBy?.name ?? t('riskguide.unknownPerson'),
              version: entry.templateVersion,
            })}
      </Paragraph>
      {!draft && entry.changes && <ChangeList changes={entry.changes} />}
      {!draft && !entry.changes && first && (
        <Paragraph data-size="sm">{t('riskguide.history.first')}</Paragraph>
      )}
      <Paragraph>
        <AppLink to={`/riskguide/assessments/${entry.id}`}>
          {draft ? t('riskguide.history.resume') : t('riskguide.history.open')}
        </AppLink>
      </Paragraph>
    </div>
  );
}

function ChangeList({ changes }: { readonly changes: Changes }) {
  const { t } = useI18n();
  const risk = (level: RiskLevel | null) =>
    level === null ? t('riskguide.history.none') : riskLevelLabel(level, t);
  const complexity = (level: ComplexityLevel | null) =>
    level === null ? t('riskguide.history.none') : complexityLabel(level, t);
  const items: { readonly what: MessageKey; readonly from: string; readonly to: string }[] = [];
  if (changes.riskLevel)
    items.push({
      what: 'riskguide.matter.riskLevel',
      from: risk(changes.riskLevel.from),
      to: risk(changes.riskLevel.to),
    });
  if (changes.conflictLevel)
    items.push({
      what: 'riskguide.result.conflict',
      from: risk(changes.conflictLevel.from),
      to: risk(changes.conflictLevel.to),
    });
  if (changes.complexityLevel)
    items.push({
      what: 'riskguide.result.complexity',
      from: complexity(changes.complexityLevel.from),
      to: complexity(changes.complexityLevel.to),
    });
  if (changes.cell)
    items.push({
      what: 'riskguide.result.cellLabel',
      from: changes.cell.from ?? t('riskguide.history.none'),
      to: changes.cell.to ?? t('riskguide.history.none'),
    });
  if (changes.templateVersion)
    items.push({
      what: 'riskguide.assessment.template',
      from: String(changes.templateVersion.from),
      to: String(changes.templateVersion.to),
    });
  if (items.length === 0 && changes.answers.length === 0)
    return <Paragraph data-size="sm">{t('riskguide.history.unchanged')}</Paragraph>;
  return (
    <div className="stack">
      <Paragraph data-size="sm">{t('riskguide.history.changedIntro')}</Paragraph>
      <ul className="history__changes">
        {items.map((item) => (
          <li key={item.what}>
            {t('riskguide.history.change', { what: t(item.what), from: item.from, to: item.to })}
          </li>
        ))}
        {changes.answers.length > 0 && (
          <li>
            {t('riskguide.history.answers', {
              list: changes.answers
                .map((answer) =>
                  t('riskguide.history.answer', {
                    id: answer.statementId,
                    from: anyAnswerLabel(answer.from, t).toLocaleLowerCase(),
                    to: anyAnswerLabel(answer.to, t).toLocaleLowerCase(),
                  }),
                )
                .join('; '),
            })}
          </li>
        )}
      </ul>
    </div>
  );
}
