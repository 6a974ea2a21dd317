import { useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { createScreeningBodySchema, type MatterSummary, type TemplateContent } from '@varn/contracts';
import {
  matterTextLimits,
  maxScreeningRows,
  riskguideTextLimits,
  riskLevels,
  titleWarnings,
  type RiskLevel,
} from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useSensitiveTerms } from '../../lib/use-sensitive-terms';
import { createScreening } from '../../lib/api/riskguide';
import { inLocale, riskLevelLabel } from '../../lib/riskguide-labels';
import type { FormErrors } from '../../lib/errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder, type FieldTargets } from '../../components/form-fields';
import { CheckboxGroup, SelectField, TextField } from '../../components/fields';
import { RadioChoice } from '../../components/choice-fields';
import { TitleWarnings } from '../../components/title-warnings';

/** One row of the grid: an existing matter (`matterId`) or a new one (its title). */
interface Row {
  readonly key: number;
  /** '' for a new matter. */
  readonly matterId: string;
  readonly title: string;
  readonly diaryNumber: string;
  readonly level: RiskLevel | '';
  readonly reason: string;
  readonly prompts: readonly string[];
}

const emptyRow = (key: number): Row => ({
  key,
  matterId: '',
  title: '',
  diaryNumber: '',
  level: '',
  reason: '',
  prompts: [],
});

const optional = (value: string): string | null => (value.trim() === '' ? null : value);

const rowId = (row: Row, part: string): string => `screen-row-${row.key}-${part}`;

/**
 * The step-1 grid: one group per matter (a row on a wide screen, a card on a phone), each with the
 * matter, its level, a short reason and the template's prompts. Saved as one screening.
 */
