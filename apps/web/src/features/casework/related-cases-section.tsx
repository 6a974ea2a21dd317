import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { incidentSearchQuerySchema, type RelatedCase, type RelatedReasonView } from '@varn/contracts';
import { RelatedReason, similarTextWindowDays } from '@varn/domain';
import { useI18n, type I18n } from '../../lib/i18n/i18n';
import {
  getRelatedSuggestions,
  linkRelatedCase,
  searchIncidents,
  unlinkRelatedCase,
} from '../../lib/api/incidents';
import { errorText } from '../../lib/errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useQuery } from '../../lib/use-query';
import { FocusAlert, QueryView } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { TextField } from '../../components/fields';
import { AppLink } from '../../components/links';
import { JumpSection } from '../../components/jump-section';
import { CasePart } from './case-parts';
import type { CaseContext } from './case-context';
import { shorten } from './recent-cases';
import { IncidentStatusTag, SeverityTag } from './tags';

/** Why a case is suggested, in words. */
function reasonText(detail: RelatedReasonView, t: I18n['t']): string {
  switch (detail.reason) {
    case RelatedReason.SamePerpetrator:
      return t('casework.related.reason.samePerpetrator', { identifiers: detail.identifiers.join(', ') });
    case RelatedReason.SameTarget:
      return t('casework.related.reason.sameTarget');
    case RelatedReason.SimilarText:
      return t('casework.related.reason.similarText', { n: detail.sharedTerms, days: similarTextWindowDays });
  }
}

type Outcome =
  | { readonly n: number; readonly kind: 'linked' | 'unlinked'; readonly reference: string }
  | { readonly n: number; readonly kind: 'error'; readonly error: unknown };

/**
 * Related cases (issue 9 §2): the cases linked to this one (its series), suggestions with the
 * reason for each (same target, same perpetrator identifier, similar description), and a search
 * by reference or words. Linking and unlinking take effect at once, on both cases.
 */
