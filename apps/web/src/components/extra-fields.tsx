import type { ChangeEvent } from 'react';
import { Input, Textarea } from '@digdir/designsystemet-react';
import { FieldShell, type FieldProps } from './field-shell';
import { TextField } from './fields';

/**
 * More form fields in the style of `fields.tsx`, each in a `FieldShell`: longer text, a calendar
 * date and a file.
 */

/** Several lines of free text. */
export function TextAreaField({
  value,
  onChange,
  rows = 4,
  maxLength,
  lang,
  ...shell
}: FieldProps & {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number;
  readonly maxLength?: number;
  /** The language of the text typed, when it differs from the page's (WCAG 3.1.2). */
  readonly lang?: string;
}) {
  return (
    <FieldShell {...shell}>
      {(control) => (
        <Textarea
          {...control}
          value={value}
          rows={rows}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
          maxLength={maxLength}
          lang={lang}
        />
      )}
    </FieldShell>
  );
}

/** A calendar date (YYYY-MM-DD) with the browser's date picker: a `TextField` of type `date`. */
export function DateField(
  props: FieldProps & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly min?: string;
    readonly max?: string;
  },
) {
  return <TextField {...props} type="date" />;
}

/** Choosing one file to upload. The input is uncontrolled; give the field a new `key` to clear it. */
export function FileField({
  onChange,
  accept,
  ...shell
}: Omit<FieldProps, 'required'> & {
  readonly onChange: (file: File | null) => void;
  readonly accept?: string;
}) {
  return (
    <FieldShell {...shell}>
      {(control) => (
        <Input
          {...control}
          type="file"
          accept={accept}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.files?.[0] ?? null)}
        />
      )}
    </FieldShell>
  );
}
