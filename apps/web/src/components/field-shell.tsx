import type { ReactNode } from 'react';
import { Field, Fieldset, Label, Tag, ValidationMessage } from '@digdir/designsystemet-react';
import { useI18n } from '../lib/i18n/i18n';

/**
 * What every form field has around its control: a visible label, required fields marked
 * (visibly, and with `required` for assistive technology; forms use `noValidate` so that our own
 * translated messages are shown), an optional description and the validation message, both tied
 * to the control by Designsystemet's `Field`.
 */
export interface FieldProps {
  /** The control's id: the label points at it, and an error summary links to it. */
  readonly id: string;
  readonly label: string;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly description?: ReactNode;
}

/** The props of a group of choices, as {@link FieldProps} with a legend for a label. */
export interface GroupProps {
  /** The first choice's id: an error summary links to it. */
  readonly id: string;
  readonly legend: string;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly description?: ReactNode;
}

/** What the control inside a {@link FieldShell} carries, so that the label and the error reach it. */
export interface ControlProps {
  readonly id: string;
  readonly required: boolean | undefined;
  readonly 'aria-invalid': true | undefined;
}

function RequiredTag() {
  const { t } = useI18n();
  return (
    <Tag data-color="neutral" data-size="sm" aria-hidden="true">
      {t('form.required')}
    </Tag>
  );
}

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
  return (
    <div className="field-label">
      <Label htmlFor={id}>{label}</Label>
      {required && <RequiredTag />}
    </div>
  );
}

/** One labelled control: label row, description, the control (`children`), validation message. */
export function FieldShell({
  id,
  label,
  required,
  description,
  error,
  children,
}: FieldProps & { readonly children: (control: ControlProps) => ReactNode }) {
  return (
    <Field>
      <FieldLabel id={id} label={label} required={required} />
      {description !== undefined && <Field.Description>{description}</Field.Description>}
      {children({ id, required, 'aria-invalid': error ? true : undefined })}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}

/**
 * A group of choices (radio buttons, checkboxes): the legend names the group, with the "required"
 * tag beside it when the group must be answered; description and validation message as in
 * {@link FieldShell}. The first choice carries the group's id, so that an error summary can link to it.
 */
export function FieldsetShell({
  legend,
  required,
  description,
  error,
  children,
}: Omit<GroupProps, 'id'> & { readonly children: ReactNode }) {
  return (
    <Fieldset>
      <Fieldset.Legend>
        {required ? (
          <span className="field-label">
            <span>{legend}</span>
            <RequiredTag />
          </span>
        ) : (
          legend
        )}
      </Fieldset.Legend>
      {description !== undefined && <Fieldset.Description>{description}</Fieldset.Description>}
      {children}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
  );
}
