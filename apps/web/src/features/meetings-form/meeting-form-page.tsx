import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import {
  createMeetingBodySchema,
  issuesToFields,
  updateMeetingBodySchema,
  type BodyList,
  type MeetingDetail,
  type VenueList,
} from '@varn/contracts';
import {
  meetingStatuses,
  meetingTextLimits,
  meetingTypes,
  maxAudience,
  type MeetingStatus,
} from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { createMeeting, getBodies, getMeeting, getVenues, updateMeeting } from '../../lib/api/meetings';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit } from '../../lib/use-form-submit';
import type { FormErrors, ValidatingSchema } from '../../lib/errors';
import { meetingStatusLabel, meetingTypeLabel } from '../../lib/meeting-labels';
import { Page } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder, type FieldTargets } from '../../components/form-fields';
import { SelectField, TextField } from '../../components/fields';
import { TextAreaField } from '../../components/extra-fields';
import { CheckboxField } from '../../components/choice-fields';
import { AppLink } from '../../components/links';
import {
  defaultEnd,
  emptyMeetingValues,
  errorsAsFixed,
  meetingBodyOf,
  meetingFieldOrder,
  meetingValuesOf,
  withType,
  type MeetingField,
  type MeetingValues,
} from './meeting-form';
import { AgendaEditor } from './agenda-editor';
import './meetings-form.css';

interface Choices {
  readonly bodies: BodyList;
  readonly venues: VenueList;
}

const loadChoices = async (signal: AbortSignal): Promise<Choices> => {
  const [bodies, venues] = await Promise.all([getBodies(signal), getVenues(signal)]);
  return { bodies, venues };
};

/** "Nytt möte" (security unit, secretaries): the meeting first; its agenda on the meeting's edit page. */
export function NewMeetingPage() {
  const { t } = useI18n();
  const choices = useQuery(loadChoices);
  return (
    <Page title={t('meetings.form.newTitle')}>
      <Paragraph>
        <AppLink to="/meetings">{t('meetings.backToCalendar')}</AppLink>
      </Paragraph>
      <Paragraph>{t('meetings.form.intro')}</Paragraph>
      <QueryView query={choices} loadingLabel={t('meetings.form.loadingChoices')}>
        {(data) => <MeetingForm choices={data} meeting={null} />}
      </QueryView>
    </Page>
  );
}

