import type { RecordAttendanceBody, TrainingSession } from '@varn/contracts';
import type { AttendanceStatus } from '@varn/domain';

/** Most people listed at once when nobody is searched for or recorded. */
export const maxShownPeople = 30;

/**
 * The people the attendance form lists: those recorded, invited or changed in the draft, then —
 * when a search is typed — everyone whose name contains it (any case), at most {@link maxShownPeople};
 * with nothing at all to go on, the first ones of the register. In the register's order.
 */
export function peopleToShow<P extends { readonly id: string; readonly name: string }>(
  people: readonly P[],
  session: Pick<TrainingSession, 'attendance' | 'invitations'>,
  draft: ReadonlyMap<string, AttendanceStatus>,
  search: string,
): P[] {
  const known = new Set([
    ...session.attendance.map((row) => row.person.id),
    ...session.invitations.map((row) => row.person.id),
    ...draft.keys(),
  ]);
  const query = search.trim().toLocaleLowerCase('sv');
  let extra = 0;
  const limit = known.size === 0 || query !== '' ? maxShownPeople : 0;
  return people.filter((person) => {
    if (known.has(person.id)) return true;
    if (extra >= limit || (query !== '' && !person.name.toLocaleLowerCase('sv').includes(query)))
      return false;
    extra += 1;
    return true;
  });
}

/** The rows to send: the draft's choices that differ from what is recorded. */
export function attendanceChanges(
  session: Pick<TrainingSession, 'attendance'>,
  draft: ReadonlyMap<string, AttendanceStatus>,
): RecordAttendanceBody['rows'] {
  const recorded = new Map(session.attendance.map((row) => [row.person.id, row.status]));
  return [...draft]
    .filter(([personId, status]) => recorded.get(personId) !== status)
    .map(([personId, status]) => ({ personId, status }));
}