export function RelatedCasesSection({ incident, onChange }: CaseContext) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const load = useCallback(
    (signal: AbortSignal) => getRelatedSuggestions(incident.id, signal),
    [incident.id],
  );
  const suggestions = useQuery(load);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const linkedIds = new Set(incident.linkedIncidents.map((linked) => linked.id));

  async function change(
    kind: 'linked' | 'unlinked',
    target: { readonly id: string; readonly reference: string },
  ) {
    if (busy) return;
    setBusy(target.id);
    const n = (outcome?.n ?? 0) + 1;
    try {
      onChange(
        kind === 'linked'
          ? await linkRelatedCase(incident.id, target.id)
          : await unlinkRelatedCase(incident.id, target.id),
      );
      setOutcome({ n, kind, reference: target.reference });
      suggestions.reload();
    } catch (error) {
      setOutcome({ n, kind: 'error', error });
    } finally {
      setBusy(null);
    }
  }

  const linkButton = (found: RelatedCase) =>
    found.id === incident.id ? (
      <Paragraph data-size="sm">{t('casework.related.thisCase')}</Paragraph>
    ) : linkedIds.has(found.id) ? (
      <Paragraph data-size="sm">{t('casework.related.alreadyLinked')}</Paragraph>
    ) : (
      <div className="button-row">
        <Button
          variant="secondary"
          data-size="sm"
          loading={busy === found.id}
          onClick={() => void change('linked', found)}
        >
          {t('casework.related.link')}
          <span className="ds-sr-only"> {found.reference}</span>
        </Button>
      </div>
    );

  return (
    <JumpSection id={CasePart.Related} title={t('casework.related.heading')}>
      <Paragraph data-size="sm">{t('casework.related.intro')}</Paragraph>
      {outcome && (
        <FocusAlert key={outcome.n} color={outcome.kind === 'error' ? 'danger' : 'success'}>
          <Paragraph>
            {outcome.kind === 'error'
              ? errorText(outcome.error, i18n)
              : t(outcome.kind === 'linked' ? 'casework.related.linked' : 'casework.related.unlinked', {
                  reference: outcome.reference,
                })}
          </Paragraph>
        </FocusAlert>
      )}

      <div className="subsection">
        <Heading level={3} data-size="2xs">
          {t('casework.related.linkedHeading')}
        </Heading>
        {incident.linkedIncidents.length === 0 ? (
          <Paragraph>{t('casework.related.noneLinked')}</Paragraph>
        ) : (
          <ul className="plain-list stack" aria-label={t('casework.related.linkedHeading')}>
            {incident.linkedIncidents.map((linked) => (
              <li key={linked.id} className="related-case">
                <span className="related-case__head">
                  <AppLink to={`/incidents/${linked.id}`}>{linked.reference}</AppLink>
                  <span className="muted">{date(linked.reportedAt)}</span>
                  <IncidentStatusTag status={linked.status} />
                </span>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  loading={busy === linked.id}
                  onClick={() => void change('unlinked', linked)}
                >
                  {t('casework.related.unlink')}
                  <span className="ds-sr-only"> {linked.reference}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="subsection">
        <Heading level={3} data-size="2xs">
          {t('casework.related.suggestionsHeading')}
        </Heading>
        <QueryView query={suggestions} loadingLabel={t('casework.related.loadingSuggestions')}>
          {(data) => (
            <>
              <Paragraph data-size="sm">
                {t('casework.related.suggestionsHelp', {
                  from: date(data.similarTextFrom),
                  to: date(data.similarTextTo),
                })}
              </Paragraph>
              {data.suggestions.length === 0 ? (
                <Paragraph>{t('casework.related.noSuggestions')}</Paragraph>
              ) : (
                <ul className="card-list" aria-label={t('casework.related.suggestionsHeading')}>
                  {data.suggestions.map(({ incident: found, reasons }) => (
                    <li key={found.id} className="related-case related-case--card">
                      <CaseLine found={found} />
                      <Paragraph data-size="sm">
                        <strong>{t('casework.related.why')}</strong>
                      </Paragraph>
                      <ul className="related-case__reasons">
                        {reasons.map((detail) => (
                          <li key={detail.reason}>{reasonText(detail, t)}</li>
                        ))}
                      </ul>
                      {linkButton(found)}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </QueryView>
      </div>

      <CaseSearch renderAction={linkButton} />
    </JumpSection>
  );
}

/** A found case: reference, date, status, severity and the start of its description. */
function CaseLine({ found }: { readonly found: RelatedCase }) {
  const { date } = useI18n();
  return (
    <>
      <span className="related-case__head">
        <AppLink to={`/incidents/${found.id}`}>{found.reference}</AppLink>
        <span className="muted">{date(found.reportedAt)}</span>
        <IncidentStatusTag status={found.status} />
        <SeverityTag severity={found.severity} />
      </span>
      <Paragraph data-size="sm" className="related-case__excerpt">
        {shorten(found.excerpt, 140)}
      </Paragraph>
    </>
  );
}

/** "Sök ärende": by reference or words of the description, the organisation's cases. */
function CaseSearch({ renderAction }: { readonly renderAction: (found: RelatedCase) => ReactNode }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<{
    readonly q: string;
    readonly cases: readonly RelatedCase[];
  } | null>(null);
  const form = useFormSubmit(incidentSearchQuerySchema, async (query) => {
    const { incidents } = await searchIncidents(query.q);
    setResults({ q: query.q, cases: incidents });
  });
  const fields = { q: { id: 'related-search', label: t('casework.related.searchLabel') } };
  const field = fieldBinder(fields, form.errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ q });
  }

  return (
    <div className="subsection">
      <Heading level={3} data-size="2xs">
        {t('casework.related.searchHeading')}
      </Heading>
      <FormErrorSummary errors={form.errors} fields={fields} attempt={form.attempt} />
      <form className="form" role="search" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('q')}
          description={t('casework.related.searchHelp')}
          type="search"
          value={q}
          onChange={setQ}
          autoComplete="off"
          maxLength={200}
        />
        <div className="button-row">
          <Button type="submit" variant="secondary" loading={form.busy}>
            {t('casework.related.searchSubmit')}
          </Button>
        </div>
      </form>
      <div role="status" className="stack">
        {results && (
          <Paragraph data-size="sm">
            {results.cases.length === 0
              ? t('casework.related.noResults', { q: results.q })
              : t('casework.related.results', { n: results.cases.length, q: results.q })}
          </Paragraph>
        )}
      </div>
      {results && results.cases.length > 0 && (
        <ul className="card-list" aria-label={t('casework.related.resultsLabel')}>
          {results.cases.map((found) => (
            <li key={found.id} className="related-case related-case--card">
              <CaseLine found={found} />
              {renderAction(found)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
