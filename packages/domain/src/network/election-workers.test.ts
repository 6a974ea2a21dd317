import { describe, expect, it } from 'vitest';
import { electionWorkerRoles, electionWorkersToTrain } from './election-workers';
import type { Attendance, CourseValidity } from '../training/status';

describe('electionWorkersToTrain: those without the course valid on election day', () => {
  const course: CourseValidity = { id: 'ew', kind: 'election_workers', validityMonths: 12 };
  const attended = (heldOn: string): Attendance => ({ courseId: course.id, heldOn, status: 'attended' });

  it.each<[string, Attendance[], boolean]>([
    ['never trained', [], true],
    ['trained in August before the election', [attended('2030-08-20')], false],
    ['trained at the last election', [attended('2026-08-20')], true],
    ['absent from the session', [{ courseId: course.id, heldOn: '2030-08-20', status: 'absent' }], true],
  ])('%s → listed: %s', (_label, attendances, listed) => {
    expect(electionWorkersToTrain([{ person: 'w', attendances }], course, '2030-09-08')).toEqual(
      listed ? ['w'] : [],
    );
  });

  it('has the roles of polling stations, early voting and counting', () => {
    expect(electionWorkerRoles).toEqual(['polling_station', 'early_voting', 'counting']);
  });
});
