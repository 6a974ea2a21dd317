import { useCallback, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { importAgendaBodySchema, type AgendaImportResult, type ImportAgendaBody } from '@varn/contracts';
import { maxAgendaItems } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { getMeeting, importAgenda } from '../../lib/api/meetings';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Page, Section } from '../../components/page';
import { FocusAlert, QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { RadioGroup } from '../../components/fields';
import { FileField, TextAreaField } from '../../components/extra-fields';
import { DataTable } from '../../components/table-region';
import { AppLink } from '../../components/links';
import './meetings-form.css';

type Format = ImportAgendaBody['format'];

/** A preview and what it was made from (changed input must be previewed again). */
interface Preview {
  readonly text: string;
  readonly format: Format;
  readonly result: AgendaImportResult;
}

/**
 * "Importera dagordning": pasted lines or a CSV file become agenda items; a row with the diary
 * number of a matter in Värn picks that matter, others create one. The server checks every row
 * first (preview) and adds all rows or none (commit).
 */
export function AgendaImportPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => getMeeting(id, signal), [id]);
  const meeting = useQuery(load);
  return (
    <Page title={t('meetings.agendaImport.title')}>
      <QueryView query={meeting} loadingLabel={t('meetings.meeting.loading')}>
        {(data) => (
          <>
            <Paragraph>
              <AppLink to={`/meetings/${data.id}`}>{data.title}</AppLink>
            </Paragraph>
            <AgendaImportForm meetingId={data.id} />
          </>
        )}
      </QueryView>
    </Page>
  );
}

