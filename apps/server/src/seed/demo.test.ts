import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  Action,
  assessMeetingRisk,
  can,
  checklistProgress,
  defaultChecklistTemplate,
  matterListScope,
  meetingReadinessWarnings,
  meetingVisibleTo,
  nationalThreatLevelAt,
  screeningDecisionProblems,
  type Actor,
} from '@varn/domain';
import {
  assessmentHistorySchema,
  assessmentListSchema,
  matterListSchema,
  meSchema,
  partySummarySchema,
  screeningListSchema,
  screeningSchema,
} from '@varn/contracts';
import { buildTestApp, createTestDatabase, loggedInClient, testPassword } from '../../test/helpers';
import {
  agendaItems,
  bodies,
  bodyMembers,
  incidents,
  matters,
  measures,
  meetingLogEntries,
  meetingReviews,
  meetings,
  nationalThreatLevels,
  organisations,
  planChecklistItems,
  planStaff,
  securityPlans,
  users,
  venues,
} from '../db/schema';
import { demoOrganisationName, demoUsers, seedDemo } from './demo';

/** The demo organisation (issue 2 §8, issue 4 "Done when"): Riskguide is not empty. */

const database = await createTestDatabase();
const app = await buildTestApp(database);
const now = new Date('2026-11-27T09:00:00.000Z');

/** A second demo, started on a summer's day (July, the meeting break) to see the seed hold then too. */
const summer = await createTestDatabase();
const summerNow = new Date('2027-07-06T07:00:00.000Z');

const emailOf = (role: string): string => demoUsers.find((user) => user.role === role)?.email ?? '';

describe('the demo seed', () => {
  it('creates the demo once', async () => {
    expect(await seedDemo(database.db, testPassword, now)).toBe(true);
    expect(await seedDemo(database.db, testPassword, now)).toBe(false);
  });

  it('makes the demo party contact their party’s appointed security contact, with a deputy (issue 11)', async () => {
    const contact = await loggedInClient(app, emailOf('party_contact'));
    const me = meSchema.parse((await contact.get('/api/me')).json());
    if (!me.party) throw new Error('the demo party contact has no party');
    const summary = partySummarySchema.parse(
      (await contact.get(`/api/parties/${me.party.id}/summary`)).json(),
    );
    expect(summary.contacts.contact?.name).toBe(me.name);
    expect(summary.contacts.deputy).not.toBeNull();
    expect(summary.contacts.gaps).toEqual([]);
  });

  it('has matters with finished assessments in several cells, one reassessed, with tracked measures', async () => {
    const officer = await loggedInClient(app, emailOf('security_officer'));
    const list = matterListSchema.parse((await officer.get('/api/matters')).json());
    const cells = list.matters.flatMap((matter) => (matter.result.cell ? [matter.result.cell] : [])).sort();
    expect(cells).toEqual(['A', 'C', 'E', 'F', 'G', 'I']);
    const norrby = list.matters.find((matter) => matter.title === 'Nedläggning av Norrby skola');
    expect(norrby?.result).toMatchObject({ riskLevel: 'high', cell: 'I' });
    const history = assessmentHistorySchema.parse(
      (await officer.get(`/api/matters/${norrby?.id}/assessments`)).json(),
    );
    expect(history.assessments.map((entry) => entry.cell)).toEqual(['I', 'E']);
    expect(history.assessments[0]?.changes?.cell).toEqual({ from: 'E', to: 'I' });
    const finished = assessmentListSchema.parse(
      (await officer.get('/api/assessments?status=finished')).json(),
    );
    expect(finished.assessments).toHaveLength(7);
    const latest = finished.assessments.find((entry) => entry.matter.id === norrby?.id && entry.cell === 'I');
    const pdf = await officer.get(`/api/assessments/${latest?.id}/pdf`);
    expect(pdf.statusCode).toBe(200);

    // ADR 017: she sees it through the school committee's agenda (she is its vice chair) once the
    // matter routes load the agenda meetings (the meetings work); until then the policy answers 404.
    const official = await loggedInClient(app, emailOf('official'));
    const seen = (await official.get(`/api/matters/${norrby?.id}`)).json() as { measures: unknown[] };
    expect(seen.measures).toHaveLength(4);
  });

  it('has a screening of the coming council meeting, moderate and high sent on to step 2', async () => {
    const secretary = await loggedInClient(app, emailOf('secretary'));
    const list = screeningListSchema.parse((await secretary.get('/api/screenings')).json());
    expect(list.screenings[0]).toMatchObject({ rows: 4, needsStep2: 2, queued: 2 });
    // Before it, the past agendas a month at a time, nothing sent on.
    const past = list.screenings.slice(1);
    expect(past.length).toBeGreaterThanOrEqual(5);
    for (const screening of past) {
      expect(screening.title).toMatch(/^Föredragningslistor, [a-zåäö]+ 20\d\d$/u);
      expect(screening).toMatchObject({ needsStep2: 0, queued: 0 });
    }
    const screening = screeningSchema.parse(
      (await secretary.get(`/api/screenings/${list.screenings[0]?.id}`)).json(),
    );
    expect(screening.rows.map((row) => row.level)).toEqual(['low', 'low', 'moderate', 'high']);
    const officer = await loggedInClient(app, emailOf('security_officer'));
    const drafts = assessmentListSchema.parse((await officer.get('/api/assessments?status=draft')).json());
    expect(drafts.assessments.map((entry) => entry.matter.title).sort()).toEqual([
      'Höjda avgifter i äldreomsorgen',
      'Ny simhall vid Sjövallen',
    ]);
  });
});

