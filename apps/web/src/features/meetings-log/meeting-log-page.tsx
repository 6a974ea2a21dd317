import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Alert, Button, Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { logEntryKinds, meetingLogTextLimits, orderLogEntries, type LogEntryKind } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useMe } from '../../lib/session/session';
import { useQuery } from '../../lib/use-query';
import { dateTimeInputToIso, toDateTimeInputValue } from '../../lib/stockholm-dates';
import {
  followMeetingLog,
  getMeetingLog,
  getMeetingOfPlan,
  makeIncidentOfLogEntry,
  unfollowMeetingLog,
  type LogEntryView,
} from '../../lib/api/meeting-plans';
import type { MeetingLog } from '@varn/contracts';
import { Page } from '../../components/page';
import { ErrorAlert, QueryView } from '../../components/feedback';
import { AppLink } from '../../components/links';
import { TextField } from '../../components/fields';
import { TextAreaField } from '../../components/extra-fields';
import { useLogQueue } from './use-log-queue';
import type { LogQueue, LogQueueState } from './log-queue';
import { logKindLabel, mergeLog, occurredAtProblem, type LogRow } from './log-rows';
import './meetings-log.css';

/** How often the log is fetched again while the page is open: others write too. */
const refreshMs = 30_000;

/**
 * "Händelselogg" (issue 10 §3): the live log of a meeting, written on a phone in the hall. Big
 * quick buttons log at once; entries are kept on the phone and sent when there is a connection
 * (`log-queue.ts`), so nothing is lost in a basement hall without coverage.
 */
export function MeetingLogPage() {
  const { t, dateTime } = useI18n();
  const { id = '' } = useParams();
  const me = useMe();
  const load = useCallback((signal: AbortSignal) => getMeetingLog(id, signal), [id]);
  const log = useQuery(load);
  const loadMeeting = useCallback((signal: AbortSignal) => getMeetingOfPlan(id, signal), [id]);
  const meeting = useQuery(loadMeeting);
  const { queue, state } = useLogQueue(me.id);
  const { setData } = log;
  const stored = log.status === 'success' ? log.data : null;

  // An entry the server stored joins the list at once, without waiting for the next fetch.
  useEffect(
    () =>
      queue.onSent((entry, saved) => {
        if (entry.meetingId !== id || !stored) return;
        setData({ ...stored, entries: [...stored.entries.filter((e) => e.id !== saved.id), saved] });
      }),
    [queue, id, stored, setData],
  );

  // Others write too: fetch again now and then, quietly (a failure keeps what is shown).
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      getMeetingLog(id).then(setData, () => undefined);
    }, refreshMs);
    return () => window.clearInterval(timer);
  }, [id, setData]);

  return (
    <Page
      title={
        meeting.status === 'success'
          ? t('meetingLog.titleOf', { title: meeting.data.title })
          : t('meetingLog.title')
      }
      heading={t('meetingLog.title')}
    >
      {meeting.status === 'success' && (
        <Paragraph>
          {t('meetingLog.meeting', { title: meeting.data.title, time: dateTime(meeting.data.startsAt) })}
        </Paragraph>
      )}
      <Paragraph>
        <AppLink to={`/meetings/${encodeURIComponent(id)}`}>{t('meetingLog.backToMeeting')}</AppLink>
      </Paragraph>
      <QueueStatus state={state} meetingId={id} onSendNow={() => queue.start()} />
      <Problems state={state} meetingId={id} queue={queue} />
      <NewEntry meetingId={id} queue={queue} />
      <QueryView query={log} loadingLabel={t('meetingLog.loading')}>
        {(data) => (
          <>
            <FollowToggle meetingId={id} log={data} onChange={setData} />
            <Entries
              meetingId={id}
              rows={mergeLog(data.entries, state.entries, id, me)}
              onEntry={(entry) =>
                setData({ ...data, entries: data.entries.map((e) => (e.id === entry.id ? entry : e)) })
              }
            />
          </>
        )}
      </QueryView>
      {log.status === 'error' && state.entries.some((entry) => entry.meetingId === id) && (
        <Entries meetingId={id} rows={mergeLog([], state.entries, id, me)} onEntry={() => undefined} />
      )}
    </Page>
  );
}

