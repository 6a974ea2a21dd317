import { Alert, Button, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  consequences as consequenceCodes,
  incidentTextLimits,
  motives,
  policeReportRecommended,
  TargetKind,
  targetRoles,
  TaxonomyKind,
  type Consequence,
} from '@varn/domain';
import type { Taxonomy } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import type { Query } from '../../lib/use-query';
import { taxonomyOptions } from '../../lib/taxonomy-labels';
import { consequenceLabel, motiveLabel, targetRoleLabel } from '../../lib/incident-labels';
import { Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { CheckboxGroup, SelectField, TextField } from '../../components/fields';
import { TextAreaField } from '../../components/extra-fields';
import { CheckboxField, RadioChoice } from '../../components/choice-fields';
import { EvidenceFilePicker } from '../../components/evidence-files';
import type { ReportForm, YesNo } from './report-draft';
import type { ReportField, ReportOptions } from './report-body';

/** The element id of each field, for the error summary's links. */
export const reportFieldIds: Readonly<Record<ReportField, string>> = {
  ongoing: 'report-ongoing',
  description: 'report-description',
  occurredFrom: 'report-from',
  occurredTo: 'report-to',
  targetKind: 'report-target-kind',
  targetName: 'report-target-name',
  targetRole: 'report-target-role',
  partyContactConsent: 'report-consent',
  seriousWorkIncident: 'report-serious',
  categories: 'report-categories',
  channel: 'report-channel',
  perpetratorType: 'report-perpetrator',
  motive: 'report-motive',
  matterReference: 'report-matter',
  policeContacted: 'report-police',
  consequences: 'report-consequences',
};

const ids = reportFieldIds;
const asYesNo = (value: string): YesNo => (value === 'yes' ? 'yes' : 'no');

type Set = <K extends keyof ReportForm>(field: K, value: ReportForm[K]) => void;

/** "Pågår det just nu?" and, when it does, "Ring 112 nu" straight under it. */
export function OngoingQuestion({
  form,
  set,
  error,
}: {
  readonly form: ReportForm;
  readonly set: Set;
  readonly error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <RadioChoice
        id={ids.ongoing}
        name="ongoing"
        legend={t('report.ongoing')}
        required
        choices={[
          { value: 'yes', label: t('report.ongoingYes') },
          { value: 'no', label: t('report.ongoingNo') },
        ]}
        value={form.ongoing}
        onChange={(value) => set('ongoing', asYesNo(value))}
        error={error}
      />
      {form.ongoing === 'yes' && (
        // role="alert": announced as soon as it appears, without taking focus from the form.
        <Alert data-color="danger" role="alert" className="stack">
          <Heading level={2} data-size="sm">
            {t('report.acuteHeading')}
          </Heading>
          <Paragraph>{t('report.acuteText')}</Paragraph>
          <div>
            <Button asChild data-color="danger">
              <a href="tel:112">{t('report.acuteCall')}</a>
            </Button>
          </div>
        </Alert>
      )}
    </>
  );
}

/** The props of the report's sections: the form, its setter, its errors and what it offers. */
interface SectionProps {
  readonly form: ReportForm;
  readonly set: Set;
  readonly errors: Readonly<Record<string, string>>;
  readonly options: ReportOptions;
  readonly taxonomy: Query<Taxonomy>;
}

/**
 * The questions asked first (issue 9 §1): what happened, when, what kind of incident, about whom,
 * and the evidence. Quick on a phone.
 */
export function FirstQuestions({
  form,
  set,
  errors,
  options,
  taxonomy,
  files,
  onFilesChange,
}: SectionProps & {
  readonly files: readonly File[];
  readonly onFilesChange: (files: File[]) => void;
}) {
  const { t, locale } = useI18n();
  const targetChoices = [
    { value: TargetKind.Self, label: t('report.targetSelf') },
    ...(options.forMember ? [{ value: TargetKind.PartyMember, label: t('report.targetPartyMember') }] : []),
    { value: TargetKind.Other, label: t('report.targetOther') },
  ];
  return (
    <>
      <Section title={t('report.section.event')} id="report-event-heading">
        <TextAreaField
          id={ids.description}
          label={t('report.description')}
          description={t('report.descriptionHelp')}
          value={form.description}
          onChange={(value) => set('description', value)}
          error={errors.description}
          maxLength={incidentTextLimits.description}
          rows={6}
          required
        />
        <TextField
          id={ids.occurredFrom}
          type="datetime-local"
          label={t('report.occurredFrom')}
          description={t('report.whenHelp')}
          value={form.occurredFrom}
          onChange={(value) => set('occurredFrom', value)}
          error={errors.occurredFrom}
        />
        {form.ongoing !== 'yes' && (
          <TextField
            id={ids.occurredTo}
            type="datetime-local"
            label={t('report.occurredTo')}
            value={form.occurredTo}
            onChange={(value) => set('occurredTo', value)}
            error={errors.occurredTo}
          />
        )}
        <QueryView query={taxonomy}>
          {({ entries }) => (
            <CheckboxGroup
              id={ids.categories}
              legend={t('report.categories')}
              description={t('report.categoriesHelp')}
              options={taxonomyOptions(entries, TaxonomyKind.Category, locale, form.categories)}
              values={form.categories}
              onChange={(values) => set('categories', values)}
              error={errors.categories}
            />
          )}
        </QueryView>
      </Section>

      <Section title={t('report.section.target')} id="report-target-heading">
        <RadioChoice
          id={ids.targetKind}
          name="targetKind"
          legend={t('report.target')}
          required
          choices={targetChoices}
          value={form.targetKind}
          onChange={(value) => {
            const kind = targetChoices.find((choice) => choice.value === value)?.value;
            if (kind) set('targetKind', kind);
          }}
          error={errors.targetKind}
        />
        {form.targetKind !== TargetKind.Self && form.targetKind !== '' && (
          <TextField
            id={ids.targetName}
            label={t('report.targetName')}
            description={t('report.targetNameHelp')}
            autoComplete="off"
            value={form.targetName}
            onChange={(value) => set('targetName', value)}
            error={errors.targetName}
            maxLength={incidentTextLimits.targetName}
            required
          />
        )}
      </Section>

      <Section title={t('report.section.files')} id="report-files-heading">
        <EvidenceFilePicker
          id="report-files"
          label={t('evidence.files')}
          files={files}
          onChange={onFilesChange}
        />
      </Section>
    </>
  );
}

/**
 * "Berätta mer (frivilligt)": the follow-up questions, collapsed. The reporter may skip them; the
 * security unit fills in what is missing at triage. Open while one of them has an error.
 */
export function FollowUpQuestions({
  form,
  set,
  errors,
  options,
  taxonomy,
  open,
  onOpenChange,
}: SectionProps & { readonly open: boolean; readonly onOpenChange: (open: boolean) => void }) {
  const { t, locale } = useI18n();
  return (
    <Details
      className="report-more"
      open={open}
      onToggle={(event) => onOpenChange((event.currentTarget as HTMLDetailsElement).open)}
    >
      <Details.Summary>{t('report.more')}</Details.Summary>
      <Details.Content className="stack">
        <Paragraph>{t('report.moreHelp')}</Paragraph>
        <RadioChoice
          id={ids.targetRole}
          name="targetRole"
          legend={t('report.targetRole')}
          description={t('report.targetRoleHelp')}
          choices={targetRoles.map((role) => ({ value: role, label: targetRoleLabel(role, t) }))}
          value={form.targetRole}
          onChange={(value) => {
            const role = targetRoles.find((candidate) => candidate === value);
            if (role) set('targetRole', role);
          }}
          error={errors.targetRole}
        />
        {options.serious && (
          <CheckboxField
            id={ids.seriousWorkIncident}
            label={t('report.serious')}
            description={t('report.seriousHelp')}
            checked={form.seriousWorkIncident}
            onChange={(checked) => set('seriousWorkIncident', checked)}
            error={errors.seriousWorkIncident}
          />
        )}
        {options.consent !== null && (
          <CheckboxField
            id={ids.partyContactConsent}
            label={t(options.consent === 'member' ? 'report.consentMember' : 'report.consentSelf')}
            description={t('report.consentHelp')}
            checked={form.partyContactConsent}
            onChange={(checked) => set('partyContactConsent', checked)}
            error={errors.partyContactConsent}
          />
        )}
        <QueryView query={taxonomy}>
          {({ entries }) => (
            <>
              <SelectField
                id={ids.channel}
                label={t('report.channel')}
                placeholder={t('report.notStated')}
                options={taxonomyOptions(entries, TaxonomyKind.Channel, locale, [form.channel])}
                value={form.channel}
                onChange={(value) => set('channel', value)}
                error={errors.channel}
              />
              <SelectField
                id={ids.perpetratorType}
                label={t('report.perpetrator')}
                placeholder={t('report.notStated')}
                options={taxonomyOptions(entries, TaxonomyKind.PerpetratorType, locale, [
                  form.perpetratorType,
                ])}
                value={form.perpetratorType}
                onChange={(value) => set('perpetratorType', value)}
                error={errors.perpetratorType}
              />
            </>
          )}
        </QueryView>
        <SelectField
          id={ids.motive}
          label={t('report.motive')}
          description={t('report.motiveHelp')}
          placeholder={t('report.motiveNone')}
          options={motives.map((motive) => ({ value: motive, label: motiveLabel(motive, t) }))}
          value={form.motive}
          onChange={(value) => set('motive', motives.find((motive) => motive === value) ?? '')}
          error={errors.motive}
        />
        <TextField
          id={ids.matterReference}
          label={t('report.matter')}
          description={t('report.matterHelp')}
          autoComplete="off"
          value={form.matterReference}
          onChange={(value) => set('matterReference', value)}
          error={errors.matterReference}
          maxLength={incidentTextLimits.matterReference}
        />
        {policeReportRecommended(form.categories) && (
          <Alert data-color="info">
            <Heading level={3} data-size="xs">
              {t('report.policeRecommendedHeading')}
            </Heading>
            <Paragraph>{t('report.policeRecommendedText')}</Paragraph>
          </Alert>
        )}
        <RadioChoice
          id={ids.policeContacted}
          name="policeContacted"
          legend={t('report.policeContacted')}
          choices={[
            { value: 'yes', label: t('common.yes') },
            { value: 'no', label: t('common.no') },
          ]}
          value={form.policeContacted}
          onChange={(value) => set('policeContacted', asYesNo(value))}
          error={errors.policeContacted}
        />
        <CheckboxGroup
          id={ids.consequences}
          legend={t('report.consequences')}
          description={t('report.consequencesHelp')}
          options={consequenceCodes.map((code) => ({ value: code, label: consequenceLabel(code, t) }))}
          values={form.consequences}
          onChange={(values) =>
            set(
              'consequences',
              consequenceCodes.filter((code: Consequence) => values.includes(code)),
            )
          }
          error={errors.consequences}
        />
      </Details.Content>
    </Details>
  );
}
