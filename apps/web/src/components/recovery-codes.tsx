import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../lib/i18n/i18n';
import { saveFile } from '../lib/save-file';

/**
 * One-time recovery codes, shown once: how to keep them, a text-file download, and a
 * confirmation that they are stored before the user may continue.
 */
export function RecoveryCodesPanel({
  codes,
  email,
  continueLabel,
  onContinue,
}: {
  readonly codes: readonly string[];
  readonly email: string | null;
  readonly continueLabel: string;
  readonly onContinue: () => void;
}) {
  const { t, timestamp } = useI18n();
  const [stored, setStored] = useState(false);
  const [showError, setShowError] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The codes appear after a command; start reading here.
    heading.current?.focus();
  }, []);

  function downloadCodes() {
    const lines = [
      t('recovery.fileTitle'),
      ...(email ? [email] : []),
      t('recovery.fileCreated', { time: timestamp(new Date().toISOString()) }),
      '',
      ...codes,
      '',
      t('recovery.fileNote'),
      '',
    ];
    saveFile(new Blob([lines.join('\r\n')], { type: 'text/plain;charset=utf-8' }), 'varn-recovery-codes.txt');
  }

  return (
    <section className="stack">
      <Heading level={2} data-size="sm" id="recovery-codes-heading" tabIndex={-1} ref={heading}>
        {t('recovery.heading')}
      </Heading>
      <Alert data-color="warning">
        <Paragraph>{t('recovery.onlyOnce')}</Paragraph>
      </Alert>
      <Paragraph>{t('recovery.instructions')}</Paragraph>
      <ol className="recovery-codes" aria-label={t('recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="button-row">
        <Button variant="secondary" onClick={downloadCodes}>
          {t('recovery.download')}
        </Button>
      </div>
      <Checkbox
        id="recovery-codes-stored"
        label={t('recovery.confirm')}
        checked={stored}
        onChange={(event) => {
          setStored(event.target.checked);
          if (event.target.checked) setShowError(false);
        }}
        error={showError && !stored ? t('recovery.confirmRequired') : undefined}
      />
      <div className="button-row">
        <Button
          onClick={() => {
            if (stored) onContinue();
            else {
              setShowError(true);
              document.getElementById('recovery-codes-stored')?.focus();
            }
          }}
        >
          {continueLabel}
        </Button>
      </div>
    </section>
  );
}
