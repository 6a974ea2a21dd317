import type { ReactNode } from 'react';
import { Checkbox, Fieldset, Radio, Tag, ValidationMessage } from '@digdir/designsystemet-react';
import { useI18n } from '../lib/i18n/i18n';

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

function Legend({ legend, required }: { readonly legend: string; readonly required: boolean | undefined }) {
  const { t } = useI18n();
  return (
    <Fieldset.Legend>
      <span className="field-label">
        <span>{legend}</span>
        {required && (
          <Tag data-color="neutral" data-size="sm" aria-hidden="true">
            {t('form.required')}
          </Tag>
        )}
      </span>
    </Fieldset.Legend>
  );
}

/** One answer out of a few (radio buttons). */
export function RadioChoice({
  id,
  name,
  legend,
  description,
  choices,
  value,
  onChange,
  error,
  required,
}: {
  readonly id: string;
  readonly name: string;
  readonly legend: string;
  readonly description?: ReactNode;
  readonly choices: readonly Choice[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly required?: boolean;
}) {
  return (
    <Fieldset>
      <Legend legend={legend} required={required} />
      {description !== undefined && <Fieldset.Description>{description}</Fieldset.Description>}
      {choices.map((choice, index) => (
        <Radio
          key={choice.value}
          id={index === 0 ? id : `${id}-${choice.value}`}
          name={name}
          label={choice.label}
          {...(choice.description === undefined ? {} : { description: choice.description })}
          value={choice.value}
          checked={value === choice.value}
          required={required}
          aria-invalid={error ? true : undefined}
          onChange={() => onChange(choice.value)}
        />
      ))}
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Fieldset>
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