/** "Inte skickade än (2)" or "Allt är skickat", and why it waits. */
function QueueStatus({
  state,
  meetingId,
  onSendNow,
}: {
  readonly state: LogQueueState;
  readonly meetingId: string;
  readonly onSendNow: () => void;
}) {
  const { t, timestamp } = useI18n();
  const waiting = state.entries.filter((entry) => entry.meetingId === meetingId && entry.problem === null);
  const { activity } = state;
  const why =
    activity.state === 'offline'
      ? t('meetingLog.status.offline')
      : activity.state === 'unauthenticated'
        ? t('meetingLog.status.unauthenticated')
        : activity.state === 'waiting'
          ? t('meetingLog.status.waiting', { time: timestamp(activity.until).slice(11, 19) })
          : activity.state === 'sending'
            ? t('meetingLog.status.sending')
            : null;
  return (
    <div className="log-status" data-pending={waiting.length > 0}>
      <Paragraph role="status">
        <strong>
          {waiting.length === 0
            ? t('meetingLog.status.allSent')
            : t('meetingLog.status.notSent', { n: waiting.length })}
        </strong>
        {waiting.length > 0 && why !== null && <> {why}</>}
      </Paragraph>
      {!state.persisted && <Paragraph data-size="sm">{t('meetingLog.status.notPersisted')}</Paragraph>}
      {waiting.length > 0 && <Paragraph data-size="sm">{t('meetingLog.status.dontLogOut')}</Paragraph>}
      {waiting.length > 0 && activity.state === 'waiting' && (
        <Button variant="secondary" data-size="sm" onClick={onSendNow}>
          {t('meetingLog.status.sendNow')}
        </Button>
      )}
    </div>
  );
}

