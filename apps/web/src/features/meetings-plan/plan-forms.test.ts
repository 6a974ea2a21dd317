import { describe, expect, it, vi } from 'vitest';

// The API client sets `<html lang>` when it loads; these tests run without a DOM.
vi.hoisted(() => {
  if (typeof document === 'undefined') vi.stubGlobal('document', { documentElement: { lang: '' } });
});

import { savePlanBodySchema, savePlanStaffBodySchema, type SecurityPlan } from '@varn/contracts';
import { ApiError } from '../../lib/api/client';
import {
  checklistByGroup,
  evacuationBody,
  evacuationFormOf,
  isStaleRevision,
  screeningBody,
  screeningFormOf,
  staffBody,
  staffRowsOf,
  threatBody,
  threatFormOf,
} from './plan-forms';

const meetingId = '00000000-0000-4000-8000-000000000001';

const plan: SecurityPlan = {
  meetingId,
  started: true,
  revision: 3,
  status: 'draft',
  approvedBy: null,
  approvedAt: null,
  updatedAt: '2026-12-01T10:00:00.000Z',
  threatPicture: {
    assessment: 'Demonstration väntas.',
    level: 'high',
    lookbackDays: 30,
    window: { from: '2026-11-10T17:00:00.000Z', to: '2026-12-10T17:00:00.000Z' },
    linkedIncidents: [],
    nationalThreatLevel: { noted: 4, atTheTime: 3 },
    openSignals: [],
  },
  staffing: [
    {
      id: '00000000-0000-4000-8000-000000000009',
      kind: 'guard',
      name: 'Vakt Ett',
      phone: null,
      note: 'Vid entrén',
      userId: null,
    },
  ],
  evacuation: {
    leadsOfficials: 'Ordföranden',
    leadsPublic: null,
    whoCallsPolice: 'Säkerhetssamordnaren',
    routes: null,
    meetingPoint: 'Torget',
    notes: null,
    gaps: ['leads_public', 'routes'],
    venue: null,
  },
  screeningBrief: { possible: true, decided: true, premises: 'Sessionssalen' },
  screening: {
    possible: true,
    decided: true,
    decidedBy: 'Anna Ordförande',
    decidedOn: '2026-12-01',
    policeConsultedOn: '2026-11-30',
    premises: 'Sessionssalen',
    reasons: null,
    problems: [],
  },
  checklist: {
    templateVersion: 1,
    items: [
      {
        id: 'a',
        group: 'audience',
        text: { sv: 'A', en: 'A' },
        status: null,
        note: null,
        setBy: null,
        setAt: null,
      },
      {
        id: 'b',
        group: 'premises',
        text: { sv: 'B', en: 'B' },
        status: 'done',
        note: null,
        setBy: null,
        setAt: null,
      },
      {
        id: 'c',
        group: 'audience',
        text: { sv: 'C', en: 'C' },
        status: null,
        note: null,
        setBy: null,
        setAt: null,
      },
    ],
    progress: { done: 1, notApplicable: 0, open: 2, total: 3 },
  },
  approvalProblems: ['evacuation_gaps'],
  canEdit: true,
};

describe('the plan forms', () => {
  it('groups the checklist in the order of the groups, leaving out empty ones', () => {
    expect(
      checklistByGroup(plan.checklist?.items ?? []).map((part) => [part.group, part.items.map((i) => i.id)]),
    ).toEqual([
      ['premises', ['b']],
      ['audience', ['a', 'c']],
    ]);
  });

  it('saves the threat picture as the schema takes it, a blank text and level as null', () => {
    const form = threatFormOf(plan);
    expect(form).toEqual({
      assessment: 'Demonstration väntas.',
      level: 'high',
      nationalThreatLevel: '4',
      lookbackDays: '30',
    });
    const body = threatBody(3, { ...form, assessment: '  ', level: '', nationalThreatLevel: '' });
    expect(body).toEqual({
      revision: 3,
      threatAssessment: null,
      threatLevel: null,
      nationalThreatLevel: null,
      lookbackDays: 30,
    });
    expect(savePlanBodySchema.safeParse(body).success).toBe(true);
    // A number that is not one is sent as typed: the schema names the problem.
    expect(savePlanBodySchema.safeParse(threatBody(3, { ...form, lookbackDays: 'tio' })).success).toBe(false);
  });

  it('clears the screening decision when no decision is chosen, and keeps its fields otherwise', () => {
    const form = screeningFormOf(plan);
    expect(form.decided).toBe('yes');
    expect(screeningBody(3, { ...form, decided: '' })).toEqual({ revision: 3, screening: { decided: null } });
    const body = screeningBody(3, { ...form, decided: 'no', reasons: '' });
    expect(body.screening).toEqual({
      decided: false,
      decidedBy: 'Anna Ordförande',
      decidedOn: '2026-12-01',
      policeConsultedOn: '2026-11-30',
      premises: 'Sessionssalen',
      reasons: null,
    });
    expect(savePlanBodySchema.safeParse(body).success).toBe(true);
  });

  it('saves the evacuation plan with blanks as null', () => {
    const body = evacuationBody(3, { ...evacuationFormOf(plan), notes: ' ' });
    expect(body.evacuation).toEqual({
      leadsOfficials: 'Ordföranden',
      leadsPublic: null,
      whoCallsPolice: 'Säkerhetssamordnaren',
      routes: null,
      meetingPoint: 'Torget',
      notes: null,
    });
    expect(savePlanBodySchema.safeParse(body).success).toBe(true);
  });

  it('saves the staffing list in the order of the rows; a row without a kind fails the schema', () => {
    const rows = staffRowsOf(plan.staffing ?? []);
    const body = staffBody(3, [
      ...rows,
      { key: 'new', kind: 'unit_staff', name: 'Ny', phone: '070-123 45 67', note: '', userId: null },
    ]);
    expect(body).toEqual({
      revision: 3,
      staff: [
        { kind: 'guard', name: 'Vakt Ett', phone: null, note: 'Vid entrén', userId: null },
        { kind: 'unit_staff', name: 'Ny', phone: '070-123 45 67', note: null, userId: null },
      ],
    });
    expect(savePlanStaffBodySchema.safeParse(body).success).toBe(true);
    const missingKind = staffBody(3, [{ key: 'x', kind: '', name: 'Ny', phone: '', note: '', userId: null }]);
    expect(savePlanStaffBodySchema.safeParse(missingKind).success).toBe(false);
  });

  it('tells a stale revision from an approved plan and from other failures', () => {
    expect(isStaleRevision(new ApiError(409, 'conflict', '', {}, null))).toBe(true);
    expect(isStaleRevision(new ApiError(409, 'plan_approved', '', {}, null))).toBe(false);
    expect(isStaleRevision(new ApiError(422, 'validation_failed', '', {}, null))).toBe(false);
    expect(isStaleRevision(new Error('x'))).toBe(false);
  });
});
