import { useCallback, useId, useState, type FormEvent } from 'react';
import { Button, Dialog, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { errorMessage, type Evidence } from '@varn/contracts';
import { maxEvidenceBytes } from '@varn/domain';
import { useI18n, type MessageKey } from '../../lib/i18n/i18n';
import { evidenceBundleUrl, evidenceUrl, getCustody, uploadEvidence } from '../../lib/api/incidents';
import { ApiError } from '../../lib/api/client';
import { useQuery } from '../../lib/use-query';
import { formatFileSize } from '../../lib/file-size';
import { useSubmit } from '../../lib/use-form-submit';
import { FocusAlert, QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { FileField } from '../../components/extra-fields';
import { DataTable } from '../../components/table-region';
import { JumpSection } from '../../components/jump-section';
import type { CaseContext } from './case-context';

/** What kind of file it is, in words (the detected content type stays beside it). */
function fileKind(contentType: string): MessageKey {
  if (contentType.startsWith('image/')) return 'casework.evidence.kind.image';
  if (contentType === 'application/pdf') return 'casework.evidence.kind.pdf';
  if (contentType === 'message/rfc822' || contentType === 'application/vnd.ms-outlook')
    return 'casework.evidence.kind.email';
  if (contentType.startsWith('audio/')) return 'casework.evidence.kind.audio';
  return 'casework.evidence.kind.other';
}

/** Images and PDFs open in the browser; other files are downloaded. */
const viewable = (contentType: string): boolean =>
  contentType.startsWith('image/') || contentType === 'application/pdf';

const custodyActionKeys: Readonly<Record<'uploaded' | 'viewed' | 'downloaded' | 'exported', MessageKey>> = {
  uploaded: 'casework.custody.uploaded',
  viewed: 'casework.custody.viewed',
  downloaded: 'casework.custody.downloaded',
  exported: 'casework.custody.exported',
};

/**
 * Evidence: every file with its SHA-256 (computed by the server), who uploaded it and when, view
 * and download (both logged in the chain of custody), the custody log, more files, and the
 * police bundle.
 */
export function EvidenceSection(context: CaseContext) {
  const { t, dateTime, locale } = useI18n();
  const { incident } = context;
  const [custodyOf, setCustodyOf] = useState<Evidence | null>(null);

  return (
    <JumpSection id="case-evidence" title={t('casework.evidence.heading')}>
      <Paragraph>{t('casework.evidence.intro')}</Paragraph>
      {incident.evidence.length === 0 ? (
        <Paragraph>{t('casework.evidence.empty')}</Paragraph>
      ) : (
        <>
          <DataTable label={t('casework.evidence.tableLabel')} wide>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('casework.evidence.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('casework.evidence.type')}</Table.HeaderCell>
                <Table.HeaderCell>{t('casework.evidence.size')}</Table.HeaderCell>
                <Table.HeaderCell>{t('casework.evidence.sha256')}</Table.HeaderCell>
                <Table.HeaderCell>{t('casework.evidence.uploaded')}</Table.HeaderCell>
                <Table.HeaderCell>{t('casework.evidence.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {incident.evidence.map((file) => (
                <Table.Row key={file.id}>
                  <Table.Cell className="break">{file.fileName}</Table.Cell>
                  <Table.Cell>
                    {t(fileKind(file.contentType))}
                    <br />
                    <code className="muted">{file.contentType}</code>
                  </Table.Cell>
                  <Table.Cell className="nowrap">{formatFileSize(file.size, locale)}</Table.Cell>
                  <Table.Cell>
                    <details className="hash">
                      <summary>
                        <code>{`${file.sha256.slice(0, 12)}…`}</code>
                        <span className="ds-sr-only"> {t('casework.evidence.showHash')}</span>
                      </summary>
                      <code>{file.sha256}</code>
                    </details>
                  </Table.Cell>
                  <Table.Cell>
                    {file.uploadedBy.name}
                    <br />
                    <span className="muted nowrap">{dateTime(file.uploadedAt)}</span>
                  </Table.Cell>
                  <Table.Cell>
                    <ul className="plain-list stack evidence-actions">
                      {viewable(file.contentType) && (
                        <li>
                          <Link
                            href={evidenceUrl(incident.id, file.id, 'inline')}
                            target="_blank"
                            rel="noopener"
                          >
                            {t('casework.evidence.view')}
                            <span className="ds-sr-only"> {file.fileName}</span>
                            {` ${t('casework.evidence.newTab')}`}
                          </Link>
                        </li>
                      )}
                      <li>
                        <Link href={evidenceUrl(incident.id, file.id, 'attachment')}>
                          {t('casework.evidence.download')}
                          <span className="ds-sr-only"> {file.fileName}</span>
                        </Link>
                      </li>
                      <li>
                        <Button variant="tertiary" data-size="sm" onClick={() => setCustodyOf(file)}>
                          {t('casework.evidence.custody')}
                          <span className="ds-sr-only"> {file.fileName}</span>
                        </Button>
                      </li>
                    </ul>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </DataTable>
          <Paragraph>
            <Link href={evidenceBundleUrl(incident.id)}>{t('casework.evidence.export')}</Link>
          </Paragraph>
          <Paragraph data-size="sm" className="muted">
            {t('casework.evidence.exportHelp')}
          </Paragraph>
        </>
      )}
      <UploadForm context={context} />
      {custodyOf && (
        <CustodyDialog incidentId={incident.id} file={custodyOf} onClose={() => setCustodyOf(null)} />
      )}
    </JumpSection>
  );
}

function CustodyDialog({
  incidentId,
  file,
  onClose,
}: {
  readonly incidentId: string;
  readonly file: Evidence;
  readonly onClose: () => void;
}) {
  const { t, dateTime } = useI18n();
  const headingId = useId();
  const load = useCallback(
    (signal: AbortSignal) => getCustody(incidentId, file.id, signal),
    [incidentId, file.id],
  );
  const custody = useQuery(load);
  return (
    <Dialog open onClose={onClose} closeButton={t('dialog.close')} aria-labelledby={headingId}>
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {t('casework.custody.title', { name: file.fileName })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block className="stack">
        <Paragraph data-size="sm">{t('casework.custody.intro')}</Paragraph>
        <QueryView query={custody} loadingLabel={t('casework.custody.loading')}>
          {({ entries }) =>
            entries.length === 0 ? (
              <Paragraph>{t('casework.custody.empty')}</Paragraph>
            ) : (
              <DataTable label={t('casework.custody.tableLabel')}>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('casework.custody.time')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('casework.custody.action')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('casework.custody.actor')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {entries.map((entry, index) => (
                    <Table.Row key={`${entry.at}-${index}`}>
                      <Table.Cell className="nowrap">{dateTime(entry.at)}</Table.Cell>
                      <Table.Cell>{t(custodyActionKeys[entry.action])}</Table.Cell>
                      <Table.Cell>{entry.actor.name}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </DataTable>
            )
          }
        </QueryView>
      </Dialog.Block>
      <Dialog.Block className="button-row">
        <Button variant="secondary" onClick={onClose}>
          {t('dialog.close')}
        </Button>
      </Dialog.Block>
    </Dialog>
  );
}

function UploadForm({ context }: { readonly context: CaseContext }) {
  const { t, locale } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [uploaded, setUploaded] = useState<{ readonly n: number; readonly name: string } | null>(null);
  const form = useSubmit({
    onError: (error, errors) =>
      // Too large (413) or a type Värn does not keep (415): the server's sentence belongs to the file.
      error instanceof ApiError && (error.status === 413 || error.status === 415)
        ? { message: t('form.fixErrors'), fields: { file: errors.message } }
        : errors,
  });
  const { errors } = form;

  const fields = { file: { id: 'evidence-file', label: t('casework.evidence.file') } };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.busy) return;
    setUploaded(null);
    if (!file)
      return form.fail({ message: t('form.fixErrors'), fields: { file: t('casework.evidence.chooseFile') } });
    if (file.size > maxEvidenceBytes)
      return form.fail({
        message: t('form.fixErrors'),
        fields: { file: errorMessage('file_too_large', locale) },
      });
    void form.run(async ({ clear }) => {
      const stored = await uploadEvidence(context.incident.id, file);
      // At once: the case is fetched again below.
      clear();
      setFile(null);
      setInputKey((n) => n + 1);
      await context.refresh();
      setUploaded((previous) => ({ n: (previous?.n ?? 0) + 1, name: stored.fileName }));
    });
  }

  return (
    <div className="subsection">
      <Heading level={3} data-size="xs">
        {t('casework.evidence.uploadHeading')}
      </Heading>
      {uploaded && (
        <FocusAlert key={uploaded.n} color="success">
          <Paragraph>{t('casework.evidence.uploadDone', { name: uploaded.name })}</Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <FileField
          key={inputKey}
          {...field('file')}
          description={t('casework.evidence.fileHelp')}
          onChange={setFile}
          accept="image/*,application/pdf,.eml,.msg,message/rfc822,audio/*"
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('casework.evidence.upload')}
          </Button>
        </div>
      </form>
    </div>
  );
}
