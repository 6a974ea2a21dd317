import { useEffect, useRef, type ReactNode } from 'react';
import { Alert, Button, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useI18n } from '../lib/i18n/i18n';
import { errorText } from '../lib/errors';
import type { Query } from '../lib/use-query';

/** A spinner with a translated label, for anything that is being fetched. */
export function Loading({ label }: { readonly label?: string }) {
  const { t } = useI18n();
  const text = label ?? t('common.loading');
  return (
    <div className="loading">
      <Spinner aria-label={text} data-size="md" />
      <Paragraph>{text}</Paragraph>
    </div>
  );
}

/** A failed request as a translated alert, with "Försök igen" when trying again can help. */
export function ErrorAlert({ error, onRetry }: { readonly error: unknown; readonly onRetry?: () => void }) {
  const i18n = useI18n();
  return (
    <Alert data-color="danger">
      <Paragraph>{errorText(error, i18n)}</Paragraph>
      {onRetry && (
        <Button variant="secondary" data-size="sm" onClick={onRetry} className="alert-action">
          {i18n.t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}

/** Renders a query: a spinner while loading, an alert on failure, the content when it is there. */
export function QueryView<T>({
  query,
  loadingLabel,
  children,
}: {
  readonly query: Query<T>;
  readonly loadingLabel?: string;
  readonly children: (data: T) => ReactNode;
}) {
  if (query.status === 'loading')
    return <Loading {...(loadingLabel === undefined ? {} : { label: loadingLabel })} />;
  if (query.status === 'error') return <ErrorAlert error={query.error} onRetry={query.reload} />;
  return <>{children(query.data)}</>;
}

/**
 * A message that takes focus when it appears (the outcome of a form or a command), so that
 * screen-reader users hear it and keyboard users continue from it. Give it a new `key` to show
 * it again.
 */
export function FocusAlert({
  color,
  children,
}: {
  readonly color: 'success' | 'danger' | 'info' | 'warning';
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // After the current task, so that a closing dialog returning focus to its trigger does not win.
    const timer = window.setTimeout(() => ref.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <Alert data-color={color} tabIndex={-1} ref={ref} className="focus-alert">
      {children}
    </Alert>
  );
}

/**
 * The success message of a form that stays on the page after it was sent (saved, added,
 * changed). `count` is the number of successes so far: nothing while it is 0, and each success
 * shows the message anew, so that focus moves to it again.
 */
export function SuccessAlert({ count, children }: { readonly count: number; readonly children: string }) {
  if (count === 0) return null;
  return (
    <FocusAlert key={count} color="success">
      <Paragraph>{children}</Paragraph>
    </FocusAlert>
  );
}
