import { useState, type FormEvent, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import {
  recordSituationAssessmentBodySchema,
  trendKeys,
  type Situation,
  type TrendKey,
} from '@varn/contracts';
import {
  complexityLevelText,
  formatCalendarDate,
  isNationalThreatLevel,
  isSituationLevel,
  nationalThreatLevelText,
  percentOf,
  severityText,
  situationLevels,
  situationLevelText,
  swedishTimeZone,
  type ComplexityLevel,
} from '@varn/domain';
import type { Locale } from '@varn/contracts';
import { useI18n, type MessageKey } from '../../lib/i18n/i18n';
import { recordSituationAssessment } from '../../lib/api/situation';
import { useLiveSituation } from '../../lib/use-live-situation';
import { useFormSubmit } from '../../lib/use-form-submit';
import { formatHours } from '../../lib/durations';
import { queueAddress } from '../../lib/queue-address';
import { Page, Section } from '../../components/page';
import { ErrorAlert, Loading, SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { RadioGroup, SelectField } from '../../components/fields';
import { TextAreaField } from '../../components/extra-fields';
import { AppLink } from '../../components/links';
import { LevelTag, type Level } from '../../components/level-tag';
import { MeetingRiskTag } from '../../components/meeting-risk-tag';
import { ComparisonChart } from '../../components/charts/comparison-chart';
import './situation.css';

/** The unit's level as a tag colour. */
const levelTag: Readonly<Record<string, Level>> = {
  normal: 'low',
  elevated: 'medium',
  high: 'high',
  very_high: 'critical',
};

const trendLabel: Readonly<Record<TrendKey, MessageKey>> = {
  byMonth: 'situation.trends.byMonth',
  byCategory: 'situation.trends.byCategory',
  byChannel: 'situation.trends.byChannel',
  byPerpetrator: 'situation.trends.byPerpetrator',
  byTargetRole: 'situation.trends.byTargetRole',
  byPtuExposure: 'situation.trends.byPtuExposure',
  byPtuChannel: 'situation.trends.byPtuChannel',
  byPtuPerpetrator: 'situation.trends.byPtuPerpetrator',
};

/**
 * "Lägesbild" (issue 12, DOMAIN.md §7): how it is now and what is coming. The security unit's
 * full picture (names of meetings and matters, links to the queue, the assessment form); the
 * viewer's home page in figures with small groups hidden; a party contact's party figures. It
 * follows changes live (server-sent events) and says so in a polite live region.
 */
export function SituationPage() {
  const { t } = useI18n();
  const [year, setYear] = useState<number | undefined>(undefined);
  const live = useLiveSituation(year);
  const situation = live.situation;
  const title =
    situation?.scope === 'party' && situation.party
      ? t('situation.titleParty', { party: situation.party.name })
      : t('situation.title');
  return (
    <Page title={title}>
      <LiveStatus live={live} />
      {situation === null ? (
        live.error ? (
          <ErrorAlert error={live.error} onRetry={live.reload} />
        ) : (
          <Loading label={t('situation.loading')} />
        )
      ) : (
        <>
          <Paragraph>{t(`situation.intro.${situation.scope}`)}</Paragraph>
          <Now situation={situation} onAssessed={live.reload} highlight={live.highlighted} />
          <Kpis situation={situation} />
          <Trends situation={situation} onYear={setYear} />
          <Reports situation={situation} />
          {situation.scope !== 'full' && <Paragraph data-size="sm">{t('situation.hiddenNote')}</Paragraph>}
        </>
      )}
    </Page>
  );
}

/** Whether the page follows live, and (politely) what changed. */
function LiveStatus({ live }: { readonly live: ReturnType<typeof useLiveSituation> }) {
  const { t, dateTime } = useI18n();
  const time = live.updatedAt
    ? // Swedish time, as every time in Värn (the browser may be elsewhere).
      new Date(live.updatedAt).toLocaleTimeString('sv-SE', {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: swedishTimeZone,
      })
    : null;
  return (
    <div className="situation__status">
      <Tag data-color={live.live === 'live' ? 'success' : 'neutral'} data-size="sm">
        {t(`situation.live.${live.live}`)}
      </Tag>
      {live.situation && (
        <span className="situation__generated">
          {t('situation.generatedAt', { time: dateTime(live.situation.generatedAt) })}
        </span>
      )}
      <p
        className="ds-sr-only-focusable situation__announce"
        role="status"
        aria-live="polite"
        data-testid="situation-announce"
      >
        {time
          ? t('situation.updated', {
              time,
              what: live.changedTopics.map((topic) => t(`situation.topic.${topic}`)).join(', '),
            })
          : ''}
      </p>
    </div>
  );
}

/** A count as published: hidden ones read "fewer than 5". */
function Count({ value }: { readonly value: number | null }) {
  const { t } = useI18n();
  if (value !== null) return <>{value}</>;
  return (
    <>
      <span aria-hidden="true">{t('situation.hiddenShort')}</span>
      <span className="ds-sr-only">{t('situation.hidden')}</span>
    </>
  );
}

function Card({
  title,
  children,
  id,
  changed = false,
}: {
  readonly title: string;
  readonly children: ReactNode;
  readonly id: string;
  readonly changed?: boolean;
}) {
  return (
    <section className="situation__card" aria-labelledby={id} data-changed={changed || undefined}>
      <Heading level={3} data-size="2xs" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function Now({
  situation,
  onAssessed,
  highlight,
}: {
  readonly situation: Situation;
  readonly onAssessed: () => void;
  readonly highlight: readonly string[];
}) {
  const { t, locale, date } = useI18n();
  const { now } = situation;
  const full = situation.scope === 'full';
  const changed = (...topics: string[]) => topics.some((topic) => highlight.includes(topic));
  return (
    <Section title={t('situation.now.heading')} id="situation-now-heading">
      <div className="situation__band">
        <Card title={t('situation.level.heading')} id="situation-level" changed={changed('assessment')}>
          <Assessment situation={situation} onAssessed={onAssessed} />
        </Card>
        <Card title={t('situation.threat.heading')} id="situation-threat" changed={changed('threat_level')}>
          {situation.threatLevel && isNationalThreatLevel(situation.threatLevel.level) ? (
            <>
              <p className="situation__big">{situation.threatLevel.level}/5</p>
              <Paragraph>
                {t('situation.threat.value', {
                  level: situation.threatLevel.level,
                  name: nationalThreatLevelText[situation.threatLevel.level][locale],
                })}
              </Paragraph>
              <Paragraph data-size="sm">
                {t('situation.threat.since', {
                  date: formatCalendarDate(situation.threatLevel.changedOn, locale),
                })}
              </Paragraph>
            </>
          ) : (
            <Paragraph>{t('situation.threat.none')}</Paragraph>
          )}
        </Card>
        <Card title={t('situation.election.heading')} id="situation-election">
          <p className="situation__big">
            {situation.election.daysUntil === 0
              ? t('situation.election.today')
              : t('situation.election.days', { days: situation.election.daysUntil })}
          </p>
          <Paragraph data-size="sm">
            {t('situation.election.date', { date: formatCalendarDate(situation.election.date, locale) })}
          </Paragraph>
        </Card>
      </div>
      <div className="situation__grid">
        <Card title={t('situation.open.heading')} id="situation-open" changed={changed('incident', 'all')}>
          <p className="situation__big" data-testid="situation-open-total">
            <Count value={now.openTotal} />
          </p>
          <ul className="situation__list">
            {now.openBySeverity.map((row) => (
              <li key={row.severity}>
                <span>
                  {row.severity === 'unassessed'
                    ? t('situation.open.unassessed')
                    : severityText[row.severity][locale]}
                </span>
                <strong>
                  {full && row.count ? (
                    <Link asChild>
                      <RouterLink
                        to={queueAddress(
                          row.severity === 'unassessed'
                            ? { open: 'true' }
                            : { open: 'true', severity: row.severity },
                        )}
                      >
                        {row.count}
                      </RouterLink>
                    </Link>
                  ) : (
                    <Count value={row.count} />
                  )}
                </strong>
              </li>
            ))}
          </ul>
        </Card>
        <Card
          title={t('situation.week.heading')}
          id="situation-week"
          changed={changed('incident', 'signal', 'all')}
        >
          <ul className="situation__list">
            <li>
              <span>{t('situation.week.incidents')}</span>
              <strong data-testid="situation-new-incidents">
                <Count value={now.newIncidentsThisWeek} />
              </strong>
            </li>
            {situation.scope !== 'party' && (
              <li>
                <span>{t('situation.week.signals')}</span>
                <strong>
                  {full && now.newSignalsThisWeek ? (
                    <AppLink to="/signals">{now.newSignalsThisWeek}</AppLink>
                  ) : (
                    <Count value={now.newSignalsThisWeek} />
                  )}
                </strong>
              </li>
            )}
          </ul>
          {situation.scope !== 'party' && (
            <>
              <Heading level={4} data-size="2xs" className="situation__subheading">
                {t('situation.attention.heading')}
              </Heading>
              <ul className="situation__list">
                <li>
                  <span>{t('situation.attention.overdue')}</span>
                  <strong>
                    {full && now.overdueMeasures ? (
                      <AppLink to={queueAddress({ open: 'true', overdue: 'true' })}>
                        {now.overdueMeasures}
                      </AppLink>
                    ) : (
                      <Count value={now.overdueMeasures} />
                    )}
                  </strong>
                </li>
                <li>
                  <span>{t('situation.attention.police', { days: now.policeReminderDays })}</span>
                  <strong>
                    {full && now.policeUpdatesDue ? (
                      <AppLink to={queueAddress({ open: 'true', policeUpdateDue: 'true' })}>
                        {now.policeUpdatesDue}
                      </AppLink>
                    ) : (
                      <Count value={now.policeUpdatesDue} />
                    )}
                  </strong>
                </li>
              </ul>
            </>
          )}
        </Card>
        {now.meetings && (
          <Card
            title={t('situation.meetings.heading', { days: now.meetings.days })}
            id="situation-meetings"
            changed={changed('meeting')}
          >
            {now.meetings.total === 0 ? (
              <Paragraph>{t('situation.meetings.none', { days: now.meetings.days })}</Paragraph>
            ) : full ? (
              <ul className="situation__items">
                {now.meetings.upcoming.map((meeting) => (
                  <li key={meeting.id}>
                    <AppLink to={`/meetings/${meeting.id}`}>{meeting.title}</AppLink>
                    <span className="situation__meta">
                      {date(meeting.startsAt)} · <MeetingRiskTag level={meeting.riskLevel} /> ·{' '}
                      {meeting.planFinished ? t('situation.meetings.plan') : t('situation.meetings.noPlan')}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <ul className="situation__list">
                {now.meetings.byRisk.map((row) => (
                  <li key={row.level}>
                    <span>
                      {row.level === 'unassessed' ? (
                        t('situation.meetings.unassessed')
                      ) : (
                        <MeetingRiskTag level={row.level} />
                      )}
                    </span>
                    <strong>
                      <Count value={row.count} />
                    </strong>
                  </li>
                ))}
              </ul>
            )}
            {full && <AppLink to="/meetings">{t('situation.meetings.more')}</AppLink>}
          </Card>
        )}
        {now.matters && (
          <Card title={t('situation.matters.heading')} id="situation-matters" changed={changed('matter')}>
            {now.matters.highOrComplex === null ? (
              // Hidden (fewer than 5): never read as none.
              <Paragraph>{t('situation.matters.hiddenCount')}</Paragraph>
            ) : now.matters.highOrComplex === 0 ? (
              <Paragraph>{t('situation.matters.none')}</Paragraph>
            ) : (
              <>
                <Paragraph>{t('situation.matters.count', { count: now.matters.highOrComplex })}</Paragraph>
                {full && (
                  <ul className="situation__items">
                    {now.matters.items.map((matter) => (
                      <li key={matter.id}>
                        <AppLink to={`/riskguide/matters/${matter.id}`}>{matter.title}</AppLink>
                        <span className="situation__meta">
                          {matter.riskLevel && <MeetingRiskTag level={matter.riskLevel} />}
                          {matter.complexity && complexityName(matter.complexity, locale)}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </Card>
        )}
      </div>
    </Section>
  );
}

function complexityName(code: string, locale: Locale): string {
  return code in complexityLevelText ? complexityLevelText[code as ComplexityLevel][locale] : code;
}

function Assessment({
  situation,
  onAssessed,
}: {
  readonly situation: Situation;
  readonly onAssessed: () => void;
}) {
  const { t, locale, date } = useI18n();
  const assessment = situation.assessment;
  return (
    <>
      {assessment === null ? (
        <Paragraph>{t('situation.level.none')}</Paragraph>
      ) : (
        <>
          <p className="situation__big">
            <LevelTag level={levelTag[assessment.level] ?? 'none'}>
              {situationLevelText[assessment.level][locale]}
            </LevelTag>
          </p>
          <Paragraph className="situation__assessment">{assessment.text}</Paragraph>
          <Paragraph data-size="sm">
            {assessment.assessedBy
              ? t('situation.level.assessedBy', {
                  date: date(assessment.assessedAt),
                  name: assessment.assessedBy,
                })
              : t('situation.level.assessed', { date: date(assessment.assessedAt) })}
          </Paragraph>
          {assessment.stale && situation.scope === 'full' && (
            <Paragraph data-size="sm" className="situation__warning">
              {t('situation.level.stale')}
            </Paragraph>
          )}
        </>
      )}
      {situation.scope === 'full' && (
        <AssessmentForm current={assessment?.level ?? ''} onAssessed={onAssessed} />
      )}
    </>
  );
}

function AssessmentForm({
  current,
  onAssessed,
}: {
  readonly current: string;
  readonly onAssessed: () => void;
}) {
  const { t, locale } = useI18n();
  const [level, setLevel] = useState(current);
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(0);
  const form = useFormSubmit(recordSituationAssessmentBodySchema, async (body) => {
    await recordSituationAssessment(body);
    setText('');
    setSaved((n) => n + 1);
    onAssessed();
  });
  const fields = {
    level: { id: 'situation-assessment-level', label: t('situation.level.form.level') },
    text: { id: 'situation-assessment-text', label: t('situation.level.form.text') },
  };
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ level: isSituationLevel(level) ? level : undefined, text });
  }
  return (
    <details className="situation__form">
      <summary>{t('situation.level.new')}</summary>
      <SuccessAlert count={saved}>{t('situation.level.form.saved')}</SuccessAlert>
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <RadioGroup
          id={fields.level.id}
          name="situation-level"
          legend={fields.level.label}
          error={form.errors?.fields.level}
          value={level}
          onChange={setLevel}
          options={situationLevels.map((value) => ({ value, label: situationLevelText[value][locale] }))}
        />
        <TextAreaField
          {...fields.text}
          required
          description={t('situation.level.form.textHelp')}
          error={form.errors?.fields.text}
          value={text}
          onChange={setText}
          rows={5}
          maxLength={4000}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('situation.level.form.submit')}
          </Button>
        </div>
      </form>
    </details>
  );
}

function Kpis({ situation }: { readonly situation: Situation }) {
  const { t, locale } = useI18n();
  const { kpis } = situation;
  const share = (value: { part: number | null; whole: number | null; rate: number | null }) =>
    value.whole === null
      ? t('situation.kpi.hiddenWhole')
      : value.whole === 0
        ? t('situation.kpi.none')
        : value.part === null
          ? t('situation.kpi.ofWhole', { part: t('situation.hidden'), whole: value.whole })
          : t('situation.kpi.ofWhole', { part: value.part, whole: value.whole });
  const percent = (value: { part: number | null; whole: number | null; rate: number | null }) =>
    value.rate === null
      ? '–'
      : `${percentOf({ part: value.part ?? 0, whole: value.whole ?? 0, rate: value.rate })} %`;
  const duration = (value: { medianHours: number | null; p90Hours: number | null }) =>
    value.medianHours === null || value.p90Hours === null
      ? t('situation.kpi.hiddenWhole')
      : t('situation.kpi.median', {
          median: formatHours(value.medianHours, locale),
          p90: formatHours(value.p90Hours, locale),
        });
  const tiles: {
    key: string;
    title: string;
    value: string;
    detail: string;
    standing?: 'far' | 'near' | 'met';
  }[] = [];
  const police = kpis.policeReportRate;
  tiles.push({
    key: 'police',
    title: t('situation.kpi.police'),
    value: percent(police),
    detail:
      police.whole === null || police.part === null
        ? share(police)
        : t('situation.kpi.policeDetail', {
            part: police.part,
            whole: police.whole,
            low: Math.round(police.baseline.low * 100),
            high: Math.round(police.baseline.high * 100),
          }),
    ...(police.rate === null
      ? {}
      : {
          standing:
            police.rate >= police.target ? 'met' : police.rate >= police.target - 0.1 ? 'near' : 'far',
        }),
  });
  const repeat = kpis.repeatVictimisation;
  tiles.push({
    key: 'repeat',
    title: t('situation.kpi.repeat'),
    value: percent(repeat),
    detail:
      repeat.part === null || repeat.whole === null
        ? share(repeat)
        : t('situation.kpi.repeatDetail', { part: repeat.part, whole: repeat.whole }),
  });
  const more: [string, MessageKey, Situation['kpis']['trainingCoverage'] | null][] = [
    ['plans', 'situation.kpi.plans', kpis.meetingsWithFinishedPlan],
    ['screened', 'situation.kpi.screened', kpis.mattersScreened],
    ['contacts', 'situation.kpi.contacts', kpis.partiesWithContact],
    ['endorsed', 'situation.kpi.endorsed', kpis.partiesWithEndorsement],
    ['training', 'situation.kpi.training', kpis.trainingCoverage],
  ];
  for (const [key, title, value] of more)
    if (value) tiles.push({ key, title: t(title), value: percent(value), detail: share(value) });
  return (
    <Section title={t('situation.kpi.heading', { year: situation.year })} id="situation-kpi-heading">
      <div className="situation__kpis">
        {tiles.map((tile) => (
          <section
            key={tile.key}
            className="situation__kpi"
            data-standing={tile.standing}
            aria-labelledby={`kpi-${tile.key}`}
          >
            <Heading level={3} data-size="2xs" id={`kpi-${tile.key}`}>
              {tile.title}
            </Heading>
            <p className="situation__big">{tile.value}</p>
            <Paragraph data-size="sm">{tile.detail}</Paragraph>
          </section>
        ))}
        <section className="situation__kpi situation__kpi--wide" aria-labelledby="kpi-handling">
          <Heading level={3} data-size="2xs" id="kpi-handling">
            {t('situation.kpi.handling')}
          </Heading>
          <dl className="situation__durations">
            <dt>{t('situation.kpi.firstContact')}</dt>
            <dd>{duration(kpis.handlingTimes.toFirstContact)}</dd>
            <dt>{t('situation.kpi.assessed')}</dt>
            <dd>{duration(kpis.handlingTimes.toAssessed)}</dd>
            <dt>{t('situation.kpi.closed')}</dt>
            <dd>{duration(kpis.handlingTimes.toClosed)}</dd>
          </dl>
          {situation.scope === 'full' && (
            <AppLink to="/incidents/metrics">{t('situation.metricsLink')}</AppLink>
          )}
        </section>
      </div>
    </Section>
  );
}

const shortMonths: Readonly<Record<Locale, readonly string[]>> = {
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

function Trends({
  situation,
  onYear,
}: {
  readonly situation: Situation;
  readonly onYear: (year: number) => void;
}) {
  const { t, locale } = useI18n();
  const [dimension, setDimension] = useState<TrendKey>('byMonth');
  const { trends } = situation;
  const trend = trends[dimension];
  const thisYear = Number(situation.today.slice(0, 4));
  const years = Array.from({ length: 5 }, (_unused, index) => thisYear - index);
  const groups = trend.groups.map((group) => ({
    key: group.key,
    label: group.label[locale],
    ...(dimension === 'byMonth'
      ? { shortLabel: shortMonths[locale][Number(group.key) - 1] ?? group.key }
      : {}),
    value: group.count,
    comparison: group.comparison,
  }));
  const shown = groups.filter((group) => group.value !== null);
  const yearOptions = years.map((value) => ({ value: String(value), label: String(value) }));
  const top = shown.reduce<(typeof groups)[number] | null>(
    (best, group) => (best === null || (group.value ?? 0) > (best.value ?? 0) ? group : best),
    null,
  );
  const totals = {
    year: trends.year,
    comparisonYear: trends.comparisonYear,
    total: trend.total ?? t('situation.hidden'),
    comparisonTotal: trend.comparisonTotal ?? t('situation.hidden'),
  };
  const summary =
    top === null
      ? t('situation.trends.summaryHidden')
      : dimension === 'byMonth'
        ? t('situation.trends.summaryMonth', { ...totals, month: top.label, count: top.value ?? 0 })
        : t('situation.trends.summaryGroup', { ...totals, group: top.label, count: top.value ?? 0 });
  const dimensionName = t(trendLabel[dimension]).toLowerCase();
  const empty = (trend.total ?? 1) === 0 && (trend.comparisonTotal ?? 1) === 0;
  return (
    <Section title={t('situation.trends.heading')} id="situation-trends-heading">
      <div className="situation__controls">
        <SelectField
          id="situation-year"
          label={t('situation.trends.year')}
          value={String(trends.year)}
          onChange={(value) => onYear(Number(value))}
          options={yearOptions}
        />
        <SelectField
          id="situation-dimension"
          label={t('situation.trends.dimension')}
          value={dimension}
          onChange={(value) =>
            setDimension((trendKeys as readonly string[]).includes(value) ? (value as TrendKey) : 'byMonth')
          }
          options={trendKeys.map((key) => ({ value: key, label: t(trendLabel[key]) }))}
        />
      </div>
      <Paragraph>
        {trends.electionYear
          ? t('situation.trends.electionYear', { year: trends.year })
          : t('situation.trends.afterElection', {
              year: trends.year,
              comparisonYear: trends.comparisonYear,
            })}{' '}
        {t('situation.trends.total', totals)}
      </Paragraph>
      {empty ? (
        <Paragraph>
          {t('situation.trends.empty', { year: trends.year, comparisonYear: trends.comparisonYear })}
        </Paragraph>
      ) : (
        <ComparisonChart
          title={t('situation.trends.chartTitle', {
            year: trends.year,
            comparisonYear: trends.comparisonYear,
            dimension: dimensionName,
          })}
          summary={summary}
          groups={groups}
          layout={dimension === 'byMonth' ? 'columns' : 'bars'}
          highlight={dimension === 'byMonth' ? trends.electionMonths : []}
          texts={{
            current: String(trends.year),
            comparison: String(trends.comparisonYear),
            hidden: t('situation.hidden'),
            showTable: t('situation.trends.showTable'),
            groupHeading:
              dimension === 'byMonth' ? t('situation.trends.byMonth') : t('situation.trends.group'),
            highlighted: t('situation.trends.electionPeriod'),
          }}
        />
      )}
      <Paragraph data-size="sm">{t('situation.trends.categoriesNote')}</Paragraph>
    </Section>
  );
}

function Reports({ situation }: { readonly situation: Situation }) {
  const { t, locale } = useI18n();
  const year = situation.year;
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({ year: String(year), lang: locale, ...extra }).toString();
  const links: [string, string][] = [
    [`/api/situation/report?${query({})}`, t('situation.reports.pdf')],
    [`/api/situation/export?${query({ format: 'xlsx' })}`, t('situation.reports.xlsx')],
    [`/api/situation/export?${query({ format: 'csv' })}`, t('situation.reports.csv')],
    [`/api/situation/ptu-export?${query({ format: 'xlsx' })}`, t('situation.reports.ptuXlsx')],
    [`/api/situation/ptu-export?${query({ format: 'csv' })}`, t('situation.reports.ptuCsv')],
  ];
  const from = new Date(`${year}-01-01T00:00:00+01:00`).toISOString();
  const to = new Date(`${year + 1}-01-01T00:00:00+01:00`).toISOString();
  return (
    <Section title={t('situation.reports.heading')} id="situation-reports-heading">
      <Paragraph>{t('situation.reports.intro')}</Paragraph>
      <ul className="situation__downloads">
        {links.map(([href, label]) => (
          <li key={href}>
            <Link href={href} download>
              {label}
            </Link>
          </li>
        ))}
        {situation.scope === 'full' && (
          <li>
            <Link
              href={`/api/incidents/export?${new URLSearchParams({ from, to, format: 'xlsx', lang: locale }).toString()}`}
              download
            >
              {t('situation.reports.incidents', { year })}
            </Link>
            <Paragraph data-size="sm">{t('situation.reports.incidentsNote')}</Paragraph>
          </li>
        )}
      </ul>
    </Section>
  );
}
