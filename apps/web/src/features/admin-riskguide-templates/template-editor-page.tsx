import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { createTemplateVersionBodySchema, type TemplateContent, type TemplateVersion } from '@varn/contracts';
import {
  complexityRuleLevels,
  conflictRuleLevels,
  matrixCells,
  riskLevels,
  step2RuleLevels,
  step3Answers,
} from '@varn/domain';
import { useI18n, type I18n, type MessageKey } from '../../lib/i18n/i18n';
import { createTemplateVersion, getCurrentTemplate } from '../../lib/api/riskguide';
import { ApiError } from '../../lib/api/client';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit } from '../../lib/use-form-submit';
import { complexityLabel, inLocale, riskLevelLabel } from '../../lib/riskguide-labels';
import { Page, Section } from '../../components/page';
import { FocusAlert, QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import type { FieldTarget, FieldTargets } from '../../components/form-fields';
import { CheckboxGroup } from '../../components/fields';
import { AppLink } from '../../components/links';
import { ConditionField, idOf, TextPair, type Condition } from './template-fields';
import './templates.css';

type Rule = Readonly<Record<string, readonly Condition[]>>;

/** A text of the template in both languages. */
interface LanguageTexts {
  sv: string;
  en: string;
}

/** "Ny version av mallen" (admin): a copy of the newest version to edit and save as the next. */
export function TemplateEditorPage() {
  const { t } = useI18n();
  const current = useQuery(getCurrentTemplate);
  const [restarted, setRestarted] = useState(false);
  return (
    <Page title={t('riskguide.templates.editTitle')}>
      <Paragraph>
        <AppLink to="/admin/riskguide-templates">{t('riskguide.templates.back')}</AppLink>
      </Paragraph>
      <QueryView query={current} loadingLabel={t('riskguide.templates.loading')}>
        {(version) => (
          <TemplateEditor
            key={version.id}
            version={version}
            restarted={restarted}
            onRestart={() => {
              setRestarted(true);
              current.reload();
            }}
          />
        )}
      </QueryView>
    </Page>
  );
}

function contentOf(version: TemplateVersion): TemplateContent {
  const { id: _id, version: _version, ...content } = version.content;
  return structuredClone(content);
}

/** Every field of the editor by its body path, with its element id and its label for the error summary. */
function fieldTargets(content: TemplateContent, i18n: Pick<I18n, 't' | 'locale'>): FieldTargets {
  const { t } = i18n;
  const targets: Record<string, FieldTarget> = {};
  /** The field at `path`, or (a problem of a whole) the field at `at`. */
  const add = (path: string, label: string, at = path) => {
    targets[path] = { id: idOf(at), label };
  };
  const pair = (path: string, label: string) => {
    add(`${path}.sv`, t('riskguide.templates.inSwedish', { label }));
    add(`${path}.en`, t('riskguide.templates.inEnglish', { label }));
  };
  const rule = (part: RulePart) => {
    for (const [level, list] of Object.entries(part.rule(content))) {
      const path = `${part.path}.${level}`;
      list.forEach((_condition, index) => add(`${path}.${index}`, conditionTitle(part, level, index + 1, t)));
      // A problem of the level as a whole points at its first condition.
      if (list.length > 0) add(path, conditionTitle(part, level, 1, t), `${path}.0`);
    }
  };
  pair('content.name', t('riskguide.templates.name'));
  content.step1.prompts.forEach((prompt, index) =>
    pair(`content.step1.prompts.${index}.text`, t('riskguide.templates.prompt', { id: prompt.id })),
  );
  content.step2.themes.forEach((theme, themeIndex) => {
    pair(`content.step2.themes.${themeIndex}.title`, t('riskguide.templates.themeTitle', { id: theme.id }));
    theme.statements.forEach((statement, index) =>
      pair(`content.step2.themes.${themeIndex}.statements.${index}.text`, statement.id),
    );
  });
  rule(ruleParts.step2);
  content.step2.rule.recommendStep3.forEach((trigger, index) => {
    if (trigger.onlyIf !== null)
      add(
        `content.step2.rule.recommendStep3.${index}.onlyIf`,
        t('riskguide.templates.triggerTitle', { n: index + 1 }),
      );
  });
  for (const part of ['conflict', 'complexity'] as const) {
    content.step3[part].statements.forEach((statement, index) =>
      pair(`content.step3.${part}.statements.${index}.text`, statement.id),
    );
  }
  rule(ruleParts.conflict);
  rule(ruleParts.complexity);
  content.measures.forEach((_measure, index) => {
    pair(`content.measures.${index}.text`, t('riskguide.templates.measure', { n: index + 1 }));
    add(`content.measures.${index}.cells`, t('riskguide.templates.measureCells', { n: index + 1 }));
  });
  return targets;
}

const isLevel = <L extends string>(levels: readonly L[], value: string): value is L =>
  (levels as readonly string[]).includes(value);

/** One of the template's three rules: where it stands, how its levels are named, where a changed condition goes. */
interface RulePart {
  readonly path: string;
  readonly rule: (content: TemplateContent) => Rule;
  /** A level's name in lower case ("hög"), or the level as it stands when the rule has no such level. */
  readonly levelName: (level: string, t: I18n['t']) => string;
  /** A level's conditions ("Risknivå hög"). */
  readonly levelKey: MessageKey;
  /** One condition ("Risknivå hög, villkor 2"). */
  readonly conditionKey: MessageKey;
  /** Puts a changed condition into the draft, when it is one of this rule's. */
  readonly put: (draft: TemplateContent, level: string, index: number, condition: Condition) => void;
}

/** A {@link RulePart} from where the rule stands, its levels and the kind of its conditions. */
function rulePart<L extends string, C extends Condition>(part: {
  readonly path: string;
  readonly rule: (content: TemplateContent) => Record<L, C[]>;
  readonly levels: readonly L[];
  readonly label: (level: L, t: I18n['t']) => string;
  readonly isCondition: (condition: Condition) => condition is C;
  readonly levelKey: MessageKey;
  readonly conditionKey: MessageKey;
}): RulePart {
  const { levels, label, isCondition } = part;
  return {
    path: part.path,
    rule: part.rule,
    levelKey: part.levelKey,
    conditionKey: part.conditionKey,
    levelName: (level, t) => (isLevel(levels, level) ? label(level, t).toLocaleLowerCase() : level),
    put: (draft, level, index, condition) => {
      if (isLevel(levels, level) && isCondition(condition)) part.rule(draft)[level][index] = condition;
    },
  };
}

const ruleParts = {
  step2: rulePart({
    path: 'content.step2.rule.levels',
    rule: (content) => content.step2.rule.levels,
    levels: step2RuleLevels,
    label: riskLevelLabel,
    isCondition: isStep2Condition,
    levelKey: 'riskguide.templates.riskLevel',
    conditionKey: 'riskguide.templates.step2Condition',
  }),
  conflict: rulePart({
    path: 'content.step3.conflict.rule',
    rule: (content) => content.step3.conflict.rule,
    levels: conflictRuleLevels,
    label: riskLevelLabel,
    isCondition: isStep3Condition,
    levelKey: 'riskguide.templates.conflictLevel',
    conditionKey: 'riskguide.templates.conflictCondition',
  }),
  complexity: rulePart({
    path: 'content.step3.complexity.rule',
    rule: (content) => content.step3.complexity.rule,
    levels: complexityRuleLevels,
    label: complexityLabel,
    isCondition: isStep3Condition,
    levelKey: 'riskguide.templates.complexityLevel',
    conditionKey: 'riskguide.templates.complexityCondition',
  }),
};

function conditionTitle(part: RulePart, level: string, n: number, t: I18n['t']): string {
  return t(part.conditionKey, { level: part.levelName(level, t), n });
}

/**
 * Puts each problem at the field it concerns: the longest field path that the problem's path
 * starts with (`…high.0.count` belongs to the condition `…high.0`). Problems of no field keep
 * their path and are listed in the summary without a link.
 */
function placeErrors(
  fields: Readonly<Record<string, string>>,
  known: readonly string[],
): Record<string, string> {
  const byLength = [...known].sort((a, b) => b.length - a.length);
  const placed: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const target =
      byLength.find((candidate) => path === candidate || path.startsWith(`${candidate}.`)) ?? path;
    placed[target] = placed[target] ? `${placed[target]} ${message}` : message;
  }
  return placed;
}

