import { useId, useRef, type ReactNode } from 'react';
import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { useI18n } from '../lib/i18n/i18n';
import { ErrorAlert } from './feedback';

/**
 * Asks before a command that is hard to undo (deactivate, reset MFA, log out sessions). While the
 * command runs (`busy`) the dialog stays: Escape, Cancel and the close button do nothing.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy,
  error,
  danger = true,
}: {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly busy: boolean;
  readonly error: unknown;
  readonly danger?: boolean;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <Dialog
      ref={dialog}
      open={open}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
      onClose={() => {
        // Escape pressed twice cannot be refused by the browser: open the dialog again.
        if (busy) dialog.current?.showModal();
        else onCancel();
      }}
      closeButton={busy ? false : t('dialog.close')}
      aria-labelledby={headingId}
      aria-busy={busy || undefined}
    >
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block className="stack">
        {children}
        {error !== null && error !== undefined && <ErrorAlert error={error} />}
      </Dialog.Block>
      <Dialog.Block className="button-row">
        <Button
          data-color={danger ? 'danger' : 'accent'}
          onClick={() => {
            if (!busy) onConfirm();
          }}
          loading={busy}
          aria-disabled={busy}
        >
          {confirmLabel}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            if (!busy) onCancel();
          }}
          aria-disabled={busy}
        >
          {t('common.cancel')}
        </Button>
      </Dialog.Block>
    </Dialog>
  );
}
