import { describe, expect, it } from 'vitest';
import type { PersonAssignment } from '../network/register';
import type { CourseKind } from './courses';
import { refresherCampaignWindow } from './elections';
import {
  requiredCourseKinds,
  standingForKind,
  untrainedChairsOn,
  type TrainingNeedFacts,
} from './requirements';
import type { Attendance, CourseValidity } from './status';

const member = (overrides: Partial<PersonAssignment> = {}): PersonAssignment => ({
  bodyId: 'ks',
  role: 'member',
  termStart: '2023-01-01',
  termEnd: '2026-12-31',
  commissioner: null,
  ...overrides,
});
const facts = (overrides: Partial<TrainingNeedFacts> = {}): TrainingNeedFacts => ({
  assignments: [],
  electionWorkerDates: [],
  partySecurityContact: false,
  ...overrides,
});
const campaign = refresherCampaignWindow('2026-09-13');

describe('requiredCourseKinds: what a person needs on a day', () => {
  it.each<[string, TrainingNeedFacts, string, CourseKind[]]>([
    ['nobody in particular', facts(), '2026-05-01', []],
    [
      'an official, before the campaign',
      facts({ assignments: [member()] }),
      '2026-03-12',
      ['basic_security'],
    ],
    [
      'an official, the campaign’s first day',
      facts({ assignments: [member()] }),
      '2026-03-13',
      ['basic_security', 'pre_election_refresher'],
    ],
    [
      'an official, on election day',
      facts({ assignments: [member()] }),
      '2026-09-13',
      ['basic_security', 'pre_election_refresher'],
    ],
    [
      'an official, the day after the election',
      facts({ assignments: [member()] }),
      '2026-09-14',
      ['basic_security'],
    ],
    ['an official whose term has ended', facts({ assignments: [member()] }), '2027-01-01', []],
    ['an official whose term has not begun', facts({ assignments: [member()] }), '2022-12-31', []],
    [
      'a full-time commissioner',
      facts({ assignments: [member({ commissioner: 'full_time' })] }),
      '2025-10-01',
      ['basic_security', 'kl_4_18a'],
    ],
    [
      'an election worker before the election',
      facts({ electionWorkerDates: ['2026-09-13'] }),
      '2026-09-13',
      ['election_workers'],
    ],
    [
      'an election worker after the election',
      facts({ electionWorkerDates: ['2026-09-13'] }),
      '2026-09-14',
      [],
    ],
    ['a party security contact', facts({ partySecurityContact: true }), '2026-01-01', ['party_contacts']],
  ])('%s → %j', (_label, input, day, expected) => {
    expect(requiredCourseKinds(input, day, campaign)).toEqual(expected);
  });

  it('asks no refresher outside a campaign', () => {
    expect(requiredCourseKinds(facts({ assignments: [member()] }), '2026-05-01', null)).toEqual([
      'basic_security',
    ]);
  });
});

const oldBasic: CourseValidity = { id: 'old', kind: 'basic_security', validityMonths: 48 };
const newBasic: CourseValidity = { id: 'new', kind: 'basic_security', validityMonths: 24 };
const refresher: CourseValidity = { id: 'ref', kind: 'pre_election_refresher', validityMonths: 12 };
const went = (courseId: string, heldOn: string, status: Attendance['status'] = 'attended'): Attendance => ({
  courseId,
  heldOn,
  status,
});

describe('standingForKind: the course of the kind that runs longest decides', () => {
  const courses = [oldBasic, newBasic, refresher];
  it.each<
    [string, Attendance[], string, { status: string; courseId: string | null; expiresOn: string | null }]
  >([
    ['never', [], '2026-05-01', { status: 'never', courseId: null, expiresOn: null }],
    [
      'only another kind',
      [went('ref', '2026-04-01')],
      '2026-05-01',
      { status: 'never', courseId: null, expiresOn: null },
    ],
    [
      'excused only',
      [went('old', '2026-04-01', 'excused')],
      '2026-05-01',
      { status: 'never', courseId: null, expiresOn: null },
    ],
    [
      'the old course',
      [went('old', '2023-02-01')],
      '2026-05-01',
      { status: 'valid', courseId: 'old', expiresOn: '2027-02-01' },
    ],
    [
      'the old course outlasts a newer short one',
      [went('old', '2023-02-01'), went('new', '2024-06-01')],
      '2026-05-01',
      { status: 'valid', courseId: 'old', expiresOn: '2027-02-01' },
    ],
    [
      'the new course outlasts an old one',
      [went('old', '2022-02-01'), went('new', '2025-06-01')],
      '2026-05-01',
      { status: 'valid', courseId: 'new', expiresOn: '2027-06-01' },
    ],
    [
      'overdue',
      [went('new', '2024-01-10')],
      '2026-05-01',
      { status: 'overdue', courseId: 'new', expiresOn: '2026-01-10' },
    ],
    [
      'due soon',
      [went('new', '2024-06-10')],
      '2026-05-01',
      { status: 'due_soon', courseId: 'new', expiresOn: '2026-06-10' },
    ],
  ])('%s', (_label, attendances, day, expected) => {
    expect(standingForKind(attendances, courses, 'basic_security', day)).toMatchObject(expected);
  });
});

describe('untrainedChairsOn: the chairs of a body without a valid basic training on the day', () => {
  const assignments = [
    { ...member({ role: 'chair' }), personId: 'anna' },
    { ...member({ role: 'vice_chair' }), personId: 'bo' },
    { ...member({ role: 'vice_chair' }), personId: 'cia' },
    { ...member({ role: 'member' }), personId: 'dan' },
    { ...member({ role: 'chair', bodyId: 'kf' }), personId: 'eva' },
    { ...member({ role: 'chair', termEnd: '2026-03-31' }), personId: 'finn' },
  ];
  const attendances = new Map<string, Attendance[]>([
    ['cia', [went('old', '2023-02-01')]],
    ['bo', [went('old', '2022-04-30')]],
  ]);

  it.each<[string, string, { personId: string; role: string }[]]>([
    // Bo's training (48 months from 2022-04-30) runs out on 2026-04-30.
    ['2026-04-29', 'ks', [{ personId: 'anna', role: 'chair' }]],
    [
      '2026-04-30',
      'ks',
      [
        { personId: 'anna', role: 'chair' },
        { personId: 'bo', role: 'vice_chair' },
      ],
    ],
    ['2026-04-29', 'kf', [{ personId: 'eva', role: 'chair' }]],
    ['2026-04-29', 'bun', []],
  ])('on %s in %s', (day, bodyId, expected) => {
    expect(untrainedChairsOn(assignments, bodyId, day, attendances, [oldBasic, refresher])).toEqual(expected);
  });

  it('names a person both chair and vice chair once, as chair', () => {
    const both = [
      { ...member({ role: 'vice_chair' }), personId: 'gun' },
      { ...member({ role: 'chair' }), personId: 'gun' },
    ];
    expect(untrainedChairsOn(both, 'ks', '2026-05-01', new Map(), [oldBasic])).toEqual([
      { personId: 'gun', role: 'chair' },
    ]);
  });

  it('counts a refresher as no basic training', () => {
    const chair = [{ ...member({ role: 'chair' }), personId: 'hans' }];
    const history = new Map([['hans', [went('ref', '2026-04-01')]]]);
    expect(untrainedChairsOn(chair, 'ks', '2026-05-01', history, [oldBasic, refresher])).toHaveLength(1);
  });
});