/** The content as it is sent: the statements of "any of" without blanks and spaces. */
function cleaned(content: TemplateContent): TemplateContent {
  const next = structuredClone(content);
  const tidy = (condition: Condition) => {
    if (condition.kind === 'any_of')
      condition.statementIds = condition.statementIds.map((id) => id.trim()).filter((id) => id !== '');
  };
  Object.values(next.step2.rule.levels).forEach((list) => list.forEach(tidy));
  next.step2.rule.recommendStep3.forEach((trigger) => {
    if (trigger.onlyIf) tidy(trigger.onlyIf);
  });
  Object.values(next.step3.conflict.rule).forEach((list) => list.forEach(tidy));
  Object.values(next.step3.complexity.rule).forEach((list) => list.forEach(tidy));
  return next;
}

function TemplateEditor({
  version,
  restarted,
  onRestart,
}: {
  readonly version: TemplateVersion;
  /** Made again from the newest version after a conflict: said once, with focus. */
  readonly restarted: boolean;
  /** Fetches the newest version and starts over from it. */
  readonly onRestart: () => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const navigate = useNavigate();
  const [content, setContent] = useState<TemplateContent>(() => contentOf(version));
  /** Someone else saved a newer version meanwhile (409): this one cannot be saved on top of it. */
  const [conflict, setConflict] = useState(0);

  const edit = (change: (draft: TemplateContent) => void) =>
    setContent((previous) => {
      const next = structuredClone(previous);
      change(next);
      return next;
    });
  /** Changes one language of a text in the draft, found by `at` (the name, a prompt, a statement …). */
  const editText =
    (at: (draft: TemplateContent) => LanguageTexts | undefined) => (language: 'sv' | 'en', text: string) =>
      edit((draft) => {
        const target = at(draft);
        if (target) target[language] = text;
      });

  const targets = fieldTargets(content, i18n);
  const form = useFormSubmit(
    createTemplateVersionBodySchema,
    async (body) => {
      const created = await createTemplateVersion(body);
      void navigate('/admin/riskguide-templates', { state: { createdVersion: created.version } });
    },
    {
      mapErrors: (errors) => ({
        message: errors.message,
        fields: placeErrors(errors.fields, Object.keys(targets)),
      }),
      onError: (error, errors) => {
        if (!(error instanceof ApiError && error.status === 409)) return errors;
        setConflict((n) => n + 1);
        return null;
      },
    },
  );
  const fieldErrors = form.errors?.fields ?? {};

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ basedOnVersion: version.version, content: cleaned(content) });
  }

  const measureFieldId = (index: number) => idOf(`content.measures.${index}.text.sv`);

  function removeMeasure(index: number) {
    // Rendered at once, so that focus moves to the measure now in its place (or before it, or "add").
    flushSync(() => edit((draft) => void draft.measures.splice(index, 1)));
    const next =
      document.getElementById(measureFieldId(index)) ??
      document.getElementById(measureFieldId(index - 1)) ??
      document.getElementById('tpl-measure-add');
    next?.focus();
  }

  function addMeasure() {
    const index = content.measures.length;
    flushSync(() =>
      edit((draft) => {
        const taken = new Set(draft.measures.map((measure) => measure.id));
        let n = draft.measures.length + 1;
        while (taken.has(`measure_${n}`)) n += 1;
        draft.measures.push({ id: `measure_${n}`, text: { sv: '', en: '' }, cells: [] });
      }),
    );
    document.getElementById(measureFieldId(index))?.focus();
  }

  const ruleFields = (part: RulePart) =>
    Object.entries(part.rule(content)).map(([level, conditions]) => (
      <fieldset key={level} className="rule">
        <legend className="rule__legend">
          {t('riskguide.templates.levelIf', { level: t(part.levelKey, { level: part.levelName(level, t) }) })}
        </legend>
        {conditions.map((condition, index) => (
          <ConditionField
            key={index}
            path={`${part.path}.${level}.${index}`}
            condition={condition}
            title={conditionTitle(part, level, index + 1, t)}
            onChange={(next) => edit((draft) => part.put(draft, level, index, next))}
            errors={fieldErrors}
          />
        ))}
      </fieldset>
    ));

  return (
    <div className="stack">
      <Paragraph>
        {t('riskguide.templates.editIntro', { version: version.version, next: version.version + 1 })}
      </Paragraph>
      {restarted && conflict === 0 && (
        <FocusAlert color="info">
          <Paragraph>{t('riskguide.templates.restarted', { version: version.version })}</Paragraph>
        </FocusAlert>
      )}
      {conflict > 0 && (
        <FocusAlert key={conflict} color="warning">
          <Paragraph>{t('riskguide.templates.conflict', { next: version.version + 1 })}</Paragraph>
          <Button variant="secondary" data-size="sm" className="alert-action" onClick={onRestart}>
            {t('riskguide.templates.restart')}
          </Button>
        </FocusAlert>
      )}
      <FormErrorSummary errors={form.errors} fields={targets} attempt={form.attempt} />
      <form className="stack template-editor" noValidate onSubmit={onSubmit}>
        <Section title={t('riskguide.templates.nameHeading')} id="tpl-name-heading">
          <TextPair
            path="content.name"
            label={t('riskguide.templates.name')}
            value={content.name}
            onChange={editText((draft) => draft.name)}
            errors={fieldErrors}
          />
        </Section>

        <Section title={t('riskguide.templates.step1Heading')} id="tpl-step1-heading">
          {content.step1.prompts.map((prompt, index) => (
            <TextPair
              key={prompt.id}
              path={`content.step1.prompts.${index}.text`}
              label={t('riskguide.templates.prompt', { id: prompt.id })}
              value={prompt.text}
              onChange={editText((draft) => draft.step1.prompts[index]?.text)}
              errors={fieldErrors}
              multiline
            />
          ))}
        </Section>

        <Section title={t('riskguide.templates.step2Heading')} id="tpl-step2-heading">
          {content.step2.themes.map((theme, themeIndex) => (
            <div key={theme.id} className="stack">
              <Heading level={3} data-size="xs">
                {t('riskguide.templates.theme', { id: theme.id, title: inLocale(theme.title, locale) })}
              </Heading>
              <TextPair
                path={`content.step2.themes.${themeIndex}.title`}
                label={t('riskguide.templates.themeTitle', { id: theme.id })}
                value={theme.title}
                onChange={editText((draft) => draft.step2.themes[themeIndex]?.title)}
                errors={fieldErrors}
              />
              <StatementTexts
                path={`content.step2.themes.${themeIndex}.statements`}
                statements={theme.statements}
                errors={fieldErrors}
                onText={(index) =>
                  editText((draft) => draft.step2.themes[themeIndex]?.statements[index]?.text)
                }
              />
            </div>
          ))}
          <Heading level={3} data-size="xs">
            {t('riskguide.templates.rulesHeading')}
          </Heading>
          <Paragraph data-size="sm">
            {t('riskguide.templates.step2Scale', {
              low: content.step2.scale.low,
              moderate: content.step2.scale.moderate,
              high: content.step2.scale.high,
            })}
          </Paragraph>
          {ruleFields(ruleParts.step2)}
          <fieldset className="rule">
            <legend className="rule__legend">{t('riskguide.templates.triggersLegend')}</legend>
            {content.step2.rule.recommendStep3.map((trigger, index) => (
              <div key={index} className="stack">
                <Paragraph data-size="sm">
                  {t('riskguide.templates.trigger', {
                    n: index + 1,
                    level: riskLevelLabel(trigger.minLevel, t).toLocaleLowerCase(),
                  })}
                </Paragraph>
                {trigger.onlyIf !== null && (
                  <ConditionField
                    path={`content.step2.rule.recommendStep3.${index}.onlyIf`}
                    condition={trigger.onlyIf}
                    title={t('riskguide.templates.triggerTitle', { n: index + 1 })}
                    onChange={(next) =>
                      edit((draft) => {
                        const target = draft.step2.rule.recommendStep3[index];
                        if (target && isStep2Condition(next)) target.onlyIf = next;
                      })
                    }
                    errors={fieldErrors}
                  />
                )}
              </div>
            ))}
          </fieldset>
        </Section>

        <Section title={t('riskguide.templates.step3Heading')} id="tpl-step3-heading">
          {(['conflict', 'complexity'] as const).map((part) => (
            <div key={part} className="stack">
              <Heading level={3} data-size="xs">
                {t(
                  part === 'conflict'
                    ? 'riskguide.assessment.conflictHeading'
                    : 'riskguide.assessment.complexityHeading',
                )}
              </Heading>
              <StatementTexts
                path={`content.step3.${part}.statements`}
                statements={content.step3[part].statements}
                errors={fieldErrors}
                onText={(index) => editText((draft) => draft.step3[part].statements[index]?.text)}
              />
            </div>
          ))}
          <Heading level={3} data-size="xs">
            {t('riskguide.templates.rulesHeading')}
          </Heading>
          <Paragraph data-size="sm">
            {t('riskguide.templates.step3Scale', {
              none: content.step3.scale.does_not_apply,
              partly: content.step3.scale.partly,
              fully: content.step3.scale.fully,
            })}
          </Paragraph>
          {ruleFields(ruleParts.conflict)}
          {ruleFields(ruleParts.complexity)}
        </Section>

        <Section title={t('riskguide.templates.measuresHeading')} id="tpl-measures-heading">
          <Paragraph>{t('riskguide.templates.measuresIntro')}</Paragraph>
          <ol className="template-measures">
            {content.measures.map((measure, index) => (
              <li key={measure.id} className="template-measure">
                <Heading level={3} data-size="2xs">
                  {t('riskguide.templates.measure', { n: index + 1 })}
                </Heading>
                <TextPair
                  path={`content.measures.${index}.text`}
                  label={t('riskguide.templates.measure', { n: index + 1 })}
                  value={measure.text}
                  onChange={editText((draft) => draft.measures[index]?.text)}
                  errors={fieldErrors}
                  multiline
                />
                <div className="cells">
                  <CheckboxGroup
                    id={idOf(`content.measures.${index}.cells`)}
                    legend={t('riskguide.templates.cellsLegend', { n: index + 1 })}
                    options={matrixCells.map((cell) => ({ value: cell, label: cell }))}
                    values={measure.cells}
                    onChange={(values) =>
                      edit((draft) => {
                        const target = draft.measures[index];
                        if (target) target.cells = matrixCells.filter((cell) => values.includes(cell));
                      })
                    }
                    error={fieldErrors[`content.measures.${index}.cells`]}
                  />
                </div>
                <div className="button-row">
                  <Button variant="tertiary" data-size="sm" onClick={() => removeMeasure(index)}>
                    {t('riskguide.templates.removeMeasure', { n: index + 1 })}
                  </Button>
                </div>
              </li>
            ))}
          </ol>
          <div className="button-row">
            <Button variant="secondary" id="tpl-measure-add" onClick={addMeasure}>
              {t('riskguide.templates.addMeasure')}
            </Button>
          </div>
        </Section>

        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('riskguide.templates.save', { version: version.version + 1 })}
          </Button>
        </div>
      </form>
    </div>
  );
}

