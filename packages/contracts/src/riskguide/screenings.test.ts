import { describe, expect, it } from 'vitest';
import { createScreeningBodySchema } from './screenings';

describe('createScreeningBodySchema', () => {
  it.each<[string, unknown, boolean]>([
    ['an existing matter', { matterId: '3f2b8c1e-5d4a-4e6f-9a8b-7c6d5e4f3a2b', level: 'low' }, true],
    ['a new matter', { matter: { title: 'Budget' }, level: 'high', prompts: { P1: true } }, true],
    [
      'both',
      { matterId: '3f2b8c1e-5d4a-4e6f-9a8b-7c6d5e4f3a2b', matter: { title: 'Budget' }, level: 'low' },
      false,
    ],
    ['neither', { level: 'low' }, false],
    ['an unknown level', { matter: { title: 'Budget' }, level: 'extreme' }, false],
  ])('a row with %s → valid: %s', (_label, row, valid) => {
    expect(createScreeningBodySchema.safeParse({ rows: [row] }).success).toBe(valid);
  });

  it('needs a row and takes a whole agenda', () => {
    expect(createScreeningBodySchema.safeParse({ rows: [] }).success).toBe(false);
    const row = { matter: { title: 'Punkt' }, level: 'low' };
    expect(createScreeningBodySchema.safeParse({ rows: Array(200).fill(row) }).success).toBe(true);
    expect(createScreeningBodySchema.safeParse({ rows: Array(201).fill(row) }).success).toBe(false);
  });
});
