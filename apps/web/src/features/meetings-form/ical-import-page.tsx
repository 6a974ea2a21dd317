import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import {
  importIcalBodySchema,
  maxIcalImportEvents,
  type BodyList,
  type IcalImportResult,
} from '@varn/contracts';
import {
  MeetingType,
  meetingTypeIsPublicByDefault,
  meetingTypes,
  type MeetingType as MeetingTypeValue,
} from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { getBodies, importIcal } from '../../lib/api/meetings';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit } from '../../lib/use-form-submit';
import { meetingTypeLabel } from '../../lib/meeting-labels';
import { Page, Section } from '../../components/page';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { SelectField } from '../../components/fields';
import { FileField } from '../../components/extra-fields';
import { CheckboxField } from '../../components/choice-fields';
import { DataTable } from '../../components/table-region';
import { AppLink } from '../../components/links';
import './meetings-form.css';

const loadBodies = (signal: AbortSignal): Promise<BodyList> => getBodies(signal);

/** What a preview was made from: the file's text and the defaults for new meetings. */
interface Input {
  readonly ics: string;
  readonly type: MeetingTypeValue;
  readonly bodyId: string;
  readonly isPublic: boolean;
}

const sameInput = (a: Input, b: Input): boolean =>
  a.ics === b.ics && a.type === b.type && a.bodyId === b.bodyId && a.isPublic === b.isPublic;

/**
 * "Importera möten från en kalenderfil": an .ics file from the meeting system becomes meetings
 * of the chosen type and body; an event imported before (the same UID) updates its meeting. The
 * server checks every event first (preview) and saves all or none (commit).
 */
