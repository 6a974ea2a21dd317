import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Inbox, InboxCase, InboxSection, MeetingList } from '@varn/contracts';
import { Action, readinessGapText, type Urgency } from '@varn/domain';
import { useI18n, type MessageKey } from '../../lib/i18n/i18n';
import { useMe } from '../../lib/session/session';
import { useCan } from '../../lib/session/access';
import { getInbox } from '../../lib/api/incidents';
import { getMeetings } from '../../lib/api/meetings';
import { useQuery } from '../../lib/use-query';
import { useNow } from '../../lib/use-now';
import { timeAgo } from '../../lib/durations';
import { roleNameInSentence } from '../../lib/labels';
import { severityName } from '../../lib/casework-labels';
import { policeStatusLabel, urgencyLabel } from '../../lib/incident-labels';
import { queueAddress } from '../../lib/queue-address';
import { Page } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { AppLink, ButtonLink } from '../../components/links';
import { LevelTag, type Level } from '../../components/level-tag';
import { MeetingRiskTag } from '../../components/meeting-risk-tag';
import { focusResults } from '../../components/pager';
import './inbox.css';

/**
 * "Översikt" for the security unit: its inbox (issue 9 §2). What needs action now — new cases
 * without a handler (acute first), open signals, police reports without a status update, cases
 * with overdue measures, reports to Arbetsmiljöverket due today — each with its count as a link
 * to the queue filtered the same way, and the first few cases. Other roles keep their overview.
 */
export function InboxPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const can = useCan();
  const inbox = useQuery(getInbox);
  return (
    <Page title={t('inbox.title')}>
      <Paragraph>
        {t('inbox.signedInAs', {
          role: roleNameInSentence(me.role, t, locale),
          organisation: me.organisation.name,
        })}{' '}
        {t('inbox.intro')}
      </Paragraph>
      <div className="button-row">
        {can(Action.SituationRead) && (
          <ButtonLink to="/situation" variant="secondary">
            {t('inbox.situation')}
          </ButtonLink>
        )}
        {can(Action.IncidentReport) && (
          <ButtonLink to="/report" variant="secondary">
            {t('inbox.report')}
          </ButtonLink>
        )}
      </div>
      <QueryView query={inbox} loadingLabel={t('inbox.loading')}>
        {(data) => <InboxSections inbox={data} />}
      </QueryView>
      {can(Action.MeetingList) && <ComingMeetings />}
    </Page>
  );
}

const sections: readonly {
  readonly name: 'unassigned' | 'policeUpdateDue' | 'overdueMeasures' | 'workEnvironmentDue';
  readonly heading: MessageKey;
  readonly none: MessageKey;
}[] = [
  { name: 'unassigned', heading: 'inbox.unassigned.heading', none: 'inbox.unassigned.none' },
  { name: 'policeUpdateDue', heading: 'inbox.police.heading', none: 'inbox.police.none' },
  { name: 'overdueMeasures', heading: 'inbox.overdue.heading', none: 'inbox.overdue.none' },
  {
    name: 'workEnvironmentDue',
    heading: 'inbox.workEnvironment.heading',
    none: 'inbox.workEnvironment.none',
  },
];

function InboxSections({ inbox }: { readonly inbox: Inbox }) {
  const [first, ...rest] = sections;
  return (
    <div className="inbox">
      {first && <CaseSection key={first.name} {...first} section={inbox[first.name]} />}
      <SignalSection signals={inbox.signals} />
      {rest.map((item) => (
        <CaseSection key={item.name} {...item} section={inbox[item.name]} />
      ))}
      <PartyGapSection gaps={inbox.partyGaps} />
    </div>
  );
}

/** A section: its heading, its count as a link to the rest, its first items or that there are none. */
function InboxPart({
  id,
  heading,
  count,
  link,
  none,
  children,
}: {
  readonly id: string;
  readonly heading: string;
  readonly count: number;
  readonly link: ReactNode;
  readonly none: string;
  readonly children: ReactNode;
}) {
  return (
    <section className="inbox__section" aria-labelledby={id} data-alert={count > 0}>
      <Heading level={2} data-size="xs" id={id} className="inbox__heading">
        <span className="inbox__count">{count}</span> <span>{heading}</span>
      </Heading>
      {count === 0 ? <Paragraph className="muted">{none}</Paragraph> : children}
      {count > 0 && <Paragraph>{link}</Paragraph>}
    </section>
  );
}

function CaseSection({
  name,
  heading,
  none,
  section,
}: {
  readonly name: string;
  readonly heading: MessageKey;
  readonly none: MessageKey;
  readonly section: InboxSection;
}) {
  const { t } = useI18n();
  return (
    <InboxPart
      id={`inbox-${name}`}
      heading={t(heading)}
      count={section.count}
      none={t(none)}
      link={
        <Link asChild className="inbox__all">
          <RouterLink to={queueAddress(section.filter)} state={focusResults}>
            {t(section.count === 1 ? 'inbox.showOne' : 'inbox.showAll', { n: section.count })}
          </RouterLink>
        </Link>
      }
    >
      <ul className="inbox__list">
        {section.cases.map((item) => (
          <li key={item.id} className="inbox__item">
            <CaseItem item={item} />
          </li>
        ))}
      </ul>
    </InboxPart>
  );
}

const severityLevels: Readonly<Record<NonNullable<InboxCase['severity']>, Level>> = {
  acute: 'critical',
  high: 'high',
  moderate: 'medium',
  low: 'low',
};

