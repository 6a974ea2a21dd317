import { useCallback } from 'react';
import { can, type Action, type Actor, type Resource } from '@varn/domain';
import type { Me } from '@varn/contracts';
import { useSession } from './session';

/** The policy's view of the signed-in user. */
export function actorOf(me: Me): Actor {
  return { userId: me.id, organisationId: me.organisation.id, role: me.role, partyId: me.party?.id ?? null };
}

/** The resource an action is about, within the user's own organisation. */
export function resourceFor(action: Action, organisationId: string, userId?: string): Resource {
  const [type] = action.split('.');
  switch (type) {
    case 'party':
      return { type: 'party', organisationId };
    case 'user':
      return userId === undefined
        ? { type: 'user', organisationId }
        : { type: 'user', organisationId, userId };
    case 'audit':
      return { type: 'audit_log', organisationId };
    case 'outbox':
      return { type: 'outbox', organisationId };
    default:
      return { type: 'organisation', organisationId };
  }
}

/**
 * Asks the one access policy (`@varn/domain`) what the signed-in user may do. The server decides
 * again on every request; the client only uses the answer to show what is possible.
 */
export function useCan(): (action: Action, userId?: string) => boolean {
  const { state } = useSession();
  const me = state.status === 'authenticated' ? state.me : null;
  return useCallback(
    (action: Action, userId?: string) =>
      me !== null && can(actorOf(me), action, resourceFor(action, me.organisation.id, userId)),
    [me],
  );
}