type Step2Condition = TemplateContent['step2']['rule']['levels']['high'][number];
type Step3Condition = TemplateContent['step3']['conflict']['rule']['high'][number];

/** A condition over step-2 answers (low, moderate, high), as `ConditionField` hands it back. */
function isStep2Condition(condition: Condition): condition is Step2Condition {
  return condition.kind === 'sum_at_least' || (riskLevels as readonly string[]).includes(condition.answer);
}

/** A condition over step-3 answers (does not apply, partly, fully). */
function isStep3Condition(condition: Condition): condition is Step3Condition {
  return condition.kind === 'sum_at_least' || (step3Answers as readonly string[]).includes(condition.answer);
}

/** The texts of a set of statements, each in Swedish and English, labelled by the statement's id. */
function StatementTexts({
  path,
  statements,
  errors,
  onText,
}: {
  readonly path: string;
  readonly statements: readonly {
    readonly id: string;
    readonly text: { readonly sv: string; readonly en: string };
  }[];
  readonly errors: Readonly<Record<string, string>>;
  /** The change of the texts of the statement at `index`. */
  readonly onText: (index: number) => (language: 'sv' | 'en', text: string) => void;
}) {
  return (
    <>
      {statements.map((statement, index) => (
        <TextPair
          key={statement.id}
          path={`${path}.${index}.text`}
          label={statement.id}
          value={statement.text}
          onChange={onText(index)}
          errors={errors}
          multiline
        />
      ))}
    </>
  );
}
