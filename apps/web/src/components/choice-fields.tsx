import { Checkbox, Radio } from '@digdir/designsystemet-react';
import { FieldsetShell, type GroupProps } from './field-shell';

/**
 * Choices with more to say than `RadioGroup` in `fields.tsx`: a "Måste fyllas i" tag beside the
 * legend, a description of the whole group and of each choice. The first radio carries `id`, so
 * that an error summary can link to the group.
 */

/** One choice, with an optional line of explanation under its label. */
export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly description?: string;
}

/** One answer out of a few (radio buttons). */
export function RadioChoice({
  id,
  name,
  choices,
  value,
  onChange,
  ...group
}: GroupProps & {
  readonly name: string;
  readonly choices: readonly Choice[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <FieldsetShell {...group}>
      {choices.map((choice, index) => (
        <Radio
          key={choice.value}
          id={index === 0 ? id : `${id}-${choice.value}`}
          name={name}
          label={choice.label}
          {...(choice.description === undefined ? {} : { description: choice.description })}
          value={choice.value}
          checked={value === choice.value}
          required={group.required}
          aria-invalid={group.error ? true : undefined}
          onChange={() => onChange(choice.value)}
        />
      ))}
    </FieldsetShell>
  );
}

/** A single yes-or-no checkbox with an explanation under it. */
export function CheckboxField({
  id,
  label,
  description,
  checked,
  onChange,
  error,
}: {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly error?: string | undefined;
}) {
  return (
    <Checkbox
      id={id}
      label={label}
      {...(description === undefined ? {} : { description })}
      {...(error ? { error } : {})}
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}
