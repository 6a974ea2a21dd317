import { useSession } from '../../lib/session/session';
import { SessionLoading } from '../session-pages';
import { AppLayout } from './app-layout';
import { PublicLayout } from './public-layout';

/**
 * Pages open to everyone (the API reference): the app's layout with its navigation for a
 * signed-in user, the public layout for anyone else.
 */
export function OpenLayout() {
  const { state } = useSession();
  if (state.status === 'loading') return <SessionLoading />;
  if (state.status === 'authenticated' || state.status === 'enrolment') return <AppLayout />;
  return <PublicLayout wide />;
}
