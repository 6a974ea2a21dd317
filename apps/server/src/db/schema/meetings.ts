import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  defaultThreatLookbackDays,
  type BodyAssignment,
  type BodyKind,
  type ChecklistItemStatus,
  type LogEntryKind,
  type MeetingStatus,
  type MeetingType,
  type NationalThreatLevel,
  type RiskLevel,
  type SecurityPlanStatus,
  type StaffingKind,
} from '@varn/domain';
import { bytea, createdAt, id, timestamps } from './columns';
import { organisationId, users } from './accounts';
import { incidents } from './incidents';
import { matters } from './riskguide';

/*
 * Meetings and events (issue 10, ADR 017): the bodies that meet and their members, the venue
 * register, meetings and their agendas, the checklist template's versions, each meeting's security
 * plan (checklist, staffing, screening decision, evacuation plan), the live log and its followers,
 * the after-action review, the national threat level's history and the calendar feeds. A review's
 * measures are rows of `measures` with subject type `meeting`. The JSON column is `unknown` here:
 * it is read with its stored shape, `../stored-shapes/meetings.ts`.
 */

/**
 * The bodies (organ) that hold meetings: fullmäktige, the styrelse, nämnder and others. Kept here
 * until the officials register (issue 11) holds the bodies and the officials' assignments; then
 * this table and `body_members` are read from there instead.
 */
export const bodies = pgTable(
  'bodies',
  {
    id: id(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    kind: text('kind').$type<BodyKind>().notNull(),
    /** The order in lists and the calendar's filter, lowest first. */
    position: integer('position').notNull().default(0),
    /** An archived body (a nämnd that was merged away) keeps its meetings but takes no new ones. */
    archived: boolean('archived').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('bodies_name_unique').on(t.organisationId, sql`lower(${t.name})`),
    index('bodies_org_position_idx').on(t.organisationId, t.position),
    check('bodies_kind_check', sql`${t.kind} in ('council', 'executive_board', 'committee', 'other')`),
  ],
);

/**
 * Who has an assignment in which body (ledamot, ersättare, ordförande, vice ordförande): the
 * bodies of `Actor.bodyIds`, whose closed meetings and agendas the person may see (ADR 017). An
 * interim register kept by the admin until the officials register (issue 11) links people to
 * bodies. No party here: party affiliation stays in `party_memberships` alone.
 */
export const bodyMembers = pgTable(
  'body_members',
  {
    organisationId: organisationId(),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assignment: text('assignment').$type<BodyAssignment>().notNull(),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.bodyId, t.userId] }),
    // The actor's bodies, loaded for the meeting and matter routes.
    index('body_members_user_idx').on(t.userId),
    check(
      'body_members_assignment_check',
      sql`${t.assignment} in ('member', 'substitute', 'chair', 'vice_chair')`,
    ),
  ],
);

