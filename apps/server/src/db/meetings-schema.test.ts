import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultChecklistTemplate, defaultPlanApprovalDaysBefore, Role } from '@varn/domain';
import { createOrganisation, createTestDatabase, createUser } from '../../test/helpers';
import type { Database } from './client';
import {
  agendaItems,
  bodies,
  bodyMembers,
  calendarFeeds,
  matters,
  meetingChecklistTemplates,
  meetingLogEntries,
  meetings,
  nationalThreatLevels,
  organisations,
  securityPlans,
  venueFloorPlans,
  venues,
} from './schema';
import { parseStored } from './stored-shapes/riskguide';
import { storedChecklistItemsV1 } from './stored-shapes/meetings';

/*
 * Migration 0010 on real PostgreSQL: the meeting tables exist and hold what the domain allows,
 * their constraints refuse what it does not, and the indexes that carry a rule (one agenda line
 * per matter, one feed in use per person, an iCalendar UID once per organisation) do.
 */

let database: Database;
let organisationId: string;
let userId: string;
let matterId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  organisationId = (await createOrganisation(database)).id;
  userId = (await createUser(database, organisationId, Role.SecurityOfficer)).id;
  const [matter] = await database.db
    .insert(matters)
    .values({ organisationId, title: 'Ny detaljplan för hamnen' })
    .returning({ id: matters.id });
  matterId = matter?.id ?? '';
});

/** The constraint a failed statement broke (PostgreSQL's error, possibly wrapped by Drizzle). */
async function brokenConstraint(statement: Promise<unknown>): Promise<string | undefined> {
  try {
    await statement;
  } catch (error) {
    const pgError = (error as { cause?: { constraint?: string }; constraint?: string }).cause ?? error;
    return (pgError as { constraint?: string }).constraint;
  }
  return undefined;
}

const start = new Date('2026-12-10T17:00:00.000Z');
const end = new Date('2026-12-10T21:00:00.000Z');

async function insertMeeting(values: Partial<typeof meetings.$inferInsert> = {}): Promise<string> {
  const [row] = await database.db
    .insert(meetings)
    .values({
      organisationId,
      type: 'council',
      title: 'Kommunfullmäktige',
      startsAt: start,
      endsAt: end,
      isPublic: true,
      ...values,
    })
    .returning({ id: meetings.id });
  return row?.id ?? '';
}

describe('meetings', () => {
  it('are planned by default, and find their body and venue', async () => {
    const [body] = await database.db
      .insert(bodies)
      .values({ organisationId, name: 'Kommunfullmäktige', kind: 'council' })
      .returning();
    const [venue] = await database.db
      .insert(venues)
      .values({ organisationId, name: 'Stadshuset', rooms: ['Sessionssalen', 'Sal B'], capacity: 120 })
      .returning();
    const id = await insertMeeting({ bodyId: body?.id, venueId: venue?.id, room: 'Sessionssalen' });
    const [row] = await database.db.select().from(meetings).where(eq(meetings.id, id));
    expect(row).toMatchObject({ status: 'planned', bodyId: body?.id, venueId: venue?.id, icalUid: null });
    expect(venue?.rooms).toEqual(['Sessionssalen', 'Sal B']);
  });

  it.each<[string, Partial<typeof meetings.$inferInsert>, string]>([
    ['an unknown type', { type: 'party' as 'council' }, 'meetings_type_check'],
    ['an unknown status', { status: 'postponed' as 'planned' }, 'meetings_status_check'],
    ['an end at the start', { endsAt: start }, 'meetings_time_check'],
    ['an end before the start', { endsAt: new Date(start.getTime() - 1) }, 'meetings_time_check'],
    ['a negative audience', { expectedAudience: -1 }, 'meetings_audience_check'],
  ])('refuse %s', async (_label, values, constraint) => {
    expect(await brokenConstraint(insertMeeting(values))).toBe(constraint);
  });

  it('take an iCalendar UID once per organisation; any number have none', async () => {
    await insertMeeting({ icalUid: 'abc@kommun.se' });
    expect(await brokenConstraint(insertMeeting({ icalUid: 'abc@kommun.se' }))).toBe(
      'meetings_ical_uid_unique',
    );
    const other = await createOrganisation(database);
    await expect(insertMeeting({ organisationId: other.id, icalUid: 'abc@kommun.se' })).resolves.toBeTruthy();
    await insertMeeting({ icalUid: null });
    await insertMeeting({ icalUid: null });
  });
});

