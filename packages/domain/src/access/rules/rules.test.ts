import { describe, expect, it } from 'vitest';
import { Action, actions } from '../policy';
import { AccountAction, accountRoleRules } from './accounts';
import { IncidentAction, incidentRoleRules } from './incidents';
import { MeasureAction, measureRoleRules } from './measures';
import { OrganisationAction, organisationRoleRules } from './organisation';
import { RiskguideAction, riskguideRoleRules } from './riskguide';

// The areas are spread into one Action object and one role table: a name or a code in two areas
// would silently overwrite the other's, which the types do not see.
const areas = [
  ['organisation', OrganisationAction, organisationRoleRules],
  ['accounts', AccountAction, accountRoleRules],
  ['incidents', IncidentAction, incidentRoleRules],
  ['riskguide', RiskguideAction, riskguideRoleRules],
  ['measures', MeasureAction, measureRoleRules],
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
