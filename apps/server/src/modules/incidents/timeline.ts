import { TimelineKind } from '@varn/contracts';

/** Narrows a stored timeline kind to the API's. */
export function isTimelineKind(value: string): value is TimelineKind {
  return (Object.values(TimelineKind) as string[]).includes(value);
}