describe('agendas', () => {
  it('hold a matter once per meeting, and the same matter on another meeting', async () => {
    const committee = await insertMeeting({ type: 'committee', isPublic: false });
    const council = await insertMeeting();
    const line = { organisationId, matterId, position: 1 };
    await database.db.insert(agendaItems).values({ ...line, meetingId: committee });
    await database.db.insert(agendaItems).values({ ...line, meetingId: council });
    expect(
      await brokenConstraint(
        database.db.insert(agendaItems).values({ ...line, meetingId: council, position: 2 }),
      ),
    ).toBe('agenda_items_meeting_matter_unique');
    // The policy's agenda meetings of a matter (ADR 017).
    const agendaMeetings = await database.db
      .select({ bodyId: meetings.bodyId, isPublic: meetings.isPublic })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(and(eq(agendaItems.organisationId, organisationId), eq(agendaItems.matterId, matterId)));
    expect(agendaMeetings).toHaveLength(2);
  });
});

describe('bodies and members', () => {
  it('refuse a name twice in an organisation, whatever the case', async () => {
    await database.db.insert(bodies).values({ organisationId, name: 'Socialnämnden', kind: 'committee' });
    expect(
      await brokenConstraint(
        database.db.insert(bodies).values({ organisationId, name: 'SOCIALNÄMNDEN', kind: 'committee' }),
      ),
    ).toBe('bodies_name_unique');
  });

  it('keep one assignment per person and body, of the known kinds', async () => {
    const [body] = await database.db
      .insert(bodies)
      .values({ organisationId, name: 'Byggnadsnämnden', kind: 'committee' })
      .returning();
    const member = { organisationId, bodyId: body?.id ?? '', userId };
    await database.db.insert(bodyMembers).values({ ...member, assignment: 'chair' });
    expect(
      await brokenConstraint(database.db.insert(bodyMembers).values({ ...member, assignment: 'member' })),
    ).toBe('body_members_body_id_user_id_pk');
    expect(
      await brokenConstraint(
        database.db.insert(bodyMembers).values({
          ...member,
          userId: (await createUser(database, organisationId, Role.Official)).id,
          assignment: 'secretary' as 'member',
        }),
      ),
    ).toBe('body_members_assignment_check');
  });
});

describe('the security plan', () => {
  let templateId: string;
  beforeAll(async () => {
    const [template] = await database.db
      .insert(meetingChecklistTemplates)
      .values({ organisationId, version: 1, items: defaultChecklistTemplate.items })
      .returning();
    templateId = template?.id ?? '';
  });

  it('keeps the checklist template’s items as its stored shape reads them', async () => {
    const [row] = await database.db
      .select({ items: meetingChecklistTemplates.items })
      .from(meetingChecklistTemplates)
      .where(eq(meetingChecklistTemplates.id, templateId));
    expect(parseStored(storedChecklistItemsV1, row?.items, 'checklist items')).toEqual(
      defaultChecklistTemplate.items,
    );
    expect(
      await brokenConstraint(
        database.db.insert(meetingChecklistTemplates).values({ organisationId, version: 1, items: [] }),
      ),
    ).toBe('meeting_checklist_templates_version_unique');
  });

  it('is one per meeting, a draft looking back 30 days by default', async () => {
    const meetingId = await insertMeeting();
    const plan = { organisationId, meetingId, checklistTemplateId: templateId };
    const [row] = await database.db.insert(securityPlans).values(plan).returning();
    expect(row).toMatchObject({ status: 'draft', lookbackDays: 30, revision: 0, screeningDecided: null });
    expect(await brokenConstraint(database.db.insert(securityPlans).values(plan))).toBe(
      'security_plans_meeting_unique',
    );
  });

  it.each<[string, Partial<typeof securityPlans.$inferInsert>, string | undefined]>([
    ['approved by someone, at a time', { status: 'approved', approvedAt: start }, undefined],
    [
      'approved by nobody',
      { status: 'approved', approvedAt: start, approvedByUserId: null },
      'security_plans_approved_check',
    ],
    ['approved at no time', { status: 'approved' }, 'security_plans_approved_check'],
    ['an unknown status', { status: 'final' as 'draft', approvedAt: start }, 'security_plans_status_check'],
    ['an unknown threat level', { threatLevel: 'severe' as 'high' }, 'security_plans_threat_level_check'],
    ['national level 5', { nationalThreatLevel: 5 }, undefined],
    ['national level 0', { nationalThreatLevel: 0 as 1 }, 'security_plans_national_threat_level_check'],
    ['national level 6', { nationalThreatLevel: 6 as 5 }, 'security_plans_national_threat_level_check'],
    ['looking back 0 days', { lookbackDays: 0 }, 'security_plans_lookback_days_check'],
    ['looking back 366 days', { lookbackDays: 366 }, 'security_plans_lookback_days_check'],
  ])('%s → %s', async (_label, values, constraint) => {
    const meetingId = await insertMeeting();
    const statement = database.db.insert(securityPlans).values({
      organisationId,
      meetingId,
      checklistTemplateId: templateId,
      approvedByUserId: userId,
      ...values,
    });
    expect(await brokenConstraint(statement)).toBe(constraint);
  });
});

