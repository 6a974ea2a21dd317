import { useRef, useState, type ChangeEvent } from 'react';
import { Button, Input, Paragraph, Tag } from '@digdir/designsystemet-react';
import { maxEvidenceBytes } from '@varn/domain';
import { useI18n } from '../lib/i18n/i18n';
import { errorText } from '../lib/errors';
import { formatFileSize } from '../lib/file-size';
import { useUploads, type UploadItem, type UploadQueue } from '../lib/evidence-uploads';
import { FieldShell, type FieldProps } from './field-shell';
import './evidence-files.css';

/**
 * Evidence files: choosing them (images, PDF, e-mail, audio; at most 20 MB each, refused here
 * before any upload) and following their uploads.
 */

/** What the file picker offers; the server decides the type from the content anyway. */
const accept = [
  'image/*',
  'application/pdf',
  '.pdf',
  '.eml',
  'message/rfc822',
  '.msg',
  'application/vnd.ms-outlook',
  'audio/*',
].join(',');

const sameFile = (a: File, b: File) =>
  a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/** A file input for several files, with the chosen files listed (name, size, "Ta bort"). */
export function EvidenceFilePicker({
  id,
  label,
  files,
  onChange,
  error,
}: Pick<FieldProps, 'id' | 'label' | 'error'> & {
  readonly files: readonly File[];
  readonly onChange: (files: File[]) => void;
}) {
  const { t, locale } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<readonly string[]>([]);

  function onPick(event: ChangeEvent<HTMLInputElement>) {
    const picked = [...(event.target.files ?? [])];
    // Cleared so that the same file can be chosen again after it was removed.
    event.target.value = '';
    const tooLarge = picked.filter((file) => file.size > maxEvidenceBytes);
    setRefused(
      tooLarge.map((file) =>
        t('evidence.tooLarge', { name: file.name, size: formatFileSize(file.size, locale) }),
      ),
    );
    const accepted = picked.filter(
      (file) => file.size <= maxEvidenceBytes && !files.some((chosen) => sameFile(chosen, file)),
    );
    if (accepted.length > 0) onChange([...files, ...accepted]);
  }

  function remove(file: File) {
    onChange(files.filter((chosen) => chosen !== file));
    inputRef.current?.focus();
  }

  const messages = [...refused, ...(error ? [error] : [])];
  return (
    <div className="stack">
      <FieldShell
        id={id}
        label={label}
        description={t('evidence.filesHelp')}
        error={messages.length > 0 ? messages.join(' ') : undefined}
      >
        {(control) => (
          <Input {...control} ref={inputRef} type="file" multiple accept={accept} onChange={onPick} />
        )}
      </FieldShell>
      {files.length > 0 && (
        <ul className="file-list" aria-label={t('evidence.chosen')}>
          {files.map((file) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}`} className="file-row">
              <span className="file-row__name">{file.name}</span>
              <span className="file-row__size">{formatFileSize(file.size, locale)}</span>
              <Button
                variant="tertiary"
                data-size="sm"
                aria-label={t('evidence.removeFile', { name: file.name })}
                onClick={() => remove(file)}
              >
                {t('evidence.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const stateColours: Readonly<Record<UploadItem['state'], string>> = {
  waiting: 'neutral',
  uploading: 'info',
  done: 'success',
  failed: 'danger',
};

/** The uploads of a case: each file with its state, "Försök igen" for a failed one. */
export function UploadList({ queue }: { readonly queue: UploadQueue }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const items = useUploads(queue);
  if (items.length === 0) return null;
  const done = items.filter((item) => item.state === 'done').length;
  return (
    <div className="stack">
      <div role="status">
        <Paragraph>{t('evidence.progress', { done, total: items.length })}</Paragraph>
      </div>
      <ul className="file-list" aria-label={t('evidence.uploadsLabel')}>
        {items.map((item) => (
          <li key={item.id} className="file-row">
            <span className="file-row__name">{item.file.name}</span>
            <span className="file-row__size">{formatFileSize(item.file.size, locale)}</span>
            <Tag data-color={stateColours[item.state]}>{t(`evidence.status.${item.state}`)}</Tag>
            {item.state === 'failed' && (
              <>
                <Paragraph data-size="sm" className="file-row__error">
                  {errorText(item.error, i18n)}
                </Paragraph>
                <Button
                  variant="secondary"
                  data-size="sm"
                  aria-label={t('evidence.retryFile', { name: item.file.name })}
                  onClick={() => queue.retry(item.id)}
                >
                  {t('evidence.retry')}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