function AgendaImportForm({ meetingId }: { readonly meetingId: string }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [format, setFormat] = useState<Format>('lines');
  const [fileKey, setFileKey] = useState(0);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState<AgendaImportResult | null>(null);
  const [shown, setShown] = useState(0);

  const form = useFormSubmit(
    importAgendaBodySchema,
    async (body) => {
      const result = await importAgenda(meetingId, body);
      if (body.mode === 'commit' && result.committed) {
        setDone(result);
        setPreview(null);
        setText('');
        setFileKey((n) => n + 1);
      } else {
        setPreview({ text: body.text, format: body.format, result });
        setDone(null);
      }
      setShown((n) => n + 1);
    },
    {
      check: () =>
        text.trim() === ''
          ? { message: t('form.fixErrors'), fields: { text: t('meetings.agendaImport.empty') } }
          : null,
    },
  );
  const fields = { text: { id: 'agenda-import-text', label: t('meetings.agendaImport.text') } };

  async function onFile(file: File | null) {
    setFileError(undefined);
    if (!file) return;
    try {
      setText(await file.text());
      setFormat('csv');
      setDone(null);
    } catch {
      setFileError(t('meetings.agendaImport.fileUnreadable'));
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ text, format, mode: 'preview' });
  }

  const current = preview && preview.text === text && preview.format === format ? preview.result : null;
  const canCommit =
    current !== null &&
    current.fileErrors.length === 0 &&
    current.counts.invalid === 0 &&
    current.counts.rows > 0;

  return (
    <>
      <Paragraph>{t('meetings.agendaImport.intro', { max: maxAgendaItems })}</Paragraph>
      {done && (
        <FocusAlert key={`done-${shown}`} color="success">
          <Paragraph>{t('meetings.agendaImport.done')}</Paragraph>
          <Paragraph>
            {t('meetings.agendaImport.counts', {
              rows: done.counts.rows,
              existing: done.counts.existingMatters,
              created: done.counts.newMatters,
              invalid: done.counts.invalid,
            })}
          </Paragraph>
          <Paragraph>
            <AppLink to={`/meetings/${meetingId}`}>{t('meetings.agendaImport.toMeeting')}</AppLink>
          </Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <form className="form form--wide" noValidate onSubmit={onSubmit}>
        <RadioGroup
          id="agenda-import-format"
          name="agenda-import-format"
          legend={t('meetings.agendaImport.format')}
          value={format}
          onChange={(value) => setFormat(value === 'csv' ? 'csv' : 'lines')}
          options={[
            { value: 'lines', label: t('meetings.agendaImport.format.lines') },
            { value: 'csv', label: t('meetings.agendaImport.format.csv') },
          ]}
        />
        <Paragraph data-size="sm">
          {t(
            format === 'csv'
              ? 'meetings.agendaImport.format.csvHelp'
              : 'meetings.agendaImport.format.linesHelp',
          )}
        </Paragraph>
        {format === 'csv' && (
          <div className="stack">
            <Paragraph data-size="sm">{t('meetings.agendaImport.exampleIntro')}</Paragraph>
            <pre className="import-example">{t('meetings.agendaImport.example')}</pre>
          </div>
        )}
        <TextAreaField
          id={fields.text.id}
          label={fields.text.label}
          required
          rows={10}
          error={form.errors?.fields.text}
          value={text}
          onChange={setText}
        />
        <FileField
          key={fileKey}
          id="agenda-import-file"
          label={t('meetings.agendaImport.file')}
          accept=".csv,.txt,text/csv,text/plain"
          error={fileError}
          onChange={(file) => void onFile(file)}
        />
        <div className="button-row">
          <Button type="submit" variant={canCommit ? 'secondary' : 'primary'} loading={form.busy}>
            {t('meetings.agendaImport.preview')}
          </Button>
        </div>
      </form>
      {preview && !current && <Paragraph>{t('meetings.agendaImport.changed')}</Paragraph>}
      {current && (
        <Section title={t('meetings.agendaImport.previewHeading')} id="agenda-import-preview">
          <AgendaPreview result={current} />
          {!canCommit && current.counts.rows > 0 && (
            <Paragraph>{t('meetings.agendaImport.fixFirst')}</Paragraph>
          )}
          {canCommit && (
            <div className="button-row">
              <Button loading={form.busy} onClick={() => void form.submit({ text, format, mode: 'commit' })}>
                {t('meetings.agendaImport.commit')}
              </Button>
            </div>
          )}
        </Section>
      )}
    </>
  );
}

function AgendaPreview({ result }: { readonly result: AgendaImportResult }) {
  const { t } = useI18n();
  return (
    <>
      <Paragraph>
        {t('meetings.agendaImport.counts', {
          rows: result.counts.rows,
          existing: result.counts.existingMatters,
          created: result.counts.newMatters,
          invalid: result.counts.invalid,
        })}
      </Paragraph>
      {result.fileErrors.length > 0 && (
        <div className="stack" role="alert">
          <Heading level={3} data-size="xs">
            {t('meetings.agendaImport.fileErrorsHeading')}
          </Heading>
          <ul className="import-problems">
            {result.fileErrors.map((error, index) => (
              <li key={index}>
                {t('meetings.agendaImport.lineError', { line: error.line, message: error.message })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result.rows.length > 0 && (
        <DataTable label={t('meetings.agendaImport.previewCaption')}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('meetings.agendaImport.col.line')}</Table.HeaderCell>
              <Table.HeaderCell>{t('meetings.agendaImport.col.title')}</Table.HeaderCell>
              <Table.HeaderCell>{t('meetings.agendaImport.col.diaryNumber')}</Table.HeaderCell>
              <Table.HeaderCell>{t('meetings.agendaImport.col.outcome')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {result.rows.map((row) => (
              <Table.Row key={row.line}>
                <Table.Cell>{row.line}</Table.Cell>
                <Table.Cell className="break">{row.title ?? t('meetings.none')}</Table.Cell>
                <Table.Cell className="nowrap">{row.diaryNumber ?? t('meetings.none')}</Table.Cell>
                <Table.Cell>
                  {row.errors.length > 0 ? (
                    <>
                      <Tag data-color="danger" data-size="sm">
                        {t('meetings.agendaImport.problem')}
                      </Tag>
                      <ul className="import-problems">
                        {row.errors.map((error, index) => (
                          <li key={index}>{error.message}</li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <Tag data-color={row.action === 'existing_matter' ? 'info' : 'neutral'} data-size="sm">
                      {t(
                        row.action === 'existing_matter'
                          ? 'meetings.agendaImport.existing'
                          : 'meetings.agendaImport.new',
                      )}
                    </Tag>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      )}
    </>
  );
}
