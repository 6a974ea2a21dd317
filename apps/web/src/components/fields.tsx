import type { ChangeEvent, HTMLAttributes, ReactNode } from 'react';
import { Checkbox, Input, Radio, Select } from '@digdir/designsystemet-react';
import { minPasswordLength } from '@varn/domain';
import { useI18n } from '../lib/i18n/i18n';
import { FieldShell, FieldsetShell, type FieldProps, type GroupProps } from './field-shell';
import type { BoundField } from './form-fields';

/**
 * Form fields on Designsystemet, each in a `FieldShell` (label, required tag, description,
 * validation message) or, for a group of choices, a `FieldsetShell`.
 */

type InputType = 'text' | 'email' | 'password' | 'tel' | 'number' | 'date' | 'datetime-local' | 'search';

/** A one-line text input. */
export function TextField({
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  spellCheck,
  min,
  max,
  maxLength,
  lang,
  ...shell
}: FieldProps & {
  readonly value: string;
  readonly onChange: (value: string) => void;
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
    <FieldShell {...shell}>
      {(control) => (
        <Input
          {...control}
          type={type}
          value={value}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
          autoComplete={autoComplete}
          inputMode={inputMode}
          spellCheck={spellCheck}
          min={min}
          max={max}
          maxLength={maxLength}
          lang={lang}
        />
      )}
    </FieldShell>
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
  value,
  onChange,
  options,
  placeholder,
  ...shell
}: FieldProps & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: readonly Option[];
  readonly placeholder?: string | undefined;
}) {
  return (
    <FieldShell {...shell}>
      {(control) => (
        <Select {...control} value={value} onChange={(event) => onChange(event.target.value)} width="full">
          {placeholder !== undefined && <Select.Option value="">{placeholder}</Select.Option>}
          {options.map((option) => (
            <Select.Option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </Select.Option>
          ))}
        </Select>
      )}
    </FieldShell>
  );
}

/** A group of checkboxes for choosing several values; the first box carries `id` for error links. */
export function CheckboxGroup({
  id,
  options,
  values,
  onChange,
  ...group
}: Omit<GroupProps, 'required'> & {
  readonly options: readonly Option[];
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
}) {
  return (
    <FieldsetShell {...group}>
      {options.map((option, index) => (
        <Checkbox
          key={option.value}
          id={index === 0 ? id : `${id}-${option.value}`}
          label={option.label}
          value={option.value}
          checked={values.includes(option.value)}
          aria-invalid={group.error ? true : undefined}
          onChange={(event) =>
            onChange(
              event.target.checked
                ? [...values, option.value]
                : values.filter((value) => value !== option.value),
            )
          }
        />
      ))}
    </FieldsetShell>
  );
}

/** A group of radio buttons for choosing one value; the first button carries `id`. */
export function RadioGroup({
  id,
  name,
  options,
  value,
  onChange,
  ...group
}: Omit<GroupProps, 'description' | 'required'> & {
  readonly name: string;
  readonly options: readonly Option[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <FieldsetShell {...group}>
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
    </FieldsetShell>
  );
}

/** A text field as its form binds it (`field('password')`), with its value. */
export type BoundTextField = BoundField & {
  readonly value: string;
  readonly onChange: (value: string) => void;
};

/**
 * A new password and its repetition (invitation, password change): the password rules as help
 * text, `new-password` autocomplete so that password managers offer to store it, and the
 * account's address in a hidden `username` field first, so that they store it with the right
 * account. `children` (the current password) stand between the address and the new password.
 */
export function NewPasswordFields({
  username,
  password,
  repeat,
  children,
}: {
  readonly username: string;
  readonly password: BoundTextField;
  readonly repeat: BoundTextField;
  readonly children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <input type="email" name="username" autoComplete="username" value={username} readOnly hidden />
      {children}
      <TextField
        {...password}
        description={t('password.rules', { n: minPasswordLength })}
        type="password"
        autoComplete="new-password"
        required
      />
      <TextField {...repeat} type="password" autoComplete="new-password" required />
    </>
  );
}