/** One case: its number (a link), severity, and what makes it need action. */
function CaseItem({ item }: { readonly item: InboxCase }) {
  const { t, date, locale } = useI18n();
  const now = useNow();
  const details: string[] = [t('inbox.reported', { ago: timeAgo(item.reportedAt, now, locale) })];
  if (item.policeReport)
    details.push(
      t('inbox.policeSince', {
        status: policeStatusLabel(item.policeReport.status, t),
        date: date(item.policeReport.statusChangedAt),
      }),
    );
  if (item.overdueMeasures > 0 && item.oldestOverdueDate)
    details.push(
      t(item.overdueMeasures === 1 ? 'inbox.overdueOne' : 'inbox.overdueMany', {
        n: item.overdueMeasures,
        date: date(item.oldestOverdueDate),
      }),
    );
  // The deadline is the end of the day the incident became known (Swedish time).
  if (item.workEnvironmentDeadline)
    details.push(
      Date.parse(item.workEnvironmentDeadline) <= now.getTime()
        ? t('inbox.deadlinePassed', { date: date(item.reportedAt) })
        : t('inbox.deadlineToday'),
    );
  return (
    <>
      <span className="inbox__case">
        <AppLink to={`/incidents/${item.id}`}>{item.reference}</AppLink>
        <LevelTag level={item.severity === null ? 'none' : severityLevels[item.severity]}>
          {severityName(item.severity, t)}
        </LevelTag>
        {item.ongoing && (
          <Tag data-color="danger" data-size="sm">
            {t('casework.ongoing')}
          </Tag>
        )}
      </span>
      <span className="inbox__details">{details.join(' · ')}</span>
      <span className="inbox__excerpt">{item.excerpt}</span>
    </>
  );
}

const urgencyLevels: Readonly<Record<Urgency, Level>> = { high: 'high', medium: 'medium', low: 'low' };

function SignalSection({ signals }: { readonly signals: Inbox['signals'] }) {
  const { t, locale } = useI18n();
  const now = useNow();
  return (
    <InboxPart
      id="inbox-signals"
      heading={t('inbox.signals.heading')}
      count={signals.count}
      none={t('inbox.signals.none')}
      link={
        <Link asChild className="inbox__all">
          <RouterLink to="/signals">
            {t(signals.count === 1 ? 'inbox.signals.showOne' : 'inbox.signals.showAll', { n: signals.count })}
          </RouterLink>
        </Link>
      }
    >
      <ul className="inbox__list">
        {signals.signals.map((signal) => (
          <li key={signal.id} className="inbox__item">
            <span className="inbox__case">
              <LevelTag level={urgencyLevels[signal.urgency]}>{urgencyLabel(signal.urgency, t)}</LevelTag>
              <span className="inbox__details">{timeAgo(signal.createdAt, now, locale)}</span>
            </span>
            <span className="inbox__excerpt">{signal.excerpt}</span>
          </li>
        ))}
      </ul>
    </InboxPart>
  );
}

/** The parties without a security contact, a deputy or a recent contact (issue 11 §2). */
function PartyGapSection({ gaps }: { readonly gaps: Inbox['partyGaps'] }) {
  const { t, locale } = useI18n();
  return (
    <InboxPart
      id="inbox-party-gaps"
      heading={t('inbox.partyGaps.heading')}
      count={gaps.length}
      none={t('inbox.partyGaps.none')}
      link={
        <Link asChild className="inbox__all">
          <RouterLink to="/admin/party-contacts">{t('inbox.partyGaps.link')}</RouterLink>
        </Link>
      }
    >
      <ul className="inbox__list">
        {gaps.map((entry) => (
          <li key={entry.party.id} className="inbox__item">
            <span className="inbox__case">{entry.party.name}</span>
            <span className="inbox__excerpt">
              {entry.gaps.map((gap) => readinessGapText[gap][locale]).join(', ')}
            </span>
          </li>
        ))}
      </ul>
    </InboxPart>
  );
}

/** How far ahead the inbox looks for meetings with a risk (issue 10: "the next 14 days"). */
const comingDays = 14;

const loadComingMeetings = (signal: AbortSignal): Promise<MeetingList> => {
  const now = Date.now();
  return getMeetings(
    {
      from: new Date(now).toISOString(),
      to: new Date(now + comingDays * 86_400_000).toISOString(),
      status: 'planned',
      limit: 200,
    },
    signal,
  );
};

/** Planned meetings of the next 14 days whose risk is moderate or high, soonest first. */
function ComingMeetings() {
  const { t, dateTime } = useI18n();
  const meetings = useQuery(loadComingMeetings);
  return (
    <QueryView query={meetings} loadingLabel={t('inbox.meetings.loading')}>
      {(data) => {
        const risky = data.meetings.filter(
          (meeting) => meeting.risk.level === 'high' || meeting.risk.level === 'moderate',
        );
        return (
          <div className="inbox">
            <InboxPart
              id="inbox-meetings"
              heading={t('inbox.meetings.heading', { days: comingDays })}
              count={risky.length}
              none={t('inbox.meetings.none', { days: comingDays })}
              link={<AppLink to="/meetings?view=list">{t('inbox.meetings.all')}</AppLink>}
            >
              <ul className="inbox__list">
                {risky.slice(0, 5).map((meeting) => (
                  <li key={meeting.id} className="inbox__item">
                    <span className="inbox__case">
                      <AppLink to={`/meetings/${meeting.id}`}>{meeting.title}</AppLink>
                      <MeetingRiskTag level={meeting.risk.level} />
                    </span>
                    <span className="inbox__details">{dateTime(meeting.startsAt)}</span>
                  </li>
                ))}
              </ul>
            </InboxPart>
          </div>
        );
      }}
    </QueryView>
  );
}
