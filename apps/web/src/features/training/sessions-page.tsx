import { useState, type FormEvent } from 'react';
import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { createTrainingSessionBodySchema, type CourseList, type TrainingSessionList } from '@varn/contracts';
import { formatCalendarDate, sessionModes, type SessionMode } from '@varn/domain';
import { useNavigate } from 'react-router';
import { useI18n } from '../../lib/i18n/i18n';
import { createSession, getCourses, getSessions } from '../../lib/api/training';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit } from '../../lib/use-form-submit';
import { todayInSweden } from '../../lib/stockholm-dates';
import { Page, Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { RadioGroup, SelectField, TextField } from '../../components/fields';
import { DateField } from '../../components/extra-fields';
import { AppLink } from '../../components/links';
import { ResponsiveTable } from '../../components/responsive-table';
import './training.css';

const loadSessions = (signal: AbortSignal): Promise<TrainingSessionList> => getSessions(signal);
const loadCourses = (signal: AbortSignal): Promise<CourseList> => getCourses(signal);

/** "Tillfällen" (admin, security unit): every session, the latest first, and a form to plan one. */
export function SessionsPage() {
  const { t, locale } = useI18n();
  const sessions = useQuery(loadSessions);
  return (
    <Page title={t('training.sessions.title')}>
      <Paragraph>
        <AppLink to="/training">{t('training.backToOverview')}</AppLink>
      </Paragraph>
      <Paragraph>{t('training.sessions.intro')}</Paragraph>
      <NewSessionForm />
      <Section title={t('training.sessions.title')} id="sessions-list">
        <QueryView query={sessions} loadingLabel={t('training.loading')}>
          {({ sessions: list }) =>
            list.length === 0 ? (
              <Paragraph>{t('training.sessions.empty')}</Paragraph>
            ) : (
              <ResponsiveTable
                label={t('training.sessions.title')}
                rows={list}
                rowKey={(session) => session.id}
                columns={[
                  {
                    label: t('training.col.date'),
                    render: (session) => (
                      <AppLink to={`/training/sessions/${session.id}`}>
                        {formatCalendarDate(session.heldOn, locale)}
                      </AppLink>
                    ),
                  },
                  { label: t('training.col.course'), render: (session) => session.course.name },
                  {
                    label: t('training.col.place'),
                    render: (session) => session.place ?? t(`training.mode.${session.mode}`),
                  },
                  {
                    label: t('training.session.attendance'),
                    render: (session) =>
                      session.cancelled ? (
                        <Tag data-color="neutral" data-size="sm">
                          {t('training.sessions.cancelled')}
                        </Tag>
                      ) : (
                        t('training.sessions.attendanceCounts', {
                          attended: session.attended,
                          excused: session.excused,
                          absent: session.absent,
                        })
                      ),
                  },
                ]}
              />
            )
          }
        </QueryView>
      </Section>
    </Page>
  );
}

function NewSessionForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const courses = useQuery(loadCourses);
  const [courseId, setCourseId] = useState('');
  const [heldOn, setHeldOn] = useState(todayInSweden);
  const [mode, setMode] = useState<SessionMode>('in_person');
  const [place, setPlace] = useState('');
  const [trainer, setTrainer] = useState('');
  const form = useFormSubmit(createTrainingSessionBodySchema, async (body) => {
    const created = await createSession(body);
    void navigate(`/training/sessions/${created.id}`);
  });
  const fields = {
    courseId: { id: 'session-course', label: t('training.sessions.course') },
    heldOn: { id: 'session-date', label: t('training.sessions.date') },
    mode: { id: 'session-mode', label: t('training.sessions.mode') },
    place: { id: 'session-place', label: t('training.sessions.place') },
    trainer: { id: 'session-trainer', label: t('training.sessions.trainer') },
  };
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ courseId: courseId || undefined, heldOn, mode, place, trainer });
  }
  const active =
    courses.status === 'success' ? courses.data.courses.filter((course) => !course.archived) : [];
  return (
    <Section title={t('training.sessions.new')} id="session-new">
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <form className="training-form" noValidate onSubmit={onSubmit}>
        <SelectField
          {...fields.courseId}
          required
          value={courseId}
          onChange={setCourseId}
          placeholder=""
          error={form.errors?.fields.courseId}
          options={active.map((course) => ({ value: course.id, label: course.name }))}
        />
        <DateField
          {...fields.heldOn}
          required
          value={heldOn}
          onChange={setHeldOn}
          error={form.errors?.fields.heldOn}
        />
        <RadioGroup
          id={fields.mode.id}
          name="session-mode"
          legend={fields.mode.label}
          value={mode}
          onChange={(value) => setMode(sessionModes.find((candidate) => candidate === value) ?? 'in_person')}
          options={sessionModes.map((value) => ({ value, label: t(`training.mode.${value}`) }))}
        />
        <TextField {...fields.place} value={place} onChange={setPlace} error={form.errors?.fields.place} />
        <TextField
          {...fields.trainer}
          value={trainer}
          onChange={setTrainer}
          error={form.errors?.fields.trainer}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('training.sessions.schedule')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
