import type { TemplateContent } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { TextField } from '../../components/fields';
import { TextAreaField } from '../../components/extra-fields';
import { anyAnswerLabel } from '../../lib/riskguide-labels';

/** A condition of a rule, step 2 or step 3. */
export type Condition =
  | TemplateContent['step2']['rule']['levels']['high'][number]
  | TemplateContent['step3']['conflict']['rule']['high'][number];

/** The element id of the field at a body path (`content.name.sv` → `tpl-content-name-sv`). */
export const idOf = (path: string): string => `tpl-${path.replace(/\./gu, '-')}`;

/** A text in both languages: two fields, Swedish first. */
export function TextPair({
  path,
  label,
  value,
  onChange,
  errors,
  multiline = false,
}: {
  readonly path: string;
  readonly label: string;
  readonly value: { readonly sv: string; readonly en: string };
  readonly onChange: (language: 'sv' | 'en', text: string) => void;
  readonly errors: Readonly<Record<string, string>>;
  readonly multiline?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="text-pair">
      {(['sv', 'en'] as const).map((language) => {
        const fieldPath = `${path}.${language}`;
        const props = {
          id: idOf(fieldPath),
          label: t(language === 'sv' ? 'riskguide.templates.inSwedish' : 'riskguide.templates.inEnglish', {
            label,
          }),
          value: value[language],
          onChange: (text: string) => onChange(language, text),
          error: errors[fieldPath],
          maxLength: 2000,
          lang: language,
        };
        return multiline ? (
          <TextAreaField key={language} {...props} rows={3} />
        ) : (
          <TextField key={language} {...props} />
        );
      })}
    </div>
  );
}

/** A number typed into a field: '' while it is being changed (NaN, refused by the schema on save). */
const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));
const textOf = (value: number): string => (Number.isNaN(value) ? '' : String(value));

/**
 * The threshold of one condition: a count or a sum as a number, or the statements of "any of"
 * as a list. The kind of condition and the answer it counts stay as they are.
 */
export function ConditionField({
  path,
  condition,
  title,
  onChange,
  errors,
}: {
  readonly path: string;
  readonly condition: Condition;
  /** "Villkor 1 för hög risknivå". */
  readonly title: string;
  readonly onChange: (condition: Condition) => void;
  readonly errors: Readonly<Record<string, string>>;
}) {
  const { t } = useI18n();
  const id = idOf(path);
  const error = errors[path];
  switch (condition.kind) {
    case 'count_at_least':
      return (
        <TextField
          id={id}
          label={t('riskguide.templates.countLabel', {
            title,
            answer: anyAnswerLabel(condition.answer, t).toLocaleLowerCase(),
          })}
          type="number"
          inputMode="numeric"
          min={0}
          value={textOf(condition.count)}
          onChange={(text) => onChange({ ...condition, count: numberOf(text) })}
          error={error}
        />
      );
    case 'sum_at_least':
      return (
        <TextField
          id={id}
          label={t('riskguide.templates.sumLabel', { title })}
          type="number"
          inputMode="numeric"
          min={0}
          value={textOf(condition.sum)}
          onChange={(text) => onChange({ ...condition, sum: numberOf(text) })}
          error={error}
        />
      );
    case 'any_of':
      return (
        <TextField
          id={id}
          label={t('riskguide.templates.anyOfLabel', {
            title,
            answer: anyAnswerLabel(condition.answer, t).toLocaleLowerCase(),
          })}
          description={t('riskguide.templates.anyOfHelp')}
          value={condition.statementIds.join(',')}
          onChange={(text) => onChange({ ...condition, statementIds: text.split(',') })}
          error={error}
          autoComplete="off"
        />
      );
  }
}
