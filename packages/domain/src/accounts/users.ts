import { Role } from '../access/roles';

/** Account status: invited (link sent, no password yet), active, or deactivated by an admin. */
export const UserStatus = { Invited: 'invited', Active: 'active', Deactivated: 'deactivated' } as const;

export type UserStatus = (typeof UserStatus)[keyof typeof UserStatus];

/** Every account status, for database checks and table-driven tests. */
export const userStatuses: readonly UserStatus[] = Object.values(UserStatus);

/**
 * Whether a user can be given casework: a case to handle, a measure to own, a notice to act on.
 * Only active security officers (DOMAIN.md §2: the unit owns the work); an invited or deactivated
 * account, or another role, is refused with `handler_not_officer`.
 */
export function isAssignableOfficer(user: { readonly role: Role; readonly status: UserStatus }): boolean {
  return user.role === Role.SecurityOfficer && user.status === UserStatus.Active;
}
