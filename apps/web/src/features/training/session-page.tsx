import { useCallback, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { Button, Paragraph, Select } from '@digdir/designsystemet-react';
import type { TrainingPeople, TrainingSession } from '@varn/contracts';
import { attendanceStatuses, formatCalendarDate, type AttendanceStatus } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { cancelSession, getSession, getTrainingPeople, recordAttendance } from '../../lib/api/training';
import { useQuery } from '../../lib/use-query';
import { useSubmit } from '../../lib/use-form-submit';
import { Page, Section } from '../../components/page';
import { FocusAlert, QueryView, SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { TextField } from '../../components/fields';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { AppLink } from '../../components/links';
import { attendanceChanges, peopleToShow } from './attendance';
import './training.css';

const loadPeople = (signal: AbortSignal): Promise<TrainingPeople> => getTrainingPeople(signal);

/** One session: its details, invitations and the attendance form (admin, security unit). */
export function SessionPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const session = useQuery(useCallback((signal: AbortSignal) => getSession(id, signal), [id]));
  const title =
    session.status === 'success'
      ? t('training.session.title', {
          course: session.data.course.name,
          date: formatCalendarDate(session.data.heldOn, locale),
        })
      : t('training.sessions.title');
  return (
    <Page title={title}>
      <Paragraph>
        <AppLink to="/training/sessions">{t('training.sessions.title')}</AppLink>
      </Paragraph>
      <QueryView query={session} loadingLabel={t('training.loading')}>
        {(data) => <SessionView session={data} onChange={session.setData} />}
      </QueryView>
    </Page>
  );
}

function SessionView({
  session,
  onChange,
}: {
  readonly session: TrainingSession;
  readonly onChange: (session: TrainingSession) => void;
}) {
  const { t, dateTime } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const cancel = useSubmit();
  return (
    <>
      <dl className="facts">
        <dt>{t('training.sessions.place')}</dt>
        <dd>{session.place ?? t(`training.mode.${session.mode}`)}</dd>
        <dt>{t('training.sessions.trainer')}</dt>
        <dd>{session.trainer ?? t('training.none')}</dd>
        <dt>{t('training.session.attendance')}</dt>
        <dd>
          {t('training.sessions.attendanceCounts', {
            attended: session.attended,
            excused: session.excused,
            absent: session.absent,
          })}
        </dd>
      </dl>
      {session.cancelled ? (
        <FocusAlert color="info">
          <Paragraph>{t('training.session.isCancelled')}</Paragraph>
        </FocusAlert>
      ) : (
        <>
          <AttendanceForm session={session} onSaved={onChange} />
          <div className="button-row">
            <Button variant="secondary" data-color="danger" onClick={() => setConfirming(true)}>
              {t('training.session.cancel')}
            </Button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={t('training.session.cancel')}
            confirmLabel={t('training.session.cancel')}
            busy={cancel.busy}
            error={cancel.errors?.message ?? null}
            onCancel={() => setConfirming(false)}
            onConfirm={() =>
              void cancel.run(async () => {
                onChange(await cancelSession(session.id));
                setConfirming(false);
              })
            }
          >
            <Paragraph>{t('training.session.cancelConfirm')}</Paragraph>
          </ConfirmDialog>
        </>
      )}
      {session.invitations.length > 0 && (
        <Section title={t('training.session.invitations')} id="session-invitations">
          <ul>
            {session.invitations.map((invitation) => (
              <li key={invitation.person.id}>
                {invitation.person.name}:{' '}
                {invitation.mailedAt
                  ? `${t('training.session.mailed')} ${dateTime(invitation.mailedAt)}`
                  : t('training.session.noMail')}
                {invitation.remindedAt &&
                  `, ${t('training.session.reminded')} ${dateTime(invitation.remindedAt)}`}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}

function AttendanceForm({
  session,
  onSaved,
}: {
  readonly session: TrainingSession;
  readonly onSaved: (session: TrainingSession) => void;
}) {
  const { t } = useI18n();
  const people = useQuery(loadPeople);
  const [search, setSearch] = useState('');
  const [draft, setDraft] = useState<ReadonlyMap<string, AttendanceStatus>>(new Map());
  const [saved, setSaved] = useState(0);
  const form = useSubmit();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const rows = attendanceChanges(session, draft);
    if (rows.length === 0) {
      form.fail({ message: t('training.session.nothingChanged'), fields: {} });
      return;
    }
    void form.run(async () => {
      onSaved(await recordAttendance(session.id, { rows }));
      setDraft(new Map());
      setSaved((n) => n + 1);
    });
  }
  return (
    <Section
      title={t('training.session.attendance')}
      id="session-attendance"
      description={<Paragraph>{t('training.session.attendanceIntro')}</Paragraph>}
    >
      <SuccessAlert count={saved}>{t('training.session.saved')}</SuccessAlert>
      <FormErrorSummary errors={form.errors} fields={{}} attempt={form.attempt} />
      <QueryView query={people} loadingLabel={t('training.loading')}>
        {({ people: everyone }) => {
          const shown = peopleToShow(everyone, session, draft, search);
          return (
            <form noValidate onSubmit={onSubmit}>
              <TextField
                id="attendance-search"
                label={t('training.session.search')}
                type="search"
                value={search}
                onChange={setSearch}
              />
              <Paragraph data-size="sm" aria-live="polite">
                {t('training.session.shown', { shown: shown.length, total: everyone.length })}
              </Paragraph>
              <ul className="attendance-list">
                {shown.map((person) => {
                  const selectId = `attendance-${person.id}`;
                  const recorded = session.attendance.find((row) => row.person.id === person.id)?.status;
                  const value = draft.get(person.id) ?? recorded ?? '';
                  return (
                    <li key={person.id} className="attendance-row">
                      <label htmlFor={selectId} className="attendance-row__name">
                        {person.name}
                      </label>
                      <Select
                        id={selectId}
                        value={value}
                        onChange={(event) => {
                          const status = attendanceStatuses.find(
                            (candidate) => candidate === event.target.value,
                          );
                          setDraft((current) => {
                            const next = new Map(current);
                            if (status) next.set(person.id, status);
                            else next.delete(person.id);
                            return next;
                          });
                        }}
                      >
                        <Select.Option value="" disabled={recorded !== undefined}>
                          {t('training.session.notRecorded')}
                        </Select.Option>
                        {attendanceStatuses.map((status) => (
                          <Select.Option key={status} value={status}>
                            {t(`training.attendance.${status}`)}
                          </Select.Option>
                        ))}
                      </Select>
                    </li>
                  );
                })}
              </ul>
              <div className="button-row">
                <Button type="submit" loading={form.busy}>
                  {t('training.session.save')}
                </Button>
              </div>
            </form>
          );
        }}
      </QueryView>
    </Section>
  );
}
