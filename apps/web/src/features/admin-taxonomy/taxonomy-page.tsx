import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import {
  createTaxonomyEntryBodySchema,
  updateTaxonomyEntryBodySchema,
  type TaxonomyEntryView,
} from '@varn/contracts';
import { taxonomyKinds, type TaxonomyKind } from '@varn/domain';
import { useI18n, type I18n } from '../../lib/i18n/i18n';
import { addTaxonomyEntry, updateTaxonomyEntry } from '../../lib/api/taxonomy';
import { useTaxonomy } from '../../lib/taxonomy-labels';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Page, Section } from '../../components/page';
import { ErrorAlert, FocusAlert, QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder, valueBinder, type FieldBinder, type FieldTargets } from '../../components/form-fields';
import { SelectField, TextField } from '../../components/fields';
import { DataTable } from '../../components/table-region';
import './taxonomy.css';

/** "Kategorier", "Kanaler", "Typer av gärningsperson". */
const taxonomyKindName = (kind: TaxonomyKind, t: I18n['t']): string => t(`casework.taxonomyKind.${kind}`);

const entryKey = (entry: { readonly kind: string; readonly code: string }): string =>
  `${entry.kind}-${entry.code}`;

/**
 * "Listor för rapporter": categories, channels and perpetrator types of the report form. Codes
 * are stable; labels can be changed and entries deactivated (they stay on old reports).
 */
export function TaxonomyPage() {
  const { t } = useI18n();
  const query = useTaxonomy();
  return (
    <Page title={t('casework.taxonomy.title')}>
      <Paragraph>{t('casework.taxonomy.intro')}</Paragraph>
      <QueryView query={query} loadingLabel={t('casework.taxonomy.loading')}>
        {({ entries }) => (
          <TaxonomyLists
            entries={entries}
            onChange={(changed) => {
              const exists = entries.some((entry) => entryKey(entry) === entryKey(changed));
              query.setData({
                entries: exists
                  ? entries.map((entry) => (entryKey(entry) === entryKey(changed) ? changed : entry))
                  : [...entries, changed],
              });
            }}
          />
        )}
      </QueryView>
    </Page>
  );
}

/** The outcome of the last command on a list, read out where the user is (focus stays on the row). */
interface Outcome {
  readonly n: number;
  readonly kind: TaxonomyKind;
  readonly text: string | null;
  readonly error: unknown;
}

function TaxonomyLists({
  entries,
  onChange,
}: {
  readonly entries: readonly TaxonomyEntryView[];
  readonly onChange: (entry: TaxonomyEntryView) => void;
}) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // After renaming, focus goes back to the row's button once the row is shown again.
  const focusAfterRender = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfterRender.current === null) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });
  const labelOf = (entry: TaxonomyEntryView) => (locale === 'en' ? entry.labelEn : entry.labelSv);
  const report = (kind: TaxonomyKind, text: string | null, error: unknown = null) =>
    setOutcome((previous) => ({ n: (previous?.n ?? 0) + 1, kind, text, error }));

  async function toggle(entry: TaxonomyEntryView) {
    if (busy) return;
    setBusy(entryKey(entry));
    try {
      const changed = await updateTaxonomyEntry(entry.kind, entry.code, { active: !entry.active });
      onChange(changed);
      report(
        changed.kind,
        t(changed.active ? 'casework.taxonomy.activated' : 'casework.taxonomy.deactivated', {
          label: labelOf(changed),
        }),
      );
    } catch (failure) {
      report(entry.kind, null, failure);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      {taxonomyKinds.map((kind) => (
        <Section key={kind} title={taxonomyKindName(kind, t)} id={`taxonomy-${kind}-heading`}>
          <div role="status" className="stack">
            {outcome?.kind === kind &&
              (outcome.error !== null ? (
                <ErrorAlert key={outcome.n} error={outcome.error} />
              ) : (
                <Alert key={outcome.n} data-color="success">
                  <Paragraph>{outcome.text}</Paragraph>
                </Alert>
              ))}
          </div>
          <KindTable
            kind={kind}
            entries={entries.filter((entry) => entry.kind === kind)}
            editing={editing}
            busy={busy}
            onEdit={(key) => {
              setOutcome(null);
              setEditing(key);
            }}
            onCancel={(key) => {
              setEditing(null);
              focusAfterRender.current = `rename-${key}`;
            }}
            onSaved={(entry) => {
              onChange(entry);
              setEditing(null);
              focusAfterRender.current = `rename-${entryKey(entry)}`;
              report(entry.kind, t('casework.taxonomy.renamed', { label: labelOf(entry) }));
            }}
            onToggle={(entry) => void toggle(entry)}
          />
        </Section>
      ))}
      <AddEntryForm onAdded={onChange} />
    </>
  );
}

