import { Component, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';
import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../lib/i18n/i18n';
import { useSession } from '../lib/session/session';
import { AppLink } from '../components/links';
import { Page } from '../components/page';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { SessionLoading } from './session-pages';

/** "Sidan finns inte". */
export function NotFoundPage() {
  const { t } = useI18n();
  const { state } = useSession();
  return (
    <Page title={t('notFound.title')}>
      <Paragraph>{t('notFound.text')}</Paragraph>
      <Paragraph>
        <AppLink to={state.status === 'anonymous' ? '/login' : '/'}>
          {state.status === 'anonymous' ? t('notFound.toLogin') : t('notFound.toHome')}
        </AppLink>
      </Paragraph>
    </Page>
  );
}

/** "Ingen behörighet": the page exists but not for this role. */
export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <Page title={t('forbidden.title')}>
      <Paragraph>{t('forbidden.text')}</Paragraph>
      <Paragraph>
        <AppLink to="/">{t('notFound.toHome')}</AppLink>
      </Paragraph>
    </Page>
  );
}

/** Unknown addresses, in the layout that fits whoever is asking. */
export function NotFoundRoute() {
  const { state } = useSession();
  if (state.status === 'loading') return <SessionLoading />;
  if (state.status === 'authenticated' || state.status === 'enrolment') {
    return (
      <AppLayout>
        <NotFoundPage />
      </AppLayout>
    );
  }
  return (
    <PublicLayout>
      <NotFoundPage />
    </PublicLayout>
  );
}

/** Shown when a page fails to render: never a blank page. */
export function RouteErrorPage() {
  const { t } = useI18n();
  return (
    <PublicLayout>
      <Page title={t('crash.title')}>
        <Paragraph>{t('crash.text')}</Paragraph>
        <Paragraph>
          <a className="ds-link" href="/">
            {t('notFound.toHome')}
          </a>
        </Paragraph>
      </Page>
    </PublicLayout>
  );
}

class ErrorBoundary extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <RouteErrorPage /> : this.props.children;
  }
}

/** The pages below it, or the error page when one fails to render; another address tries again. */
export function RouteErrorBoundary() {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary key={pathname}>
      <Outlet />
    </ErrorBoundary>
  );
}
