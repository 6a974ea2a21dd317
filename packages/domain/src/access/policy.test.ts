import { describe, expect, it } from 'vitest';
import { Action, actions, authorize, can, type Actor, type Decision, type Resource } from './policy';
import { Role, roles } from './roles';

// The expected answers are written out by hand, one row per action and one column per role, so a
// reviewer can read the policy off this file. They are deliberately not derived from policy.ts.
//
//   A  allow
//   F  forbidden  (HTTP 403): the role may not act on a collection, or a rule on one's own record
//   N  not_found  (HTTP 404): a named record the actor may not act on, so existence never leaks
//
// Columns: ad admin · sc security_officer · pc party_contact · of official · st staff ·
// se secretary · vi viewer.
const A = 'allow';
const F = 'forbidden';
const N = 'not_found';

/** The columns of the tables below, in this order. */
const columns = [
  Role.Admin,
  Role.SecurityOfficer,
  Role.PartyContact,
  Role.Official,
  Role.Staff,
  Role.Secretary,
  Role.Viewer,
] as const;

type Cells = readonly [Decision, Decision, Decision, Decision, Decision, Decision, Decision];

/** What the action is aimed at, as the server builds the resource for it. */
type Target =
  | 'the organisation'
  | 'the party list'
  | 'one party'
  | 'the user list'
  | 'another user'
  | 'own user'
  | 'own sessions'
  | 'the sessions of another user'
  | 'the audit log'
  | 'the outbox';

type Row = readonly [Action, Target, Cells];

const actorUserId = 'user-actor';
const otherUserId = 'user-other';
const ownOrganisation = 'organisation-own';
const otherOrganisation = 'organisation-other';

/** One row per action, aimed at the record the server passes for it. */
const roleTable: readonly Row[] = [
  //                                                             ad sc pc of st se vi
  [Action.OrganisationRead, 'the organisation', /*           */ [A, A, A, A, A, A, A]],
  [Action.OrganisationSettingsRead, 'the organisation', /*   */ [A, F, F, F, F, F, F]],
  [Action.OrganisationSettingsUpdate, 'the organisation', /* */ [A, F, F, F, F, F, F]],
  [Action.PartyList, 'the party list', /*                    */ [A, A, A, A, A, A, A]],
  [Action.PartyReadContacts, 'the party list', /*            */ [A, A, A, A, F, F, F]],
  [Action.PartyCreate, 'the party list', /*                  */ [A, F, F, F, F, F, F]],
  [Action.PartyUpdate, 'one party', /*                       */ [A, N, N, N, N, N, N]],
  [Action.UserList, 'the user list', /*                      */ [A, F, F, F, F, F, F]],
  [Action.UserRead, 'another user', /*                       */ [A, N, N, N, N, N, N]],
  [Action.UserCreate, 'the user list', /*                    */ [A, F, F, F, F, F, F]],
  [Action.UserUpdate, 'another user', /*                     */ [A, N, N, N, N, N, N]],
  [Action.UserDeactivate, 'another user', /*                 */ [A, N, N, N, N, N, N]],
  [Action.UserResetMfa, 'another user', /*                   */ [A, N, N, N, N, N, N]],
  [Action.UserInvite, 'another user', /*                     */ [A, N, N, N, N, N, N]],
  [Action.AuditRead, 'the audit log', /*                     */ [A, F, F, F, F, F, F]],
  [Action.OutboxRead, 'the outbox', /*                       */ [A, F, F, F, F, F, F]],
  [Action.ProfileRead, 'own user', /*                        */ [A, A, A, A, A, A, A]],
  [Action.ProfileUpdate, 'own user', /*                      */ [A, A, A, A, A, A, A]],
  [Action.SessionManage, 'own sessions', /*                  */ [A, A, A, A, A, A, A]],
];

