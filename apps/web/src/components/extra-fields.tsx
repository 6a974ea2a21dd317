import type { ChangeEvent, ReactNode } from 'react';
import { Field, Input, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import { FieldLabel } from './fields';

/**
 * More form fields in the style of `fields.tsx` (visible label, "Måste fyllas i" beside it,
 * validation message tied to the input by Designsystemet's `Field`): longer text, a calendar
 * date and a file.
 */

/** Several lines of free text. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  error,
  required,
  description,
  rows = 4,
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
  readonly rows?: number;
  readonly maxLength?: number;
  /** The language of the text typed, when it differs from the page's (WCAG 3.1.2). */
  readonly lang?: string;
}) {
  return (
    <Field>
      <FieldLabel id={id} label={label} required={required} />
      {description !== undefined && <Field.Description>{description}</Field.Description>}
      <Textarea
        id={id}
        value={value}
        rows={rows}
        onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        maxLength={maxLength}
        lang={lang}
      />
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

/** A calendar date (YYYY-MM-DD) with the browser's date picker. */
export function DateField({
  id,
  label,
  value,
  onChange,
  error,
  required,
  description,
  min,
  max,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly description?: ReactNode;
  readonly min?: string;
  readonly max?: string;
}) {
  return (
    <Field>
      <FieldLabel id={id} label={label} required={required} />
      {description !== undefined && <Field.Description>{description}</Field.Description>}
      <Input
        id={id}
        type="date"
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        min={min}
        max={max}
      />
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

/** Choosing one file to upload. The input is uncontrolled; give the field a new `key` to clear it. */
export function FileField({
  id,
  label,
  onChange,
  error,
  description,
  accept,
}: {
  readonly id: string;
  readonly label: string;
  readonly onChange: (file: File | null) => void;
  readonly error?: string | undefined;
  readonly description?: ReactNode;
  readonly accept?: string;
}) {
  return (
    <Field>
      <FieldLabel id={id} label={label} required={false} />
      {description !== undefined && <Field.Description>{description}</Field.Description>}
      <Input
        id={id}
        type="file"
        accept={accept}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.files?.[0] ?? null)}
        aria-invalid={error ? true : undefined}
      />
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
