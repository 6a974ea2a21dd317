import { describe, expect, it } from 'vitest';
import { evacuationPlanGaps, evacuationRoles, type EvacuationPlan } from './evacuation';

const complete: EvacuationPlan = {
  leadsOfficials: 'Karin (säkerhetsenheten)',
  leadsPublic: 'Väktaren vid entrén',
  whoCallsPolice: 'Ordföranden',
  routes: 'Nödutgång bakom podiet; huvudentrén.',
  meetingPoint: 'Parkeringen vid stadshusets baksida',
  notes: null,
};

describe('evacuationPlanGaps: what is not filled in, in print order', () => {
  it.each<[string, Partial<EvacuationPlan>, readonly string[]]>([
    ['a complete plan without notes', {}, []],
    ['no one leads the officials', { leadsOfficials: null }, ['leads_officials']],
    ['a blank name for the public', { leadsPublic: '  ' }, ['leads_public']],
    ['no one calls the police', { whoCallsPolice: '' }, ['calls_police']],
    ['no routes', { routes: null }, ['routes']],
    ['no meeting point', { meetingPoint: null }, ['meeting_point']],
    [
      'nothing at all',
      { leadsOfficials: null, leadsPublic: null, whoCallsPolice: null, routes: null, meetingPoint: null },
      ['leads_officials', 'leads_public', 'calls_police', 'routes', 'meeting_point'],
    ],
  ])('%s → %j', (_label, overrides, gaps) => {
    expect(evacuationPlanGaps({ ...complete, ...overrides })).toEqual(gaps);
  });

  it('covers every role', () => {
    const empty = { ...complete, leadsOfficials: null, leadsPublic: null, whoCallsPolice: null };
    expect(evacuationPlanGaps(empty)).toEqual(evacuationRoles);
  });
});