export function IcalImportPage() {
  const { t, dateTime } = useI18n();
  const bodies = useQuery(loadBodies);
  const [input, setInput] = useState<Input>({
    ics: '',
    type: MeetingType.Committee,
    bodyId: '',
    isPublic: meetingTypeIsPublicByDefault(MeetingType.Committee),
  });
  const [fileKey, setFileKey] = useState(0);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<{ readonly input: Input; readonly result: IcalImportResult } | null>(
    null,
  );
  const [done, setDone] = useState<IcalImportResult | null>(null);
  const [shown, setShown] = useState(0);

  const form = useFormSubmit(
    importIcalBodySchema,
    async (body) => {
      const result = await importIcal(body);
      if (body.mode === 'commit' && result.committed) {
        setDone(result);
        setPreview(null);
        setInput((previous) => ({ ...previous, ics: '' }));
        setFileKey((n) => n + 1);
      } else {
        setPreview({ input, result });
        setDone(null);
      }
      setShown((n) => n + 1);
    },
    {
      check: () =>
        input.ics.trim() === ''
          ? { message: t('form.fixErrors'), fields: { ics: t('meetings.icalImport.noFile') } }
          : null,
    },
  );
  const fields = {
    ics: { id: 'ical-file', label: t('meetings.icalImport.file') },
    type: { id: 'ical-type', label: t('meetings.icalImport.type') },
    bodyId: { id: 'ical-body', label: t('meetings.icalImport.body') },
  };

  async function onFile(file: File | null) {
    setFileError(undefined);
    if (!file) return setInput((previous) => ({ ...previous, ics: '' }));
    try {
      const ics = await file.text();
      setInput((previous) => ({ ...previous, ics }));
      setDone(null);
    } catch {
      setFileError(t('meetings.icalImport.fileUnreadable'));
    }
  }

  const bodyOf = (mode: 'preview' | 'commit') => ({
    ics: input.ics,
    mode,
    type: input.type,
    bodyId: input.bodyId === '' ? null : input.bodyId,
    isPublic: input.isPublic,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit(bodyOf('preview'));
  }

  const current = preview && sameInput(preview.input, input) ? preview.result : null;
  const canCommit =
    current !== null &&
    current.fileErrors.length === 0 &&
    current.counts.invalid === 0 &&
    current.counts.events > 0;
  const counts = (result: IcalImportResult) =>
    t('meetings.icalImport.counts', {
      events: result.counts.events,
      create: result.counts.create,
      update: result.counts.update,
      invalid: result.counts.invalid,
    });

  return (
    <Page title={t('meetings.icalImport.title')}>
      <Paragraph>
        <AppLink to="/meetings">{t('meetings.backToCalendar')}</AppLink>
      </Paragraph>
      <Paragraph>{t('meetings.icalImport.intro', { max: maxIcalImportEvents })}</Paragraph>
      {done && (
        <FocusAlert key={`done-${shown}`} color="success">
          <Paragraph>{t('meetings.icalImport.done')}</Paragraph>
          <Paragraph>{counts(done)}</Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <FileField
          key={fileKey}
          id={fields.ics.id}
          label={fields.ics.label}
          accept=".ics,text/calendar"
          error={fileError ?? form.errors?.fields.ics}
          onChange={(file) => void onFile(file)}
        />
        <SelectField
          {...fields.type}
          error={form.errors?.fields.type}
          value={input.type}
          onChange={(value) =>
            setInput((previous) => ({
              ...previous,
              type: value as MeetingTypeValue,
              isPublic: meetingTypeIsPublicByDefault(value as MeetingTypeValue),
            }))
          }
          options={meetingTypes.map((type) => ({ value: type, label: meetingTypeLabel(type, t) }))}
        />
        <SelectField
          {...fields.bodyId}
          error={form.errors?.fields.bodyId}
          value={input.bodyId}
          onChange={(bodyId) => setInput((previous) => ({ ...previous, bodyId }))}
          placeholder={t('meetings.form.noBody')}
          options={(bodies.status === 'success' ? bodies.data.bodies : [])
            .filter((body) => !body.archived)
            .map((body) => ({ value: body.id, label: body.name }))}
        />
        <CheckboxField
          id="ical-public"
          label={t('meetings.icalImport.isPublic')}
          checked={input.isPublic}
          onChange={(isPublic) => setInput((previous) => ({ ...previous, isPublic }))}
        />
        <div className="button-row">
          <Button type="submit" variant={canCommit ? 'secondary' : 'primary'} loading={form.busy}>
            {t('meetings.icalImport.preview')}
          </Button>
        </div>
      </form>
      {preview && !current && <Paragraph>{t('meetings.icalImport.changed')}</Paragraph>}
      {current && (
        <Section title={t('meetings.icalImport.previewHeading')} id="ical-preview">
          <Paragraph>{counts(current)}</Paragraph>
          {current.fileErrors.length > 0 && (
            <div className="stack" role="alert">
              <Heading level={3} data-size="xs">
                {t('meetings.icalImport.fileErrorsHeading')}
              </Heading>
              <ul className="import-problems">
                {current.fileErrors.map((error, index) => (
                  <li key={index}>
                    {t('meetings.icalImport.lineError', { line: error.line, message: error.message })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {current.events.length > 0 && (
            <DataTable label={t('meetings.icalImport.previewCaption')} wide>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('meetings.icalImport.col.title')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('meetings.icalImport.col.when')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('meetings.icalImport.col.location')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('meetings.icalImport.col.outcome')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {current.events.map((event) => (
                  <Table.Row key={event.index}>
                    <Table.Cell className="break">{event.title ?? t('meetings.none')}</Table.Cell>
                    <Table.Cell className="nowrap">
                      {event.startsAt ? dateTime(event.startsAt) : t('meetings.none')}
                    </Table.Cell>
                    <Table.Cell className="break">{event.location ?? t('meetings.none')}</Table.Cell>
                    <Table.Cell>
                      <span className="tag-row">
                        {event.errors.length > 0 ? (
                          <Tag data-color="danger" data-size="sm">
                            {t('meetings.icalImport.problem')}
                          </Tag>
                        ) : (
                          <Tag data-color={event.action === 'update' ? 'info' : 'neutral'} data-size="sm">
                            {t(
                              event.action === 'update'
                                ? 'meetings.icalImport.update'
                                : 'meetings.icalImport.create',
                            )}
                          </Tag>
                        )}
                        {event.cancelled && (
                          <Tag data-color="warning" data-size="sm">
                            {t('meetings.icalImport.cancelled')}
                          </Tag>
                        )}
                      </span>
                      {event.errors.length > 0 && (
                        <ul className="import-problems">
                          {event.errors.map((error, index) => (
                            <li key={index}>{error.message}</li>
                          ))}
                        </ul>
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </DataTable>
          )}
          {!canCommit && current.counts.events > 0 && (
            <Paragraph>{t('meetings.agendaImport.fixFirst')}</Paragraph>
          )}
          {canCommit && (
            <div className="button-row">
              <Button loading={form.busy} onClick={() => void form.submit(bodyOf('commit'))}>
                {t('meetings.icalImport.commit')}
              </Button>
            </div>
          )}
        </Section>
      )}
    </Page>
  );
}
