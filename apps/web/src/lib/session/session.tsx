import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me } from '@varn/contracts';
import { ApiError, onApiEvent, refreshCsrfToken } from '../api/client';
import { logout as logoutRequest } from '../api/auth';
import { clearMeetingLogQueues, clearReportDrafts } from '../drafts';
import { getMe } from '../api/me';
import { setLocale } from '../i18n/locale-store';

/** Why the visitor is not logged in, for the notice on the login page. */
export type AnonymousReason = 'session_expired' | 'logged_out' | null;

/** Who is using the client. */
export type SessionState =
  | { readonly status: 'loading' }
  /** The server could not be asked (down, network): nothing can be decided. */
  | { readonly status: 'unavailable'; readonly error: unknown }
  | { readonly status: 'anonymous'; readonly reason: AnonymousReason }
  /** Logged in, but the role requires MFA and it is not set up: only enrolment and logout. */
  | { readonly status: 'enrolment'; readonly me: Me | null }
  | { readonly status: 'authenticated'; readonly me: Me };

/** What components get from {@link useSession}. */
export interface Session {
  readonly state: SessionState;
  /** Asks the server who is logged in (after login, MFA, enrolment, profile changes). */
  readonly refresh: () => Promise<SessionState>;
  /** Replaces the signed-in user after a command that returned them. */
  readonly setMe: (me: Me) => void;
  readonly logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

function stateFor(me: Me): SessionState {
  return me.mfaEnrolmentRequired ? { status: 'enrolment', me } : { status: 'authenticated', me };
}

async function loadSession(): Promise<SessionState> {
  try {
    const me = await getMe();
    // The user's stored language wins over the device's choice once they are logged in.
    setLocale(me.language);
    return stateFor(me);
  } catch (error) {
    if (error instanceof ApiError) {
      if (error.status === 401) return { status: 'anonymous', reason: null };
      if (error.code === 'mfa_enrolment_required') return { status: 'enrolment', me: null };
    }
    return { status: 'unavailable', error };
  }
}

/** Loads the session at start and keeps it in step with what every request learns. */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(
    () =>
      onApiEvent((event) => {
        if (event.type === 'unauthenticated') {
          // A session that ends while in use (timed out, or logged out from another device) is
          // explained on the login page in the same words either way.
          setState((previous) =>
            previous.status === 'authenticated' || previous.status === 'enrolment'
              ? { status: 'anonymous', reason: 'session_expired' }
              : previous,
          );
        } else {
          setState((previous) =>
            previous.status === 'authenticated' ? { status: 'enrolment', me: previous.me } : previous,
          );
        }
      }),
    [],
  );

  useEffect(() => {
    let active = true;
    void Promise.allSettled([refreshCsrfToken(), loadSession()]).then(([, session]) => {
      if (active && session.status === 'fulfilled') setState(session.value);
    });
    return () => {
      active = false;
    };
  }, []);

  const refresh = useCallback(async () => {
    const next = await loadSession();
    setState(next);
    return next;
  }, []);

  const setMe = useCallback((me: Me) => {
    setLocale(me.language);
    setState(stateFor(me));
  }, []);

  const logout = useCallback(async () => {
    try {
      await logoutRequest();
    } finally {
      // Whatever the server said, this browser forgets the user (and their unsent drafts); the
      // next token belongs to the new cookie.
      clearReportDrafts();
      clearMeetingLogQueues();
      setState({ status: 'anonymous', reason: 'logged_out' });
      void refreshCsrfToken().catch(() => undefined);
    }
  }, []);

  const value = useMemo<Session>(() => ({ state, refresh, setMe, logout }), [state, refresh, setMe, logout]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

/** The session: who is logged in, and the commands that change it. */
export function useSession(): Session {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** The signed-in user; only for components under the logged-in layout. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useMe needs an authenticated session');
  return state.me;
}
