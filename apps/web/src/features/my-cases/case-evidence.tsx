import { useState, type FormEvent } from 'react';
import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import type { Evidence, IncidentDetail } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { evidenceUrl } from '../../lib/api/incidents';
import { formatFileSize } from '../../lib/file-size';
import { uploadQueueFor, useUploads } from '../../lib/evidence-uploads';
import { Section } from '../../components/page';
import { EvidenceFilePicker, UploadList } from '../../components/evidence-files';

/**
 * The case's evidence: every file as a download link (each download is logged in the file's
 * chain of custody), and more files to add. Files uploaded from this page load (here or from the
 * report form) join the list as soon as they are stored.
 */
export function CaseEvidence({ incident }: { readonly incident: IncidentDetail }) {
  const { t, locale, dateTime } = useI18n();
  const queue = uploadQueueFor(incident.id);
  const uploads = useUploads(queue);
  const [files, setFiles] = useState<readonly File[]>([]);
  const [error, setError] = useState<string | undefined>(undefined);

  const known = new Set(incident.evidence.map((file) => file.id));
  const evidence: Evidence[] = [
    ...incident.evidence,
    ...uploads.flatMap((item) =>
      item.state === 'done' && !known.has(item.evidence.id) ? [item.evidence] : [],
    ),
  ];

  function onUpload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (files.length === 0) {
      setError(t('case.evidenceChooseFirst'));
      document.getElementById('case-files')?.focus();
      return;
    }
    setError(undefined);
    queue.add(files);
    setFiles([]);
  }

  return (
    <Section title={t('case.evidenceHeading')} id="case-evidence-heading">
      {evidence.length === 0 ? (
        <Paragraph>{t('case.evidenceEmpty')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t('case.evidenceDownloadHelp')}</Paragraph>
          <ul className="file-list" aria-label={t('case.evidenceListLabel')}>
            {evidence.map((file) => (
              <li key={file.id} className="file-row">
                <span className="file-row__name">
                  <Link href={evidenceUrl(incident.id, file.id, 'attachment')} download={file.fileName}>
                    {file.fileName}
                  </Link>
                </span>
                <span className="file-row__size">
                  {t('case.evidenceDetails', {
                    size: formatFileSize(file.size, locale),
                    date: dateTime(file.uploadedAt),
                    name: file.uploadedBy.name,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <form className="form" noValidate onSubmit={onUpload}>
        <EvidenceFilePicker
          id="case-files"
          label={t('case.evidenceAdd')}
          files={files}
          onChange={(chosen) => {
            setFiles(chosen);
            setError(undefined);
          }}
          error={error}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary">
            {t('case.evidenceUpload')}
          </Button>
        </div>
      </form>
      <UploadList queue={queue} />
    </Section>
  );
}
