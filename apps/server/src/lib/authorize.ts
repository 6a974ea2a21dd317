import { authorize, type Action, type Actor, type Resource } from '@varn/domain';
import { forbidden, notFound } from './errors';

/**
 * Asks the one access policy and throws the matching error: 404 for records outside the actor's
 * organisation (so existence does not leak), 403 for a role that may not act.
 */
export function authorizeOrThrow(actor: Actor, action: Action, resource: Resource): void {
  const decision = authorize(actor, action, resource);
  if (decision === 'not_found') throw notFound();
  if (decision === 'forbidden') throw forbidden();
}
