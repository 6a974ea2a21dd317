import { Button } from '@digdir/designsystemet-react';
import { useI18n } from '../lib/i18n/i18n';
import { useSession } from '../lib/session/session';
import { ErrorAlert, Loading } from '../components/feedback';
import { Page } from '../components/page';
import { PublicLayout } from './layout/public-layout';

/** While the session is being asked for. */
export function SessionLoading() {
  const { t } = useI18n();
  return (
    <PublicLayout>
      <Loading label={t('app.loading')} />
    </PublicLayout>
  );
}

/** When the server could not be reached at start. */
export function SessionUnavailable({ error }: { readonly error: unknown }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  return (
    <PublicLayout>
      <Page title={t('app.unavailableTitle')}>
        <ErrorAlert error={error} />
        <div className="button-row">
          <Button onClick={() => void refresh()}>{t('common.retry')}</Button>
        </div>
      </Page>
    </PublicLayout>
  );
}
