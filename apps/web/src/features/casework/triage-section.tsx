import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { fieldMessage, triageBodySchema, type TriageBody, type UnitIncidentDetail } from '@varn/contracts';
import {
  IncidentEvent,
  normalisePerpetratorIdentifiers,
  perpetratorIdentifierLimits,
  perpetratorIdentifiersIn,
  severities,
  TaxonomyKind,
} from '@varn/domain';
import { useI18n, type MessageKey } from '../../lib/i18n/i18n';
import { transitionIncident, triageIncident } from '../../lib/api/incidents';
import { severityName } from '../../lib/casework-labels';
import { taxonomyOptions } from '../../lib/taxonomy-labels';
import { clientFormErrors } from '../../lib/errors';
import { useFormSubmit, type SubmitControls } from '../../lib/use-form-submit';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { CheckboxGroup, RadioGroup, SelectField } from '../../components/fields';
import { TextAreaField } from '../../components/extra-fields';
import { JumpSection } from '../../components/jump-section';
import type { CaseContext } from './case-context';
import { answerChanges, answersOf } from './triage-answers';
import { TriageAnswerFields } from './triage-answer-fields';

/** The identifiers as the field shows them: one per line. */
const lines = (values: readonly string[]): string => values.join('\n');
const entriesOf = (text: string): string[] =>
  text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * Triage: severity, categories, handler, flags, the answers the reporter skipped (issue 9 §1), and
 * what identifies the perpetrator (prefilled with what the description mentions, until the unit
 * has recorded its own). A new case can be saved and moved to "Triagerad" in one go. Related cases
 * are linked in their own part.
 */
