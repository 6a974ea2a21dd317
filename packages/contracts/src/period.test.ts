import { describe, expect, it } from 'vitest';
import { auditQuerySchema } from './audit';
import { incidentQuerySchema } from './incidents';
import { periodQuerySchema } from './period';

const january = '2026-01-01T00:00:00+01:00';
const february = '2026-02-01T00:00:00+01:00';

/** The issues of a parse as `path: message`, or `[]` when it is valid. */
function issuesOf(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('periodQuerySchema', () => {
  it.each<[string, unknown, string[]]>([
    ['from before to', { from: january, to: february }, []],
    // Instants are compared, not strings: 10:00 at +02:00 is 08:00 UTC.
    [
      'an earlier instant with a later clock',
      { from: '2026-03-02T10:00:00+02:00', to: '2026-03-02T09:00:00Z' },
      [],
    ],
    ['the same instant', { from: january, to: january }, ['to: date_range']],
    ['from after to', { from: february, to: january }, ['to: date_range']],
    // An unreadable time is reported at its own field, not as a range as well.
    ['an unreadable from', { from: 'January', to: february }, ['from: invalid_date']],
    ['no to', { from: january }, ['to: invalid_date']],
    ['an unknown field', { from: january, to: february, category: 'x' }, [': Unrecognized key: "category"']],
  ])('%s → %j', (_label, query, expected) => {
    expect(issuesOf(periodQuerySchema.safeParse(query))).toEqual(expected);
  });
});

describe('the optional from/to filters follow the same rule', () => {
  it.each([
    ['the audit log', auditQuerySchema],
    ['the incident list', incidentQuerySchema],
  ] as const)('%s', (_label, schema) => {
    expect(issuesOf(schema.safeParse({}))).toEqual([]);
    expect(issuesOf(schema.safeParse({ from: february }))).toEqual([]);
    expect(issuesOf(schema.safeParse({ from: january, to: february }))).toEqual([]);
    expect(issuesOf(schema.safeParse({ from: february, to: january }))).toEqual(['to: date_range']);
  });
});
