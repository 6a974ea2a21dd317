import { describe, expect, it } from 'vitest';
import { assignmentText, registerSearchOf } from './register-labels';

const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
  `${key}${params ? JSON.stringify(params) : ''}`;

describe('the register’s labels', () => {
  it('describes an assignment with role, body, commissioner and term', () => {
    const assignment = {
      id: 'a',
      body: { id: 'b', name: 'Kommunstyrelsen' },
      role: 'chair' as const,
      termStart: '2023-01-01',
      termEnd: null,
      commissioner: 'full_time' as const,
    };
    expect(assignmentText(assignment, t)).toBe(
      'register.role.chair, Kommunstyrelsen (register.commissioner.full_time), register.termOpen{"from":"2023-01-01"}',
    );
    expect(assignmentText({ ...assignment, commissioner: null, termEnd: '2026-12-31' }, t, false)).toBe(
      'register.role.chair, register.term{"from":"2023-01-01","to":"2026-12-31"}',
    );
  });

  it('keeps the filters in the address without empty values or page 1', () => {
    expect(registerSearchOf({ q: '', group: '', bodyId: '' }, 1)).toBe('');
    expect(registerSearchOf({ q: ' Eva ', group: 'staff', bodyId: '' }, 2)).toBe('?q=Eva&group=staff&page=2');
  });
});
