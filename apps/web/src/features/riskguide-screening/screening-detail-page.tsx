import { useCallback, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { Screening } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { getScreening, queueScreening } from '../../lib/api/riskguide';
import { useQuery } from '../../lib/use-query';
import { inLocale } from '../../lib/riskguide-labels';
import { Page, Section } from '../../components/page';
import { ErrorAlert, FocusAlert, QueryView } from '../../components/feedback';
import { DataTable } from '../../components/table-region';
import { AppLink } from '../../components/links';
import { RiskLevelTag } from '../../components/risk-level-tag';
import { TitleWarnings } from '../../components/title-warnings';
import './screening.css';

const wasSaved = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && 'saved' in state && state.saved === true;

/** One screening: its rows, and the one click that sends moderate and high matters on to step 2. */
export function ScreeningDetailPage() {
  const { t, dateTime } = useI18n();
  const { id = '' } = useParams();
  const location = useLocation();
  const load = useCallback((signal: AbortSignal) => getScreening(id, signal), [id]);
  const screening = useQuery(load);
  const title =
    screening.status === 'success'
      ? (screening.data.title ??
        t('riskguide.screening.untitled', { time: dateTime(screening.data.screenedAt) }))
      : t('riskguide.screening.loadingTitle');
  return (
    <Page title={title}>
      <Paragraph>
        <AppLink to="/screening">{t('riskguide.screening.back')}</AppLink>
      </Paragraph>
      {wasSaved(location.state) && (
        <FocusAlert color="success">
          <Paragraph>{t('riskguide.screening.saved')}</Paragraph>
        </FocusAlert>
      )}
      <QueryView query={screening} loadingLabel={t('riskguide.screening.loadingOne')}>
        {(data) => <ScreeningView screening={data} onChange={screening.setData} />}
      </QueryView>
    </Page>
  );
}

function ScreeningView({
  screening,
  onChange,
}: {
  readonly screening: Screening;
  readonly onChange: (screening: Screening) => void;
}) {
  const { t, dateTime } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<{ readonly n: number; readonly attempt: number } | null>(null);
  const waiting = screening.rows.filter((row) => row.needsStep2 && row.queuedAt === null).length;
  const needing = screening.rows.filter((row) => row.needsStep2).length;

  async function onQueue() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const updated = await queueScreening(screening.id);
      onChange(updated);
      setSent((previous) => ({ n: waiting, attempt: (previous?.attempt ?? 0) + 1 }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <dl className="facts">
        <dt>{t('riskguide.screening.screenedBy')}</dt>
        <dd>
          {t('riskguide.screening.screenedByText', {
            name: screening.screenedBy?.name ?? t('riskguide.unknownPerson'),
            time: dateTime(screening.screenedAt),
          })}
        </dd>
        <dt>{t('riskguide.screening.template')}</dt>
        <dd>{t('riskguide.templateVersion', { version: screening.templateVersion })}</dd>
        <dt>{t('riskguide.screening.count')}</dt>
        <dd>{t('riskguide.screening.countText', { rows: screening.rows.length, needing })}</dd>
      </dl>
      <Section title={t('riskguide.screening.step2Heading')} id="screening-step2-heading">
        {sent && (
          <FocusAlert key={sent.attempt} color="success">
            <Paragraph>
              {t(sent.n === 1 ? 'riskguide.screening.sentOne' : 'riskguide.screening.sentMany', {
                n: sent.n,
              })}
            </Paragraph>
          </FocusAlert>
        )}
        {error !== null && <ErrorAlert error={error} />}
        {waiting > 0 ? (
          <>
            <Paragraph>
              {t(waiting === 1 ? 'riskguide.screening.waitingOne' : 'riskguide.screening.waitingMany', {
                n: waiting,
              })}
            </Paragraph>
            <div className="button-row">
              <Button onClick={() => void onQueue()} loading={busy}>
                {t('riskguide.screening.queue', { n: waiting })}
              </Button>
            </div>
          </>
        ) : (
          !sent && (
            <Paragraph>
              {needing === 0 ? t('riskguide.screening.noneNeeded') : t('riskguide.screening.allSent')}
            </Paragraph>
          )
        )}
      </Section>
      <Section title={t('riskguide.screening.rowsHeading')} id="screening-rows-heading">
        <RowsTable screening={screening} />
      </Section>
    </>
  );
}

function RowsTable({ screening }: { readonly screening: Screening }) {
  const { t, locale, dateTime } = useI18n();
  return (
    <DataTable label={t('riskguide.screening.rowsTable')} wide>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('riskguide.matters.col.matter')}</Table.HeaderCell>
          <Table.HeaderCell>{t('riskguide.screening.level')}</Table.HeaderCell>
          <Table.HeaderCell>{t('riskguide.screening.reason')}</Table.HeaderCell>
          <Table.HeaderCell>{t('riskguide.screening.prompts')}</Table.HeaderCell>
          <Table.HeaderCell>{t('riskguide.screening.col.step2')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {screening.rows.map((row) => {
          const ticked = screening.prompts.filter((prompt) => row.prompts[prompt.id] === true);
          return (
            <Table.Row key={row.id}>
              <Table.Cell className="screening-matter">
                <AppLink to={`/riskguide/matters/${row.matter.id}`}>{row.matter.title}</AppLink>
                {row.matter.diaryNumber && (
                  <>
                    <br />
                    <span className="muted">{row.matter.diaryNumber}</span>
                  </>
                )}
                <TitleWarnings warnings={row.matter.titleWarnings} />
              </Table.Cell>
              <Table.Cell>
                <RiskLevelTag level={row.level} />
              </Table.Cell>
              <Table.Cell>
                {row.reason ?? <span className="muted">{t('riskguide.screening.noReason')}</span>}
              </Table.Cell>
              <Table.Cell>
                {ticked.length === 0 ? (
                  <span className="muted">{t('riskguide.screening.noPrompts')}</span>
                ) : (
                  <ul className="screening-prompts">
                    {ticked.map((prompt) => (
                      <li key={prompt.id}>{inLocale(prompt.text, locale)}</li>
                    ))}
                  </ul>
                )}
              </Table.Cell>
              <Table.Cell>
                {!row.needsStep2 ? (
                  <span className="muted">{t('riskguide.screening.stays')}</span>
                ) : row.queuedAt ? (
                  <Tag data-color="success" data-size="sm">
                    {t('riskguide.screening.queuedAt', { time: dateTime(row.queuedAt) })}
                  </Tag>
                ) : (
                  <Tag data-color="warning" data-size="sm">
                    {t('riskguide.screening.toQueue')}
                  </Tag>
                )}
              </Table.Cell>
            </Table.Row>
          );
        })}
      </Table.Body>
    </DataTable>
  );
}
