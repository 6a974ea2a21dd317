import type { ChangeEvent, HTMLAttributes, ReactNode } from 'react';
import {
  Checkbox,
  Field,
  Fieldset,
  Input,
  Label,
  Radio,
  Select,
  Tag,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { minPasswordLength } from '@varn/domain';
import { useI18n } from '../lib/i18n/i18n';

/**
 * Form fields on Designsystemet: a visible label, required fields marked (visibly, and with
 * `required` for assistive technology; forms use `noValidate` so that our own translated
 * messages are shown), and the validation message tied to the input by Designsystemet's `Field`.
 */

/**
 * The label row: the `<label>` holds exactly the label text (so "E-postadress" is the field's
 * name for screen readers and for tests), the visible "required" tag sits beside it.
 */
export function FieldLabel({
  id,
  label,
  required,
}: {
  readonly id: string;
  readonly label: string;
  readonly required: boolean | undefined;
}) {
  const { t } = useI18n();
  return (
    <div className="field-label">
      <Label htmlFor={id}>{label}</Label>
      {required && (
        <Tag data-color="neutral" data-size="sm" aria-hidden="true">
          {t('form.required')}
        </Tag>
      )}
    </div>
  );
}

type InputType = 'text' | 'email' | 'password' | 'tel' | 'number' | 'datetime-local' | 'search';

/** A one-line text input. */
export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  required,
  description,
  type = 'text',
  autoComplete,
  inputMode,
  spellCheck,
  min,
  max,
  maxLength,
  lang,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly description?: ReactNode;
  /** The language of the text typed, when it differs from the page's (WCAG 3.1.2). */
  readonly lang?: string;
  readonly type?: InputType;
  readonly autoComplete?: string;
  readonly inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  readonly spellCheck?: boolean;
  readonly min?: number | string;
  readonly max?: number | string;
  readonly maxLength?: number;
}) {
  return (
    <Field>
      <FieldLabel id={id} label={label} required={required} />
      {description !== undefined && <Field.Description>{description}</Field.Description>}
      <Input
        id={id}
        type={type}
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={spellCheck}
        min={min}
        max={max}
        maxLength={maxLength}
        lang={lang}
      />
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

/** One choice of a select, radio group or checkbox group. */
export interface Option {
  readonly value: string;
  readonly label: string;
  /** The language of the label when it differs from the page's (language names). */
  readonly lang?: string;
}

/** A native select. `placeholder` adds a first, empty choice. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  placeholder,
  error,
  required,
  description,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly Option[];
  readonly placeholder?: string | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly description?: ReactNode;
}) {
  return (
    <Field>
      <FieldLabel id={id} label={label} required={required} />
      {description !== undefined && <Field.Description>{description}</Field.Description>}
      <Select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        width="full"
      >
        {placeholder !== undefined && <Select.Option value="">{placeholder}</Select.Option>}
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

/** A group of checkboxes for choosing several values; the first box carries `id` for error links. */
export function CheckboxGroup({
  id,
  legend,
  description,
  options,
  values,
  onChange,
  error,
}: {
  readonly id: string;
  readonly legend: string;
  readonly description?: ReactNode;
  readonly options: readonly Option[];
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly error?: string | undefined;
}) {
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description !== undefined && <Fieldset.Description>{description}</Fieldset.Description>}
      {options.map((option, index) => (
        <Checkbox
          key={option.value}
          id={index === 0 ? id : `${id}-${option.value}`}
          label={option.label}
          value={option.value}
          checked={values.includes(option.value)}
          aria-invalid={error ? true : undefined}
          onChange={(event) =>
            onChange(
              event.target.checked
                ? [...values, option.value]
                : values.filter((value) => value !== option.value),
            )
          }
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/** A group of radio buttons for choosing one value; the first button carries `id`. */
export function RadioGroup({
  id,
  name,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  readonly id: string;
  readonly name: string;
  readonly legend: string;
  readonly options: readonly Option[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
}) {
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {options.map((option, index) => (
        <Radio
          key={option.value}
          id={index === 0 ? id : `${id}-${option.value}`}
          name={name}
          label={option.lang ? <span lang={option.lang}>{option.label}</span> : option.label}
          value={option.value}
          checked={value === option.value}
          onChange={() => onChange(option.value)}
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/**
 * A new password and its repetition (invitation, password change): the password rules as help
 * text, `new-password` autocomplete so that password managers offer to store it.
 */
export function NewPasswordFields({
  passwordId,
  repeatId,
  passwordLabel,
  repeatLabel,
  password,
  repeat,
  onPasswordChange,
  onRepeatChange,
  passwordError,
  repeatError,
}: {
  readonly passwordId: string;
  readonly repeatId: string;
  readonly passwordLabel: string;
  readonly repeatLabel: string;
  readonly password: string;
  readonly repeat: string;
  readonly onPasswordChange: (value: string) => void;
  readonly onRepeatChange: (value: string) => void;
  readonly passwordError: string | undefined;
  readonly repeatError: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id={passwordId}
        label={passwordLabel}
        description={t('password.rules', { n: minPasswordLength })}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={onPasswordChange}
        error={passwordError}
        required
      />
      <TextField
        id={repeatId}
        label={repeatLabel}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={onRepeatChange}
        error={repeatError}
        required
      />
    </>
  );
}
