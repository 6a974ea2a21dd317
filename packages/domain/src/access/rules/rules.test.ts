import { describe, expect, it } from 'vitest';
import { Action, actions, can, type Actor } from '../policy';
import { Role, roles } from '../roles';
import { AccountAction, accountRoleRules } from './accounts';
import { IncidentAction, incidentRoleRules } from './incidents';
import { MeasureAction, measureRoleRules } from './measures';
import { MeetingAction, meetingRoleRules, meetingVisibleTo, securityPlanPartReadActions } from './meetings';
import { NetworkAction, networkRoleRules } from './network';
import { OrganisationAction, organisationRoleRules } from './organisation';
import { RiskguideAction, riskguideRoleRules } from './riskguide';
import { SituationAction, situationRoleRules } from './situation';

// The areas are spread into one Action object and one role table: a name or a code in two areas
// would silently overwrite the other's, which the types do not see.
const areas = [
  ['organisation', OrganisationAction, organisationRoleRules],
  ['accounts', AccountAction, accountRoleRules],
  ['incidents', IncidentAction, incidentRoleRules],
  ['riskguide', RiskguideAction, riskguideRoleRules],
  ['measures', MeasureAction, measureRoleRules],
  ['meetings', MeetingAction, meetingRoleRules],
  ['network', NetworkAction, networkRoleRules],
  ['situation', SituationAction, situationRoleRules],
] as const;

describe('the policy areas', () => {
  it('share no action name and no action code, and together are every action', () => {
    const names = areas.flatMap(([, slice]) => Object.keys(slice));
    const codes = areas.flatMap(([, slice]) => Object.values<string>(slice));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(codes).size).toBe(codes.length);
    expect(names.sort()).toEqual(Object.keys(Action).sort());
    expect(codes.sort()).toEqual([...actions].sort());
  });

  it.each(areas)('%s: a role rule for each of its actions and for no other', (_area, slice, roleRules) => {
    expect(Object.keys(roleRules).sort()).toEqual(Object.values<string>(slice).sort());
  });
});

describe('meetingVisibleTo: public meetings and those of the actor’s bodies', () => {
  const actor: Actor = {
    userId: 'user-1',
    organisationId: 'organisation-1',
    role: Role.Official,
    partyId: null,
    bodyIds: ['body-1', 'body-3'],
  };
  const { bodyIds: _bodyIds, ...withoutBodies } = actor;

  it.each<[string, Actor, string | null, boolean, boolean]>([
    ['public, another body', actor, 'body-2', true, true],
    ['public, no body', actor, null, true, true],
    ['closed, one of their bodies', actor, 'body-1', false, true],
    ['closed, their other body', actor, 'body-3', false, true],
    ['closed, another body', actor, 'body-2', false, false],
    ['closed, no body', actor, null, false, false],
    ['public, bodies not loaded', withoutBodies, 'body-1', true, true],
    ['closed, bodies not loaded', withoutBodies, 'body-1', false, false],
  ])('%s → %s', (_label, who, bodyId, isPublic, visible) => {
    expect(meetingVisibleTo(who, { bodyId, isPublic })).toBe(visible);
  });
});

// What each role reads of a security plan of a meeting visible to them (issue 10 §5): written out
// by hand, one row per role, one column per part.
describe('securityPlanPartReadActions: the parts of a plan each role reads', () => {
  type Parts = readonly [boolean, boolean, boolean, boolean, boolean, boolean];
  const parts = ['threatPicture', 'checklist', 'staffing', 'screening', 'evacuation', 'status'] as const;
  const o = true;
  const _ = false;
  //                                   threat checklist staffing screening evacuation status
  const table: Readonly<Record<Role, Parts>> = {
    [Role.Admin]: /*                */ [_, _, _, _, _, _],
    [Role.SecurityOfficer]: /*      */ [o, o, o, o, o, o],
    [Role.PartyContact]: /*         */ [_, _, _, _, o, o],
    [Role.Official]: /*             */ [_, _, _, _, o, o],
    [Role.Staff]: /*                */ [_, _, _, _, _, _],
    [Role.Secretary]: /*            */ [_, _, _, _, o, o],
    [Role.Viewer]: /*               */ [_, _, _, _, _, _],
  };

  it('has a column for every part', () => {
    expect(Object.keys(securityPlanPartReadActions).sort()).toEqual([...parts].sort());
  });

  it.each(roles.flatMap((role) => parts.map((part, index) => [role, part, table[role][index]] as const)))(
    '%s reads %s → %s',
    (role, part, expected) => {
      const actor: Actor = { userId: 'user-1', organisationId: 'organisation-1', role, partyId: null };
      const meeting = { type: 'meeting', organisationId: 'organisation-1', meetingId: 'meeting-1' } as const;
      const visible = { ...meeting, bodyId: null, isPublic: true };
      expect(can(actor, securityPlanPartReadActions[part], visible)).toBe(expected);
    },
  );
});
