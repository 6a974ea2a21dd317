import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Action, Role } from '@varn/domain';
import { useMe, useSession } from '../lib/session/session';
import { useCan } from '../lib/session/access';
import { ForbiddenPage } from './error-pages';
import { SessionLoading, SessionUnavailable } from './session-pages';

/** Logged-in pages: anyone else goes to the login page, which brings them back afterwards. */
export function RequireSession() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <SessionLoading />;
  if (state.status === 'unavailable') return <SessionUnavailable error={state.error} />;
  if (state.status === 'anonymous') {
    const here = `${location.pathname}${location.search}`;
    const next = state.reason === 'logged_out' || here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/login${next}`} replace />;
  }
  return <Outlet />;
}

/** Everything except MFA enrolment: a session that must enrol first is sent there. */
export function RequireFullSession() {
  const { state } = useSession();
  if (state.status === 'enrolment') return <Navigate to="/mfa/enrol" replace />;
  return <Outlet />;
}

/**
 * A page for roles the policy allows; others see "no permission" — or, with `otherwise`, are sent
 * to the page that answers the same question for them (management to the lägesbild's figures).
 */
export function RequireAccess({
  action,
  children,
  otherwise,
}: {
  readonly action: Action;
  readonly children: ReactNode;
  readonly otherwise?: { readonly action: Action; readonly to: string };
}) {
  const can = useCan();
  if (can(action)) return children;
  if (otherwise && can(otherwise.action)) return <Navigate to={otherwise.to} replace />;
  return <ForbiddenPage />;
}

/**
 * The overview of the role: the inbox for whoever may read it (the security unit), the lägesbild
 * for management (viewers: it is what they come for, issue 12), else the home page.
 */
export function HomeFor({
  inbox,
  situation,
  home,
}: {
  readonly inbox: ReactNode;
  readonly situation: ReactNode;
  readonly home: ReactNode;
}) {
  const can = useCan();
  const me = useMe();
  if (can(Action.IncidentInbox)) return inbox;
  return me.role === Role.Viewer && can(Action.SituationRead) ? situation : home;
}
