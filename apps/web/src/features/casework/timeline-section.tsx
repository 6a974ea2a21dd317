import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { noteBodySchema, type TimelineEntry } from '@varn/contracts';
import {
  incidentStatuses,
  incidentTextLimits,
  latestStatedTime,
  policeReportStatuses,
  severities,
} from '@varn/domain';
import { useI18n, type I18n, type MessageKey } from '../../lib/i18n/i18n';
import { addNote } from '../../lib/api/incidents';
import { severityName, timelineKindName } from '../../lib/casework-labels';
import { incidentStatusLabel, policeStatusLabel } from '../../lib/incident-labels';
import { useFormSubmit } from '../../lib/use-form-submit';
import { dateTimeInputToIso, toDateTimeInputValue } from '../../lib/stockholm-dates';
import { SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { RadioGroup, TextField } from '../../components/fields';
import { TextAreaField } from '../../components/extra-fields';
import { JumpSection } from '../../components/jump-section';
import type { CaseContext } from './case-context';

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** Field names of a triage, as the timeline records them. */
const triageFieldNames: Readonly<Record<string, MessageKey>> = {
  severity: 'casework.triage.severity',
  categories: 'casework.triage.categories',
  handlerUserId: 'casework.triage.handler',
  unlawfulInfluence: 'casework.triage.unlawfulInfluence',
  sexualOrSexist: 'casework.triage.sexualOrSexist',
  electionPeriod: 'casework.triage.electionPeriod',
  seriousWorkIncident: 'casework.triage.seriousWorkIncident',
  linkedIncidentIds: 'casework.triage.series',
  perpetratorIdentifiers: 'casework.triage.identifiers',
  channel: 'casework.report.channel',
  perpetratorType: 'casework.report.perpetratorType',
  motive: 'casework.report.motive',
  targetRole: 'casework.report.targetRole',
  policeContacted: 'casework.report.policeContacted',
  matterReference: 'casework.report.matter',
  consequences: 'casework.report.consequences',
};

/** What the free text of an entry is, where the kind does not say it already. */
const textLabelKeys: Partial<Record<TimelineEntry['kind'], MessageKey>> = {
  status_change: 'casework.status.summary',
  evidence: 'casework.timeline.file',
  police_report: 'casework.timeline.policeNote',
};

/** What a timeline entry's details say, in sentences. */
function describe(entry: TimelineEntry, i18n: Pick<I18n, 't' | 'dateTime'>): string[] {
  const { t, dateTime } = i18n;
  const d = entry.details;
  const lines: string[] = [];
  switch (entry.kind) {
    case 'reported':
      if (d.fromSignal === true) lines.push(t('casework.timeline.fromSignal'));
      if (d.ongoing === true) lines.push(t('casework.timeline.reportedOngoing'));
      break;
    case 'status_change':
      if (isOneOf(incidentStatuses, d.from) && isOneOf(incidentStatuses, d.to))
        lines.push(
          t('casework.timeline.statusFromTo', {
            from: incidentStatusLabel(d.from, t),
            to: incidentStatusLabel(d.to, t),
          }),
        );
      break;
    case 'triage': {
      if (typeof d.fields === 'string' && d.fields !== '') {
        const names = d.fields
          .split(',')
          .map((field) => {
            const key = triageFieldNames[field];
            return key ? t(key) : field;
          })
          .join(', ');
        lines.push(t('casework.timeline.triageFields', { fields: names }));
      }
      if (isOneOf(severities, d.severity))
        lines.push(t('casework.timeline.triageSeverity', { severity: severityName(d.severity, t) }));
      break;
    }
    case 'police_report':
      if (isOneOf(policeReportStatuses, d.status))
        lines.push(t('casework.timeline.policeStatus', { status: policeStatusLabel(d.status, t) }));
      if (typeof d.linkedIncident === 'string')
        lines.push(t('casework.timeline.policeLinked', { reference: d.linkedIncident }));
      if (typeof d.joinedReportOf === 'string')
        lines.push(t('casework.timeline.policeJoined', { reference: d.joinedReportOf }));
      break;
    case 'consent':
      if (typeof d.consent === 'boolean')
        lines.push(d.consent ? t('casework.timeline.consentGiven') : t('casework.timeline.consentWithdrawn'));
      break;
    case 'work_environment':
      if (typeof d.reportedAt === 'string')
        lines.push(t('casework.timeline.workEnvironmentAt', { time: dateTime(d.reportedAt) }));
      if (typeof d.kiaReference === 'string' && d.kiaReference !== '')
        lines.push(t('casework.timeline.kia', { reference: d.kiaReference }));
      break;
    case 'link':
      if (typeof d.linked === 'string') lines.push(t('casework.timeline.linked', { reference: d.linked }));
      if (typeof d.unlinked === 'string')
        lines.push(t('casework.timeline.unlinked', { reference: d.unlinked }));
      break;
    default:
      break;
  }
  return lines;
}

/**
 * Everything that happened in the case, oldest first (the order the case was handled in), with
 * who and when; below it, a new note, contact or decision.
 */
export function TimelineSection(context: CaseContext) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const { incident } = context;
  return (
    <JumpSection id="case-timeline" title={t('casework.timeline.heading')}>
      <Paragraph data-size="sm">{t('casework.timeline.order')}</Paragraph>
      {incident.timeline.length === 0 ? (
        <Paragraph>{t('casework.timeline.empty')}</Paragraph>
      ) : (
        <ol className="timeline" aria-label={t('casework.timeline.listLabel')}>
          {incident.timeline.map((entry) => {
            const lines = describe(entry, i18n);
            const labelKey = textLabelKeys[entry.kind];
            const textLabel = labelKey ? t(labelKey) : null;
            return (
              <li key={entry.id} className="timeline__entry" data-kind={entry.kind}>
                <Paragraph>
                  <strong>{timelineKindName(entry.kind, t)}</strong>
                </Paragraph>
                <Paragraph className="timeline__meta">
                  {entry.actor
                    ? t('casework.timeline.byAt', { time: dateTime(entry.at), name: entry.actor.name })
                    : dateTime(entry.at)}
                </Paragraph>
                {lines.map((line) => (
                  <Paragraph key={line}>{line}</Paragraph>
                ))}
                {entry.text !== null && entry.text !== '' && (
                  <p className="case-text">
                    {textLabel && <strong>{`${textLabel}: `}</strong>}
                    {entry.text}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <NoteForm {...context} />
    </JumpSection>
  );
}

type NoteKind = 'note' | 'contact' | 'decision';

function NoteForm({ incident, onChange }: CaseContext) {
  const { t, dateTime } = useI18n();
  const [kind, setKind] = useState<NoteKind>('note');
  const [text, setText] = useState('');
  const [at, setAt] = useState('');
  const [saved, setSaved] = useState(0);
  const form = useFormSubmit(noteBodySchema, async (body) => {
    onChange(await addNote(incident.id, body));
    setText('');
    setAt('');
    setSaved((n) => n + 1);
  });
  const { errors } = form;

  const fields = {
    kind: { id: 'note-kind', label: t('casework.note.kind') },
    text: { id: 'note-text', label: t('casework.note.text') },
    at: { id: 'note-at', label: t('casework.note.at') },
  };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.busy) return;
    setSaved(0);
    void form.submit({ kind, text, at: dateTimeInputToIso(at) });
  }

  const kinds: readonly { readonly value: NoteKind; readonly label: MessageKey }[] = [
    { value: 'note', label: 'casework.note.kindNote' },
    { value: 'contact', label: 'casework.note.kindContact' },
    { value: 'decision', label: 'casework.note.kindDecision' },
  ];

  return (
    <div className="subsection">
      <Heading level={3} data-size="xs">
        {t('casework.note.heading')}
      </Heading>
      <Paragraph data-size="sm">
        {incident.firstContactAt
          ? t('casework.note.firstContactAt', { time: dateTime(incident.firstContactAt) })
          : t('casework.note.noContactYet')}
      </Paragraph>
      <SuccessAlert count={saved}>{t('casework.note.saved')}</SuccessAlert>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <RadioGroup
          {...field.group('kind')}
          name="note-kind"
          value={kind}
          onChange={(value) => setKind(value === 'contact' || value === 'decision' ? value : 'note')}
          options={kinds.map((option) => ({ value: option.value, label: t(option.label) }))}
        />
        <TextAreaField
          {...field('text')}
          value={text}
          onChange={setText}
          required
          maxLength={incidentTextLimits.note}
        />
        <TextField
          {...field('at')}
          description={t('casework.note.atHelp')}
          type="datetime-local"
          value={at}
          onChange={setAt}
          max={toDateTimeInputValue(latestStatedTime(new Date()))}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('casework.note.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
