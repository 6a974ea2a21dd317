import { Suspense, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';
import { AppLink } from '../../components/links';
import { Loading } from '../../components/feedback';
import { SkipToContent } from './skip-link';
import { LanguageSwitch } from './language-switch';

/** Pages before login (login, second factor, invitation): brand, language switch, content. */
export function PublicLayout({
  children,
  wide = false,
}: {
  readonly children?: ReactNode;
  /** For reference pages (the API documentation); forms stay narrow. */
  readonly wide?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="app-shell">
      <SkipToContent />
      <header className="app-header">
        <div className="app-header__bar">
          <span className="app-brand">
            <span className="app-brand__name">Värn</span>
            <span className="app-brand__tagline">{t('layout.tagline')}</span>
          </span>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className={wide ? 'app-main' : 'app-main app-main--narrow'}>
        {/* A page's area loads the first time one of its pages is shown. */}
        <Suspense fallback={<Loading label={t('app.loadingPage')} />}>{children ?? <Outlet />}</Suspense>
      </main>
      <footer className="app-footer">
        <Paragraph data-size="sm">{t('layout.footer')}</Paragraph>
        <Paragraph data-size="sm">
          <AppLink to="/developers/api">{t('layout.apiDocs')}</AppLink>
        </Paragraph>
      </footer>
    </div>
  );
}