export function TriageSection({ incident, taxonomy, handlers, onChange }: CaseContext) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [severity, setSeverity] = useState<string>(incident.severity ?? '');
  const [categories, setCategories] = useState<string[]>([...incident.categories]);
  const [handler, setHandler] = useState(incident.handler?.id ?? '');
  const [unlawfulInfluence, setUnlawfulInfluence] = useState(incident.flags.unlawfulInfluence);
  const [sexualOrSexist, setSexualOrSexist] = useState(incident.flags.sexualOrSexist);
  const [electionPeriod, setElectionPeriod] = useState(incident.flags.electionPeriod);
  const [seriousWorkIncident, setSeriousWorkIncident] = useState(incident.seriousWorkIncident);
  const [answers, setAnswers] = useState(() => answersOf(incident));
  const found = perpetratorIdentifiersIn(incident.description);
  const prefilled = incident.perpetratorIdentifiers.length === 0 && found.length > 0;
  const [identifiers, setIdentifiers] = useState(() =>
    lines(prefilled ? found : incident.perpetratorIdentifiers),
  );
  /** Which button sent the form, for its busy state. */
  const [pressed, setPressed] = useState<'save' | 'triage'>('save');
  const [saved, setSaved] = useState<{
    readonly n: number;
    readonly outcome: 'saved' | 'triaged' | 'unchanged';
  } | null>(null);

  const canTriage = incident.allowedEvents.includes(IncidentEvent.Triage);
  const fields = {
    severity: { id: 'triage-severity', label: t('casework.triage.severity') },
    categories: { id: 'triage-categories', label: t('casework.triage.categories') },
    handlerUserId: { id: 'triage-handler', label: t('casework.triage.handler') },
    targetRole: { id: 'triage-target-role', label: t('casework.report.targetRole') },
    channel: { id: 'triage-channel', label: t('casework.report.channel') },
    perpetratorType: { id: 'triage-perpetrator', label: t('casework.report.perpetratorType') },
    motive: { id: 'triage-motive', label: t('casework.report.motive') },
    matterReference: { id: 'triage-matter', label: t('casework.report.matter') },
    policeContacted: { id: 'triage-police-contacted', label: t('casework.report.policeContacted') },
    consequences: { id: 'triage-consequences', label: t('casework.report.consequences') },
    perpetratorIdentifiers: { id: 'triage-identifiers', label: t('casework.triage.identifiers') },
  };

  // Active categories, and any inactive one the case already has (so it can be kept or removed).
  const categoryOptions = taxonomyOptions(taxonomy, TaxonomyKind.Category, locale, incident.categories);

  function save(data: TriageBody, andTriage: boolean, { fail }: SubmitControls): void | Promise<void> {
    if (andTriage && severity === '')
      return fail(clientFormErrors({ severity: fieldMessage('required', locale) }, t));
    const body = { ...changesOf(data, incident), ...answerChanges(answers, incident) };
    const unchanged = Object.keys(body).length === 0;
    if (unchanged && !andTriage) {
      setSaved((previous) => ({ n: (previous?.n ?? 0) + 1, outcome: 'unchanged' }));
      return;
    }
    setPressed(andTriage ? 'triage' : 'save');
    return (async () => {
      let updated = unchanged ? null : await triageIncident(incident.id, body);
      if (andTriage) updated = await transitionIncident(incident.id, { event: IncidentEvent.Triage });
      if (updated) onChange(updated);
      setSaved((previous) => ({ n: (previous?.n ?? 0) + 1, outcome: andTriage ? 'triaged' : 'saved' }));
    })();
  }

  const form = useFormSubmit(triageBodySchema, (data, controls) => save(data, false, controls));
  const { errors } = form;
  const field = fieldBinder(fields, errors);

  function submit(andTriage: boolean) {
    if (form.busy) return;
    setSaved(null);
    void form.submit(
      {
        severity: severity === '' ? undefined : severity,
        categories,
        handlerUserId: handler === '' ? null : handler,
        unlawfulInfluence,
        sexualOrSexist,
        electionPeriod,
        seriousWorkIncident,
        perpetratorIdentifiers: entriesOf(identifiers),
        // Checked by the schema with the rest; saved as the changes they are (below).
        ...answerChanges(answers, incident),
      },
      (data, controls) => save(data, andTriage, controls),
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(false);
  }

  return (
    <JumpSection id="case-triage" title={t('casework.triage.heading')}>
      <Paragraph>{t('casework.triage.intro')}</Paragraph>
      {saved && (
        <FocusAlert key={saved.n} color="success">
          <Paragraph>{t(savedTexts[saved.outcome])}</Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form form--wide" noValidate onSubmit={onSubmit}>
        <RadioGroup
          {...field.group('severity')}
          name="triage-severity"
          value={severity}
          onChange={setSeverity}
          options={severities.map((value) => ({ value, label: severityName(value, t) }))}
        />
        <CheckboxGroup
          {...field.group('categories')}
          description={t('casework.triage.categoriesHelp')}
          options={categoryOptions}
          values={categories}
          onChange={setCategories}
        />
        <SelectField
          {...field('handlerUserId')}
          value={handler}
          onChange={setHandler}
          placeholder={t('casework.triage.noHandler')}
          options={handlers.map((person) => ({ value: person.id, label: person.name }))}
        />
        <TriageAnswerFields
          answers={answers}
          onChange={setAnswers}
          field={field}
          taxonomy={taxonomy}
          incident={incident}
        />
        <Fieldset>
          <Fieldset.Legend>{t('casework.triage.flags')}</Fieldset.Legend>
          <Checkbox
            id="triage-unlawful-influence"
            label={t('casework.triage.unlawfulInfluence')}
            checked={unlawfulInfluence}
            onChange={(event) => setUnlawfulInfluence(event.target.checked)}
          />
          <Checkbox
            id="triage-sexual"
            label={t('casework.triage.sexualOrSexist')}
            checked={sexualOrSexist}
            onChange={(event) => setSexualOrSexist(event.target.checked)}
          />
          <Checkbox
            id="triage-election"
            label={t('casework.triage.electionPeriod')}
            checked={electionPeriod}
            onChange={(event) => setElectionPeriod(event.target.checked)}
          />
          <Checkbox
            id="triage-serious-work"
            label={t('casework.triage.seriousWorkIncident')}
            description={t('casework.triage.seriousWorkIncidentHelp')}
            checked={seriousWorkIncident}
            onChange={(event) => setSeriousWorkIncident(event.target.checked)}
          />
        </Fieldset>
        <TextAreaField
          {...field('perpetratorIdentifiers')}
          description={
            prefilled
              ? `${t('casework.triage.identifiersHelp')} ${t('casework.triage.identifiersFound')}`
              : t('casework.triage.identifiersHelp')
          }
          value={identifiers}
          onChange={setIdentifiers}
          rows={3}
          maxLength={perpetratorIdentifierLimits.count * (perpetratorIdentifierLimits.length + 1)}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy && pressed === 'save'}>
            {t('casework.triage.save')}
          </Button>
          {canTriage && (
            <Button
              variant="secondary"
              loading={form.busy && pressed === 'triage'}
              onClick={() => submit(true)}
            >
              {t('casework.triage.saveAndTriage')}
            </Button>
          )}
        </div>
      </form>
    </JumpSection>
  );
}

const savedTexts = {
  saved: 'casework.triage.saved',
  triaged: 'casework.triage.savedAndTriaged',
  unchanged: 'casework.triage.unchanged',
} as const satisfies Record<string, MessageKey>;

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Only what differs from the case, so that the timeline says what was changed. */
function changesOf(body: TriageBody, incident: UnitIncidentDetail): TriageBody {
  const flag = (name: 'unlawfulInfluence' | 'sexualOrSexist' | 'electionPeriod') =>
    body[name] !== undefined && body[name] !== incident.flags[name] ? { [name]: body[name] } : {};
  return {
    ...(body.severity !== undefined && body.severity !== incident.severity
      ? { severity: body.severity }
      : {}),
    ...(body.categories && !sameSet(body.categories, incident.categories)
      ? { categories: body.categories }
      : {}),
    ...(body.handlerUserId !== undefined && body.handlerUserId !== (incident.handler?.id ?? null)
      ? { handlerUserId: body.handlerUserId }
      : {}),
    ...flag('unlawfulInfluence'),
    ...flag('sexualOrSexist'),
    ...flag('electionPeriod'),
    ...(body.seriousWorkIncident !== undefined && body.seriousWorkIncident !== incident.seriousWorkIncident
      ? { seriousWorkIncident: body.seriousWorkIncident }
      : {}),
    ...(body.perpetratorIdentifiers &&
    normalisePerpetratorIdentifiers(body.perpetratorIdentifiers).join('\n') !==
      incident.perpetratorIdentifiers.join('\n')
      ? { perpetratorIdentifiers: body.perpetratorIdentifiers }
      : {}),
  };
}