describe('the demo year of meetings (issue 10)', () => {
  const day = 86_400_000;
  const db = database.db;

  async function demo() {
    const [organisation] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.name, demoOrganisationName));
    if (!organisation) throw new Error('no demo organisation');
    return organisation.id;
  }

  async function userId(role: string): Promise<string> {
    const [user] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, emailOf(role)));
    return user?.id ?? '';
  }

  /** Each meeting with its agenda's matters' levels, its plan, and the risk and warnings at `now`. */
  async function meetingsWithRisk(organisationId: string) {
    const officer = await loggedInClient(app, emailOf('security_officer'));
    const list = matterListSchema.parse((await officer.get('/api/matters?limit=500')).json());
    const levels = new Map(list.matters.map((matter) => [matter.id, matter]));
    const rows = await db.select().from(meetings).where(eq(meetings.organisationId, organisationId));
    const items = await db.select().from(agendaItems).where(eq(agendaItems.organisationId, organisationId));
    const plans = await db
      .select()
      .from(securityPlans)
      .where(eq(securityPlans.organisationId, organisationId));
    return rows.map((meeting) => {
      const agenda = items
        .filter((item) => item.meetingId === meeting.id)
        .sort((a, b) => a.position - b.position)
        .map((item) => {
          const matter = levels.get(item.matterId);
          return {
            matterId: item.matterId,
            title: matter?.title ?? '',
            assessedLevel: matter?.result.riskLevel ?? null,
            screeningLevel: matter?.result.screeningLevel ?? null,
          };
        });
      const plan = plans.find((entry) => entry.meetingId === meeting.id) ?? null;
      const risk = assessMeetingRisk(
        {
          agendaItems: agenda,
          threatPictureLevel: plan?.threatLevel ?? null,
          linkedIncidents: [],
          lookbackDays: 30,
        },
        now,
      );
      const warnings = meetingReadinessWarnings(
        {
          status: meeting.status,
          startsAt: meeting.startsAt,
          riskLevel: risk.level,
          plan,
          approveDaysBefore: 2,
          untrainedKeyPeople: [],
        },
        now,
      );
      return { meeting, agenda, plan, risk, warnings };
    });
  }

  it('has the five bodies, each with a chair and a vice chair; the official sits in the council and the board', async () => {
    const organisationId = await demo();
    const rows = await db.select().from(bodies).where(eq(bodies.organisationId, organisationId));
    expect(rows.map((body) => body.name)).toEqual([
      'Kommunfullmäktige',
      'Kommunstyrelsen',
      'Barn- och utbildningsnämnden',
      'Socialnämnden',
      'Samhällsbyggnadsnämnden',
    ]);
    const members = await db.select().from(bodyMembers).where(eq(bodyMembers.organisationId, organisationId));
    for (const body of rows) {
      const assignments = members
        .filter((member) => member.bodyId === body.id)
        .map((member) => member.assignment);
      expect(assignments, body.name).toContain('chair');
      expect(assignments, body.name).toContain('vice_chair');
    }
    const official = await userId('official');
    const hers = members.filter((member) => member.userId === official).map((member) => member.bodyId);
    for (const name of ['Kommunfullmäktige', 'Kommunstyrelsen'])
      expect(hers).toContain(rows.find((body) => body.name === name)?.id);
    // A committee she is not in, so that closed meetings are not all hers.
    expect(hers).not.toContain(rows.find((body) => body.name === 'Socialnämnden')?.id);
  });

  it('has the venues with rooms, entrances, evacuation routes, assembly points and capacity', async () => {
    const rows = await db
      .select()
      .from(venues)
      .where(eq(venues.organisationId, await demo()));
    expect(rows.map((venue) => venue.name).sort()).toEqual(['Kulturhuset', 'Stadshuset', 'Torget']);
    const town = rows.find((venue) => venue.name === 'Stadshuset');
    expect(town?.rooms).toEqual(['Fullmäktigesalen', 'KS-salen', 'Sammanträdesrum 3']);
    expect(town).toMatchObject({ capacity: 240 });
    for (const venue of rows) {
      expect(venue.evacuationRoutes, venue.name).toBeTruthy();
      expect(venue.assemblyPoint, venue.name).toBeTruthy();
      expect(venue.entrances, venue.name).toBeTruthy();
    }
  });

  it('has a year of meetings: the council monthly but July, the board every other week, the committees, the election', async () => {
    const rows = await db
      .select()
      .from(meetings)
      .where(eq(meetings.organisationId, await demo()));
    const from = now.getTime() - 200 * day;
    const to = now.getTime() + 165 * day;
    const inYear = (type: string) =>
      rows.filter(
        (meeting) =>
          meeting.type === type && meeting.startsAt.getTime() >= from && meeting.startsAt.getTime() < to,
      );
    const council = inYear('council');
    expect(council.length).toBeGreaterThanOrEqual(12);
    expect(council.every((meeting) => meeting.isPublic)).toBe(true);
    const july = (meeting: { startsAt: Date }) => meeting.startsAt.toISOString().slice(5, 7) === '07';
    expect(council.filter(july)).toEqual([]);
    expect(inYear('executive_board').length).toBeGreaterThanOrEqual(20);
    expect(inYear('committee').length).toBeGreaterThanOrEqual(30);
    for (const type of ['citizen_dialogue', 'public_debate', 'campaign_event', 'election_day', 'other'])
      expect(inYear(type).length, type).toBeGreaterThan(0);
    const election = rows.find((meeting) => meeting.type === 'election_day');
    expect(election?.startsAt.toISOString()).toBe('2026-09-13T06:00:00.000Z');
    const campaign = inYear('campaign_event');
    expect(
      campaign.every((meeting) => meeting.startsAt.getTime() < (election?.startsAt.getTime() ?? 0)),
    ).toBe(true);
    for (const meeting of rows)
      expect(meeting.status, meeting.title).toBe(
        meeting.status === 'cancelled' ? 'cancelled' : meeting.startsAt < now ? 'held' : 'planned',
      );
  });

  it('gives each council and board meeting 4–8 agenda items, the demo matters among them', async () => {
    const organisationId = await demo();
    const rows = await meetingsWithRisk(organisationId);
    for (const { meeting, agenda } of rows) {
      if (meeting.status === 'cancelled' || !['council', 'executive_board'].includes(meeting.type)) continue;
      expect(agenda.length, meeting.title).toBeGreaterThanOrEqual(meeting.type === 'council' ? 4 : 1);
      expect(agenda.length, meeting.title).toBeLessThanOrEqual(8);
    }
    const councils = rows.filter(
      ({ meeting }) => meeting.type === 'council' && meeting.status !== 'cancelled',
    );
    expect(councils.every(({ agenda }) => agenda.length >= 4 && agenda.length <= 8)).toBe(true);
    const next = councils
      .filter(({ meeting }) => meeting.startsAt > now)
      .sort((a, b) => a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime())[0];
    expect(next?.agenda.map((item) => item.title)).toEqual(
      expect.arrayContaining(['Ny simhall vid Sjövallen', 'Detaljplan för vindkraftspark vid Ekåsen']),
    );
    const numbers = await db
      .select({ diaryNumber: matters.diaryNumber })
      .from(matters)
      .where(eq(matters.organisationId, organisationId));
    const counted = new Map<string, number>();
    for (const { diaryNumber } of numbers)
      counted.set(diaryNumber ?? '', (counted.get(diaryNumber ?? '') ?? 0) + 1);
    expect([...counted].filter(([number, count]) => number !== '' && count > 1)).toEqual([]);
    // The seeded numbers stay below 0900: the journeys import their own from KS 2026/0901.
    const serials = [...counted.keys()].map((number) => Number(/\/(\d{4})$/u.exec(number)?.[1] ?? 0));
    expect(Math.max(...serials)).toBeLessThan(900);
    // Titles of the new matters seldom repeat (a budget or a report comes back a year later).
    const titles = await db
      .select({ title: matters.title })
      .from(matters)
      .where(eq(matters.organisationId, organisationId));
    const byTitle = new Map<string, number>();
    for (const { title } of titles) byTitle.set(title, (byTitle.get(title) ?? 0) + 1);
    expect([...byTitle].filter(([, count]) => count > 2)).toEqual([]);
  });

  it('has plans for the coming meetings within three weeks but one high-risk meeting, which warns', async () => {
    const rows = await meetingsWithRisk(await demo());
    const soon = rows.filter(
      ({ meeting }) => meeting.status === 'planned' && meeting.startsAt.getTime() - now.getTime() <= 21 * day,
    );
    expect(soon.length).toBeGreaterThanOrEqual(4);
    const withoutPlan = soon.filter(({ plan }) => plan === null);
    expect(withoutPlan).toHaveLength(1);
    expect(withoutPlan[0]?.risk.level).toBe('high');
    expect(withoutPlan[0]?.agenda.map((item) => item.title)).toContain('Nedläggning av Norrby skola');
    expect(withoutPlan[0]?.warnings.map((warning) => warning.code)).toEqual(['high_risk_without_plan']);
    const statuses = soon.flatMap(({ plan }) => (plan ? [plan.status] : []));
    expect(statuses).toContain('draft');
    expect(statuses).toContain('approved');
    const high = rows.filter(({ meeting, risk }) => meeting.status === 'planned' && risk.level === 'high');
    expect(high.length).toBeGreaterThanOrEqual(2);
    expect(
      high.some(({ risk }) =>
        risk.reasons.some(
          (reason) =>
            reason.kind === 'agenda_item' && reason.level === 'high' && reason.source === 'assessment',
        ),
      ),
    ).toBe(true);
  });

  it('has a screening decision on the coming council meeting: by the chair, the police consulted first', async () => {
    const rows = await meetingsWithRisk(await demo());
    const decided = rows.filter(({ plan }) => plan?.screeningDecided === true);
    expect(decided.length).toBeGreaterThanOrEqual(1);
    for (const { meeting, plan } of decided) {
      expect(meeting.type).toBe('council');
      if (!plan) continue;
      expect(plan.screeningDecidedBy).toMatch(/ordförande i kommunfullmäktige/u);
      expect(
        screeningDecisionProblems(meeting, {
          decided: plan.screeningDecided,
          decidedBy: plan.screeningDecidedBy,
          decidedOn: plan.screeningDecidedOn,
          policeConsultedOn: plan.policeConsultedOn,
          premises: plan.screeningPremises,
          reasons: plan.screeningReasons,
        }),
      ).toEqual([]);
    }
    expect(decided.some(({ meeting }) => meeting.startsAt > now)).toBe(true);
  });

  it('has approved plans with full checklists, staffing and evacuation for the held public meetings', async () => {
    const organisationId = await demo();
    const rows = await meetingsWithRisk(organisationId);
    const heldCouncils = rows.filter(
      ({ meeting }) => meeting.type === 'council' && meeting.status === 'held',
    );
    expect(heldCouncils.length).toBeGreaterThanOrEqual(6);
    const checklist = await db
      .select()
      .from(planChecklistItems)
      .where(eq(planChecklistItems.organisationId, organisationId));
    const staff = await db.select().from(planStaff).where(eq(planStaff.organisationId, organisationId));
    for (const { meeting, plan } of heldCouncils) {
      expect(plan?.status, meeting.title).toBe('approved');
      const states = checklist.filter((item) => item.planId === plan?.id);
      expect(checklistProgress(defaultChecklistTemplate, states).open, meeting.title).toBe(0);
      const kinds = staff.filter((person) => person.planId === plan?.id).map((person) => person.kind);
      expect(kinds).toEqual(expect.arrayContaining(['unit_staff', 'guard', 'police_on_call']));
      expect(plan?.evacuationMeetingPoint).toBeTruthy();
      expect(plan?.whoCallsPolice).toBeTruthy();
    }
    expect(
      staff.some((person) => person.kind === 'guard' && person.name === 'Securitas-väktare' && person.phone),
    ).toBe(true);
  });

  it('has live logs of held meetings, one entry an incident, and reviews with measures', async () => {
    const organisationId = await demo();
    const entries = await db
      .select()
      .from(meetingLogEntries)
      .where(eq(meetingLogEntries.organisationId, organisationId));
    expect(new Set(entries.map((entry) => entry.meetingId)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(entries.map((entry) => entry.kind))).toEqual(
      new Set(['disturbance', 'warning_given', 'asked_to_leave', 'removed_by_police', 'note']),
    );
    const logged = await db
      .select()
      .from(meetings)
      .where(inArray(meetings.id, [...new Set(entries.map((entry) => entry.meetingId))]));
    expect(logged.every((meeting) => meeting.status === 'held')).toBe(true);
    const converted = entries.filter((entry) => entry.incidentId !== null);
    expect(converted).toHaveLength(1);
    const [incident] = await db
      .select()
      .from(incidents)
      .where(eq(incidents.id, converted[0]?.incidentId ?? ''));
    expect(incident).toMatchObject({
      categories: ['meeting_disturbance'],
      channel: 'in_person_meeting',
      policeContacted: true,
    });
    const reviews = await db
      .select()
      .from(meetingReviews)
      .where(eq(meetingReviews.organisationId, organisationId));
    expect(reviews.length).toBeGreaterThanOrEqual(3);
    const reviewMeasures = await db
      .select()
      .from(measures)
      .where(and(eq(measures.organisationId, organisationId), eq(measures.subjectType, 'meeting')));
    expect(reviewMeasures.length).toBeGreaterThanOrEqual(2);
    expect(
      reviewMeasures.every((measure) => reviews.some((review) => review.meetingId === measure.subjectId)),
    ).toBe(true);
  });

  it('records the national threat level: 3 now, 4 from 17 August 2023', async () => {
    const rows = await db
      .select()
      .from(nationalThreatLevels)
      .where(eq(nationalThreatLevels.organisationId, await demo()));
    expect(nationalThreatLevelAt(rows, now)).toBe(3);
    expect(nationalThreatLevelAt(rows, new Date('2024-06-01T12:00:00Z'))).toBe(4);
    expect(nationalThreatLevelAt(rows, new Date('2023-08-16T12:00:00Z'))).toBe(3);
  });

  it('lets the official see the matters the Riskguide journey opens, through agendas (ADR 017)', async () => {
    const organisationId = await demo();
    const official = await userId('official');
    const bodyIds = (
      await db
        .select({ bodyId: bodyMembers.bodyId })
        .from(bodyMembers)
        .where(eq(bodyMembers.userId, official))
    ).map((row) => row.bodyId);
    const actor: Actor = { userId: official, organisationId, role: 'official', partyId: null, bodyIds };
    expect(matterListScope(actor)).toEqual({ kind: 'on_visible_agendas', bodyIds });
    const agendaOf = async (title: string) => {
      const [matter] = await db
        .select({ id: matters.id })
        .from(matters)
        .where(and(eq(matters.organisationId, organisationId), eq(matters.title, title)));
      const agendaMeetings = await db
        .select({ bodyId: meetings.bodyId, isPublic: meetings.isPublic })
        .from(agendaItems)
        .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
        .where(eq(agendaItems.matterId, matter?.id ?? ''));
      return { type: 'matter' as const, organisationId, matterId: matter?.id ?? '', agendaMeetings };
    };
    // The journey's official opens the wind farm's plan (cell F) and this test Norrby skola.
    for (const title of ['Detaljplan för vindkraftspark vid Ekåsen', 'Nedläggning av Norrby skola']) {
      const resource = await agendaOf(title);
      expect(
        resource.agendaMeetings.some((meeting) => meetingVisibleTo(actor, meeting)),
        title,
      ).toBe(true);
      expect(can(actor, Action.MatterRead, resource), title).toBe(true);
    }
    // A matter only on closed agendas of a committee she is not in stays hidden.
    const [social] = await db.select().from(bodies).where(eq(bodies.name, 'Socialnämnden'));
    const onlySocial = await db
      .select({ title: matters.title })
      .from(matters)
      .innerJoin(agendaItems, eq(agendaItems.matterId, matters.id))
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(
        and(eq(meetings.bodyId, social?.id ?? ''), eq(matters.title, 'Riktlinjer för ekonomiskt bistånd')),
      );
    expect(onlySocial.length).toBeGreaterThan(0);
    const hidden = await agendaOf('Riktlinjer för ekonomiskt bistånd');
    expect(can(actor, Action.MatterRead, hidden)).toBe(false);
  });
});

