import { describe, expect, it } from 'vitest';
import { suppressedCount, trainedShare } from './labels';

const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
  params ? `${key}:${JSON.stringify(params)}` : key;

describe('training labels', () => {
  it('says a hidden party count is fewer than five, and shows a shown one', () => {
    expect(suppressedCount(null, t)).toBe('training.suppressed');
    expect(suppressedCount(0, t)).toBe('0');
    expect(suppressedCount(12, t)).toBe('12');
  });

  it('rounds the share trained, and shows none of an empty group', () => {
    expect(trainedShare({ trained: 2, total: 3 }, t)).toBe('training.share:{"share":67}');
    expect(trainedShare({ trained: 0, total: 0 }, t)).toBe('training.none');
  });
});
