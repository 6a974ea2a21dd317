import { describe, expect, it } from 'vitest';
import { defaultChecklistTemplate } from '@varn/domain';
import {
  errorBodySchema,
  planChecklistSchema,
  securityPlanSchema,
  type SavePlanBody,
  type SecurityPlan,
} from '@varn/contracts';
import { nationalThreatLevels } from '../../db/schema';
import {
  buildTestApp,
  createCaseOrganisation,
  createMatterVia,
  createTestDatabase,
  incidentReport,
  testClock,
  type TestClient,
} from '../../../test/helpers';
import {
  insertAgendaItem,
  insertBody,
  insertBodyMember,
  insertMeeting,
  insertVenue,
} from '../../../test/meeting-plan-fixtures';

/**
 * The security plan (issue 10 §2, §5): each role reads its parts; the unit writes it with an
 * optimistic revision, marks the checklist, staffs it, and approves it when the plan is complete;
 * a plan keeps the checklist template version it was started on.
 */

const clock = testClock(new Date('2026-12-01T09:00:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock });
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');

const council = await insertBody(database, ekby.id, { name: 'Kommunfullmäktige', kind: 'council' });
await insertBodyMember(database, ekby.id, council.id, ekby.people.official.id, 'chair');
const hall = await insertVenue(database, ekby.id);
/** A public council meeting with a matter on its agenda. */
const meeting = await insertMeeting(database, ekby.id, {
  title: 'Kommunfullmäktige 10 december',
  bodyId: council.id,
  venueId: hall.id,
  startsAt: new Date('2026-12-10T17:00:00.000Z'),
});
/** A closed meeting of the same council (the chair sees it; other officials do not). */
const closed = await insertMeeting(database, ekby.id, {
  title: 'Presidiet',
  bodyId: council.id,
  isPublic: false,
  startsAt: new Date('2026-12-09T08:00:00.000Z'),
});
const dialogue = await insertMeeting(database, ekby.id, {
  title: 'Medborgardialog om skolan',
  type: 'citizen_dialogue',
  startsAt: new Date('2026-12-15T17:00:00.000Z'),
});
const grannbyMeeting = await insertMeeting(database, grannby.id, {
  startsAt: new Date('2026-12-10T17:00:00.000Z'),
});

const matterId = await createMatterVia(ekby.officer, {
  title: 'Detaljplan för Norra hamnen',
  diaryNumber: 'KS 2026/114',
});
await insertAgendaItem(database, ekby.id, meeting.id, matterId);

const planOf = async (client: TestClient, meetingId = meeting.id): Promise<SecurityPlan> => {
  const response = await client.get(`/api/meetings/${meetingId}/plan`);
  expect(response.statusCode, response.body).toBe(200);
  return securityPlanSchema.parse(response.json());
};
const errorOf = (response: { json(): unknown }) => errorBodySchema.parse(response.json()).error;
const put = async (body: SavePlanBody, meetingId = meeting.id, client = ekby.officer) =>
  await client.put(`/api/meetings/${meetingId}/plan`, body);

const completeEvacuation = {
  leadsOfficials: 'Kommunsekreteraren',
  leadsPublic: 'Väktaren vid entrén',
  whoCallsPolice: 'Sara Säkerhet',
  routes: 'Trapphus A mot Storgatan; trapphus B mot parken.',
  meetingPoint: 'Parken framför stadshuset',
};

describe('the plan, part by part', () => {
  it('shows the security unit every part, before the plan is started too', async () => {
    const plan = await planOf(ekby.officer);
    expect(plan).toMatchObject({ started: false, revision: 0, status: 'draft', canEdit: true });
    expect(plan.threatPicture).toMatchObject({ assessment: null, level: null, lookbackDays: 30 });
    expect(plan.staffing).toEqual([]);
    expect(plan.checklist?.items.map((item) => item.id)).toEqual(
      defaultChecklistTemplate.items.map((item) => item.id),
    );
    expect(plan.checklist?.progress).toEqual({ done: 0, notApplicable: 0, open: 9, total: 9 });
    expect(plan.evacuation?.venue).toMatchObject({
      name: 'Stadshuset',
      assemblyPoint: 'Parken framför stadshuset',
    });
    expect(plan.evacuation?.gaps).toHaveLength(5);
    expect(plan.screening).toMatchObject({ possible: true, decided: null, problems: [] });
    expect(plan.approvalProblems).toEqual(['missing_threat_level', 'evacuation_gaps', 'no_staff']);
  });

  it('builds the threat picture: linked incidents without names, the national level, open signals', async () => {
    const reported = await ekby.official.post(
      '/api/incidents',
      incidentReport({
        matterReference: 'ks 2026/114 ',
        description: 'Hot mot Olle Ordförande om detaljplanen',
      }),
    );
    expect(reported.statusCode).toBe(201);
    // Another matter, about someone outside the council: not linked.
    await ekby.officialM.post('/api/incidents', incidentReport({ matterReference: 'KS 2026/999' }));
    // About a member of the council (its chair): linked through the body.
    await ekby.official.post('/api/incidents', incidentReport({ categories: ['threat'] }));
    await database.db.insert(nationalThreatLevels).values({
      organisationId: ekby.id,
      level: 3,
      changedOn: '2026-11-01',
      recordedAt: new Date('2026-11-01T10:00:00Z'),
    });
    const signal = await ekby.contact.post('/api/signals', {
      text: 'Demonstration planerad utanför stadshuset',
      urgency: 'medium',
      meetingReference: 'Kommunfullmäktige 10 december',
    });
    expect(signal.statusCode).toBe(201);
    const picture = (await planOf(ekby.officer)).threatPicture;
    expect(picture?.linkedIncidents.map((incident) => incident.categories).sort()).toEqual([
      ['harassment'],
      ['threat'],
    ]);
    expect(JSON.stringify(picture?.linkedIncidents)).not.toContain('Olle');
    expect(picture?.nationalThreatLevel).toEqual({ noted: null, atTheTime: 3 });
    expect(picture?.openSignals.map((open) => open.text)).toEqual([
      'Demonstration planerad utanför stadshuset',
    ]);
  });

  it('shows a secretary and an official of the body only the practical part', async () => {
    await put(
      {
        revision: 0,
        threatAssessment: 'Hög spänning kring detaljplanen.',
        threatLevel: 'high',
        evacuation: completeEvacuation,
      },
      closed.id,
    );
    for (const client of [ekby.secretary, ekby.official]) {
      const plan = await planOf(client, closed.id);
      expect(plan).toMatchObject({
        started: true,
        threatPicture: null,
        staffing: null,
        screening: null,
        checklist: null,
        approvalProblems: null,
        canEdit: false,
      });
      expect(plan.evacuation).toMatchObject({ whoCallsPolice: 'Sara Säkerhet', gaps: [] });
      expect(plan.screeningBrief).toEqual({ possible: false, decided: null, premises: null });
      expect(JSON.stringify(plan)).not.toContain('spänning');
    }
  });

  it('hides a closed meeting from officials of other bodies, and plans from roles without a part', async () => {
    expect((await ekby.officialM.get(`/api/meetings/${closed.id}/plan`)).statusCode).toBe(404);
    expect((await planOf(ekby.officialM)).evacuation).not.toBeNull();
    for (const client of [ekby.viewer, ekby.staff, ekby.admin])
      expect((await client.get(`/api/meetings/${meeting.id}/plan`)).statusCode).toBe(404);
    expect((await ekby.officer.get(`/api/meetings/${grannbyMeeting.id}/plan`)).statusCode).toBe(404);
    expect((await grannby.officer.get(`/api/meetings/${meeting.id}/plan`)).statusCode).toBe(404);
  });

  it('is written by the security unit only', async () => {
    for (const client of [ekby.secretary, ekby.official])
      expect((await put({ revision: 0, threatLevel: 'low' }, meeting.id, client)).statusCode).toBe(404);
  });
});

describe('saving the plan', () => {
  it('starts it at revision 0 and refuses a stale revision (409)', async () => {
    const first = await put({
      revision: 0,
      threatAssessment: '  Spänt läge.  ',
      threatLevel: 'moderate',
      nationalThreatLevel: 3,
    });
    expect(first.statusCode, first.body).toBe(200);
    const saved = securityPlanSchema.parse(first.json());
    expect(saved).toMatchObject({ started: true, revision: 1 });
    expect(saved.threatPicture).toMatchObject({
      assessment: 'Spänt läge.',
      level: 'moderate',
      nationalThreatLevel: { noted: 3 },
    });
    const stale = await put({ revision: 0, threatLevel: 'low' });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('conflict');
    expect((await planOf(ekby.officer)).threatPicture?.level).toBe('moderate');
    const next = await put({ revision: 1, evacuation: { ...completeEvacuation, notes: '' } });
    expect(securityPlanSchema.parse(next.json())).toMatchObject({
      revision: 2,
      threatPicture: { level: 'moderate' },
      evacuation: { notes: null, gaps: [] },
    });
  });

  it('refuses a screening decision that the law does not allow or that is incomplete (422)', async () => {
    const revision = (await planOf(ekby.officer)).revision;
    const incomplete = await put({
      revision,
      screening: { decided: true, decidedBy: 'Olle Ordförande', decidedOn: '2026-12-01' },
    });
    expect(incomplete.statusCode).toBe(422);
    expect(Object.keys(errorOf(incomplete).fields ?? {}).sort()).toEqual([
      'screening.policeConsultedOn',
      'screening.premises',
    ]);
    const late = await put({
      revision,
      screening: {
        decided: true,
        decidedBy: 'Olle',
        decidedOn: '2026-12-01',
        policeConsultedOn: '2026-12-02',
        premises: 'Sessionssalen',
      },
    });
    expect(Object.keys(errorOf(late).fields ?? {})).toEqual(['screening.policeConsultedOn']);
    const dialoguePlan = await put(
      { revision: 0, screening: { decided: true, decidedBy: 'X', decidedOn: '2026-12-01' } },
      dialogue.id,
    );
    expect(dialoguePlan.statusCode).toBe(422);
    expect(Object.keys(errorOf(dialoguePlan).fields ?? {})).toEqual(['screening.decided']);
    expect(errorOf(dialoguePlan).fields?.['screening.decided']).toContain('2010:294');
    const valid = await put({
      revision,
      screening: {
        decided: true,
        decidedBy: 'Olle Ordförande',
        decidedOn: '2026-12-03',
        policeConsultedOn: '2026-12-02',
        premises: 'Sessionssalen och entréhallen',
      },
    });
    expect(valid.statusCode, valid.body).toBe(200);
    expect(securityPlanSchema.parse(valid.json()).screening).toMatchObject({ decided: true, problems: [] });
    expect(
      securityPlanSchema.parse((await ekby.secretary.get(`/api/meetings/${meeting.id}/plan`)).json())
        .screeningBrief,
    ).toEqual({
      possible: true,
      decided: true,
      premises: 'Sessionssalen och entréhallen',
    });
  });

  it('survives hostile text as plain text', async () => {
    const revision = (await planOf(ekby.officer)).revision;
    const hostile = "'); drop table security_plans; -- <script>alert(1)</script> \u202e";
    const response = await put({ revision, threatAssessment: hostile });
    expect(response.statusCode).toBe(200);
    expect(securityPlanSchema.parse(response.json()).threatPicture?.assessment).toBe(hostile.trim());
    const tooLong = await put({ revision: revision + 1, threatAssessment: 'x'.repeat(8001) });
    expect(tooLong.statusCode).toBe(400);
  });
});

describe('the checklist', () => {
  it('counts progress by item, by whom and when, without touching the revision', async () => {
    const before = (await planOf(ekby.officer)).revision;
    const mark = async (itemId: string, status: string, note?: string) =>
      await ekby.officer.put(`/api/meetings/${meeting.id}/plan/checklist/${itemId}`, {
        status,
        ...(note ? { note } : {}),
      });
    await mark('premises_searched', 'done');
    await mark('entrances_controlled', 'done');
    await mark('seating_and_overflow', 'not_applicable', 'Liten publik');
    const last = await mark('communications_tested', 'not_done');
    expect(last.statusCode).toBe(200);
    const checklist = planChecklistSchema.parse(last.json());
    expect(checklist.progress).toEqual({ done: 2, notApplicable: 1, open: 6, total: 9 });
    expect(checklist.items.find((item) => item.id === 'seating_and_overflow')).toMatchObject({
      status: 'not_applicable',
      note: 'Liten publik',
      setBy: { id: ekby.people.officer.id, name: 'Sara Säkerhet' },
      setAt: '2026-12-01T09:00:00.000Z',
    });
    expect((await planOf(ekby.officer)).revision).toBe(before);
    expect((await mark('no_such_item', 'done')).statusCode).toBe(404);
    expect((await mark('Bad-Id', 'done')).statusCode).toBe(400);
    expect((await mark('premises_searched', 'perhaps')).statusCode).toBe(400);
    expect(
      (
        await ekby.secretary.put(`/api/meetings/${meeting.id}/plan/checklist/premises_searched`, {
          status: 'done',
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('approval', () => {
  it('needs a threat level, the whole evacuation plan, a valid screening decision and staff', async () => {
    const plan = await planOf(ekby.officer);
    const refused = await ekby.officer.post(`/api/meetings/${meeting.id}/plan/approve`, {
      revision: plan.revision,
    });
    expect(refused.statusCode).toBe(422);
    expect(Object.keys(errorOf(refused).fields ?? {})).toEqual(['staff']);
    const unknownUser = await ekby.officer.put(`/api/meetings/${meeting.id}/plan/staff`, {
      revision: plan.revision,
      staff: [{ kind: 'unit_staff', name: 'Någon', userId: grannby.people.officer.id }],
    });
    expect(Object.keys(errorOf(unknownUser).fields ?? {})).toEqual(['staff.0.userId']);
    const staffed = await ekby.officer.put(`/api/meetings/${meeting.id}/plan/staff`, {
      revision: plan.revision,
      staff: [
        { kind: 'unit_staff', name: 'Sara Säkerhet', phone: '070-123 45 67', userId: ekby.people.officer.id },
        { kind: 'guard', name: 'Securitas', note: 'Utanför salen' },
        { kind: 'police_on_call', name: 'Polisen, yttre befäl', phone: '114 14' },
      ],
    });
    expect(staffed.statusCode, staffed.body).toBe(200);
    const withStaff = securityPlanSchema.parse(staffed.json());
    expect(withStaff.staffing?.map((row) => row.kind)).toEqual(['unit_staff', 'guard', 'police_on_call']);
    expect(withStaff.approvalProblems).toEqual([]);
    // Names and phone numbers stay with the unit.
    const practical = await planOf(ekby.secretary);
    expect(practical.staffing).toBeNull();
    expect(JSON.stringify(practical)).not.toContain('114 14');

    const approved = await ekby.officer.post(`/api/meetings/${meeting.id}/plan/approve`, {
      revision: withStaff.revision,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const view = securityPlanSchema.parse(approved.json());
    expect(view).toMatchObject({
      status: 'approved',
      approvedBy: { id: ekby.people.officer.id },
      approvedAt: '2026-12-01T09:00:00.000Z',
    });
    expect((await planOf(ekby.secretary)).status).toBe('approved');

    const locked = await put({ revision: view.revision, threatLevel: 'low' });
    expect(locked.statusCode).toBe(409);
    expect(errorOf(locked).code).toBe('plan_approved');
    // The checklist is still marked on the day.
    expect(
      (
        await ekby.officer.put(`/api/meetings/${meeting.id}/plan/checklist/premises_searched`, {
          status: 'done',
        })
      ).statusCode,
    ).toBe(200);

    expect(
      (await ekby.officer.post(`/api/meetings/${meeting.id}/plan/reopen`, { revision: view.revision - 1 }))
        .statusCode,
    ).toBe(409);
    const reopened = await ekby.officer.post(`/api/meetings/${meeting.id}/plan/reopen`, {
      revision: view.revision,
    });
    expect(securityPlanSchema.parse(reopened.json())).toMatchObject({
      status: 'draft',
      approvedBy: null,
      approvedAt: null,
    });
  });

  it('refuses a plan never started, listing everything missing', async () => {
    const refused = await ekby.officer.post(`/api/meetings/${dialogue.id}/plan/approve`, { revision: 0 });
    expect(refused.statusCode).toBe(422);
    expect(Object.keys(errorOf(refused).fields ?? {})).toEqual(['threatLevel', 'evacuation', 'staff']);
  });
});

describe('checklist template versions', () => {
  it('leave plans already started on the version they began with', async () => {
    const started = await planOf(ekby.officer);
    expect(started.checklist?.templateVersion).toBe(1);
    const items = [
      ...defaultChecklistTemplate.items,
      {
        id: 'bag_check',
        group: 'premises',
        text: { sv: 'Väskkontroll vid entrén', en: 'Bag check at the entrance' },
      },
    ];
    expect((await ekby.admin.post('/api/meeting-templates', { basedOnVersion: 1, items })).statusCode).toBe(
      201,
    );
    const kept = await planOf(ekby.officer);
    expect(kept.checklist?.templateVersion).toBe(1);
    expect(kept.checklist?.items.map((item) => item.id)).not.toContain('bag_check');
    expect(kept.checklist?.items.find((item) => item.id === 'premises_searched')?.status).toBe('done');
    const later = await insertMeeting(database, ekby.id, {
      title: 'Senare möte',
      startsAt: new Date('2027-01-20T17:00:00Z'),
    });
    const fresh = await planOf(ekby.officer, later.id);
    expect(fresh.checklist?.templateVersion).toBe(2);
    expect(fresh.checklist?.progress.total).toBe(10);
    const marked = await ekby.officer.put(`/api/meetings/${later.id}/plan/checklist/bag_check`, {
      status: 'done',
    });
    expect(planChecklistSchema.parse(marked.json())).toMatchObject({
      templateVersion: 2,
      progress: { done: 1, total: 10 },
    });
  });
});