/** Rules that look at the record, not only at the role. */
const recordTable: readonly Row[] = [
  //                                                             ad sc pc of st se vi
  // A profile and its sessions belong to one person: nobody reaches someone else's.
  [Action.ProfileRead, 'another user', /*                    */ [N, N, N, N, N, N, N]],
  [Action.ProfileUpdate, 'another user', /*                  */ [N, N, N, N, N, N, N]],
  [Action.ProfileRead, 'the user list', /*                   */ [N, N, N, N, N, N, N]],
  [Action.SessionManage, 'the sessions of another user', /*       */ [N, N, N, N, N, N, N]],
  // An admin may not deactivate themselves (and lock the organisation out) …
  [Action.UserDeactivate, 'own user', /*                     */ [F, N, N, N, N, N, N]],
  // … but may read, change and reset their own account through the admin pages.
  [Action.UserRead, 'own user', /*                           */ [A, N, N, N, N, N, N]],
  [Action.UserUpdate, 'own user', /*                         */ [A, N, N, N, N, N, N]],
  [Action.UserResetMfa, 'own user', /*                       */ [A, N, N, N, N, N, N]],
  // The same admin-only action answers 403 on a collection and 404 on a named record.
  [Action.UserRead, 'the user list', /*                      */ [A, F, F, F, F, F, F]],
  [Action.PartyUpdate, 'the party list', /*                  */ [A, F, F, F, F, F, F]],
  [Action.UserCreate, 'another user', /*                     */ [A, N, N, N, N, N, N]],
];

function resourceFor(target: Target, organisationId: string): Resource {
  switch (target) {
    case 'the organisation':
      return { type: 'organisation', organisationId };
    case 'the party list':
      return { type: 'party', organisationId };
    case 'one party':
      return { type: 'party', organisationId, partyId: 'party-1' };
    case 'the user list':
      return { type: 'user', organisationId };
    case 'another user':
      return { type: 'user', organisationId, userId: otherUserId };
    case 'own user':
      return { type: 'user', organisationId, userId: actorUserId };
    case 'own sessions':
      return { type: 'session', organisationId, userId: actorUserId };
    case 'the sessions of another user':
      return { type: 'session', organisationId, userId: otherUserId };
    case 'the audit log':
      return { type: 'audit_log', organisationId };
    case 'the outbox':
      return { type: 'outbox', organisationId };
  }
}

function actorWith(role: Role): Actor {
  const partyId = role === Role.PartyContact || role === Role.Official ? 'party-1' : null;
  return { userId: actorUserId, organisationId: ownOrganisation, role, partyId };
}

interface Case {
  readonly action: Action;
  readonly target: Target;
  readonly role: Role;
  readonly expected: Decision;
}

function casesOf(table: readonly Row[]): Case[] {
  return table.flatMap(([action, target, cells]) =>
    columns.map((role, index) => {
      const expected = cells[index];
      if (expected === undefined) throw new Error(`row ${action} has no cell for ${role}`);
      return { action, target, role, expected };
    }),
  );
}

const roleCases = casesOf(roleTable);
const recordCases = casesOf(recordTable);
const allCases = [...roleCases, ...recordCases];

describe('the policy tables', () => {
  it('have one column for every role, in the order of roles', () => {
    expect(columns).toEqual(roles);
  });

  it('have a row for every action', () => {
    expect(new Set(roleTable.map(([action]) => action))).toEqual(new Set(actions));
    expect(roleTable).toHaveLength(actions.length);
  });

  it('list every action code once', () => {
    expect(actions).toEqual(Object.values(Action));
    expect(new Set(actions).size).toBe(actions.length);
  });
});

describe('authorize in the own organisation: every action × every role', () => {
  it.each(roleCases)('$action on $target by $role → $expected', ({ action, target, role, expected }) => {
    expect(authorize(actorWith(role), action, resourceFor(target, ownOrganisation))).toBe(expected);
  });
});

describe('authorize on own and other people’s records', () => {
  it.each(recordCases)('$action on $target by $role → $expected', ({ action, target, role, expected }) => {
    expect(authorize(actorWith(role), action, resourceFor(target, ownOrganisation))).toBe(expected);
  });
});

describe('authorize in another organisation: never allowed, never reveals that the record exists', () => {
  it.each(allCases)('$action on $target by $role → not_found', ({ action, target, role }) => {
    expect(authorize(actorWith(role), action, resourceFor(target, otherOrganisation))).toBe(N);
  });
});

describe('can', () => {
  it.each(allCases)(
    '$action on $target by $role is true only when allowed',
    ({ action, target, role, expected }) => {
      expect(can(actorWith(role), action, resourceFor(target, ownOrganisation))).toBe(expected === A);
      expect(can(actorWith(role), action, resourceFor(target, otherOrganisation))).toBe(false);
    },
  );
});