describe('the demo started on a summer day', () => {
  it('seeds a year of meetings whatever the day, with the meeting on Norrby skola in a week and no plan', async () => {
    expect(await seedDemo(summer.db, testPassword, summerNow)).toBe(true);
    const rows = await summer.db.select().from(meetings);
    expect(rows.length).toBeGreaterThan(80);
    const [norrby] = await summer.db
      .select({ meetingId: agendaItems.meetingId, startsAt: meetings.startsAt })
      .from(agendaItems)
      .innerJoin(matters, eq(matters.id, agendaItems.matterId))
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(eq(matters.title, 'Nedläggning av Norrby skola'));
    const inDays = ((norrby?.startsAt.getTime() ?? 0) - summerNow.getTime()) / 86_400_000;
    expect(inDays).toBeGreaterThan(6);
    expect(inDays).toBeLessThan(10);
    const plans = await summer.db
      .select()
      .from(securityPlans)
      .where(eq(securityPlans.meetingId, norrby?.meetingId ?? ''));
    expect(plans).toEqual([]);
    const held = rows.filter((meeting) => meeting.status === 'held');
    const logged = await summer.db.select().from(meetingLogEntries);
    expect(held.length).toBeGreaterThan(30);
    expect(logged.length).toBeGreaterThan(5);
  });
});