/** Entries the server refused: why, and send again or give up. */
function Problems({
  state,
  meetingId,
  queue,
}: {
  readonly state: LogQueueState;
  readonly meetingId: string;
  readonly queue: LogQueue<LogEntryView>;
}) {
  const { t, dateTime } = useI18n();
  const refused = state.entries.filter((entry) => entry.meetingId === meetingId && entry.problem !== null);
  if (refused.length === 0) return null;
  return (
    <Alert data-color="danger">
      <Heading level={2} data-size="xs">
        {t('meetingLog.problems.heading', { n: refused.length })}
      </Heading>
      <ul className="log-problems">
        {refused.map((entry) => (
          <li key={entry.id}>
            <Paragraph>
              <strong>{logKindLabel(entry.kind, t)}</strong> {dateTime(entry.occurredAt)}
              {entry.text !== '' && <> – {entry.text}</>}
            </Paragraph>
            <Paragraph data-size="sm">{entry.problem?.message || t('meetingLog.problems.generic')}</Paragraph>
            <div className="button-row">
              <Button variant="secondary" data-size="sm" onClick={() => queue.retry(entry.id)}>
                {t('meetingLog.problems.retry')}
              </Button>
              <Button variant="tertiary" data-size="sm" onClick={() => queue.discard(entry.id)}>
                {t('meetingLog.problems.discard')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** The quick buttons, with optional words and the time (now unless changed). */
function NewEntry({
  meetingId,
  queue,
}: {
  readonly meetingId: string;
  readonly queue: LogQueue<LogEntryView>;
}) {
  const { t, dateTime } = useI18n();
  const [text, setText] = useState('');
  const [customTime, setCustomTime] = useState<string | null>(null);
  const [logged, setLogged] = useState<{ readonly n: number; readonly text: string } | null>(null);
  const timeIso = customTime === null ? undefined : dateTimeInputToIso(customTime);
  const timeProblem = customTime === null ? null : occurredAtProblem(timeIso, new Date());
  const timeInvalid = timeProblem !== null;

  function log(kind: LogEntryKind) {
    if (timeInvalid) return;
    const occurredAt = timeIso ?? new Date().toISOString();
    queue.add(meetingId, { kind, text: text.trim(), occurredAt });
    setText('');
    setCustomTime(null);
    setLogged((previous) => ({
      n: (previous?.n ?? 0) + 1,
      text: t('meetingLog.new.logged', { kind: logKindLabel(kind, t), time: dateTime(occurredAt) }),
    }));
  }

  return (
    <section className="section" aria-labelledby="log-new-heading">
      <Heading level={2} data-size="sm" id="log-new-heading">
        {t('meetingLog.new.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('meetingLog.new.intro')}</Paragraph>
      <TextAreaField
        id="log-new-text"
        label={t('meetingLog.new.text')}
        description={t('meetingLog.new.textHelp')}
        value={text}
        onChange={setText}
        rows={2}
        maxLength={meetingLogTextLimits.entry}
        error={undefined}
      />
      {customTime === null ? (
        <Paragraph className="log-time">
          {t('meetingLog.new.timeNow')}{' '}
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => setCustomTime(toDateTimeInputValue(new Date()))}
          >
            {t('meetingLog.new.changeTime')}
          </Button>
        </Paragraph>
      ) : (
        <div className="log-time">
          <TextField
            id="log-new-time"
            label={t('meetingLog.new.time')}
            type="datetime-local"
            value={customTime}
            onChange={setCustomTime}
            error={
              timeProblem === 'invalid'
                ? t('meetingLog.new.timeInvalid')
                : timeProblem === 'future'
                  ? t('meetingLog.new.timeFuture')
                  : undefined
            }
          />
          <Button variant="tertiary" data-size="sm" onClick={() => setCustomTime(null)}>
            {t('meetingLog.new.useNow')}
          </Button>
        </div>
      )}
      <div className="log-buttons" role="group" aria-label={t('meetingLog.new.buttonsLabel')}>
        {logEntryKinds.map((kind) => (
          <Button
            key={kind}
            className="log-button"
            data-kind={kind}
            variant={kind === 'note' ? 'secondary' : 'primary'}
            aria-disabled={timeInvalid || undefined}
            onClick={() => log(kind)}
          >
            {logKindLabel(kind, t)}
          </Button>
        ))}
      </div>
      <div role="status" className="log-announce">
        {logged && <Paragraph key={logged.n}>{logged.text}</Paragraph>}
      </div>
    </section>
  );
}

/** Follow the log: mail about new entries. */
function FollowToggle({
  meetingId,
  log,
  onChange,
}: {
  readonly meetingId: string;
  readonly log: MeetingLog;
  readonly onChange: (log: MeetingLog) => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function toggle() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { following } = log.following
        ? await unfollowMeetingLog(meetingId)
        : await followMeetingLog(meetingId);
      onChange({ ...log, following });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="subsection">
      <Paragraph>
        {log.following ? t('meetingLog.follow.following') : t('meetingLog.follow.notFollowing')}
      </Paragraph>
      <Button variant="secondary" data-size="sm" loading={busy} onClick={() => void toggle()}>
        {log.following ? t('meetingLog.follow.unfollow') : t('meetingLog.follow.follow')}
      </Button>
      {error !== null && <ErrorAlert error={error} />}
    </div>
  );
}

/** The log, newest first: who, when, what, and whether it has been sent. */
function Entries({
  meetingId,
  rows,
  onEntry,
}: {
  readonly meetingId: string;
  readonly rows: readonly LogRow[];
  readonly onEntry: (entry: LogEntryView) => void;
}) {
  const { t } = useI18n();
  const newestFirst = useMemo(() => orderLogEntries(rows).reverse(), [rows]);
  return (
    <section className="section" aria-labelledby="log-entries-heading">
      <Heading level={2} data-size="sm" id="log-entries-heading">
        {t('meetingLog.entries.heading', { n: rows.length })}
      </Heading>
      {newestFirst.length === 0 ? (
        <Paragraph>{t('meetingLog.entries.empty')}</Paragraph>
      ) : (
        <ul className="log-entries">
          {newestFirst.map((row) => (
            <li key={row.id}>
              <EntryCard meetingId={meetingId} row={row} onEntry={onEntry} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function EntryCard({
  meetingId,
  row,
  onEntry,
}: {
  readonly meetingId: string;
  readonly row: LogRow;
  readonly onEntry: (entry: LogEntryView) => void;
}) {
  const { t, dateTime } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [made, setMade] = useState(false);
  const incidentLink = useRef<HTMLAnchorElement>(null);
  const kind = logKindLabel(row.kind, t);
  // The button is replaced by the link to the case: focus follows, so the keyboard is not lost.
  useEffect(() => {
    if (made) incidentLink.current?.focus();
  }, [made]);
  async function makeIncident(entry: LogEntryView) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const incident = await makeIncidentOfLogEntry(meetingId, entry.id);
      onEntry({ ...entry, incident: { id: incident.incidentId, reference: incident.reference } });
      setMade(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Card data-color={row.status === 'sent' ? 'neutral' : 'warning'} className="log-entry">
      <Card.Block className="stack">
        <Heading level={3} data-size="2xs">
          {kind} <span className="muted">{dateTime(row.occurredAt.toISOString())}</span>
        </Heading>
        {row.text !== '' && <p className="log-entry__text">{row.text}</p>}
        <Paragraph data-size="sm">
          {row.by === null ? t('meetingLog.entries.byUnknown') : t('meetingLog.entries.by', { name: row.by })}{' '}
          {row.status === 'sent' ? (
            <Tag data-color="success" data-size="sm">
              {t('meetingLog.entries.sent')}
            </Tag>
          ) : row.status === 'refused' ? (
            <Tag data-color="danger" data-size="sm">
              {t('meetingLog.entries.refused')}
            </Tag>
          ) : (
            <Tag data-color="warning" data-size="sm">
              {t('meetingLog.entries.notSent')}
            </Tag>
          )}
        </Paragraph>
        {row.stored?.incident ? (
          <Paragraph data-size="sm">
            <Link asChild>
              <RouterLink ref={incidentLink} to={`/incidents/${encodeURIComponent(row.stored.incident.id)}`}>
                {t('meetingLog.entries.incidentLink', { reference: row.stored.incident.reference })}
              </RouterLink>
            </Link>
          </Paragraph>
        ) : (
          row.stored && (
            <div className="button-row">
              <Button
                variant="secondary"
                data-size="sm"
                loading={busy}
                onClick={() => row.stored && void makeIncident(row.stored)}
                aria-label={t('meetingLog.entries.makeIncidentLabel', {
                  kind,
                  time: dateTime(row.occurredAt.toISOString()),
                })}
              >
                {t('meetingLog.entries.makeIncident')}
              </Button>
            </div>
          )
        )}
        {error !== null && <ErrorAlert error={error} />}
      </Card.Block>
    </Card>
  );
}