/** The venue register (lokalregister, issue 10 §1): where meetings are held and how to get out. */
export const venues = pgTable(
  'venues',
  {
    id: id(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    address: text('address'),
    /** The rooms a meeting can be in ("Sessionssalen", "Sal B"), in the order given. */
    rooms: text('rooms')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Where people come in and how the entrances are controlled. */
    entrances: text('entrances'),
    evacuationRoutes: text('evacuation_routes'),
    /** Återsamlingsplats. */
    assemblyPoint: text('assembly_point'),
    /** Seats, people. */
    capacity: integer('capacity'),
    /** An archived venue keeps its meetings but is not offered for new ones. */
    archived: boolean('archived').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    index('venues_org_name_idx').on(t.organisationId, t.name),
    check('venues_capacity_check', sql`${t.capacity} is null or ${t.capacity} >= 0`),
  ],
);

/**
 * A venue's floor plan (planritning): one PDF or image of at most 10 MiB (domain
 * `maxFloorPlanBytes`), kept in the database like evidence but in its own table (ADR 017):
 * evidence files belong to an incident and have a chain of custody, and a floor plan belongs to a
 * venue; a table of its own also keeps the bytes out of every read of `venues`. Replaced, never
 * versioned.
 */
export const venueFloorPlans = pgTable(
  'venue_floor_plans',
  {
    venueId: uuid('venue_id')
      .primaryKey()
      .references(() => venues.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    fileName: text('file_name').notNull(),
    /** As detected from the bytes: one of the domain's `allowedFloorPlanTypes`. */
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check(
      'venue_floor_plans_content_type_check',
      sql`${t.contentType} in ('application/pdf', 'image/png', 'image/jpeg')`,
    ),
    check('venue_floor_plans_size_check', sql`${t.sizeBytes} > 0 and ${t.sizeBytes} <= 10485760`),
  ],
);

/** A meeting or event (issue 10 §1). */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    organisationId: organisationId(),
    type: text('type').$type<MeetingType>().notNull(),
    title: text('title').notNull(),
    /** Null for a meeting of no body (a citizen dialogue, a campaign event). */
    bodyId: uuid('body_id').references(() => bodies.id),
    venueId: uuid('venue_id').references(() => venues.id),
    /** The room within the venue, or a place when there is no venue ("Stortorget"). */
    room: text('room'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Open to the public: decides who sees the meeting (ADR 017) and whether screening is possible. */
    isPublic: boolean('is_public').notNull(),
    organiser: text('organiser'),
    /** People. */
    expectedAudience: integer('expected_audience'),
    status: text('status').$type<MeetingStatus>().notNull().default('planned'),
    /**
     * The UID of the VEVENT an iCalendar import made the meeting from (RFC 5545): a second import
     * of the same calendar updates the meeting instead of adding it again.
     */
    icalUid: text('ical_uid'),
    description: text('description'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    // The calendar and the coming meetings: by time within an organisation.
    index('meetings_org_starts_idx').on(t.organisationId, t.startsAt),
    // The calendar's filter by body, and a body's meetings for the threat picture.
    index('meetings_org_body_starts_idx').on(t.organisationId, t.bodyId, t.startsAt),
    uniqueIndex('meetings_ical_uid_unique')
      .on(t.organisationId, t.icalUid)
      .where(sql`${t.icalUid} is not null`),
    check(
      'meetings_type_check',
      sql`${t.type} in ('council', 'executive_board', 'committee', 'citizen_dialogue', 'public_debate', 'campaign_event', 'election_day', 'other')`,
    ),
    check('meetings_status_check', sql`${t.status} in ('planned', 'held', 'cancelled')`),
    check('meetings_time_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('meetings_audience_check', sql`${t.expectedAudience} is null or ${t.expectedAudience} >= 0`),
  ],
);

/**
 * An item of a meeting's agenda (föredragningslista): a matter, at a position. A matter is on a
 * meeting's agenda at most once; it may be on several meetings' agendas (the committee, then the
 * council). Officials see a matter through the agendas of meetings they may see (ADR 017).
 */
export const agendaItems = pgTable(
  'agenda_items',
  {
    id: id(),
    organisationId: organisationId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    /** 1, 2, … in agenda order; not unique, so that reordering needs no deferred constraint. */
    position: integer('position').notNull(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id),
    /** "Behandlas sist, inom stängda dörrar." */
    note: text('note'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('agenda_items_meeting_matter_unique').on(t.meetingId, t.matterId),
    // A matter's meetings: its agenda meetings for the policy, and matters' list scope.
    index('agenda_items_matter_idx').on(t.organisationId, t.matterId),
  ],
);

/**
 * Versions of an organisation's security checklist template (issue 10 §2): the items as JSON
 * (domain `ChecklistTemplate['items']`, stored shape `storedChecklistItemsV1`), checked by the
 * domain's `checklistTemplateProblems` before they are stored. Versions are never changed: an admin
 * adds a new one; a plan keeps the one it was started on (as Riskguide templates, ADR 009).
 */
export const meetingChecklistTemplates = pgTable(
  'meeting_checklist_templates',
  {
    id: id(),
    organisationId: organisationId(),
    version: integer('version').notNull(),
    items: jsonb('items').$type<unknown>().notNull(),
    /** `null` for the default seeded by Värn. */
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('meeting_checklist_templates_version_unique').on(t.organisationId, t.version),
    check('meeting_checklist_templates_version_check', sql`${t.version} >= 1`),
  ],
);

/**
 * A meeting's security plan (issue 10 §2), at most one per meeting: the threat picture, the
 * security-screening decision (lag 2010:294), the evacuation plan, and its approval. The checklist
 * and the staffing are in `plan_checklist_items` and `plan_staff`. Who reads which part is the
 * policy's `securityPlanPartReadActions`.
 */
export const securityPlans = pgTable(
  'security_plans',
  {
    id: id(),
    organisationId: organisationId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    /** The checklist template version the plan was started on. */
    checklistTemplateId: uuid('checklist_template_id')
      .notNull()
      .references(() => meetingChecklistTemplates.id),
    /** Guards against overwriting someone else's save (each save adds one). */
    revision: integer('revision').notNull().default(0),

    // — Threat picture (hotbild) —
    /** The unit's written assessment. */
    threatAssessment: text('threat_assessment'),
    /** The level the written assessment comes to; one of the meeting risk's sources. */
    threatLevel: text('threat_level').$type<RiskLevel>(),
    /** Säkerhetspolisen's level (1–5) when the plan was written, as the unit noted it. */
    nationalThreatLevel: smallint('national_threat_level').$type<NationalThreatLevel>(),
    /** Days back the threat picture counts linked incidents (domain `threatLookbackDayRange`). */
    lookbackDays: integer('lookback_days').notNull().default(defaultThreatLookbackDays),

    // — Security screening (säkerhetskontroll, lag 2010:294 2 §) —
    /** Null: no decision recorded; true: screening ordered; false: decided against. */
    screeningDecided: boolean('screening_decided'),
    /** The chair who decided, by name. */
    screeningDecidedBy: text('screening_decided_by'),
    screeningDecidedOn: date('screening_decided_on', { mode: 'string' }),
    policeConsultedOn: date('police_consulted_on', { mode: 'string' }),
    /** The premises the decision covers. */
    screeningPremises: text('screening_premises'),
    screeningReasons: text('screening_reasons'),

    // — Evacuation plan (the practical part officials read) —
    evacuationLeadsOfficials: text('evacuation_leads_officials'),
    evacuationLeadsPublic: text('evacuation_leads_public'),
    evacuationRoutes: text('evacuation_routes'),
    evacuationMeetingPoint: text('evacuation_meeting_point'),
    whoCallsPolice: text('who_calls_police'),
    evacuationNotes: text('evacuation_notes'),

    status: text('status').$type<SecurityPlanStatus>().notNull().default('draft'),
    approvedByUserId: uuid('approved_by_user_id').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('security_plans_meeting_unique').on(t.meetingId),
    check('security_plans_status_check', sql`${t.status} in ('draft', 'approved')`),
    check(
      'security_plans_approved_check',
      sql`${t.status} = 'draft' or (${t.approvedByUserId} is not null and ${t.approvedAt} is not null)`,
    ),
    check(
      'security_plans_threat_level_check',
      sql`${t.threatLevel} is null or ${t.threatLevel} in ('low', 'moderate', 'high')`,
    ),
    check(
      'security_plans_national_threat_level_check',
      sql`${t.nationalThreatLevel} is null or ${t.nationalThreatLevel} between 1 and 5`,
    ),
    check('security_plans_lookback_days_check', sql`${t.lookbackDays} between 1 and 365`),
  ],
);

/** A checklist item's status in a plan: done, not done or not applicable, by whom and when. */
export const planChecklistItems = pgTable(
  'plan_checklist_items',
  {
    organisationId: organisationId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => securityPlans.id),
    /** The item's id in the plan's template version. */
    itemId: text('item_id').notNull(),
    status: text('status').$type<ChecklistItemStatus>().notNull(),
    note: text('note'),
    setByUserId: uuid('set_by_user_id')
      .notNull()
      .references(() => users.id),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.itemId] }),
    check('plan_checklist_items_status_check', sql`${t.status} in ('done', 'not_done', 'not_applicable')`),
  ],
);

