import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { riskguideTextLimits } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { TextAreaField } from '../../components/extra-fields';

/**
 * One statement to answer: a radio group (fieldset, the statement as its legend) and an optional
 * comment. Native radios: Tab enters the group at the chosen answer (or the first), the arrow
 * keys move between answers and choose, Space chooses, Tab goes on to the comment.
 */
export function StatementField<Answer extends string>({
  idPrefix,
  statementId,
  text,
  choices,
  answer,
  comment,
  onAnswer,
  onComment,
  error,
}: {
  /** `s2` or `s3`: the ids are `s2-A1`, `s2-A1-moderate`, `s2-A1-comment`. */
  readonly idPrefix: string;
  readonly statementId: string;
  readonly text: string;
  readonly choices: readonly { readonly value: Answer; readonly label: string }[];
  readonly answer: Answer | null;
  readonly comment: string;
  readonly onAnswer: (answer: Answer) => void;
  readonly onComment: (comment: string) => void;
  readonly error?: string | undefined;
}) {
  const { t } = useI18n();
  const id = `${idPrefix}-${statementId}`;
  return (
    <div className="statement stack" data-answered={answer !== null}>
      <Fieldset>
        <Fieldset.Legend className="statement__legend">
          <span className="statement__id">{statementId}</span> <span>{text}</span>
        </Fieldset.Legend>
        <div className="statement__choices">
          {choices.map((choice, index) => (
            <Radio
              key={choice.value}
              id={index === 0 ? id : `${id}-${choice.value}`}
              name={id}
              label={choice.label}
              value={choice.value}
              checked={answer === choice.value}
              aria-invalid={error ? true : undefined}
              onChange={() => onAnswer(choice.value)}
            />
          ))}
        </div>
        {error && <ValidationMessage>{error}</ValidationMessage>}
      </Fieldset>
      {/* Outside the fieldset: its error is about the answer, and the comment is optional. */}
      <TextAreaField
        id={`${id}-comment`}
        label={t('riskguide.assessment.commentLabel', { id: statementId })}
        value={comment}
        onChange={onComment}
        rows={2}
        maxLength={riskguideTextLimits.answerComment}
      />
    </div>
  );
}
