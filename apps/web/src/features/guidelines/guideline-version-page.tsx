import { useCallback } from 'react';
import { useParams } from 'react-router';
import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';
import { getGuidelineVersion } from '../../lib/api/guidelines';
import { useQuery } from '../../lib/use-query';
import { Page, Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { AppLink } from '../../components/links';
import { GuidelineText } from './guideline-text';

/** One version of the guidelines with its Swedish and English texts. */
export function GuidelineVersionPage() {
  const { t, date } = useI18n();
  const { id = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => getGuidelineVersion(id, signal), [id]);
  const version = useQuery(load);
  const title = version.status === 'success' ? version.data.title : t('guidelines.title');
  return (
    <Page title={title}>
      <Paragraph>
        <AppLink to="/guidelines">{t('guidelines.back')}</AppLink>
      </Paragraph>
      <QueryView query={version} loadingLabel={t('guidelines.loading')}>
        {(data) => (
          <>
            <Paragraph>
              {t('guidelines.versionTitle', { title: data.title, version: data.version })}.{' '}
              {t('guidelines.adopted', { date: date(data.adoptedOn) })}{' '}
              {data.current && <Tag data-color="success">{t('guidelines.current')}</Tag>}
            </Paragraph>
            <Section title={t('guidelines.textSv')} id="guideline-sv">
              <GuidelineText text={data.textSv} lang="sv" />
            </Section>
            <Section title={t('guidelines.textEn')} id="guideline-en">
              <GuidelineText text={data.textEn} lang="en" />
            </Section>
          </>
        )}
      </QueryView>
    </Page>
  );
}
