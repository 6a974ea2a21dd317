import { useCallback, useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { BodyList, MeetingList, MeetingListItem } from '@varn/contracts';
import { Action, formatCalendarDate, meetingTypes, MeetingStatus } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import { getBodies, getMeetings } from '../../lib/api/meetings';
import { useQuery } from '../../lib/use-query';
import { meetingStatusLabel, meetingTypeLabel, riskReasonText } from '../../lib/meeting-labels';
import { todayInSweden } from '../../lib/stockholm-dates';
import { Page, Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { SelectField } from '../../components/fields';
import { AppLink, ButtonLink } from '../../components/links';
import { focusResults, ResultsSection } from '../../components/pager';
import { MeetingRiskTag } from '../../components/meeting-risk-tag';
import {
  calendarSearch,
  CalendarView,
  calendarViews,
  daysShown,
  dayHeat,
  groupBySwedishDay,
  isoWeekday,
  monthGrid,
  monthOf,
  monthTitle,
  periodOfDays,
  readCalendarAddress,
  stepDay,
  swedishClock,
  swedishDayOf,
  weekdays,
  weekOf,
  type CalendarAddress,
} from './calendar-dates';
import './calendar.css';

/** Most meetings one view asks for: a busy month of a large municipality fits. */
const maxMeetings = 500;

/** Phones (360 px and up to the layout's narrow breakpoint) start in the list. */
const narrowQuery = '(max-width: 48em)';
const isNarrow = (): boolean =>
  typeof window !== 'undefined' && window.matchMedia?.(narrowQuery).matches === true;

const loadBodies = (signal: AbortSignal): Promise<BodyList> => getBodies(signal);

/**
 * "Möten", the risk heat calendar (issue 10 §1): coming meetings by month, week or as a list,
 * each with its risk level in words and as a symbol (never colour alone), filtered by body and
 * type. The address holds the view, the day and the filters, so "back" from a meeting returns
 * here; on a phone the list is shown unless another view was chosen.
 */
export function CalendarPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const [params] = useSearchParams();
  const [narrow] = useState(isNarrow);
  const today = todayInSweden();
  const address = readCalendarAddress(params, today, narrow);
  const { first, last } = daysShown(address.view, address.day);
  const { bodyId, type } = address;

  const load = useCallback(
    (signal: AbortSignal) =>
      getMeetings(
        {
          ...periodOfDays(first, last),
          ...(bodyId === '' ? {} : { bodyId }),
          ...(type === '' ? {} : { type }),
          limit: maxMeetings,
        },
        signal,
      ),
    [first, last, bodyId, type],
  );
  const meetings = useQuery(load);
  const bodies = useQuery(loadBodies);

  return (
    <Page title={t('meetings.calendar.title')}>
      <Paragraph>{t('meetings.calendar.intro')}</Paragraph>
      <div className="button-row">
        {can(Action.MeetingCreate) && (
          <>
            <ButtonLink to="/meetings/new">{t('meetings.calendar.new')}</ButtonLink>
            <ButtonLink to="/meetings/import" variant="secondary">
              {t('meetings.calendar.importIcal')}
            </ButtonLink>
          </>
        )}
        {can(Action.VenueRead) && (
          <ButtonLink to="/admin/venues" variant="tertiary">
            {t('meetings.calendar.venues')}
          </ButtonLink>
        )}
        {can(Action.ThreatLevelRecord) && (
          <ButtonLink to="/admin/threat-level" variant="tertiary">
            {t('meetings.calendar.threatLevel')}
          </ButtonLink>
        )}
      </div>
      <Filters
        key={`${bodyId}|${type}`}
        address={address}
        bodies={bodies.status === 'success' ? bodies.data : null}
      />
      <ResultsSection id="calendar-period-heading" title={periodTitle(address, t, locale)}>
        <PeriodNavigation address={address} today={today} />
        <Paragraph data-size="sm">{t('meetings.calendar.legend')}</Paragraph>
        <QueryView query={meetings} loadingLabel={t('meetings.calendar.loading')}>
          {(data) => <CalendarBody data={data} address={address} today={today} />}
        </QueryView>
      </ResultsSection>
    </Page>
  );
}

type T = ReturnType<typeof useI18n>['t'];

function periodTitle(address: CalendarAddress, t: T, locale: 'sv' | 'en'): string {
  if (address.view !== CalendarView.Week) {
    const title = monthTitle(monthOf(address.day), locale);
    return title.charAt(0).toLocaleUpperCase(locale) + title.slice(1);
  }
  const week = weekOf(address.day);
  return t('meetings.calendar.weekHeading', {
    week: week.number,
    from: formatCalendarDate(week.days[0] ?? address.day, locale),
    to: formatCalendarDate(week.days[6] ?? address.day, locale),
  });
}

/** The view (links: each view is an address of its own) and the body and type filters. */
function Filters({
  address,
  bodies,
}: {
  readonly address: CalendarAddress;
  readonly bodies: BodyList | null;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [bodyId, setBodyId] = useState(address.bodyId);
  const [type, setType] = useState(address.type);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate(
      { pathname: '/meetings', search: calendarSearch({ ...address, bodyId, type }) },
      { state: focusResults },
    );
  }

  return (
    <Section title={t('meetings.calendar.filtersHeading')} id="calendar-filters-heading">
      <nav aria-label={t('meetings.calendar.view')} className="calendar-views">
        <ul className="calendar-views__list">
          {calendarViews.map((view) => (
            <li key={view}>
              <RouterLink
                to={{ pathname: '/meetings', search: calendarSearch({ ...address, view }) }}
                state={focusResults}
                className="calendar-views__link ds-focus"
                aria-current={view === address.view ? 'page' : undefined}
              >
                {t(`meetings.calendar.view.${view}`)}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      <form className="form form--grid" role="search" noValidate onSubmit={onSubmit}>
        <SelectField
          id="calendar-body"
          label={t('meetings.calendar.body')}
          value={bodyId}
          onChange={setBodyId}
          placeholder={t('meetings.calendar.allBodies')}
          options={(bodies?.bodies ?? [])
            .filter((body) => !body.archived || body.id === bodyId)
            .map((body) => ({ value: body.id, label: body.name }))}
        />
        <SelectField
          id="calendar-type"
          label={t('meetings.calendar.type')}
          value={type}
          onChange={setType}
          placeholder={t('meetings.calendar.allTypes')}
          options={meetingTypes.map((value) => ({ value, label: meetingTypeLabel(value, t) }))}
        />
        <div className="form__actions button-row">
          <Button type="submit" variant="secondary">
            {t('meetings.calendar.apply')}
          </Button>
        </div>
      </form>
    </Section>
  );
}

/** Previous, today, next: links, so that each period has an address of its own. */
function PeriodNavigation({ address, today }: { readonly address: CalendarAddress; readonly today: string }) {
  const { t } = useI18n();
  const week = address.view === CalendarView.Week;
  const to = (day: string) => ({ pathname: '/meetings', search: calendarSearch({ ...address, day }) });
  return (
    <div className="button-row calendar-steps">
      <Button asChild variant="secondary" data-size="sm">
        <RouterLink to={to(stepDay(address.view, address.day, -1))} state={focusResults}>
          <span aria-hidden="true">← </span>
          {t(week ? 'meetings.calendar.previousWeek' : 'meetings.calendar.previousMonth')}
        </RouterLink>
      </Button>
      <Button asChild variant="tertiary" data-size="sm">
        <RouterLink to={to(today)} state={focusResults}>
          {t('meetings.calendar.today')}
        </RouterLink>
      </Button>
      <Button asChild variant="secondary" data-size="sm">
        <RouterLink to={to(stepDay(address.view, address.day, 1))} state={focusResults}>
          {t(week ? 'meetings.calendar.nextWeek' : 'meetings.calendar.nextMonth')}
          <span aria-hidden="true"> →</span>
        </RouterLink>
      </Button>
    </div>
  );
}

function CalendarBody({
  data,
  address,
  today,
}: {
  readonly data: MeetingList;
  readonly address: CalendarAddress;
  readonly today: string;
}) {
  const { t } = useI18n();
  const byDay = groupBySwedishDay(data.meetings);
  const filtered = address.bodyId !== '' || address.type !== '';
  return (
    <>
      {data.total > data.meetings.length && (
        <Paragraph>{t('meetings.calendar.truncated', { n: data.meetings.length })}</Paragraph>
      )}
      {address.view === CalendarView.Month && <MonthGrid address={address} byDay={byDay} today={today} />}
      {address.view === CalendarView.Week && (
        <WeekDays days={weekOf(address.day).days} byDay={byDay} today={today} />
      )}
      {address.view === CalendarView.List &&
        (data.meetings.length === 0 ? (
          <Paragraph>{t(filtered ? 'meetings.calendar.emptyFiltered' : 'meetings.calendar.empty')}</Paragraph>
        ) : (
          <WeekDays
            days={[...byDay.keys()].filter((day) => monthOf(day) === monthOf(address.day))}
            byDay={byDay}
            today={today}
          />
        ))}
    </>
  );
}

/** "Torsdag 10 december 2026". */
function useDayName(): (day: string) => string {
  const { t, locale } = useI18n();
  return (day) => `${t(`meetings.calendar.weekday.${isoWeekday(day)}`)} ${formatCalendarDate(day, locale)}`;
}

/**
 * The month as a table: a row per week (its number is the row's header), a column per weekday;
 * each day holds its meetings as links. Today is marked in words and for assistive technology
 * (`aria-current="date"`).
 */
function MonthGrid({
  address,
  byDay,
  today,
}: {
  readonly address: CalendarAddress;
  readonly byDay: ReadonlyMap<string, readonly MeetingListItem[]>;
  readonly today: string;
}) {
  const { t, locale } = useI18n();
  const dayName = useDayName();
  const month = monthOf(address.day);
  const caption = t('meetings.calendar.gridCaption', { month: monthTitle(month, locale) });
  return (
    <div className="table-region calendar-region" role="region" aria-label={caption} tabIndex={0}>
      <table className="calendar-grid">
        <caption className="ds-sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="calendar-grid__week">
              {t('meetings.calendar.weekCol')}
            </th>
            {weekdays.map((weekday) => (
              <th key={weekday} scope="col">
                <abbr title={t(`meetings.calendar.weekday.${weekday}`)}>
                  {t(`meetings.calendar.weekdayShort.${weekday}`)}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month).map((week) => (
            <tr key={week.number}>
              <th scope="row" className="calendar-grid__week">
                {t('meetings.calendar.weekNumber', { week: week.number })}
              </th>
              {week.days.map((day) => {
                const meetings = byDay.get(day) ?? [];
                const isToday = day === today;
                return (
                  <td
                    key={day}
                    className="calendar-grid__day"
                    data-outside={monthOf(day) !== month}
                    data-heat={dayHeat(meetings) ?? 'none'}
                    data-today={isToday}
                    aria-current={isToday ? 'date' : undefined}
                  >
                    <span className="calendar-grid__date">
                      <span aria-hidden="true">{Number(day.slice(8))}</span>
                      <span className="ds-sr-only">{dayName(day)}</span>
                      {isToday && <span className="calendar-today">{t('meetings.calendar.todayMark')}</span>}
                    </span>
                    {meetings.length > 0 && (
                      <ul className="calendar-grid__meetings">
                        {meetings.map((meeting) => (
                          <li key={meeting.id}>
                            <MeetingChip meeting={meeting} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A meeting in a day of the month: time, title as the link, and its level. */
function MeetingChip({ meeting }: { readonly meeting: MeetingListItem }) {
  const { t, locale } = useI18n();
  const cancelled = meeting.status === MeetingStatus.Cancelled;
  return (
    <div className="calendar-chip" data-level={meeting.risk.level ?? 'none'} data-cancelled={cancelled}>
      <AppLink to={`/meetings/${meeting.id}`}>
        <span className="calendar-chip__time">{swedishClock(meeting.startsAt, locale)}</span> {meeting.title}
      </AppLink>
      <span className="tag-row">
        <MeetingRiskTag level={meeting.risk.level} />
        {cancelled && (
          <Tag data-color="neutral" data-size="sm">
            {meetingStatusLabel(meeting.status, t)}
          </Tag>
        )}
      </span>
    </div>
  );
}

/** Days, each a heading with its meetings as cards (the week, and the month as a list). */
function WeekDays({
  days,
  byDay,
  today,
}: {
  readonly days: readonly string[];
  readonly byDay: ReadonlyMap<string, readonly MeetingListItem[]>;
  readonly today: string;
}) {
  const { t } = useI18n();
  const dayName = useDayName();
  return (
    <ol className="calendar-days">
      {days.map((day) => {
        const meetings = byDay.get(day) ?? [];
        const isToday = day === today;
        return (
          <li
            key={day}
            className="calendar-day"
            data-today={isToday}
            aria-current={isToday ? 'date' : undefined}
          >
            <h3 className="calendar-day__heading">
              {dayName(day)}
              {isToday && <span className="calendar-today">{t('meetings.calendar.todayMark')}</span>}
            </h3>
            {meetings.length === 0 ? (
              <Paragraph data-size="sm" className="muted">
                {t('meetings.calendar.noMeetings')}
              </Paragraph>
            ) : (
              <ul className="calendar-cards">
                {meetings.map((meeting) => (
                  <li key={meeting.id}>
                    <MeetingCard meeting={meeting} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** A meeting as a card: time, title, type, body, place, public or closed, level and its main reason. */
function MeetingCard({ meeting }: { readonly meeting: MeetingListItem }) {
  const { t, locale, date } = useI18n();
  const cancelled = meeting.status === MeetingStatus.Cancelled;
  const sameDay = swedishDayOf(meeting.startsAt) === swedishDayOf(meeting.endsAt);
  const end = sameDay
    ? swedishClock(meeting.endsAt, locale)
    : `${date(meeting.endsAt)} ${swedishClock(meeting.endsAt, locale)}`;
  const reason = meeting.risk.reasons[0];
  const place = [meeting.venue?.name, meeting.room].filter(Boolean).join(', ');
  return (
    <article className="calendar-card" data-level={meeting.risk.level ?? 'none'} data-cancelled={cancelled}>
      <p className="calendar-card__time">
        {t('meetings.timeRange', { from: swedishClock(meeting.startsAt, locale), to: end })}
      </p>
      <h4 className="calendar-card__title">
        <AppLink to={`/meetings/${meeting.id}`}>{meeting.title}</AppLink>
      </h4>
      <span className="tag-row">
        <MeetingRiskTag level={meeting.risk.level} />
        {meeting.status !== MeetingStatus.Planned && (
          <Tag data-color="neutral" data-size="sm">
            {meetingStatusLabel(meeting.status, t)}
          </Tag>
        )}
      </span>
      <p className="calendar-card__facts">
        {[
          meetingTypeLabel(meeting.type, t),
          meeting.body?.name,
          place,
          t(meeting.isPublic ? 'meetings.public' : 'meetings.closed'),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {reason && <p className="calendar-card__reason">{riskReasonText(reason, t, locale)}</p>}
    </article>
  );
}
