import { describe, expect, it } from 'vitest';
import { attendanceChanges, maxShownPeople, peopleToShow } from './attendance';

const person = (id: string, name = id) => ({ id, name });
const people = [person('a', 'Anna Berg'), person('b', 'Bo Ek'), person('c', 'Cecilia Berglund')];
const session = {
  attendance: [{ person: person('b'), status: 'attended' as const, note: null }],
  invitations: [],
};

describe('the attendance form', () => {
  it('lists the recorded, then whoever matches the search', () => {
    expect(peopleToShow(people, session, new Map(), '').map((p) => p.id)).toEqual(['b']);
    expect(peopleToShow(people, session, new Map(), 'berg').map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(peopleToShow(people, session, new Map([['c', 'absent']]), '').map((p) => p.id)).toEqual([
      'b',
      'c',
    ]);
  });

  it('lists the first of the register when there is nothing to go on', () => {
    const many = Array.from({ length: 40 }, (_, index) => person(`p${index}`));
    expect(peopleToShow(many, { attendance: [], invitations: [] }, new Map(), '')).toHaveLength(
      maxShownPeople,
    );
  });

  it('sends only what changed', () => {
    const draft = new Map([
      ['b', 'attended' as const],
      ['a', 'excused' as const],
    ]);
    expect(attendanceChanges(session, draft)).toEqual([{ personId: 'a', status: 'excused' }]);
  });
});
