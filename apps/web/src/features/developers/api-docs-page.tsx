import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useI18n, type I18n, type MessageKey } from '../../lib/i18n/i18n';
import { useQuery } from '../../lib/use-query';
import { Page, Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { getApiDocument, type ApiDocument, type ApiTagGroup } from './openapi';
import { OperationView } from './operation-view';
import { EnglishText, RichText } from './rich-text';
import { SchemasContext } from './schema-view';

const tagKeys: ReadonlyMap<string, MessageKey> = new Map([
  ['auth', 'apiDocs.tag.auth'],
  ['profile', 'apiDocs.tag.profile'],
  ['organisation', 'apiDocs.tag.organisation'],
  ['parties', 'apiDocs.tag.parties'],
  ['users', 'apiDocs.tag.users'],
  ['invitations', 'apiDocs.tag.invitations'],
  ['audit', 'apiDocs.tag.audit'],
  ['mail', 'apiDocs.tag.mail'],
  ['operations', 'apiDocs.tag.operations'],
  ['incidents', 'apiDocs.tag.incidents'],
  ['signals', 'apiDocs.tag.signals'],
  ['measures', 'apiDocs.tag.measures'],
  ['riskguide', 'apiDocs.tag.riskguide'],
  ['meetings', 'apiDocs.tag.meetings'],
  ['register', 'apiDocs.tag.register'],
  ['training', 'apiDocs.tag.training'],
  ['directory', 'apiDocs.tag.directory'],
  ['guidelines', 'apiDocs.tag.guidelines'],
  ['situation', 'apiDocs.tag.situation'],
]);

/** The tag's name in the UI language; a tag this client does not know keeps its own name. */
function tagTitle(tag: string | null, t: I18n['t']): string {
  if (tag === null) return t('apiDocs.untagged');
  const key = tagKeys.get(tag);
  return key ? t(key) : tag;
}

const basicsId = 'api-basics';
const documentPath = '/api/openapi.json';

/**
 * "API-dokumentation": how to use the API, and every operation of the OpenAPI document grouped
 * by tag. Open to everyone, logged in or not, like the document itself.
 */
export function ApiDocsPage() {
  const { t } = useI18n();
  const query = useQuery(getApiDocument);
  const groups = query.status === 'success' ? query.data.groups : [];

  return (
    <Page title={t('apiDocs.title')}>
      <Paragraph>{t('apiDocs.lead')}</Paragraph>
      <nav aria-labelledby="api-toc-heading" className="api-toc">
        <Heading level={2} data-size="xs" id="api-toc-heading">
          {t('apiDocs.toc')}
        </Heading>
        <ul>
          <li>
            <Link href={`#${basicsId}`}>{t('apiDocs.basics.heading')}</Link>
          </li>
          {groups.map((group) => (
            <li key={group.anchor}>
              <Link href={`#${group.anchor}`}>{tagTitle(group.tag, t)}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <Section title={t('apiDocs.basics.heading')} id={basicsId}>
        <ul className="api-basics">
          <li>
            <RichText text={t('apiDocs.basics.json')} />
          </li>
          <li>
            <RichText text={t('apiDocs.basics.session')} />
          </li>
          <li>
            <RichText text={t('apiDocs.basics.csrf')} />
          </li>
          <li>
            <RichText text={t('apiDocs.basics.errors')} />
          </li>
          <li>
            <RichText
              text={t('apiDocs.basics.document')}
              slots={{
                link: (
                  <Link href={documentPath}>
                    <code>{documentPath}</code>
                  </Link>
                ),
              }}
            />
          </li>
        </ul>
      </Section>
      <QueryView query={query} loadingLabel={t('apiDocs.loading')}>
        {(document) => <Reference document={document} />}
      </QueryView>
    </Page>
  );
}

function Reference({ document }: { readonly document: ApiDocument }) {
  const { t } = useI18n();
  const { hash } = useLocation();

  // The operations arrive after the first render, so the browser could not scroll to a linked one.
  useEffect(() => {
    if (hash.length < 2) return;
    let id = hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // Not percent-encoded.
    }
    window.document.getElementById(id)?.scrollIntoView();
  }, [hash]);

  return (
    <SchemasContext value={document.schemas}>
      {document.version !== null && (
        <Paragraph data-size="sm" className="muted">
          {t('apiDocs.version', { version: document.version, openapi: document.openapi })}
        </Paragraph>
      )}
      {document.groups.map((group) => (
        <TagSection key={group.anchor} group={group} />
      ))}
    </SchemasContext>
  );
}

function TagSection({ group }: { readonly group: ApiTagGroup }) {
  const { t } = useI18n();
  return (
    <Section
      title={tagTitle(group.tag, t)}
      id={group.anchor}
      description={group.description !== null && <EnglishText block text={group.description} />}
    >
      {group.operations.map((operation) => (
        <OperationView key={operation.anchor} operation={operation} />
      ))}
    </Section>
  );
}
