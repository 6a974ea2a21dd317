import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { fieldMessage, triageBodySchema, type TriageBody, type UnitIncidentDetail } from '@varn/contracts';
import { IncidentEvent, severities, TaxonomyKind } from '@varn/domain';
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
import { AppLink } from '../../components/links';
import { JumpSection } from '../../components/jump-section';
import type { CaseContext } from './case-context';
import { linkableCases, recentCaseOptions } from './recent-cases';
import { answerChanges, answersOf } from './triage-answers';
import { TriageAnswerFields } from './triage-answer-fields';

interface Linked {
  readonly id: string;
  readonly reference: string;
}

/**
 * Triage: severity, categories, handler, flags, the answers the reporter skipped (issue 9 §1), and
 * the earlier cases of a series. A new case can be saved and moved to "Triagerad" in one go.
 */
export function TriageSection({ incident, taxonomy, handlers, recentCases, onChange }: CaseContext) {
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
  const [linked, setLinked] = useState<readonly Linked[]>(
    incident.linkedIncidents.map(({ id, reference }) => ({ id, reference })),
  );
  const [toLink, setToLink] = useState('');
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
    linkedIncidentIds: { id: 'triage-link', label: t('casework.triage.series') },
  };

  // Active categories, and any inactive one the case already has (so it can be kept or removed).
  const categoryOptions = taxonomyOptions(taxonomy, TaxonomyKind.Category, locale, incident.categories);
  const linkable = linkableCases(recentCases, incident.id, linked);

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
        linkedIncidentIds: linked.map((item) => item.id),
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

  function addLink() {
    const chosen = recentCases.find((candidate) => candidate.id === toLink);
    if (!chosen) {
      document.getElementById(fields.linkedIncidentIds.id)?.focus();
      return;
    }
    setLinked([...linked, { id: chosen.id, reference: chosen.reference }]);
    setToLink('');
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
        <div className="subsection">
          <Heading level={3} data-size="2xs">
            {t('casework.triage.series')}
          </Heading>
          <Paragraph data-size="sm">{t('casework.triage.seriesHelp')}</Paragraph>
          {linked.length === 0 ? (
            <Paragraph>{t('casework.triage.noSeries')}</Paragraph>
          ) : (
            <ul className="plain-list stack">
              {linked.map((item) => (
                <li key={item.id} className="button-row">
                  <AppLink to={`/incidents/${item.id}`}>{item.reference}</AppLink>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    onClick={() => setLinked(linked.filter((other) => other.id !== item.id))}
                  >
                    {t('casework.triage.unlink')}
                    <span className="ds-sr-only"> {item.reference}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <SelectField
            {...field('linkedIncidentIds')}
            // The summary names the series; the field itself picks one case to add to it.
            label={t('casework.triage.linkCase')}
            value={toLink}
            onChange={setToLink}
            placeholder={t('casework.triage.chooseCase')}
            options={recentCaseOptions(linkable, i18n)}
          />
          <div className="button-row">
            <Button variant="secondary" onClick={addLink}>
              {t('casework.triage.addLink')}
            </Button>
          </div>
          <Paragraph data-size="sm" className="muted">
            {t('casework.triage.linkSavedWithForm')}
          </Paragraph>
        </div>
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
    ...(body.linkedIncidentIds &&
    !sameSet(
      body.linkedIncidentIds,
      incident.linkedIncidents.map((linked) => linked.id),
    )
      ? { linkedIncidentIds: body.linkedIncidentIds }
      : {}),
  };
}