describe('the live log', () => {
  it('stores an entry sent twice once (the id is the phone’s)', async () => {
    const meetingId = await insertMeeting();
    const entry = {
      id: randomUUID(),
      organisationId,
      meetingId,
      kind: 'disturbance' as const,
      occurredAt: start,
      createdByUserId: userId,
    };
    for (let attempt = 0; attempt < 2; attempt += 1)
      await database.db.insert(meetingLogEntries).values(entry).onConflictDoNothing();
    const rows = await database.db
      .select()
      .from(meetingLogEntries)
      .where(eq(meetingLogEntries.meetingId, meetingId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ text: '', incidentId: null });
    expect(
      await brokenConstraint(
        database.db.insert(meetingLogEntries).values({ ...entry, id: randomUUID(), kind: 'riot' as 'note' }),
      ),
    ).toBe('meeting_log_entries_kind_check');
  });
});

describe('the rest of the register', () => {
  it('refuses a national threat level off Säkerhetspolisen’s scale', async () => {
    const level = { organisationId, changedOn: '2023-08-17', recordedByUserId: userId };
    await database.db.insert(nationalThreatLevels).values({ ...level, level: 4 });
    expect(
      await brokenConstraint(database.db.insert(nationalThreatLevels).values({ ...level, level: 6 as 5 })),
    ).toBe('national_threat_levels_level_check');
  });

  it('keeps one calendar feed in use per person; a revoked one makes room', async () => {
    const feed = () => ({ organisationId, userId, tokenHash: randomUUID() });
    const [first] = await database.db.insert(calendarFeeds).values(feed()).returning();
    expect(await brokenConstraint(database.db.insert(calendarFeeds).values(feed()))).toBe(
      'calendar_feeds_one_active_per_user',
    );
    await database.db
      .update(calendarFeeds)
      .set({ revokedAt: start })
      .where(eq(calendarFeeds.id, first?.id ?? ''));
    await database.db.insert(calendarFeeds).values(feed());
    expect(
      await brokenConstraint(
        database.db.insert(calendarFeeds).values({
          ...feed(),
          userId: (await createUser(database, organisationId, Role.Official)).id,
          tokenHash: first?.tokenHash ?? '',
        }),
      ),
    ).toBe('calendar_feeds_token_hash_unique');
  });

  it('keeps a floor plan of up to 10 MiB, as PDF, PNG or JPEG', async () => {
    const [venue] = await database.db
      .insert(venues)
      .values({ organisationId, name: 'Folkets hus' })
      .returning();
    const plan = (contentType: string, sizeBytes: number) =>
      database.db.insert(venueFloorPlans).values({
        venueId: venue?.id ?? '',
        organisationId,
        fileName: 'plan.pdf',
        contentType,
        sizeBytes,
        sha256: '0'.repeat(64),
        content: Buffer.from('%PDF-1.7'),
        uploadedByUserId: userId,
        uploadedAt: start,
      });
    expect(await brokenConstraint(plan('image/gif', 8))).toBe('venue_floor_plans_content_type_check');
    expect(await brokenConstraint(plan('application/pdf', 10 * 1024 * 1024 + 1))).toBe(
      'venue_floor_plans_size_check',
    );
    await plan('application/pdf', 8);
    const [stored] = await database.db
      .select()
      .from(venueFloorPlans)
      .where(eq(venueFloorPlans.venueId, venue?.id ?? ''));
    expect(stored?.content.toString()).toBe('%PDF-1.7');
  });

  it('gives organisations two days for approving a plan, 0–30 allowed', async () => {
    const [row] = await database.db
      .select({ days: organisations.planApprovalDaysBefore })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    expect(row?.days).toBe(defaultPlanApprovalDaysBefore);
    expect(
      await brokenConstraint(
        database.db
          .update(organisations)
          .set({ planApprovalDaysBefore: 31 })
          .where(eq(organisations.id, organisationId)),
      ),
    ).toBe('organisations_plan_approval_days_check');
  });
});
