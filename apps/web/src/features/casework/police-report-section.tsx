import { useState, type FormEvent } from 'react';
import { Alert, Button, Checkbox, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { policeReportBodySchema, type PoliceReport } from '@varn/contracts';
import {
  policeReportCategories,
  policeReportStatuses,
  policeReportTransitions,
  TaxonomyKind,
  type PoliceReportStatus,
} from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { linkToPoliceReport, savePoliceReport } from '../../lib/api/incidents';
import { taxonomyLabel } from '../../lib/taxonomy-labels';
import { policeStatusLabel } from '../../lib/incident-labels';
import { useFormSubmit, useSubmit } from '../../lib/use-form-submit';
import { FocusAlert, SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { SelectField, TextField } from '../../components/fields';
import { DateField, TextAreaField } from '../../components/extra-fields';
import { AppLink } from '../../components/links';
import { DataTable } from '../../components/table-region';
import { JumpSection } from '../../components/jump-section';
import type { CaseContext } from './case-context';
import { linkableCases, recentCaseOptions } from './recent-cases';

/**
 * The police report (issue 3 §3): why it is recommended, the report and its lifecycle, a
 * reminder when the status has stood still, and later cases joining the same report.
 */
export function PoliceReportSection(context: CaseContext) {
  const { t, locale } = useI18n();
  const { incident, taxonomy } = context;
  const report = incident.policeReport;
  const reasons = incident.categories
    .filter((code) => policeReportCategories.includes(code))
    .map((code) => taxonomyLabel(code, TaxonomyKind.Category, locale, taxonomy));

  return (
    <JumpSection id="case-police" title={t('casework.police.heading')}>
      {report === null && incident.policeReportRecommended && (
        <Alert data-color="warning">
          <Heading level={3} data-size="2xs">
            {t('casework.police.recommendedHeading')}
          </Heading>
          <Paragraph>{t('casework.police.recommendedWhy')}</Paragraph>
          {reasons.length > 0 && (
            <Paragraph>
              {t('casework.police.recommendedCategories', { categories: reasons.join(', ') })}
            </Paragraph>
          )}
        </Alert>
      )}
      {report === null && !incident.policeReportRecommended && (
        <Paragraph>{t('casework.police.notRecommended')}</Paragraph>
      )}
      {report && <ReportFacts report={report} />}
      <PoliceReportForm context={context} />
      {report && <LinkCaseForm context={context} report={report} />}
    </JumpSection>
  );
}

function ReportFacts({ report }: { readonly report: PoliceReport }) {
  const { t, date, dateTime } = useI18n();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <>
      {report.reminderDue && (
        <Alert data-color="warning">
          <Heading level={3} data-size="2xs">
            {t('casework.police.reminderHeading')}
          </Heading>
          <Paragraph>{t('casework.police.reminderText', { date: date(report.statusChangedAt) })}</Paragraph>
        </Alert>
      )}
      <dl className="facts">
        <dt>{t('casework.police.reportNumber')}</dt>
        <dd>{report.reportNumber ?? t('casework.police.notGiven')}</dd>
        <dt>{t('casework.police.reportedOn')}</dt>
        <dd>{report.reportedOn ? date(report.reportedOn) : t('casework.police.notGiven')}</dd>
        <dt>{t('casework.police.status')}</dt>
        <dd>
          {policeStatusLabel(report.status, t)}{' '}
          <span className="muted">{t('casework.police.since', { date: date(report.statusChangedAt) })}</span>
        </dd>
        <dt>{t('casework.police.electedRoleStated')}</dt>
        <dd>{yesNo(report.electedRoleStated)}</dd>
        <dt>{t('casework.police.protectionRequested')}</dt>
        <dd>{yesNo(report.protectionRequested)}</dd>
        <dt>{t('casework.police.personConsented')}</dt>
        <dd>{yesNo(report.personConsented)}</dd>
        <dt>{t('casework.police.investigator')}</dt>
        <dd>{report.investigatorContact ?? t('casework.police.notGiven')}</dd>
        <dt>{t('casework.police.linkedCases')}</dt>
        <dd>
          {report.linkedIncidents.length === 0 ? (
            t('casework.police.noLinkedCases')
          ) : (
            <ul className="plain-list">
              {report.linkedIncidents.map((linked) => (
                <li key={linked.id}>
                  <AppLink to={`/incidents/${linked.id}`}>{linked.reference}</AppLink>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <Heading level={3} data-size="2xs">
        {t('casework.police.historyHeading')}
      </Heading>
      {report.history.length === 0 ? (
        <Paragraph>{t('casework.police.noHistory')}</Paragraph>
      ) : (
        <DataTable label={t('casework.police.historyLabel')}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('casework.police.historyTime')}</Table.HeaderCell>
              <Table.HeaderCell>{t('casework.police.status')}</Table.HeaderCell>
              <Table.HeaderCell>{t('casework.police.note')}</Table.HeaderCell>
              <Table.HeaderCell>{t('casework.police.historyBy')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {report.history.map((entry, index) => (
              <Table.Row key={`${entry.at}-${index}`}>
                <Table.Cell className="nowrap">{dateTime(entry.at)}</Table.Cell>
                <Table.Cell>{policeStatusLabel(entry.status, t)}</Table.Cell>
                <Table.Cell>{entry.note ?? '–'}</Table.Cell>
                <Table.Cell>{entry.actor?.name ?? '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      )}
    </>
  );
}

/** The statuses the form offers: any for a new report, else the current one and its next steps. */
function statusChoices(report: PoliceReport | null): readonly PoliceReportStatus[] {
  if (!report) return policeReportStatuses;
  return [report.status, ...policeReportTransitions[report.status]];
}

function PoliceReportForm({ context }: { readonly context: CaseContext }) {
  const { t } = useI18n();
  const { incident, onChange } = context;
  const report = incident.policeReport;
  const [reportNumber, setReportNumber] = useState(report?.reportNumber ?? '');
  const [reportedOn, setReportedOn] = useState(report?.reportedOn ?? '');
  const [electedRoleStated, setElectedRoleStated] = useState(report?.electedRoleStated ?? false);
  const [protectionRequested, setProtectionRequested] = useState(report?.protectionRequested ?? false);
  const [personConsented, setPersonConsented] = useState(report?.personConsented ?? false);
  const [investigator, setInvestigator] = useState(report?.investigatorContact ?? '');
  const [status, setStatus] = useState<string>(report?.status ?? 'reported');
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(0);
  const form = useFormSubmit(policeReportBodySchema, async (body) => {
    onChange(await savePoliceReport(incident.id, body));
    setNote('');
    setSaved((n) => n + 1);
  });
  const { errors } = form;

  const fields = {
    reportNumber: { id: 'police-number', label: t('casework.police.reportNumber') },
    reportedOn: { id: 'police-date', label: t('casework.police.reportedOn') },
    investigatorContact: { id: 'police-investigator', label: t('casework.police.investigator') },
    status: { id: 'police-status', label: t('casework.police.status') },
    note: { id: 'police-note', label: t('casework.police.note') },
  };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({
      reportNumber: reportNumber.trim() === '' ? null : reportNumber,
      reportedOn: reportedOn === '' ? null : reportedOn,
      electedRoleStated,
      protectionRequested,
      personConsented,
      investigatorContact: investigator.trim() === '' ? null : investigator,
      status,
      note: note.trim() === '' ? undefined : note,
    });
  }

  return (
    <div className="subsection">
      <Heading level={3} data-size="xs">
        {report ? t('casework.police.updateHeading') : t('casework.police.recordHeading')}
      </Heading>
      <SuccessAlert count={saved}>{t('casework.police.saved')}</SuccessAlert>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('reportNumber')}
          description={t('casework.police.reportNumberHelp')}
          value={reportNumber}
          onChange={setReportNumber}
          autoComplete="off"
          maxLength={60}
        />
        <DateField {...field('reportedOn')} value={reportedOn} onChange={setReportedOn} />
        <Checkbox
          id="police-elected-role"
          label={t('casework.police.electedRoleStated')}
          description={t('casework.police.electedRoleHelp')}
          checked={electedRoleStated}
          onChange={(event) => setElectedRoleStated(event.target.checked)}
        />
        <Checkbox
          id="police-protection"
          label={t('casework.police.protectionRequested')}
          description={t('casework.police.protectionHelp')}
          checked={protectionRequested}
          onChange={(event) => setProtectionRequested(event.target.checked)}
        />
        <Checkbox
          id="police-person-consented"
          label={t('casework.police.personConsented')}
          description={t('casework.police.personConsentedHelp')}
          checked={personConsented}
          onChange={(event) => setPersonConsented(event.target.checked)}
        />
        <TextField
          {...field('investigatorContact')}
          description={t('casework.police.investigatorHelp')}
          value={investigator}
          onChange={setInvestigator}
          autoComplete="off"
          maxLength={300}
        />
        <SelectField
          {...field('status')}
          description={report ? t('casework.police.statusHelp') : undefined}
          value={status}
          onChange={setStatus}
          options={statusChoices(report).map((value) => ({ value, label: policeStatusLabel(value, t) }))}
          required
        />
        <TextAreaField
          {...field('note')}
          description={t('casework.police.noteHelp')}
          value={note}
          onChange={setNote}
          rows={3}
          maxLength={2000}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {report ? t('casework.police.save') : t('casework.police.record')}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** "Koppla ett nytt ärende till anmälan": harassment that goes on joins the same report. */
function LinkCaseForm({ context, report }: { readonly context: CaseContext; readonly report: PoliceReport }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { incident, recentCases, onChange } = context;
  const [chosen, setChosen] = useState('');
  const [linked, setLinked] = useState<{ readonly n: number; readonly reference: string } | null>(null);
  const form = useSubmit();
  const { errors } = form;

  const fields = { incidentId: { id: 'police-link', label: t('casework.police.linkCase') } };
  const field = fieldBinder(fields, errors);
  const candidates = linkableCases(recentCases, incident.id, report.linkedIncidents);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.busy) return;
    const candidate = candidates.find((item) => item.id === chosen);
    if (!candidate) {
      const message = t('casework.police.chooseCaseFirst');
      return form.fail({ message: t('form.fixErrors'), fields: { incidentId: message } });
    }
    void form.run(async () => {
      onChange(await linkToPoliceReport(incident.id, candidate.id));
      setChosen('');
      setLinked((previous) => ({ n: (previous?.n ?? 0) + 1, reference: candidate.reference }));
    });
  }

  return (
    <div className="subsection">
      <Heading level={3} data-size="xs">
        {t('casework.police.linkHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('casework.police.linkHelp')}</Paragraph>
      {linked && (
        <FocusAlert key={linked.n} color="success">
          <Paragraph>{t('casework.police.linked', { reference: linked.reference })}</Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <SelectField
          {...field('incidentId')}
          value={chosen}
          onChange={setChosen}
          placeholder={t('casework.triage.chooseCase')}
          options={recentCaseOptions(candidates, i18n)}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary" loading={form.busy}>
            {t('casework.police.linkSubmit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
