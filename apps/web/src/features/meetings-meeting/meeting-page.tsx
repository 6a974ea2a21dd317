import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { AgendaItem, MeetingDetail } from '@varn/contracts';
import { Action, MeetingStatus, securityPlanStatusText } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import { getMeeting } from '../../lib/api/meetings';
import { useQuery } from '../../lib/use-query';
import {
  meetingStatusLabel,
  meetingTypeLabel,
  readinessWarningText,
  riskReasonText,
} from '../../lib/meeting-labels';
import { Page } from '../../components/page';
import { FocusAlert, QueryView } from '../../components/feedback';
import { AppLink, ButtonLink } from '../../components/links';
import { DataTable } from '../../components/table-region';
import {
  CollapsibleSections,
  JumpSection,
  jumpTo,
  type CollapsibleParts,
} from '../../components/jump-section';
import { MeetingRiskTag } from '../../components/meeting-risk-tag';
import { meetingTimeText } from './meeting-time';
import './meeting.css';

const flag = (state: unknown, name: string): boolean =>
  typeof state === 'object' &&
  state !== null &&
  name in state &&
  (state as Record<string, unknown>)[name] === true;

/**
 * What other features add to the meeting page (the security plan, the live log, the review). The
 * page does not import them (features stay apart, STYLE.md); `app/` composes the page with them.
 * Without a slot the page links to the part's own page.
 *
 * The plan is given `refresh`, which fetches the meeting again without leaving the page: a saved
 * part of the plan changes the meeting's readiness warnings (a plan started, approved) and can
 * change its risk level (the threat picture's level), shown above the plan.
 */
export interface MeetingSlots {
  readonly plan?: (meeting: MeetingDetail, refresh: () => void) => ReactNode;
  readonly log?: (meeting: MeetingDetail) => ReactNode;
  readonly review?: (meeting: MeetingDetail) => ReactNode;
}

/**
 * One meeting (issue 10 §1): what, when, where and for whom; its risk level with the reasons in
 * words; for the security unit the readiness warnings; the agenda with each matter's level; and
 * the parts that open on demand — the description, and the security plan, log and review, which
 * have their own pages. What a role may not see is not in the answer, and is not shown.
 */
export function MeetingPage({ slots = {} }: { readonly slots?: MeetingSlots }) {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const location = useLocation();
  const load = useCallback((signal: AbortSignal) => getMeeting(id, signal), [id]);
  const meeting = useQuery(load);
  const { setData } = meeting;
  const refreshing = useRef<AbortController | null>(null);
  // Quietly: what is shown stays (a failure too); only the latest of quick saves is taken in.
  const refresh = useCallback(() => {
    refreshing.current?.abort();
    const controller = new AbortController();
    refreshing.current = controller;
    getMeeting(id, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setData(data);
      },
      () => undefined,
    );
  }, [id, setData]);
  useEffect(() => () => refreshing.current?.abort(), []);
  const title = meeting.status === 'success' ? meeting.data.title : t('meetings.meeting.loadingTitle');
  return (
    <Page title={title}>
      <Paragraph>
        <AppLink to="/meetings">{t('meetings.backToCalendar')}</AppLink>
      </Paragraph>
      {flag(location.state, 'created') && (
        <FocusAlert color="success">
          <Paragraph>{t('meetings.meeting.created')}</Paragraph>
        </FocusAlert>
      )}
      {flag(location.state, 'saved') && (
        <FocusAlert color="success">
          <Paragraph>{t('meetings.meeting.saved')}</Paragraph>
        </FocusAlert>
      )}
      <QueryView query={meeting} loadingLabel={t('meetings.meeting.loading')}>
        {(data) => <MeetingView meeting={data} slots={slots} refresh={refresh} />}
      </QueryView>
    </Page>
  );
}

/** Parts that start open: what the page is read for. */
const openAtStart = ['meeting-risk', 'meeting-agenda'];

/** The id of the heading of the plan shown on the page (the plan slot). */
const planHeadingId = 'meeting-plan-heading';