/**
 * The people staffing a meeting (issue 10 §2): unit staff, guards, police present or on call.
 * Names and phones are read only with `meeting.read_staffing`.
 */
export const planStaff = pgTable(
  'plan_staff',
  {
    id: id(),
    organisationId: organisationId(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => securityPlans.id),
    kind: text('kind').$type<StaffingKind>().notNull(),
    /** The order in the plan, 1, 2, … */
    position: integer('position').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    /** The person's account, when a member of the unit staffs it. */
    userId: uuid('user_id').references(() => users.id),
    note: text('note'),
    ...timestamps(),
  },
  (t) => [
    index('plan_staff_plan_idx').on(t.planId, t.position),
    check(
      'plan_staff_kind_check',
      sql`${t.kind} in ('unit_staff', 'guard', 'police_present', 'police_on_call')`,
    ),
  ],
);

/**
 * The live log of a meeting (issue 10 §3). The id is made by the phone that wrote the entry, so a
 * queued entry sent twice is stored once (`insert … on conflict (id) do nothing`).
 */
export const meetingLogEntries = pgTable(
  'meeting_log_entries',
  {
    /** Given by the client (a UUID), for idempotency: no default. */
    id: uuid('id').primaryKey(),
    organisationId: organisationId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    kind: text('kind').$type<LogEntryKind>().notNull(),
    /** Empty for a quick button pressed without a word. */
    text: text('text').notNull().default(''),
    /** When it happened, as the writer stated it. */
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** When the server stored it: later than `occurred_at` for an entry queued offline. */
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    /** The incident the entry became, if it did. */
    incidentId: uuid('incident_id').references(() => incidents.id),
  },
  (t) => [
    // The log in the domain's order (`orderLogEntries`: occurred, recorded, id).
    index('meeting_log_entries_meeting_idx').on(t.meetingId, t.occurredAt, t.recordedAt, t.id),
    check(
      'meeting_log_entries_kind_check',
      sql`${t.kind} in ('disturbance', 'warning_given', 'asked_to_leave', 'removed_by_police', 'evacuation', 'medical', 'note')`,
    ),
  ],
);

