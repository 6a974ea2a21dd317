import type { MouseEvent } from 'react';
import { ErrorSummary, Paragraph } from '@digdir/designsystemet-react';
import type { FormErrors } from '../lib/errors';
import { FocusAlert } from './feedback';
import type { FieldTargets } from './form-fields';

function focusField(id: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    // Handled here rather than by the fragment link, so the router does not treat it as navigation.
    event.preventDefault();
    const element = document.getElementById(id);
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  };
}

/**
 * Errors of a submitted form, shown above the form. With field errors: an error summary that
 * takes focus and links to each invalid field. Without: a focused alert with the message.
 * Change `attempt` on every failed submit so focus returns to the summary.
 */
export function FormErrorSummary({
  errors,
  fields,
  attempt,
}: {
  readonly errors: FormErrors | null;
  readonly fields: FieldTargets;
  readonly attempt: number;
}) {
  if (!errors) return null;
  const entries = Object.entries(errors.fields);
  if (entries.length === 0) {
    return (
      <FocusAlert key={attempt} color="danger">
        <Paragraph>{errors.message}</Paragraph>
      </FocusAlert>
    );
  }
  return (
    <ErrorSummary key={attempt} className="form-errors">
      <ErrorSummary.Heading level={2} data-size="xs">
        {errors.message}
      </ErrorSummary.Heading>
      <ErrorSummary.List>
        {entries.map(([path, message]) => {
          const target = fields[path];
          return (
            <ErrorSummary.Item key={path}>
              {target ? (
                <ErrorSummary.Link href={`#${target.id}`} onClick={focusField(target.id)}>
                  {`${target.label}: ${message}`}
                </ErrorSummary.Link>
              ) : (
                message
              )}
            </ErrorSummary.Item>
          );
        })}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
