/**
 * A local date and time as a `datetime-local` field gives it ("2026-12-07T08:00"), as the ISO time
 * the API takes; an empty or unreadable value is passed on as it is, for the server to name.
 */
export function isoOfLocalDateTime(local: string): string {
  const at = new Date(local);
  return local === '' || Number.isNaN(at.getTime()) ? local : at.toISOString();
}
