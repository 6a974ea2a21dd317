import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type {
  OfficialImportDecision,
  OfficialImportPreview,
  OfficialImportPreviewRow,
  OfficialImportResult,
} from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { importOfficials, previewOfficialsImport } from '../../lib/api/register';
import { useSubmit } from '../../lib/use-form-submit';
import { Page, Section } from '../../components/page';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { SelectField } from '../../components/fields';
import { FileField } from '../../components/extra-fields';
import { DataTable } from '../../components/table-region';
import { AppLink } from '../../components/links';
import './register.css';

/**
 * "Importera förtroendevalda": the municipality's list (CSV or XLSX) is previewed row by row —
 * problems by column, the people it matches — and imported only when the importer says so; rows
 * with problems are left out, ambiguous rows are decided here.
 */
export function ImportPage() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [preview, setPreview] = useState<OfficialImportPreview | null>(null);
  const [choices, setChoices] = useState<Readonly<Record<number, string>>>({});
  const [done, setDone] = useState<OfficialImportResult | null>(null);
  const form = useSubmit();
  const fields = { file: { id: 'import-file', label: t('register.importPage.file') } };

  function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      form.fail({ message: t('form.fixErrors'), fields: { file: t('register.importPage.noFile') } });
      return;
    }
    void form.run(async () => {
      setPreview(await previewOfficialsImport(file));
      setChoices({});
      setDone(null);
    });
  }

  function onImport() {
    if (!file || !preview) return;
    const decisions: OfficialImportDecision[] = Object.entries(choices)
      .filter(([, choice]) => choice !== '')
      .map(([line, choice]) => ({ line: Number(line), choice }));
    void form.run(async () => {
      setDone(await importOfficials(file, decisions));
      setPreview(null);
      setFile(null);
      setFileKey((n) => n + 1);
    });
  }

  return (
    <Page title={t('register.import')}>
      <Paragraph>
        <AppLink to="/register">{t('register.backToList')}</AppLink>
      </Paragraph>
      <Paragraph>{t('register.importPage.intro')}</Paragraph>
      {done && (
        <FocusAlert color="success">
          <Paragraph>
            {t('register.importPage.done', {
              created: done.peopleCreated,
              matched: done.peopleMatched,
              assignments: done.assignmentsAdded,
              refused: done.rowsRefused,
              skipped: done.rowsSkipped,
            })}
          </Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onPreview}>
        <FileField
          key={fileKey}
          {...fields.file}
          error={form.errors?.fields.file}
          description={t('register.importPage.fileHelp')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(chosen) => {
            setFile(chosen);
            setPreview(null);
          }}
        />
        <div className="button-row">
          <Button type="submit" variant={preview ? 'secondary' : 'primary'} loading={form.busy && !preview}>
            {t('register.importPage.preview')}
          </Button>
        </div>
      </form>
      {preview && (
        <PreviewView
          preview={preview}
          choices={choices}
          onChoice={(line, choice) => setChoices((previous) => ({ ...previous, [line]: choice }))}
          onImport={onImport}
          busy={form.busy}
        />
      )}
    </Page>
  );
}

function PreviewView({
  preview,
  choices,
  onChoice,
  onImport,
  busy,
}: {
  readonly preview: OfficialImportPreview;
  readonly choices: Readonly<Record<number, string>>;
  readonly onChoice: (line: number, choice: string) => void;
  readonly onImport: () => void;
  readonly busy: boolean;
}) {
  const { t } = useI18n();
  const problems = preview.rows.filter((row) => row.problems.length > 0);
  const ambiguous = preview.rows.filter((row) => row.match?.kind === 'ambiguous');
  return (
    <Section title={t('register.importPage.previewHeading')} id="import-preview-heading">
      <FocusAlert color={problems.length > 0 ? 'warning' : 'info'}>
        <Paragraph>{t('register.importPage.counts', preview.counts)}</Paragraph>
      </FocusAlert>
      {problems.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t('register.importPage.problemRows')}
          </Heading>
          <RowsTable rows={problems} label={t('register.importPage.problemRows')} />
        </>
      )}
      {ambiguous.length > 0 && (
        <>
          <Heading level={3} data-size="xs">
            {t('register.importPage.decideRows')}
          </Heading>
          {ambiguous.map((row) => (
            <SelectField
              key={row.line}
              id={`import-choice-${row.line}`}
              label={t('register.importPage.choice', { line: row.line })}
              description={row.name ?? undefined}
              value={choices[row.line] ?? ''}
              onChange={(choice) => onChoice(row.line, choice)}
              placeholder={t('register.workers.choosePerson')}
              options={[
                ...(row.match?.kind === 'ambiguous'
                  ? row.match.candidates.map((candidate) => ({ value: candidate.id, label: candidate.name }))
                  : []),
                { value: 'new', label: t('register.importPage.choice.new') },
                { value: 'skip', label: t('register.importPage.choice.skip') },
              ]}
            />
          ))}
        </>
      )}
      <details className="register-details">
        <summary>{t('register.importPage.allRows', { n: preview.rows.length })}</summary>
        <RowsTable rows={preview.rows} label={t('register.importPage.allRows', { n: preview.rows.length })} />
      </details>
      <div className="button-row">
        <Button onClick={onImport} loading={busy}>
          {t('register.importPage.run')}
        </Button>
      </div>
    </Section>
  );
}

function RowsTable({
  rows,
  label,
}: {
  readonly rows: readonly OfficialImportPreviewRow[];
  readonly label: string;
}) {
  const { t } = useI18n();
  return (
    <DataTable label={label}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('register.importPage.col.line')}</Table.HeaderCell>
          <Table.HeaderCell>{t('register.importPage.col.name')}</Table.HeaderCell>
          <Table.HeaderCell>{t('register.importPage.col.body')}</Table.HeaderCell>
          <Table.HeaderCell>{t('register.importPage.col.result')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.line}>
            <Table.Cell>{row.line}</Table.Cell>
            <Table.Cell className="break">{row.name ?? ''}</Table.Cell>
            <Table.Cell className="break">{[row.body, row.role].filter(Boolean).join(', ')}</Table.Cell>
            <Table.Cell className="break">
              <RowResult row={row} />
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

function RowResult({ row }: { readonly row: OfficialImportPreviewRow }) {
  const { t } = useI18n();
  if (row.problems.length > 0)
    return (
      <ul className="register-assignments">
        {row.problems.map((problem) => (
          <li key={`${problem.column}-${problem.code}`}>
            {`${t(`register.importPage.column.${problem.column}`)}: ${t(`register.importPage.problem.${problem.code}`)}`}
          </li>
        ))}
      </ul>
    );
  const match = row.match;
  if (!match) return null;
  switch (match.kind) {
    case 'email':
    case 'name_and_birth_year':
      return <>{t(`register.importPage.match.${match.kind}`, { name: match.person.name })}</>;
    case 'ambiguous':
      return <>{t('register.importPage.match.ambiguous')}</>;
    case 'new':
      return (
        <>
          {t(
            match.sameName.length > 0
              ? 'register.importPage.match.sameName'
              : 'register.importPage.match.new',
          )}
        </>
      );
  }
}