export function ScreeningForm({
  template,
  matters,
}: {
  readonly template: Pick<TemplateContent, 'step1'>;
  readonly matters: readonly MatterSummary[];
}) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [rows, setRows] = useState<readonly Row[]>([emptyRow(1)]);
  const nextKey = useRef(2);
  const addButton = useRef<HTMLButtonElement>(null);
  const prompts = template.step1.prompts;
  const form = useFormSubmit(createScreeningBodySchema, async (body) => {
    const screening = await createScreening(body);
    void navigate(`/screening/${screening.id}`, { state: { saved: true } });
  });
  const { errors } = form;

  const fields: FieldTargets = Object.fromEntries([
    ['title', { id: 'screening-title', label: t('riskguide.screening.batchTitle') }],
    ['rows', { id: 'screening-add-row', label: t('riskguide.screening.rowsLabel') }],
    ...rows.flatMap((row, index) => {
      const n = index + 1;
      const label = (key: Parameters<typeof t>[0]) => t('riskguide.screening.rowField', { n, field: t(key) });
      return [
        [`rows.${index}.matterId`, { id: rowId(row, 'matter'), label: label('riskguide.screening.matter') }],
        [
          `rows.${index}.matter.title`,
          { id: rowId(row, 'title'), label: label('riskguide.screening.newTitle') },
        ],
        [
          `rows.${index}.matter.diaryNumber`,
          { id: rowId(row, 'diary'), label: label('riskguide.matter.field.diaryNumber') },
        ],
        [`rows.${index}.level`, { id: rowId(row, 'level'), label: label('riskguide.screening.level') }],
        [`rows.${index}.reason`, { id: rowId(row, 'reason'), label: label('riskguide.screening.reason') }],
        ...prompts.map((prompt, promptIndex) => [
          `rows.${index}.prompts.${prompt.id}`,
          {
            id: promptIndex === 0 ? rowId(row, 'prompts') : `${rowId(row, 'prompts')}-${prompt.id}`,
            label: label('riskguide.screening.prompts'),
          },
        ]),
      ] as const;
    }),
  ]);
  const field = fieldBinder(fields, errors);

  function change(key: number, patch: Partial<Omit<Row, 'key'>>) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  }

  function addRow() {
    const key = nextKey.current++;
    // Rendered at once, so that focus can move to the new row's first field.
    flushSync(() => setRows((current) => [...current, emptyRow(key)]));
    document.getElementById(`screen-row-${key}-matter`)?.focus();
  }

  function removeRow(key: number) {
    flushSync(() => setRows((current) => current.filter((row) => row.key !== key)));
    addButton.current?.focus();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({
      title: optional(title),
      rows: rows.map((row) => ({
        ...(row.matterId === ''
          ? { matter: { title: row.title, diaryNumber: optional(row.diaryNumber) } }
          : { matterId: row.matterId }),
        level: row.level === '' ? undefined : row.level,
        reason: optional(row.reason),
        prompts: Object.fromEntries(prompts.map((prompt) => [prompt.id, row.prompts.includes(prompt.id)])),
      })),
    });
  }

  const levelChoices = riskLevels.map((level) => ({ value: level, label: riskLevelLabel(level, t) }));
  const promptOptions = prompts.map((prompt) => ({ value: prompt.id, label: inLocale(prompt.text, locale) }));

  return (
    <div className="stack">
      <Paragraph>{t('riskguide.screening.formIntro')}</Paragraph>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="stack" noValidate onSubmit={onSubmit}>
        <div className="form">
          <TextField
            {...field('title')}
            description={t('riskguide.screening.batchTitleHelp')}
            value={title}
            onChange={setTitle}
            maxLength={riskguideTextLimits.screeningTitle}
          />
        </div>
        <ol className="screening-rows" aria-label={t('riskguide.screening.rowsLabel')}>
          {rows.map((row, index) => (
            <li key={row.key}>
              <ScreeningRow
                row={row}
                n={index + 1}
                rowIndex={index}
                matters={matters}
                chosenElsewhere={rows.filter((other) => other.key !== row.key).map((other) => other.matterId)}
                levelChoices={levelChoices}
                promptOptions={promptOptions}
                errors={errors}
                onChange={(patch) => change(row.key, patch)}
                onRemove={rows.length > 1 ? () => removeRow(row.key) : null}
              />
            </li>
          ))}
        </ol>
        <div className="button-row">
          <Button
            variant="secondary"
            id="screening-add-row"
            ref={addButton}
            onClick={addRow}
            disabled={rows.length >= maxScreeningRows}
          >
            {t('riskguide.screening.addRow')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {t('riskguide.screening.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}

function ScreeningRow({
  row,
  n,
  rowIndex,
  matters,
  chosenElsewhere,
  levelChoices,
  promptOptions,
  errors,
  onChange,
  onRemove,
}: {
  readonly row: Row;
  readonly n: number;
  readonly rowIndex: number;
  readonly matters: readonly MatterSummary[];
  readonly chosenElsewhere: readonly string[];
  readonly levelChoices: readonly { readonly value: string; readonly label: string }[];
  readonly promptOptions: readonly { readonly value: string; readonly label: string }[];
  readonly errors: FormErrors | null;
  readonly onChange: (patch: Partial<Omit<Row, 'key'>>) => void;
  readonly onRemove: (() => void) | null;
}) {
  const { t } = useI18n();
  const headingId = rowId(row, 'heading');
  const terms = useSensitiveTerms();
  const warnings = useMemo(() => titleWarnings(row.title, terms), [row.title, terms]);
  const error = (path: string): string | undefined => errors?.fields[`rows.${rowIndex}.${path}`];
  const promptError = Object.entries(errors?.fields ?? {}).find(([path]) =>
    path.startsWith(`rows.${rowIndex}.prompts`),
  )?.[1];
  const matterOptions = matters
    .filter((matter) => matter.id === row.matterId || !chosenElsewhere.includes(matter.id))
    .map((matter) => ({
      value: matter.id,
      label: matter.diaryNumber ? `${matter.title} (${matter.diaryNumber})` : matter.title,
    }));
  return (
    <div className="screening-row" role="group" aria-labelledby={headingId}>
      <div className="screening-row__head">
        <Heading level={3} data-size="2xs" id={headingId}>
          {t('riskguide.screening.rowHeading', { n })}
        </Heading>
        {onRemove && (
          <Button variant="tertiary" data-size="sm" onClick={onRemove}>
            {t('riskguide.screening.removeRow', { n })}
          </Button>
        )}
      </div>
      <div className="screening-row__matter stack">
        <SelectField
          id={rowId(row, 'matter')}
          label={t('riskguide.screening.matter')}
          value={row.matterId}
          onChange={(matterId) => onChange({ matterId })}
          placeholder={t('riskguide.screening.newMatterOption')}
          options={matterOptions}
          error={error('matterId')}
        />
        {row.matterId === '' && (
          <>
            <TextField
              id={rowId(row, 'title')}
              label={t('riskguide.screening.newTitle')}
              description={t('riskguide.screening.newTitleHelp')}
              value={row.title}
              onChange={(title) => onChange({ title })}
              error={error('matter.title')}
              maxLength={matterTextLimits.title}
              required
            />
            <TitleWarnings warnings={warnings} live />
            <TextField
              id={rowId(row, 'diary')}
              label={t('riskguide.matter.field.diaryNumber')}
              value={row.diaryNumber}
              onChange={(diaryNumber) => onChange({ diaryNumber })}
              error={error('matter.diaryNumber')}
              maxLength={matterTextLimits.diaryNumber}
              autoComplete="off"
            />
          </>
        )}
      </div>
      <div className="screening-row__level">
        <RadioChoice
          id={rowId(row, 'level')}
          name={rowId(row, 'level')}
          legend={t('riskguide.screening.level')}
          description={t('riskguide.screening.levelHelp')}
          choices={levelChoices}
          value={row.level}
          onChange={(level) => onChange({ level: riskLevelOf(level) })}
          error={error('level')}
          required
        />
      </div>
      <div className="screening-row__reason">
        <TextField
          id={rowId(row, 'reason')}
          label={t('riskguide.screening.reason')}
          description={t('riskguide.screening.reasonHelp')}
          value={row.reason}
          onChange={(reason) => onChange({ reason })}
          error={error('reason')}
          maxLength={riskguideTextLimits.screeningReason}
        />
      </div>
      <div className="screening-row__prompts">
        <CheckboxGroup
          id={rowId(row, 'prompts')}
          legend={t('riskguide.screening.prompts')}
          options={promptOptions}
          values={row.prompts}
          onChange={(values) => onChange({ prompts: values })}
          error={promptError}
        />
      </div>
    </div>
  );
}

const isRiskLevel = (value: string): value is RiskLevel => (riskLevels as readonly string[]).includes(value);

function riskLevelOf(value: string): RiskLevel | '' {
  return isRiskLevel(value) ? value : '';
}