/** Who follows a meeting's live log (notified of new entries). */
export const meetingLogFollowers = pgTable(
  'meeting_log_followers',
  {
    organisationId: organisationId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] })],
);

/**
 * The after-action review of a meeting (issue 10 §3), at most one per meeting. Its measures are
 * rows of `measures` with subject type `meeting` and the meeting's id.
 */
export const meetingReviews = pgTable(
  'meeting_reviews',
  {
    id: id(),
    organisationId: organisationId(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    whatHappened: text('what_happened').notNull().default(''),
    whatWorked: text('what_worked').notNull().default(''),
    whatToChange: text('what_to_change').notNull().default(''),
    writtenByUserId: uuid('written_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [uniqueIndex('meeting_reviews_meeting_unique').on(t.meetingId)],
);

/**
 * The national terror threat level's history (DOMAIN.md §7): each change Säkerhetspolisen made, as
 * the unit recorded it. Rows are added, never changed: a later record for the same day corrects
 * an earlier one (domain `nationalThreatLevelAt`).
 */
export const nationalThreatLevels = pgTable(
  'national_threat_levels',
  {
    id: id(),
    organisationId: organisationId(),
    level: smallint('level').$type<NationalThreatLevel>().notNull(),
    /** The day the level took effect. */
    changedOn: date('changed_on', { mode: 'string' }).notNull(),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('national_threat_levels_org_idx').on(t.organisationId, t.changedOn, t.recordedAt),
    check('national_threat_levels_level_check', sql`${t.level} between 1 and 5`),
  ],
);

/**
 * A person's calendar feed (issue 10 §4): a secret address whose token is shown once; only its
 * SHA-256 is stored, as for sessions. Revoking keeps the row (revoked feeds answer 404); a person
 * has at most one feed in use.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: id(),
    organisationId: organisationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 (hex) of the random secret in the address. */
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('calendar_feeds_token_hash_unique').on(t.tokenHash),
    uniqueIndex('calendar_feeds_one_active_per_user')
      .on(t.userId)
      .where(sql`${t.revokedAt} is null`),
  ],
);
