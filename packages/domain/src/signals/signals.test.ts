import { describe, expect, it } from 'vitest';
import { isSignalOpen, SignalStatus, signalStatuses, urgencies, Urgency } from './signals';

describe('isSignalOpen: new and acknowledged signals may still be handled', () => {
  it.each<[SignalStatus, boolean]>([
    [SignalStatus.New, true],
    [SignalStatus.Acknowledged, true],
    [SignalStatus.Converted, false],
    [SignalStatus.Dismissed, false],
  ])('%s → %s', (status, open) => {
    expect(isSignalOpen(status)).toBe(open);
  });

  it('has a row above for every status', () => {
    expect(signalStatuses).toHaveLength(4);
  });
});

describe('urgencies', () => {
  it('are listed most urgent first', () => {
    expect(urgencies).toEqual([Urgency.High, Urgency.Medium, Urgency.Low]);
  });
});
