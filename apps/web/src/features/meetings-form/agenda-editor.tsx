import { useRef, useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { putAgendaBodySchema, type MatterSummary, type MeetingDetail } from '@varn/contracts';
import { maxAgendaItems, matterTextLimits, meetingTextLimits } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { putAgenda } from '../../lib/api/meetings';
import { getMatters } from '../../lib/api/riskguide';
import { useFormSubmit } from '../../lib/use-form-submit';
import { ErrorAlert, SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { TextField } from '../../components/fields';
import { MeetingRiskTag } from '../../components/meeting-risk-tag';
import { agendaBodyOf, agendaEntriesOf, hasMatter, moveEntry, type AgendaEntry } from './meeting-form';

let newKeys = 0;
const newKey = (): string => `new-${++newKeys}`;

/**
 * The agenda editor (issue 10 §1): pick existing matters by title or diary number, or add new
 * ones (created when the agenda is saved), put them in order, remove them, add a note to each.
 * The whole agenda is saved at once (`PUT /api/meetings/{id}/agenda`). Moving and removing are
 * announced, and focus stays on the item's own button.
 */
export function AgendaEditor({
  meeting,
  onSaved,
}: {
  readonly meeting: MeetingDetail;
  readonly onSaved: (meeting: MeetingDetail) => void;
}) {
  const { t } = useI18n();
  const [entries, setEntries] = useState<AgendaEntry[]>(() => agendaEntriesOf(meeting));
  const [announcement, setAnnouncement] = useState('');
  const [saved, setSaved] = useState(0);
  const levels = new Map(meeting.agenda.map((item) => [item.matter.id, item.level]));
  const full = entries.length >= maxAgendaItems;

  const form = useFormSubmit(putAgendaBodySchema, async (body) => {
    const result = await putAgenda(meeting.id, body);
    onSaved(result);
    setEntries(agendaEntriesOf(result));
    setSaved((n) => n + 1);
  });

  function add(entry: AgendaEntry) {
    if (full) return;
    setEntries((previous) => [...previous, entry]);
    setAnnouncement(t('meetings.agenda.moved', { title: entry.title, position: entries.length + 1 }));
  }

  function move(index: number, by: number, buttonId: string) {
    const entry = entries[index];
    if (!entry) return;
    setEntries((previous) => moveEntry(previous, index, by));
    setAnnouncement(t('meetings.agenda.moved', { title: entry.title, position: index + by + 1 }));
    // The button moved with its item; a moved element can lose focus, so give it back.
    requestAnimationFrame(() => document.getElementById(buttonId)?.focus());
  }

  function remove(index: number) {
    const entry = entries[index];
    if (!entry) return;
    setEntries((previous) => previous.filter((_, position) => position !== index));
    setAnnouncement(t('meetings.agenda.removed', { title: entry.title }));
    requestAnimationFrame(() => document.getElementById('agenda-heading')?.focus());
  }

  function setNote(index: number, note: string) {
    setEntries((previous) =>
      previous.map((entry, position) => (position === index ? { ...entry, note } : entry)),
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit(agendaBodyOf(entries));
  }

  return (
    <section className="section" aria-labelledby="agenda-heading" id="agenda">
      <Heading level={2} data-size="sm" id="agenda-heading" tabIndex={-1}>
        {t('meetings.agenda.heading')}
      </Heading>
      <Paragraph>{t('meetings.agenda.intro')}</Paragraph>
      <p className="ds-sr-only" aria-live="polite">
        {announcement}
      </p>
      <SuccessAlert count={saved}>{t('meetings.agenda.saved')}</SuccessAlert>
      <FormErrorSummary errors={form.errors} fields={{}} attempt={form.attempt} />
      {entries.length === 0 ? (
        <Paragraph>{t('meetings.agenda.empty')}</Paragraph>
      ) : (
        <ol className="agenda-editor" aria-label={t('meetings.agenda.itemsLabel')}>
          {entries.map((entry, index) => {
            const up = `agenda-up-${entry.key}`;
            const down = `agenda-down-${entry.key}`;
            return (
              <li key={entry.key} className="agenda-editor__item">
                <div className="agenda-editor__head">
                  <span className="agenda-editor__title">
                    {index + 1}. {entry.title}
                    {entry.diaryNumber !== null && <span className="muted"> ({entry.diaryNumber})</span>}
                  </span>
                  <span className="tag-row">
                    {entry.kind === 'new' ? (
                      <Tag data-color="info" data-size="sm">
                        {t('meetings.agenda.newTag')}
                      </Tag>
                    ) : (
                      levels.has(entry.matterId) && (
                        <MeetingRiskTag level={levels.get(entry.matterId) ?? null} />
                      )
                    )}
                  </span>
                </div>
                <TextField
                  id={`agenda-note-${entry.key}`}
                  label={t('meetings.agenda.note', { title: entry.title })}
                  value={entry.note}
                  onChange={(note) => setNote(index, note)}
                  maxLength={meetingTextLimits.agendaNote}
                />
                <div className="button-row">
                  <Button
                    id={up}
                    variant="tertiary"
                    data-size="sm"
                    disabled={index === 0}
                    onClick={() => move(index, -1, up)}
                  >
                    <span aria-hidden="true">↑</span>
                    <span className="ds-sr-only">{t('meetings.agenda.moveUp', { title: entry.title })}</span>
                  </Button>
                  <Button
                    id={down}
                    variant="tertiary"
                    data-size="sm"
                    disabled={index === entries.length - 1}
                    onClick={() => move(index, 1, down)}
                  >
                    <span aria-hidden="true">↓</span>
                    <span className="ds-sr-only">
                      {t('meetings.agenda.moveDown', { title: entry.title })}
                    </span>
                  </Button>
                  <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => remove(index)}>
                    {t('meetings.agenda.remove', { title: entry.title })}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {full && <Paragraph>{t('meetings.agenda.tooMany', { max: maxAgendaItems })}</Paragraph>}
      <form noValidate onSubmit={onSubmit}>
        <Button type="submit" loading={form.busy}>
          {t('meetings.agenda.save')}
        </Button>
      </form>
      {!full && (
        <>
          <MatterSearch entries={entries} onAdd={add} />
          <NewMatter onAdd={add} />
        </>
      )}
    </section>
  );
}

/** Finds matters by title or diary number; each hit can be added once. */
function MatterSearch({
  entries,
  onAdd,
}: {
  readonly entries: readonly AgendaEntry[];
  readonly onAdd: (entry: AgendaEntry) => void;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<readonly MatterSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const request = useRef<AbortController | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (q.trim() === '') return;
    request.current?.abort();
    const controller = new AbortController();
    request.current = controller;
    setBusy(true);
    setError(null);
    try {
      const list = await getMatters({ q: q.trim(), limit: 10, offset: 0 }, controller.signal);
      setHits(list.matters);
    } catch (failure) {
      if (!controller.signal.aborted) setError(failure ?? new Error());
    } finally {
      if (request.current === controller) setBusy(false);
    }
  }

  return (
    <div className="subsection">
      <form className="agenda-search" role="search" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id="agenda-search"
          label={t('meetings.agenda.searchLabel')}
          description={t('meetings.agenda.searchHelp')}
          type="search"
          value={q}
          onChange={setQ}
          maxLength={100}
        />
        <Button type="submit" variant="secondary" loading={busy}>
          {t('meetings.agenda.search')}
        </Button>
      </form>
      {error !== null && <ErrorAlert error={error} />}
      {hits !== null &&
        (hits.length === 0 ? (
          <Paragraph aria-live="polite">{t('meetings.agenda.noHits')}</Paragraph>
        ) : (
          <ul className="agenda-hits" aria-label={t('meetings.agenda.hitsLabel')}>
            {hits.map((matter) => {
              const added = hasMatter(entries, matter.id);
              return (
                <li key={matter.id} className="agenda-hits__item">
                  <span>
                    {matter.title}
                    {matter.diaryNumber !== null && <span className="muted"> ({matter.diaryNumber})</span>}
                  </span>
                  {added ? (
                    <span className="muted">{t('meetings.agenda.added')}</span>
                  ) : (
                    <Button
                      variant="secondary"
                      data-size="sm"
                      onClick={() =>
                        onAdd({
                          key: newKey(),
                          kind: 'existing',
                          matterId: matter.id,
                          title: matter.title,
                          diaryNumber: matter.diaryNumber,
                          note: '',
                        })
                      }
                    >
                      {t('meetings.agenda.add')}
                      <span className="ds-sr-only"> {matter.title}</span>
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        ))}
    </div>
  );
}

/** A matter that is not in Värn yet: created with the agenda when it is saved. */
function NewMatter({ onAdd }: { readonly onAdd: (entry: AgendaEntry) => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [diaryNumber, setDiaryNumber] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (title.trim() === '') {
      setError(t('form.required'));
      document.getElementById('agenda-new-title')?.focus();
      return;
    }
    onAdd({
      key: newKey(),
      kind: 'new',
      title: title.trim(),
      diaryNumber: diaryNumber.trim() === '' ? null : diaryNumber.trim(),
      note: '',
    });
    setTitle('');
    setDiaryNumber('');
    setError(undefined);
  }

  return (
    <form className="subsection" noValidate onSubmit={onSubmit} aria-labelledby="agenda-new-heading">
      <Heading level={3} data-size="xs" id="agenda-new-heading">
        {t('meetings.agenda.newHeading')}
      </Heading>
      <TextField
        id="agenda-new-title"
        label={t('meetings.agenda.newTitle')}
        required
        error={error}
        value={title}
        onChange={(value) => {
          setTitle(value);
          if (value.trim() !== '') setError(undefined);
        }}
        maxLength={matterTextLimits.title}
      />
      <TextField
        id="agenda-new-diary"
        label={t('meetings.agenda.newDiaryNumber')}
        value={diaryNumber}
        onChange={setDiaryNumber}
        maxLength={matterTextLimits.diaryNumber}
      />
      <div className="button-row">
        <Button type="submit" variant="secondary">
          {t('meetings.agenda.addNew')}
        </Button>
      </div>
    </form>
  );
}