function MeetingView({
  meeting,
  slots,
  refresh,
}: {
  readonly meeting: MeetingDetail;
  readonly slots: MeetingSlots;
  readonly refresh: () => void;
}) {
  const { t, locale } = useI18n();
  const can = useCan();
  const showsPlan = slots.plan !== undefined && can(Action.MeetingReadPractical);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(openAtStart));
  const parts: CollapsibleParts = {
    isOpen: (part) => open.has(part),
    setOpen: (part, value) =>
      setOpen((previous) => {
        const next = new Set(previous);
        if (value) next.add(part);
        else next.delete(part);
        return next;
      }),
    noteOf: (part) =>
      part === 'meeting-plan' && meeting.planStatus !== null
        ? securityPlanStatusText[meeting.planStatus][locale]
        : null,
  };
  const warnings = meeting.readinessWarnings ?? [];
  return (
    <>
      <MeetingSummary meeting={meeting} />
      {warnings.length > 0 && (
        <Alert data-color="warning">
          <Heading level={2} data-size="xs">
            {t('meetings.warning.heading')}
          </Heading>
          <ul className="meeting-warnings">
            {warnings.map((warning, index) => (
              <li key={`${warning.code}-${index}`}>{readinessWarningText(warning, t)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {(meeting.canUpdate || slots.log || showsPlan) && (
        <div className="button-row">
          {meeting.canUpdate && (
            <>
              <ButtonLink to={`/meetings/${meeting.id}/edit`} variant="secondary">
                {t('meetings.meeting.edit')}
              </ButtonLink>
              <ButtonLink to={`/meetings/${meeting.id}/agenda/import`} variant="secondary">
                {t('meetings.meeting.importAgenda')}
              </ButtonLink>
            </>
          )}
          {showsPlan && (
            // The plan is far down a long page: this takes focus (and the reader) to it.
            <Button asChild variant="secondary">
              <a href={`#${planHeadingId}`} onClick={jumpTo(planHeadingId)}>
                {t('meetings.meeting.planJump')}
              </a>
            </Button>
          )}
          {slots.log?.(meeting)}
        </div>
      )}
      <CollapsibleSections parts={parts}>
        <JumpSection id="meeting-risk" title={t('meetings.meeting.riskHeading')}>
          <RiskReasons meeting={meeting} />
        </JumpSection>
        <JumpSection id="meeting-agenda" title={t('meetings.meeting.agendaHeading')}>
          <Agenda meeting={meeting} />
        </JumpSection>
        {meeting.description !== null && (
          <JumpSection id="meeting-description" title={t('meetings.meeting.descriptionHeading')}>
            <p className="meeting-description">{meeting.description}</p>
          </JumpSection>
        )}
        {!slots.plan && can(Action.MeetingReadPractical) && (
          <JumpSection id="meeting-plan" title={t('meetings.meeting.planHeading')}>
            <Paragraph>
              <AppLink to={`/meetings/${meeting.id}/plan`}>{t('meetings.meeting.planLink')}</AppLink>
            </Paragraph>
          </JumpSection>
        )}
        {!slots.log && can(Action.MeetingLog) && (
          <JumpSection id="meeting-log" title={t('meetings.meeting.logHeading')}>
            <Paragraph>
              <AppLink to={`/meetings/${meeting.id}/log`}>{t('meetings.meeting.logLink')}</AppLink>
            </Paragraph>
          </JumpSection>
        )}
        {!slots.review && can(Action.MeetingReview) && (
          <JumpSection id="meeting-review" title={t('meetings.meeting.reviewHeading')}>
            <Paragraph>
              <AppLink to={`/meetings/${meeting.id}/review`}>{t('meetings.meeting.reviewLink')}</AppLink>
            </Paragraph>
          </JumpSection>
        )}
      </CollapsibleSections>
      {slots.plan && showsPlan && (
        <section className="section" aria-labelledby={planHeadingId}>
          <Heading level={2} data-size="sm" id={planHeadingId} tabIndex={-1}>
            {t('meetings.meeting.planHeading')}
          </Heading>
          {slots.plan(meeting, refresh)}
        </section>
      )}
      {slots.review && can(Action.MeetingReview) && slots.review(meeting)}
    </>
  );
}

/** The header's facts: type, time, place, body, public or closed, status and level. */
function MeetingSummary({ meeting }: { readonly meeting: MeetingDetail }) {
  const { t, locale, dateTime } = useI18n();
  const place = [meeting.venue?.name, meeting.room].filter(Boolean).join(', ');
  return (
    <div className="stack">
      <span className="tag-row">
        <MeetingRiskTag level={meeting.risk.level} />
        <Tag data-color="neutral">{meetingTypeLabel(meeting.type, t)}</Tag>
        {meeting.status !== MeetingStatus.Planned && (
          <Tag data-color={meeting.status === MeetingStatus.Cancelled ? 'danger' : 'info'}>
            {meetingStatusLabel(meeting.status, t)}
          </Tag>
        )}
      </span>
      <dl className="facts">
        <dt>{t('meetings.meeting.field.when')}</dt>
        <dd>{meetingTimeText(meeting, locale)}</dd>
        <dt>{t('meetings.meeting.field.venue')}</dt>
        <dd>{place === '' ? t('meetings.none') : place}</dd>
        <dt>{t('meetings.meeting.field.body')}</dt>
        <dd>{meeting.body?.name ?? t('meetings.none')}</dd>
        <dt>{t('meetings.meeting.field.access')}</dt>
        <dd>{t(meeting.isPublic ? 'meetings.public' : 'meetings.closed')}</dd>
        <dt>{t('meetings.meeting.field.status')}</dt>
        <dd>{meetingStatusLabel(meeting.status, t)}</dd>
        {meeting.organiser !== null && (
          <>
            <dt>{t('meetings.meeting.field.organiser')}</dt>
            <dd>{meeting.organiser}</dd>
          </>
        )}
        {meeting.expectedAudience !== null && (
          <>
            <dt>{t('meetings.meeting.field.audience')}</dt>
            <dd>{t('meetings.meeting.audienceCount', { n: meeting.expectedAudience })}</dd>
          </>
        )}
      </dl>
      <Paragraph data-size="sm" className="muted">
        {t('meetings.meeting.registered', {
          time: dateTime(meeting.createdAt),
          name: meeting.createdBy?.name ?? t('meetings.meeting.unknownPerson'),
        })}
      </Paragraph>
    </div>
  );
}

/** The level and every reason for it, highest first, in words. */
function RiskReasons({ meeting }: { readonly meeting: MeetingDetail }) {
  const { t, locale } = useI18n();
  const { reasons } = meeting.risk;
  return (
    <div className="stack">
      <p className="meeting-risk">
        <span>{t('meetings.riskLabel')}:</span> <MeetingRiskTag level={meeting.risk.level} />
      </p>
      {reasons.length === 0 ? (
        <Paragraph>{t('meetings.reason.nothing')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('meetings.meeting.riskIntro')}</Paragraph>
          <ul className="meeting-reasons">
            {reasons.map((reason, index) => (
              <li key={`${reason.kind}-${index}`}>
                {reason.level !== null && <MeetingRiskTag level={reason.level} />}{' '}
                <span>{riskReasonText(reason, t, locale)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The agenda: a table on a wide screen, cards on a phone; a matter links to its page for those who may read it. */
function Agenda({ meeting }: { readonly meeting: MeetingDetail }) {
  const { t } = useI18n();
  const can = useCan();
  const readsMatters = can(Action.MatterRead);
  const items = meeting.agenda;
  const title = (item: AgendaItem) =>
    readsMatters ? (
      <AppLink to={`/riskguide/matters/${item.matter.id}`}>{item.matter.title}</AppLink>
    ) : (
      item.matter.title
    );
  return (
    <div className="stack">
      {meeting.canUpdate && (
        <div className="button-row">
          <ButtonLink to={`/meetings/${meeting.id}/edit#agenda`} variant="tertiary">
            {t('meetings.meeting.editAgenda')}
          </ButtonLink>
        </div>
      )}
      {items.length === 0 ? (
        <Paragraph>{t('meetings.meeting.agendaEmpty')}</Paragraph>
      ) : (
        <>
          <div className="agenda-table">
            <DataTable label={t('meetings.meeting.agendaCaption')}>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('meetings.meeting.col.number')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('meetings.meeting.col.matter')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('meetings.meeting.col.diaryNumber')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('meetings.meeting.col.level')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((item, index) => (
                  <Table.Row key={item.id}>
                    <Table.Cell>{index + 1}</Table.Cell>
                    <Table.Cell className="agenda-title">
                      {title(item)}
                      {item.note !== null && <span className="agenda-note">{item.note}</span>}
                    </Table.Cell>
                    <Table.Cell className="nowrap">
                      {item.matter.diaryNumber ?? t('meetings.none')}
                    </Table.Cell>
                    <Table.Cell>
                      <MeetingRiskTag level={item.level} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </DataTable>
          </div>
          <ol className="agenda-cards" aria-label={t('meetings.meeting.agendaCaption')}>
            {items.map((item) => (
              <li key={item.id} className="agenda-card">
                <span className="agenda-card__title">{title(item)}</span>
                <span className="tag-row">
                  <MeetingRiskTag level={item.level} />
                  {item.matter.diaryNumber !== null && (
                    <span className="muted">
                      {t('meetings.meeting.col.diaryNumber')}: {item.matter.diaryNumber}
                    </span>
                  )}
                </span>
                {item.note !== null && <span className="agenda-note">{item.note}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
