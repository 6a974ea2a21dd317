import { describe, expect, it } from 'vitest';
import { Role, roles } from '../access/roles';
import { isAssignableOfficer, UserStatus, userStatuses } from './users';

describe('isAssignableOfficer', () => {
  const cells = roles.flatMap((role) => userStatuses.map((status) => ({ role, status })));
  it.each(cells)('$role, $status', ({ role, status }) => {
    expect(isAssignableOfficer({ role, status })).toBe(
      role === Role.SecurityOfficer && status === UserStatus.Active,
    );
  });
});
