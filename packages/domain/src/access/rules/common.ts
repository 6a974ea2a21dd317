import type { Action, Actor, Decision, Resource } from '../policy';
import { Role } from '../roles';

/** Who may perform each action of one area: that area's slice of the policy's role table. */
export type RoleRules<A extends string> = Readonly<Record<A, readonly Role[]>>;

/**
 * A rule that also looks at the record (whose profile, who reported the incident), asked only
 * after the role rule allowed the action. It answers a refusal — `not_found` to keep a record's
 * existence secret, `forbidden` for a rule on one's own record — or `null` when it has nothing
 * against the request. A record rule never allows what the role rule refused.
 */
export type RecordRule = (
  actor: Actor,
  action: Action,
  resource: Resource,
) => Exclude<Decision, 'allow'> | null;

/** Every role. */
export const everyone: readonly Role[] = Object.values(Role);

/** The system owner (admin) only. */
export const adminOnly: readonly Role[] = [Role.Admin];

/** The security unit (säkerhetsenheten) only. */
export const securityUnit: readonly Role[] = [Role.SecurityOfficer];
