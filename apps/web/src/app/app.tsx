import { BrowserRouter } from 'react-router';
import { I18nProvider } from '../lib/i18n/i18n';
import { SessionProvider } from '../lib/session/session';
import { AppRoutes } from './router';

/** The client: language, session, pages. */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
