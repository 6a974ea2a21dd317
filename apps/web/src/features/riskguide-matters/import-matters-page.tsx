import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { importMattersBodySchema, type ImportResult, type ImportRow } from '@varn/contracts';
import { maxMatterImportRows } from '@varn/domain';
import { useI18n, type I18n } from '../../lib/i18n/i18n';
import { importMatters } from '../../lib/api/riskguide';
import { formErrorsFrom } from '../../lib/errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Page, Section } from '../../components/page';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { FileField, TextAreaField } from '../../components/extra-fields';
import { DataTable } from '../../components/table-region';
import { AppLink } from '../../components/links';
import { TitleWarnings } from '../../components/title-warnings';
import './riskguide-matters.css';

/** A preview, and the CSV text it was made from (a changed text must be previewed again). */
interface Preview {
  readonly csv: string;
  readonly result: ImportResult;
}

/**
 * "Importera ärenden": matters from a CSV file (title; diary number; body; decision date). The
 * server checks every row first (preview) and saves all rows or none (commit).
 */
export function ImportMattersPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [csv, setCsv] = useState('');
  const [fileKey, setFileKey] = useState(0);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [committed, setCommitted] = useState<ImportResult | null>(null);
  const [shown, setShown] = useState(0);
  /** What was last sent, for the busy state of its button. */
  const [sending, setSending] = useState<'preview' | 'commit'>('preview');
  const form = useFormSubmit(
    importMattersBodySchema,
    async (body, { fail }) => {
      setSending(body.mode);
      try {
        const result = await importMatters(body);
        if (body.mode === 'commit') {
          setCommitted(result);
          setPreview(null);
          setCsv('');
          setFileKey((n) => n + 1);
        } else {
          setPreview({ csv, result });
          setCommitted(null);
        }
        setShown((n) => n + 1);
      } catch (error) {
        // Shown at once, and the form stays busy while the rows are checked again below.
        const formErrors = formErrorsFrom(error, i18n);
        fail(formErrors);
        // Rows refused at commit (something changed since the preview): the table shows them again.
        // If that preview fails too, the error summary above already says what is wrong.
        if (body.mode === 'commit' && Object.keys(formErrors.fields).some((path) => path.startsWith('rows.')))
          await importMatters({ ...body, mode: 'preview' }).then(
            (result) => setPreview({ csv, result }),
            () => undefined,
          );
      }
    },
    {
      check: () =>
        csv.trim() === ''
          ? { message: t('form.fixErrors'), fields: { csv: t('riskguide.import.empty') } }
          : null,
    },
  );
  const { errors } = form;
  const busy = form.busy ? sending : null;

  // A row's problem found at commit (`rows.<line>.<field>`) is named by its line and field and links to the text.
  const fields = {
    csv: { id: 'import-csv', label: t('riskguide.import.csv') },
    ...Object.fromEntries(
      Object.keys(errors?.fields ?? {}).flatMap((path) => {
        const match = /^rows\.(\d+)\.(\w+)$/u.exec(path);
        if (!match) return [];
        const [, line = '', field = ''] = match;
        const label =
          field === 'row'
            ? t('riskguide.import.rowLabel', { line })
            : t('riskguide.import.rowFieldLabel', { line, field: importFieldName(field, t) });
        return [[path, { id: 'import-csv', label }]];
      }),
    ),
  };
  const field = fieldBinder(fields, errors);

  async function onFile(file: File | null) {
    setFileError(undefined);
    if (!file) return;
    try {
      setCsv(await file.text());
      setPreview(null);
      setCommitted(null);
    } catch {
      setFileError(t('riskguide.import.fileUnreadable'));
    }
  }

  function send(mode: 'preview' | 'commit') {
    void form.submit({ csv, mode });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send('preview');
  }

  const current = preview !== null && preview.csv === csv ? preview.result : null;
  const canCommit =
    current !== null &&
    current.fileErrors.length === 0 &&
    current.counts.invalid === 0 &&
    current.counts.rows > 0;

  return (
    <Page title={t('riskguide.import.title')}>
      <Paragraph>
        <AppLink to="/riskguide">{t('riskguide.backToMatters')}</AppLink>
      </Paragraph>
      <Paragraph>{t('riskguide.import.intro', { max: maxMatterImportRows })}</Paragraph>
      <div className="stack">
        <Paragraph>{t('riskguide.import.exampleIntro')}</Paragraph>
        <pre className="csv-example">{t('riskguide.import.example')}</pre>
      </div>
      {committed && (
        <FocusAlert key={`done-${shown}`} color="success">
          <Paragraph>
            {t(
              committed.rows.length === 1
                ? 'riskguide.import.committedOne'
                : 'riskguide.import.committedMany',
              {
                n: committed.rows.length,
              },
            )}
          </Paragraph>
          <ul className="plain-list">
            {committed.rows.map((row) =>
              row.matterId ? (
                <li key={row.line}>
                  <AppLink to={`/riskguide/matters/${row.matterId}`}>{row.title}</AppLink>
                </li>
              ) : null,
            )}
          </ul>
        </FocusAlert>
      )}
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form form--wide" noValidate onSubmit={onSubmit}>
        <FileField
          key={fileKey}
          id="import-file"
          label={t('riskguide.import.file')}
          description={t('riskguide.import.fileHelp')}
          accept=".csv,.txt,text/csv,text/plain"
          onChange={(file) => void onFile(file)}
          error={fileError}
        />
        <TextAreaField
          {...field('csv')}
          description={t('riskguide.import.csvHelp')}
          value={csv}
          onChange={setCsv}
          rows={8}
        />
        <div className="button-row">
          <Button type="submit" variant={canCommit ? 'secondary' : 'primary'} loading={busy === 'preview'}>
            {t('riskguide.import.preview')}
          </Button>
        </div>
      </form>
      {preview !== null && preview.csv !== csv && (
        <Paragraph className="muted">{t('riskguide.import.stale')}</Paragraph>
      )}
      {current && (
        <Section title={t('riskguide.import.previewHeading')} id="import-preview-heading">
          <FocusAlert key={`preview-${shown}`} color={canCommit ? 'success' : 'warning'}>
            <Paragraph>
              {t('riskguide.import.counts', {
                rows: current.counts.rows,
                valid: current.counts.valid,
                invalid: current.counts.invalid,
              })}{' '}
              {canCommit ? t('riskguide.import.ready') : t('riskguide.import.fixFirst')}
            </Paragraph>
          </FocusAlert>
          {current.fileErrors.length > 0 && (
            <div className="stack">
              <Heading level={3} data-size="2xs">
                {t('riskguide.import.fileErrors')}
              </Heading>
              <ul>
                {current.fileErrors.map((error, index) => (
                  <li key={index}>
                    {t('riskguide.import.fileError', {
                      line: error.line,
                      message: error.column ? `${error.message} (${error.column})` : error.message,
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {current.rows.length > 0 && <PreviewTable rows={current.rows} />}
          {canCommit && (
            <div className="button-row">
              <Button onClick={() => send('commit')} loading={busy === 'commit'}>
                {t(current.counts.rows === 1 ? 'riskguide.import.commitOne' : 'riskguide.import.commitMany', {
                  n: current.counts.rows,
                })}
              </Button>
            </div>
          )}
        </Section>
      )}
    </Page>
  );
}

const importFields = ['title', 'diaryNumber', 'body', 'decisionDate'] as const;
const isImportField = (field: string): field is (typeof importFields)[number] =>
  (importFields as readonly string[]).includes(field);

/** "Beslutsdatum" for `decisionDate`; a field this client does not know is shown as the server named it. */
function importFieldName(field: string, t: I18n['t']): string {
  return isImportField(field) ? t(`riskguide.import.field.${field}`) : field;
}

function PreviewTable({ rows }: { readonly rows: readonly ImportRow[] }) {
  const { t } = useI18n();
  return (
    <DataTable label={t('riskguide.import.tableLabel')} wide>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('riskguide.import.col.line')}</Table.HeaderCell>
          <Table.HeaderCell>{t('riskguide.import.col.check')}</Table.HeaderCell>
          <Table.HeaderCell>{t('riskguide.matters.col.matter')}</Table.HeaderCell>
          <Table.HeaderCell>{t('riskguide.matters.col.diaryNumber')}</Table.HeaderCell>
          <Table.HeaderCell>{t('riskguide.matters.col.body')}</Table.HeaderCell>
          <Table.HeaderCell>{t('riskguide.matters.col.decisionDate')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.line} data-invalid={row.errors.length > 0}>
            <Table.Cell>{row.line}</Table.Cell>
            <Table.Cell className="import-check">
              {row.errors.length === 0 ? (
                <Tag data-color="success" data-size="sm">
                  {t('riskguide.import.rowOk')}
                </Tag>
              ) : (
                <>
                  <Tag data-color="danger" data-size="sm">
                    {t('riskguide.import.rowError')}
                  </Tag>
                  <ul className="import-errors">
                    {row.errors.map((error, index) => (
                      <li key={index}>
                        {error.field === 'row'
                          ? error.message
                          : t('riskguide.import.fieldError', {
                              field: importFieldName(error.field, t),
                              message: error.message,
                            })}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {row.titleWarnings.length > 0 && <TitleWarnings warnings={row.titleWarnings} />}
            </Table.Cell>
            <Table.Cell>{row.title ?? '–'}</Table.Cell>
            <Table.Cell className="nowrap">{row.diaryNumber ?? '–'}</Table.Cell>
            <Table.Cell>{row.body ?? '–'}</Table.Cell>
            <Table.Cell className="nowrap">{row.decisionDate ?? '–'}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}
