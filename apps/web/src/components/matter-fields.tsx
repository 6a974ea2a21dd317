import { useMemo } from 'react';
import type { MatterDetail } from '@varn/contracts';
import { matterTextLimits, titleWarnings } from '@varn/domain';
import { useI18n, type I18n } from '../lib/i18n/i18n';
import { useSensitiveTerms } from '../lib/use-sensitive-terms';
import { valueBinder, type FieldBinder, type FieldTargets } from './form-fields';
import { TextField } from './fields';
import { DateField, TextAreaField } from './extra-fields';
import { TitleWarnings } from './title-warnings';

/** The facts of a matter as typed into a form. */
export interface MatterValues {
  readonly title: string;
  readonly diaryNumber: string;
  readonly body: string;
  readonly decisionDate: string;
  readonly responsibleOfficial: string;
  readonly description: string;
}

export const emptyMatter: MatterValues = {
  title: '',
  diaryNumber: '',
  body: '',
  decisionDate: '',
  responsibleOfficial: '',
  description: '',
};

/** The form's values of a saved matter. */
export const matterValuesOf = (matter: MatterDetail): MatterValues => ({
  title: matter.title,
  diaryNumber: matter.diaryNumber ?? '',
  body: matter.body ?? '',
  decisionDate: matter.decisionDate ?? '',
  responsibleOfficial: matter.responsibleOfficial ?? '',
  description: matter.description ?? '',
});

const optional = (value: string): string | null => (value.trim() === '' ? null : value);

/** The body for `POST /api/matters` and `PATCH /api/matters/{id}`: an empty field clears its value. */
export const matterBodyOf = (values: MatterValues) => ({
  title: values.title,
  diaryNumber: optional(values.diaryNumber),
  body: optional(values.body),
  decisionDate: optional(values.decisionDate),
  responsibleOfficial: optional(values.responsibleOfficial),
  description: optional(values.description),
});

const labelKeys = {
  title: 'riskguide.matter.field.title',
  diaryNumber: 'riskguide.matter.field.diaryNumber',
  body: 'riskguide.matter.field.body',
  decisionDate: 'riskguide.matter.field.decisionDate',
  responsibleOfficial: 'riskguide.matter.field.official',
  description: 'riskguide.matter.field.description',
} as const satisfies Record<keyof MatterValues, string>;

/** The fields of a matter with ids `<idPrefix>-<field>`: for the error summary and for {@link MatterFields}. */
export function matterFieldTargets(idPrefix: string, t: I18n['t']): FieldTargets<keyof MatterValues> {
  const target = (name: keyof MatterValues) => ({ id: `${idPrefix}-${name}`, label: t(labelKeys[name]) });
  return {
    title: target('title'),
    diaryNumber: target('diaryNumber'),
    body: target('body'),
    decisionDate: target('decisionDate'),
    responsibleOfficial: target('responsibleOfficial'),
    description: target('description'),
  };
}

/**
 * The fields of a matter (title, diary number, body, decision date, responsible official,
 * description). The title is warned about while it is typed (personal identity numbers, e-mail
 * addresses, phone numbers and the organisation's sensitive words; the server warns again).
 */
export function MatterFields({
  field: bound,
  values,
  onChange,
  withHelp = false,
}: {
  /** The form's fields, made from {@link matterFieldTargets}. */
  readonly field: FieldBinder<keyof MatterValues>;
  readonly values: MatterValues;
  readonly onChange: (values: MatterValues) => void;
  /** Explanations under the fields, for a first-time form. */
  readonly withHelp?: boolean;
}) {
  const { t } = useI18n();
  const terms = useSensitiveTerms();
  const warnings = useMemo(() => titleWarnings(values.title, terms), [values.title, terms]);
  const value = valueBinder(values, onChange);
  const field = (name: keyof MatterValues) => ({ ...bound(name), ...value(name) });
  return (
    <>
      <div className="stack">
        <TextField
          {...field('title')}
          description={t('riskguide.matter.field.titleHelp')}
          maxLength={matterTextLimits.title}
          required
        />
        <TitleWarnings warnings={warnings} live />
      </div>
      <TextField
        {...field('diaryNumber')}
        description={withHelp ? t('riskguide.matter.field.diaryNumberHelp') : undefined}
        maxLength={matterTextLimits.diaryNumber}
        autoComplete="off"
      />
      <TextField
        {...field('body')}
        description={withHelp ? t('riskguide.matter.field.bodyHelp') : undefined}
        maxLength={matterTextLimits.body}
      />
      <DateField {...field('decisionDate')} />
      <TextField {...field('responsibleOfficial')} maxLength={matterTextLimits.responsibleOfficial} />
      <TextAreaField
        {...field('description')}
        description={withHelp ? t('riskguide.matter.field.descriptionHelp') : undefined}
        maxLength={matterTextLimits.description}
      />
    </>
  );
}
