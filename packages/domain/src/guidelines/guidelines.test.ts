import { describe, expect, it } from 'vitest';
import {
  currentGuidelineVersion,
  endorsementProblem,
  endorsementStatus,
  type EndorsementStatus,
  type GuidelineEndorsement,
  type GuidelineVersion,
} from './guidelines';

const v1: GuidelineVersion = { id: 'v1', version: 1, adoptedOn: '2023-03-20' };
const v2: GuidelineVersion = { id: 'v2', version: 2, adoptedOn: '2026-11-23' };
const v3: GuidelineVersion = { id: 'v3', version: 3, adoptedOn: '2027-02-15' };

describe('currentGuidelineVersion: the highest version adopted by the day', () => {
  it.each<[string, string | null]>([
    ['2023-03-19', null],
    ['2023-03-20', 'v1'],
    ['2026-11-22', 'v1'],
    ['2026-11-23', 'v2'],
    ['2026-12-05', 'v2'],
    ['2027-02-15', 'v3'],
  ])('%s → %s', (day, id) => {
    // Out of order on purpose.
    expect(currentGuidelineVersion([v3, v1, v2], day)?.id ?? null).toBe(id);
  });

  it('is null without versions', () => {
    expect(currentGuidelineVersion([], '2026-12-05')).toBeNull();
  });
});

describe('endorsementStatus: a new version resets the endorsements', () => {
  const parties = [{ id: 'S' }, { id: 'M' }, { id: 'SD' }, { id: 'V' }];
  const signed = (partyId: string, versionId: string, signedOn: string): GuidelineEndorsement => ({
    partyId,
    versionId,
    signedOn,
  });
  const endorsements = [
    signed('S', 'v1', '2023-04-01'),
    signed('S', 'v2', '2026-11-30'),
    signed('M', 'v1', '2023-04-02'),
    signed('V', 'v2', '2026-12-01'),
  ];

  it.each<[string, GuidelineVersion | null, EndorsementStatus[]]>([
    // V signed only version 2, not the one in force.
    ['version 1 current', v1, ['endorsed', 'endorsed', 'never', 'outdated']],
    // M signed only version 1: it must sign again; V signed only version 2.
    ['version 2 current', v2, ['endorsed', 'outdated', 'never', 'endorsed']],
    ['version 3 current: everyone again', v3, ['outdated', 'outdated', 'never', 'outdated']],
    ['no version yet', null, ['never', 'never', 'never', 'never']],
  ])('%s → %j', (_label, current, statuses) => {
    expect(endorsementStatus(parties, endorsements, current).map((row) => row.status)).toEqual(statuses);
  });

  it('gives the current version’s endorsement and keeps the parties', () => {
    const [s, m] = endorsementStatus(parties, endorsements, v2);
    expect(s).toEqual({
      party: { id: 'S' },
      status: 'endorsed',
      endorsement: signed('S', 'v2', '2026-11-30'),
    });
    expect(m).toEqual({ party: { id: 'M' }, status: 'outdated', endorsement: null });
  });
});

describe('endorsementProblem', () => {
  it.each<[string, string | null]>([
    ['2026-11-22', 'signed_before_adoption'],
    ['2026-11-23', null],
    ['2026-12-05', null],
    ['2026-12-06', 'signed_in_future'],
  ])('signed %s for version 2 on 2026-12-05 → %s', (signedOn, problem) => {
    expect(endorsementProblem(v2, signedOn, '2026-12-05')).toBe(problem);
  });
});
