import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { CaseRelation, caseRelations, Role, TaxonomyKind } from '@varn/domain';
import type { MyCase, MyCaseList } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { useMe } from '../../lib/session/session';
import { getMyCases } from '../../lib/api/incidents';
import { useQuery } from '../../lib/use-query';
import { taxonomyLabel, useTaxonomy } from '../../lib/taxonomy-labels';
import { Page } from '../../components/page';
import { ErrorAlert, QueryView } from '../../components/feedback';
import { AppLink, ButtonLink } from '../../components/links';
import { RadioChoice } from '../../components/choice-fields';
import { PlainStatusTag } from './plain-status-tag';
import './my-cases.css';

/** The filter in the address (`?relation=member`), so that "back" from a case returns to it. */
function relationOf(params: URLSearchParams): CaseRelation | '' {
  return caseRelations.find((relation) => relation === params.get('relation')) ?? '';
}

/**
 * "Mina ärenden" (issue 9 §1): the cases that concern the user, newest first, as cards that fit a
 * 360 px phone, twenty at a time ("Visa fler"). A party security contact sees which cases are
 * their own and which are members' (shared with their consent), and can show only one kind.
 */
export function CasesPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const relation = relationOf(params);
  const partyContact = me.role === Role.PartyContact;
  return (
    <Page title={t('cases.title')}>
      <Paragraph>{t(partyContact ? 'cases.introPartyContact' : 'cases.intro')}</Paragraph>
      <div className="button-row">
        <ButtonLink to="/report" variant="secondary">
          {t('report.homeLink')}
        </ButtonLink>
      </div>
      {partyContact && (
        <div className="case-filter">
          <RadioChoice
            id="cases-relation"
            name="relation"
            legend={t('cases.filter')}
            choices={[
              { value: '', label: t('cases.filterAll') },
              { value: CaseRelation.Own, label: t('cases.filterOwn') },
              { value: CaseRelation.Member, label: t('cases.filterMember') },
            ]}
            value={relation}
            onChange={(value) => setParams(value === '' ? {} : { relation: value }, { replace: true })}
          />
        </div>
      )}
      {/* A new filter starts the list again from its first page. */}
      <CaseList key={relation} relation={relation} showRelation={partyContact} />
    </Page>
  );
}

function CaseList({
  relation,
  showRelation,
}: {
  readonly relation: CaseRelation | '';
  readonly showRelation: boolean;
}) {
  const { t } = useI18n();
  const load = useCallback(
    (signal: AbortSignal): Promise<MyCaseList> =>
      getMyCases({ relation: relation === '' ? undefined : relation }, signal),
    [relation],
  );
  const first = useQuery(load);
  return (
    <QueryView query={first} loadingLabel={t('cases.loading')}>
      {(page) =>
        page.cases.length === 0 ? (
          <Paragraph>{t(relation === '' ? 'cases.empty' : 'cases.emptyFiltered')}</Paragraph>
        ) : (
          <MoreCases first={page} relation={relation} showRelation={showRelation} />
        )
      }
    </QueryView>
  );
}

/** The cards loaded so far and "Visa fler" while there are more; focus moves to the first new card. */
function MoreCases({
  first,
  relation,
  showRelation,
}: {
  readonly first: MyCaseList;
  readonly relation: CaseRelation | '';
  readonly showRelation: boolean;
}) {
  const { t } = useI18n();
  const [cases, setCases] = useState<readonly MyCase[]>(first.cases);
  const [cursor, setCursor] = useState(first.nextCursor);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (focusId === null) return;
    list.current?.querySelector<HTMLAnchorElement>(`[data-case="${focusId}"] a`)?.focus();
  }, [focusId]);

  async function showMore() {
    if (loading || cursor === null) return;
    setLoading(true);
    setFailed(null);
    try {
      const next = await getMyCases({ relation: relation === '' ? undefined : relation, cursor });
      setCases((previous) => [...previous, ...next.cases]);
      setCursor(next.nextCursor);
      setFocusId(next.cases[0]?.id ?? null);
    } catch (error) {
      setFailed(error);
    } finally {
      setLoading(false);
    }
  }

  return (
    <>
      <ul className="case-cards" ref={list} aria-label={t('cases.listLabel')}>
        {cases.map((item) => (
          <CaseCard key={item.id} item={item} showRelation={showRelation} />
        ))}
      </ul>
      {failed !== null && <ErrorAlert error={failed} onRetry={() => void showMore()} />}
      {cursor !== null && (
        <div className="button-row">
          <Button
            variant="secondary"
            loading={loading}
            aria-disabled={loading}
            onClick={() => void showMore()}
          >
            {t('cases.more')}
          </Button>
        </div>
      )}
    </>
  );
}

function CaseCard({ item, showRelation }: { readonly item: MyCase; readonly showRelation: boolean }) {
  const { t, date, locale } = useI18n();
  const taxonomy = useTaxonomy();
  // Labels come from the organisation's lists; until they are here, the default labels serve.
  const entries = taxonomy.status === 'success' ? taxonomy.data.entries : [];
  return (
    <li className="case-card" data-case={item.id}>
      <Heading level={2} data-size="2xs">
        <AppLink to={`/cases/${item.id}`}>{t('cases.cardTitle', { reference: item.reference })}</AppLink>
      </Heading>
      <div className="case-card__meta">
        <PlainStatusTag status={item.plainStatus} />
        {showRelation && (
          <Tag data-color={item.relation === CaseRelation.Own ? 'neutral' : 'info'}>
            {t(item.relation === CaseRelation.Own ? 'cases.relationOwn' : 'cases.relationMember')}
          </Tag>
        )}
      </div>
      <Paragraph data-size="sm">
        {item.categories
          .map((code) => taxonomyLabel(code, TaxonomyKind.Category, locale, entries))
          .join(', ')}
      </Paragraph>
      <Paragraph data-size="sm" className="muted">
        {t('cases.reportedOn', { date: date(item.reportedAt) })}
      </Paragraph>
    </li>
  );
}
