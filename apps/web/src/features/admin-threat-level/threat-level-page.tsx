import { useState, type FormEvent } from 'react';
import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { recordThreatLevelBodySchema, type ThreatLevels } from '@varn/contracts';
import { formatCalendarDate, isNationalThreatLevel, nationalThreatLevels } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { getThreatLevels, recordThreatLevel } from '../../lib/api/meetings';
import { useQuery } from '../../lib/use-query';
import { useFormSubmit } from '../../lib/use-form-submit';
import { todayInSweden } from '../../lib/stockholm-dates';
import { Page, Section } from '../../components/page';
import { QueryView, SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { RadioGroup } from '../../components/fields';
import { DateField } from '../../components/extra-fields';
import { DataTable } from '../../components/table-region';
import { AppLink } from '../../components/links';

const load = (signal: AbortSignal): Promise<ThreatLevels> => getThreatLevels(signal);

/** "Nivå 4: Högt hot". */
function useLevelText(): (level: number) => string {
  const { t } = useI18n();
  return (level) =>
    isNationalThreatLevel(level)
      ? t('meetings.threatLevelStep', { level, text: t(`meetings.threatLevel.${level}`) })
      : String(level);
}

/**
 * "Nationell hotnivå" (admin, security unit): Säkerhetspolisen's terror threat level as the unit
 * records it — the level in force, a form for a change from the day it applies, and the history.
 */
export function ThreatLevelPage() {
  const { t, locale } = useI18n();
  const levels = useQuery(load);
  const levelText = useLevelText();
  return (
    <Page title={t('meetings.threat.title')}>
      <Paragraph>
        <AppLink to="/meetings">{t('meetings.backToCalendar')}</AppLink>
      </Paragraph>
      <Paragraph>{t('meetings.threat.intro')}</Paragraph>
      <QueryView query={levels} loadingLabel={t('meetings.threat.loading')}>
        {(data) => (
          <>
            <dl className="facts">
              <dt>{t('meetings.threat.current')}</dt>
              <dd>
                {data.current === null
                  ? t('meetings.threat.currentNone')
                  : `${levelText(data.current.level)}, ${t('meetings.threat.since', {
                      date: formatCalendarDate(data.current.changedOn, locale),
                    })}`}
              </dd>
            </dl>
            <RecordForm onRecorded={levels.setData} />
            <History data={data} />
          </>
        )}
      </QueryView>
    </Page>
  );
}

function RecordForm({ onRecorded }: { readonly onRecorded: (levels: ThreatLevels) => void }) {
  const { t } = useI18n();
  const levelText = useLevelText();
  const [level, setLevel] = useState('');
  const [changedOn, setChangedOn] = useState(todayInSweden);
  const [recorded, setRecorded] = useState(0);
  const form = useFormSubmit(recordThreatLevelBodySchema, async (body) => {
    onRecorded(await recordThreatLevel(body));
    setLevel('');
    setRecorded((n) => n + 1);
  });
  const fields = {
    level: { id: 'threat-level', label: t('meetings.threat.level') },
    changedOn: { id: 'threat-changed-on', label: t('meetings.threat.changedOn') },
  };
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ level: level === '' ? undefined : Number(level), changedOn });
  }
  return (
    <Section title={t('meetings.threat.recordHeading')} id="threat-record-heading">
      <SuccessAlert count={recorded}>{t('meetings.threat.recorded')}</SuccessAlert>
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <RadioGroup
          id={fields.level.id}
          name="threat-level"
          legend={fields.level.label}
          error={form.errors?.fields.level}
          value={level}
          onChange={setLevel}
          options={nationalThreatLevels.map((value) => ({ value: String(value), label: levelText(value) }))}
        />
        <DateField
          {...fields.changedOn}
          required
          error={form.errors?.fields.changedOn}
          value={changedOn}
          max={todayInSweden()}
          onChange={setChangedOn}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('meetings.threat.record')}
          </Button>
        </div>
      </form>
    </Section>
  );
}

function History({ data }: { readonly data: ThreatLevels }) {
  const { t, locale, dateTime } = useI18n();
  const levelText = useLevelText();
  return (
    <Section title={t('meetings.threat.historyHeading')} id="threat-history-heading">
      {data.history.length === 0 ? (
        <Paragraph>{t('meetings.threat.historyEmpty')}</Paragraph>
      ) : (
        <DataTable label={t('meetings.threat.historyCaption')}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('meetings.threat.col.changedOn')}</Table.HeaderCell>
              <Table.HeaderCell>{t('meetings.threat.col.level')}</Table.HeaderCell>
              <Table.HeaderCell>{t('meetings.threat.col.recorded')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.history.map((change) => (
              <Table.Row key={change.id}>
                <Table.Cell className="nowrap">{formatCalendarDate(change.changedOn, locale)}</Table.Cell>
                <Table.Cell>{levelText(change.level)}</Table.Cell>
                <Table.Cell>
                  {t('meetings.threat.recordedBy', {
                    time: dateTime(change.recordedAt),
                    name: change.recordedBy?.name ?? t('meetings.meeting.unknownPerson'),
                  })}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      )}
    </Section>
  );
}