function KindTable({
  kind,
  entries,
  editing,
  busy,
  onEdit,
  onCancel,
  onSaved,
  onToggle,
}: {
  readonly kind: TaxonomyKind;
  readonly entries: readonly TaxonomyEntryView[];
  readonly editing: string | null;
  readonly busy: string | null;
  readonly onEdit: (key: string) => void;
  readonly onCancel: (key: string) => void;
  readonly onSaved: (entry: TaxonomyEntryView) => void;
  readonly onToggle: (entry: TaxonomyEntryView) => void;
}) {
  const { t } = useI18n();
  const label = t('casework.taxonomy.tableLabel', { list: taxonomyKindName(kind, t) });
  if (entries.length === 0) return <Paragraph>{t('casework.taxonomy.emptyList')}</Paragraph>;
  return (
    <DataTable label={label}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('casework.taxonomy.code')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.taxonomy.labelSv')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.taxonomy.labelEn')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.taxonomy.status')}</Table.HeaderCell>
          <Table.HeaderCell>{t('casework.taxonomy.actions')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {entries.map((entry) => {
          const key = entryKey(entry);
          if (editing === key)
            return (
              <Table.Row key={key}>
                <Table.Cell colSpan={5}>
                  <RenameForm entry={entry} onCancel={() => onCancel(key)} onSaved={onSaved} />
                </Table.Cell>
              </Table.Row>
            );
          return (
            <Table.Row key={key}>
              <Table.Cell>
                <code>{entry.code}</code>
              </Table.Cell>
              <Table.Cell lang="sv">{entry.labelSv}</Table.Cell>
              <Table.Cell lang="en">{entry.labelEn}</Table.Cell>
              <Table.Cell>
                <Tag data-color={entry.active ? 'success' : 'neutral'}>
                  {entry.active ? t('casework.taxonomy.active') : t('casework.taxonomy.inactive')}
                </Tag>
              </Table.Cell>
              <Table.Cell>
                <div className="button-row taxonomy-actions">
                  <Button id={`rename-${key}`} variant="secondary" data-size="sm" onClick={() => onEdit(key)}>
                    {t('casework.taxonomy.rename')}
                    <span className="ds-sr-only"> {entry.code}</span>
                  </Button>
                  <Button
                    id={`toggle-${key}`}
                    variant="tertiary"
                    data-size="sm"
                    loading={busy === key}
                    onClick={() => onToggle(entry)}
                  >
                    {entry.active ? t('casework.taxonomy.deactivate') : t('casework.taxonomy.activate')}
                    <span className="ds-sr-only"> {entry.code}</span>
                  </Button>
                </div>
              </Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </DataTable>
  );
}

/** An entry's names as typed. */
interface Labels {
  readonly labelSv: string;
  readonly labelEn: string;
}

/** The names' fields, with ids `<prefix>-sv` and `<prefix>-en`. */
function labelTargets(prefix: string, t: I18n['t']): FieldTargets<keyof Labels> {
  return {
    labelSv: { id: `${prefix}-sv`, label: t('casework.taxonomy.labelSv') },
    labelEn: { id: `${prefix}-en`, label: t('casework.taxonomy.labelEn') },
  };
}

/** An entry's name in Swedish and in English: both are required, as reports are read in either language. */
function LabelFields({
  field,
  labels,
  onChange,
}: {
  readonly field: FieldBinder<keyof Labels>;
  readonly labels: Labels;
  readonly onChange: (labels: Labels) => void;
}) {
  const value = valueBinder(labels, onChange);
  return (['labelSv', 'labelEn'] as const).map((name) => (
    <TextField key={name} {...field(name)} {...value(name)} required autoComplete="off" maxLength={120} />
  ));
}

function RenameForm({
  entry,
  onCancel,
  onSaved,
}: {
  readonly entry: TaxonomyEntryView;
  readonly onCancel: () => void;
  readonly onSaved: (entry: TaxonomyEntryView) => void;
}) {
  const { t } = useI18n();
  const [labels, setLabels] = useState<Labels>({ labelSv: entry.labelSv, labelEn: entry.labelEn });
  const form = useFormSubmit(updateTaxonomyEntryBodySchema, async (body) =>
    onSaved(await updateTaxonomyEntry(entry.kind, entry.code, body)),
  );
  const { errors } = form;

  const fields = labelTargets(`rename-form-${entryKey(entry)}`, t);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit(labels);
  }

  return (
    <form
      className="form"
      noValidate
      onSubmit={onSubmit}
      aria-label={t('casework.taxonomy.renameLabel', { code: entry.code })}
    >
      <Paragraph>
        {t('casework.taxonomy.renameIntro')} <code>{entry.code}</code>
      </Paragraph>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <LabelFields field={fieldBinder(fields, errors)} labels={labels} onChange={setLabels} />
      <div className="button-row">
        <Button type="submit" loading={form.busy}>
          {t('common.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

const noLabels: Labels = { labelSv: '', labelEn: '' };

function AddEntryForm({ onAdded }: { readonly onAdded: (entry: TaxonomyEntryView) => void }) {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState<string>('category');
  const [code, setCode] = useState('');
  const [labels, setLabels] = useState<Labels>(noLabels);
  const [added, setAdded] = useState<{
    readonly n: number;
    readonly label: string;
    readonly list: string;
  } | null>(null);
  const form = useFormSubmit(createTaxonomyEntryBodySchema, async (body) => {
    const entry = await addTaxonomyEntry(body);
    onAdded(entry);
    setCode('');
    setLabels(noLabels);
    setAdded((previous) => ({
      n: (previous?.n ?? 0) + 1,
      label: locale === 'en' ? entry.labelEn : entry.labelSv,
      list: taxonomyKindName(entry.kind, t),
    }));
  });
  const { errors } = form;

  const fields = {
    kind: { id: 'taxonomy-new-kind', label: t('casework.taxonomy.list') },
    code: { id: 'taxonomy-new-code', label: t('casework.taxonomy.code') },
    ...labelTargets('taxonomy-new', t),
  };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.busy) return;
    setAdded(null);
    void form.submit({ kind, code: code.trim(), ...labels });
  }

  return (
    <Section title={t('casework.taxonomy.addHeading')} id="taxonomy-add-heading">
      <Paragraph>{t('casework.taxonomy.addIntro')}</Paragraph>
      {added && (
        <FocusAlert key={added.n} color="success">
          <Paragraph>{t('casework.taxonomy.added', { label: added.label, list: added.list })}</Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <SelectField
          {...field('kind')}
          value={kind}
          onChange={setKind}
          options={taxonomyKinds.map((value) => ({ value, label: taxonomyKindName(value, t) }))}
          required
        />
        <TextField
          {...field('code')}
          description={t('casework.taxonomy.codeHelp')}
          value={code}
          onChange={setCode}
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
        />
        <LabelFields field={field} labels={labels} onChange={setLabels} />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('casework.taxonomy.add')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