/** "Ändra mötet": the meeting's facts and status, and its agenda. */
export function EditMeetingPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const load = useCallback(
    async (signal: AbortSignal) => {
      const [meeting, choices] = await Promise.all([getMeeting(id, signal), loadChoices(signal)]);
      return { meeting, choices };
    },
    [id],
  );
  const data = useQuery(load);
  const { hash } = useLocation();
  const loaded = data.status === 'success';
  // "Ändra dagordningen" on the meeting page leads straight to the agenda.
  useEffect(() => {
    if (!loaded || hash !== '#agenda') return;
    const timer = window.setTimeout(() => {
      const heading = document.getElementById('agenda-heading');
      heading?.focus();
      heading?.scrollIntoView({ block: 'start' });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [loaded, hash]);
  return (
    <Page title={t('meetings.form.editTitle')}>
      {data.status === 'success' && (
        <Paragraph>
          <AppLink to={`/meetings/${data.data.meeting.id}`}>{data.data.meeting.title}</AppLink>
        </Paragraph>
      )}
      <QueryView query={data} loadingLabel={t('meetings.meeting.loading')}>
        {({ meeting, choices }) => (
          <>
            <MeetingForm choices={choices} meeting={meeting} />
            <AgendaEditor
              key={meeting.id}
              meeting={meeting}
              onSaved={(saved) => data.setData({ meeting: saved, choices })}
            />
          </>
        )}
      </QueryView>
    </Page>
  );
}

function MeetingForm({
  choices,
  meeting,
}: {
  readonly choices: Choices;
  readonly meeting: MeetingDetail | null;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const editing = meeting !== null;
  const [values, setValues] = useState<MeetingValues>(() =>
    meeting ? meetingValuesOf(meeting) : emptyMeetingValues(),
  );
  /** The values as they were when the shown errors came, and whether the server gave them. */
  const [sent, setSent] = useState<{ readonly values: MeetingValues; readonly fromServer: boolean } | null>(
    null,
  );
  const schema: ValidatingSchema<unknown> = editing ? updateMeetingBodySchema : createMeetingBodySchema;

  const submission = useFormSubmit(
    schema,
    async (body) => {
      if (meeting) {
        const saved = await updateMeeting(meeting.id, body as Parameters<typeof updateMeeting>[1]);
        void navigate(`/meetings/${saved.id}`, { state: { saved: true } });
      } else {
        const created = await createMeeting(body as Parameters<typeof createMeeting>[0]);
        void navigate(`/meetings/${created.id}`, { state: { created: true } });
      }
    },
    {
      onError: (_error, found) => {
        setSent((previous) => previous && { ...previous, fromServer: true });
        return found;
      },
    },
  );

  // After the first failed submit every change checks the form again: an error goes as soon as its
  // field is fixed, and a new one shows at once (as in the report form).
  const live = (): FormErrors => {
    const checked = schema.safeParse(meetingBodyOf(values, editing), { reportInput: true });
    return {
      message: t('form.fixErrors'),
      fields: checked.success ? {} : issuesToFields(checked.error.issues, i18n.locale),
    };
  };
  const errors =
    submission.errors && sent
      ? errorsAsFixed({ errors: submission.errors, ...sent }, live(), values, meetingFieldOrder)
      : submission.errors;

  const label: Record<MeetingField, string> = {
    type: t('meetings.form.type'),
    title: t('meetings.form.title'),
    bodyId: t('meetings.form.body'),
    venueId: t('meetings.form.venue'),
    room: t('meetings.form.room'),
    startsAt: t('meetings.form.startsAt'),
    endsAt: t('meetings.form.endsAt'),
    isPublic: t('meetings.form.isPublic'),
    organiser: t('meetings.form.organiser'),
    expectedAudience: t('meetings.form.expectedAudience'),
    description: t('meetings.form.description'),
    status: t('meetings.form.status'),
  };
  const fields = Object.fromEntries(
    meetingFieldOrder.map((name) => [name, { id: `meeting-${name}`, label: label[name] }]),
  ) as FieldTargets<MeetingField>;
  const field = fieldBinder(fields, errors);
  const set =
    <K extends keyof MeetingValues>(name: K) =>
    (value: MeetingValues[K]) =>
      setValues((previous) => ({ ...previous, [name]: value }));

  const venue = choices.venues.venues.find((candidate) => candidate.id === values.venueId);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submission.busy) return;
    setSent({ values, fromServer: false });
    void submission.submit(meetingBodyOf(values, editing));
  }

  return (
    <>
      <FormErrorSummary errors={errors} fields={fields} attempt={submission.attempt} />
      <form className="form form--wide" noValidate onSubmit={onSubmit}>
        <SelectField
          {...field('type')}
          required
          value={values.type}
          onChange={(type) => setValues((previous) => withType(previous, type as MeetingValues['type']))}
          options={meetingTypes.map((type) => ({ value: type, label: meetingTypeLabel(type, t) }))}
        />
        <TextField
          {...field('title')}
          required
          description={t('meetings.form.titleHelp')}
          value={values.title}
          onChange={set('title')}
          maxLength={meetingTextLimits.title}
        />
        <SelectField
          {...field('bodyId')}
          value={values.bodyId}
          onChange={set('bodyId')}
          placeholder={t('meetings.form.noBody')}
          options={choices.bodies.bodies
            .filter((body) => !body.archived || body.id === values.bodyId)
            .map((body) => ({ value: body.id, label: body.name }))}
        />
        <div className="form--grid">
          <TextField
            {...field('startsAt')}
            required
            type="datetime-local"
            description={t('meetings.form.timeHelp')}
            value={values.startsAt}
            onChange={(startsAt) =>
              setValues((previous) => ({
                ...previous,
                startsAt,
                endsAt: previous.endsAt === '' ? defaultEnd(startsAt) : previous.endsAt,
              }))
            }
          />
          <TextField
            {...field('endsAt')}
            required
            type="datetime-local"
            description={t('meetings.form.timeHelp')}
            value={values.endsAt}
            onChange={set('endsAt')}
          />
        </div>
        <SelectField
          {...field('venueId')}
          value={values.venueId}
          onChange={set('venueId')}
          placeholder={t('meetings.form.noVenue')}
          options={choices.venues.venues
            .filter((candidate) => !candidate.archived || candidate.id === values.venueId)
            .map((candidate) => ({ value: candidate.id, label: candidate.name }))}
        />
        <TextField
          {...field('room')}
          value={values.room}
          onChange={set('room')}
          maxLength={meetingTextLimits.room}
          {...(venue && venue.rooms.length > 0 ? { description: venue.rooms.join(', ') } : {})}
        />
        <CheckboxField
          id={fields.isPublic.id}
          label={fields.isPublic.label}
          {...(values.publicChosen ? {} : { description: t('meetings.form.publicHelpDefault') })}
          checked={values.isPublic}
          error={errors?.fields.isPublic}
          onChange={(isPublic) => setValues((previous) => ({ ...previous, isPublic, publicChosen: true }))}
        />
        <TextField
          {...field('organiser')}
          value={values.organiser}
          onChange={set('organiser')}
          maxLength={meetingTextLimits.organiser}
        />
        <TextField
          {...field('expectedAudience')}
          type="number"
          inputMode="numeric"
          min={0}
          max={maxAudience}
          value={values.expectedAudience}
          onChange={set('expectedAudience')}
        />
        <TextAreaField
          {...field('description')}
          value={values.description}
          onChange={set('description')}
          maxLength={meetingTextLimits.description}
        />
        {editing && (
          <SelectField
            {...field('status')}
            value={values.status}
            onChange={(status) => set('status')(status as MeetingStatus)}
            options={meetingStatuses.map((status) => ({
              value: status,
              label: meetingStatusLabel(status, t),
            }))}
          />
        )}
        <div className="button-row">
          <Button type="submit" loading={submission.busy}>
            {t(editing ? 'meetings.form.save' : 'meetings.form.create')}
          </Button>
        </div>
      </form>
    </>
  );
}
