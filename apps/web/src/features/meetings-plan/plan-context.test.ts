import { describe, expect, it, vi } from 'vitest';

// The API client sets `<html lang>` when it loads; these tests run without a DOM.
vi.hoisted(() => {
  if (typeof document === 'undefined') vi.stubGlobal('document', { documentElement: { lang: '' } });
});

import type { SecurityPlan } from '@varn/contracts';
import { ApiError } from '../../lib/api/client';
import { canChangePlan, partNotes, staleAware, type PlanContext } from './plan-context';

const checklist = (open: number): SecurityPlan['checklist'] => ({
  templateVersion: 1,
  items: [],
  progress: { done: 2 - open, notApplicable: 0, open, total: 2 },
});

describe('the plan parts that need action', () => {
  it('names each part that stands in the way of approval, and open checklist items', () => {
    expect(
      partNotes({
        approvalProblems: ['missing_threat_level', 'evacuation_gaps', 'screening_problems', 'no_staff'],
        checklist: checklist(1),
      }),
    ).toEqual({
      'plan-threat': 'meetingPlan.needs.threatLevel',
      'plan-staffing': 'meetingPlan.needs.staff',
      'plan-screening': 'meetingPlan.needs.screening',
      'plan-evacuation': 'meetingPlan.needs.evacuation',
      'plan-checklist': 'meetingPlan.needs.checklist',
    });
  });

  it('names none for a plan ready to approve, or for a reader who sees no problems', () => {
    expect(partNotes({ approvalProblems: [], checklist: checklist(0) })).toEqual({});
    expect(partNotes({ approvalProblems: null, checklist: null })).toEqual({});
  });
});

describe('changing the plan', () => {
  it('is for the unit while the plan is a draft', () => {
    expect(canChangePlan({ canEdit: true, status: 'draft' } as SecurityPlan)).toBe(true);
    expect(canChangePlan({ canEdit: true, status: 'approved' } as SecurityPlan)).toBe(false);
    expect(canChangePlan({ canEdit: false, status: 'draft' } as SecurityPlan)).toBe(false);
  });

  it('reports a stale revision to the page instead of the form, and other failures to the form', () => {
    const onStale = vi.fn();
    const onError = staleAware({ onStale } as unknown as PlanContext);
    const errors = { message: 'Rätta följande', fields: { threatLevel: 'Fel' } };
    expect(onError(new ApiError(409, 'conflict', '', {}, null), errors)).toBeNull();
    expect(onStale).toHaveBeenCalledTimes(1);
    expect(onError(new ApiError(409, 'plan_approved', 'Planen är godkänd.', {}, null), errors)).toBe(errors);
    expect(onError(new ApiError(422, 'validation_failed', '', {}, null), errors)).toBe(errors);
    expect(onStale).toHaveBeenCalledTimes(1);
  });
});
