import { describe, expect, it } from 'vitest';
import { meetingLogTextLimits } from '@varn/domain';
import { createLogEntryBodySchema, saveMeetingReviewBodySchema } from './log';

const entry = {
  id: '3f2b8c1e-5d4a-4e6f-9a8b-7c6d5e4f3a2b',
  kind: 'disturbance',
  text: 'Plakat vid läktaren',
  occurredAt: '2026-12-10T18:12:00+01:00',
};

describe('a log entry', () => {
  it('is read as sent', () => {
    expect(createLogEntryBodySchema.parse(entry)).toEqual(entry);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an id that is no UUID', { id: 'entry-1' }],
    ['an unknown kind', { kind: 'riot' }],
    ['a time without offset', { occurredAt: '2026-12-10T18:12:00' }],
    ['a text one character too long', { text: 'x'.repeat(meetingLogTextLimits.entry + 1) }],
    ['a field of its own', { createdBy: 'someone' }],
  ])('refuses %s', (_label, change) => {
    expect(createLogEntryBodySchema.safeParse({ ...entry, ...change }).success).toBe(false);
  });

  it('may have no words (a quick button)', () => {
    expect(createLogEntryBodySchema.safeParse({ ...entry, text: '' }).success).toBe(true);
  });
});

describe('the review', () => {
  it('takes each text up to the limit', () => {
    const at = (n: number) => ({ whatHappened: 'x'.repeat(n), whatWorked: '', whatToChange: '' });
    expect(saveMeetingReviewBodySchema.safeParse(at(meetingLogTextLimits.review)).success).toBe(true);
    expect(saveMeetingReviewBodySchema.safeParse(at(meetingLogTextLimits.review + 1)).success).toBe(false);
  });
});
