import { useCallback } from 'react';
import { can, type Action, type Actor } from '@varn/domain';
import type { Me } from '@varn/contracts';
import { resourceFor } from './resources';
import { useSession } from './session';

/** The policy's view of the signed-in user. */
export function actorOf(me: Me): Actor {
  return { userId: me.id, organisationId: me.organisation.id, role: me.role, partyId: me.party?.id ?? null };
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
      me !== null &&
      can(
        actorOf(me),
        action,
        resourceFor(action, { organisationId: me.organisation.id, ownUserId: me.id, userId }),
      ),
    [me],
  );
}
