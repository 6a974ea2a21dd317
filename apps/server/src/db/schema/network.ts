import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type {
  AttendanceStatus,
  BodyAssignment,
  CommissionerKind,
  CourseKind,
  ElectionWorkerRole,
  PreferredContact,
  SessionMode,
} from '@varn/domain';
import { bytea, id, timestamps } from './columns';
import { organisationId, parties, users } from './accounts';
import { bodies } from './meetings';

/*
 * Network, training and guidelines (issue 11, ADR 018): the officials register's own person
 * record (most officials never log in) with contact details, assignments in the bodies of
 * migration 0010, party affiliation in a table of its own, election workers per election; the
 * parties' security contacts, the police contact persons and the unit's on-call rota; courses,
 * sessions and attendance; the ethical guidelines' versions and each party's endorsement with its
 * signed document.
 */

/**
 * A person of the register (issue 11 §1): an elected official, staff or an election worker. A user
 * account may be linked later (`user_id`, once per account); the person stays when the account
 * goes. No party here: see `person_party_affiliations`.
 */
export const people = pgTable(
  'people',
  {
    id: id(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    /** Lets an import row without e-mail match the person (domain `matchImportedPerson`). */
    birthYear: smallint('birth_year'),
    /** A tjänsteperson; officials are those with assignments, election workers those of `election_workers`. */
    isStaff: boolean('is_staff').notNull().default(false),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    /** The unit's note ("kontakta via partikansliet"). */
    note: text('note'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('people_user_unique').on(t.userId),
    // The register's list in name order, and the import's matching by name and birth year.
    index('people_org_name_idx').on(t.organisationId, sql`lower(${t.name})`),
    check('people_birth_year_check', sql`${t.birthYear} is null or ${t.birthYear} between 1900 and 2100`),
  ],
);

/**
 * A person's contact details, apart from `people` so that every list of people does not read
 * them. With a protected address (skyddade personuppgifter) the address is never stored, so it
 * can never be shown, printed or exported, and no letter can be the preferred contact.
 */
export const personContactDetails = pgTable(
  'person_contact_details',
  {
    personId: uuid('person_id')
      .primaryKey()
      .references(() => people.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    protectedAddress: boolean('protected_address').notNull().default(false),
    preferredContact: text('preferred_contact').$type<PreferredContact>(),
    ...timestamps(),
  },
  (t) => [
    // The import's matching by e-mail (domain `matchImportedPerson`); not unique: a party office's
    // shared address may stand for several people, and the match then asks.
    index('person_contact_details_org_email_idx').on(t.organisationId, sql`lower(${t.email})`),
    check(
      'person_contact_details_preferred_check',
      sql`${t.preferredContact} is null or ${t.preferredContact} in ('email', 'phone', 'sms', 'post')`,
    ),
    check(
      'person_contact_details_protected_address_check',
      sql`not ${t.protectedAddress} or ${t.address} is null`,
    ),
    check(
      'person_contact_details_protected_post_check',
      sql`not ${t.protectedAddress} or ${t.preferredContact} is distinct from 'post'`,
    ),
  ],
);

/**
 * A person's assignment (uppdrag) in a body for a term (issue 11 §1): role, term, and whether they
 * hold it as a full-time or part-time commissioner (kommunallagen 4 kap. 18 a §). Takes over from
 * `body_members` (ADR 017, interim) as ADR 018 describes.
 */
export const personAssignments = pgTable(
  'person_assignments',
  {
    id: id(),
    organisationId: organisationId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    bodyId: uuid('body_id')
      .notNull()
      .references(() => bodies.id),
    role: text('role').$type<BodyAssignment>().notNull(),
    termStart: date('term_start', { mode: 'string' }).notNull(),
    /** Null while open-ended. */
    termEnd: date('term_end', { mode: 'string' }),
    /** Null: a leisure-time official, not covered by KL 4:18 a. */
    commissioner: text('commissioner').$type<CommissionerKind>(),
    ...timestamps(),
  },
  (t) => [
    index('person_assignments_person_idx').on(t.personId),
    // A body's members and chairs (the meeting's readiness: "untrained chair").
    index('person_assignments_org_body_idx').on(t.organisationId, t.bodyId),
    uniqueIndex('person_assignments_unique').on(t.personId, t.bodyId, t.role, t.termStart),
    check('person_assignments_role_check', sql`${t.role} in ('member', 'substitute', 'chair', 'vice_chair')`),
    check(
      'person_assignments_commissioner_check',
      sql`${t.commissioner} is null or ${t.commissioner} in ('full_time', 'part_time')`,
    ),
    check('person_assignments_term_check', sql`${t.termEnd} is null or ${t.termEnd} >= ${t.termStart}`),
  ],
);

/**
 * A person's party (special-category data, GDPR art. 9: political opinion; ADR 018), in its own
 * table so that it can be protected, audited and erased on its own: one party per person. There is
 * no index that starts with `party_id` on purpose: nothing may look people up by party; a party's
 * roster and the coverage per party read the table whole (a few hundred rows) through the policy.
 */
export const personPartyAffiliations = pgTable('person_party_affiliations', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  organisationId: organisationId(),
  partyId: uuid('party_id')
    .notNull()
    .references(() => parties.id),
  ...timestamps(),
});

/** Election workers (valarbetare) per election (issue 11 §1): the election is its day. */
export const electionWorkers = pgTable(
  'election_workers',
  {
    id: id(),
    organisationId: organisationId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    electionDate: date('election_date', { mode: 'string' }).notNull(),
    role: text('role').$type<ElectionWorkerRole>().notNull(),
    /** The polling station or early-voting place. */
    place: text('place'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('election_workers_person_election_unique').on(t.personId, t.electionDate),
    index('election_workers_org_election_idx').on(t.organisationId, t.electionDate),
    check('election_workers_role_check', sql`${t.role} in ('polling_station', 'early_voting', 'counting')`),
  ],
);

/**
 * A party's security contact (säkerhetsansvarig) and deputy, people of the register (issue 11 §2),
 * the day the contact was appointed and the last contact with the unit. A party without a row, or
 * without a contact, is a readiness gap (domain `partyReadinessGaps`).
 */
export const partySecurityContacts = pgTable(
  'party_security_contacts',
  {
    partyId: uuid('party_id')
      .primaryKey()
      .references(() => parties.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    contactPersonId: uuid('contact_person_id').references(() => people.id, { onDelete: 'set null' }),
    deputyPersonId: uuid('deputy_person_id').references(() => people.id, { onDelete: 'set null' }),
    appointedOn: date('appointed_on', { mode: 'string' }),
    lastContactAt: timestamp('last_contact_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    check(
      'party_security_contacts_distinct_check',
      sql`${t.contactPersonId} is null or ${t.contactPersonId} is distinct from ${t.deputyPersonId}`,
    ),
  ],
);

/** The police contact persons of the unit's directory (issue 11 §2): name, police unit, phone. */
export const policeContacts = pgTable(
  'police_contacts',
  {
    id: id(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    /** "Lokalpolisområde Centrum". */
    unit: text('unit').notNull(),
    phone: text('phone').notNull(),
    email: text('email'),
    /** Their role for the unit: "kontaktpolis", "polisens regionledningscentral" (migration 0013). */
    role: text('role'),
    note: text('note'),
    /** The order in the directory, lowest first. */
    position: integer('position').notNull().default(0),
    archived: boolean('archived').notNull().default(false),
    ...timestamps(),
  },
  (t) => [index('police_contacts_org_position_idx').on(t.organisationId, t.position)],
);

/**
 * The unit's on-call rota (beredskap, "one way in, one way out"): who is on call from when to
 * when, and the number to call. Who is on call now: domain `onCallNow`.
 */
export const onCallShifts = pgTable(
  'on_call_shifts',
  {
    id: id(),
    organisationId: organisationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** The on-call number (often the unit's shared beredskapsnummer). */
    phone: text('phone').notNull(),
    ...timestamps(),
  },
  (t) => [
    index('on_call_shifts_org_starts_idx').on(t.organisationId, t.startsAt),
    // Domain `maxOnCallShiftHours`: a week.
    check(
      'on_call_shifts_time_check',
      sql`${t.endsAt} > ${t.startsAt} and ${t.endsAt} <= ${t.startsAt} + interval '7 days'`,
    ),
  ],
);

/** A course (issue 11 §3): its kind and how many months it stays valid. */
export const courses = pgTable(
  'courses',
  {
    id: id(),
    organisationId: organisationId(),
    kind: text('kind').$type<CourseKind>().notNull(),
    name: text('name').notNull(),
    description: text('description'),
    /** Whole months (domain `courseValidityMonthRange`). */
    validityMonths: smallint('validity_months').notNull(),
    archived: boolean('archived').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('courses_name_unique').on(t.organisationId, sql`lower(${t.name})`),
    check(
      'courses_kind_check',
      sql`${t.kind} in ('basic_security', 'pre_election_refresher', 'election_workers', 'kl_4_18a', 'party_contacts')`,
    ),
    check('courses_validity_check', sql`${t.validityMonths} between 1 and 120`),
  ],
);

/** One session of a course: the day, in a room or online, and the trainer. */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: id(),
    organisationId: organisationId(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    mode: text('mode').$type<SessionMode>().notNull(),
    place: text('place'),
    trainer: text('trainer'),
    /** Set when the session is cancelled (migration 0012): kept, with its invitations, for the record. */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    index('training_sessions_org_held_idx').on(t.organisationId, t.heldOn),
    index('training_sessions_course_idx').on(t.courseId),
    check('training_sessions_mode_check', sql`${t.mode} in ('in_person', 'online')`),
  ],
);

/** A person's attendance at a session (attended, excused, absent). */
export const trainingAttendance = pgTable(
  'training_attendance',
  {
    organisationId: organisationId(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status').$type<AttendanceStatus>().notNull(),
    note: text('note'),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.personId] }),
    // A person's training history.
    index('training_attendance_person_idx').on(t.personId),
    check('training_attendance_status_check', sql`${t.status} in ('attended', 'excused', 'absent')`),
  ],
);

/** A version of the ethical guidelines (issue 11 §4): Swedish and English text, adopted day. */
export const guidelineVersions = pgTable(
  'guideline_versions',
  {
    id: id(),
    organisationId: organisationId(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    textSv: text('text_sv').notNull(),
    textEn: text('text_en').notNull(),
    adoptedOn: date('adopted_on', { mode: 'string' }).notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('guideline_versions_org_version_unique').on(t.organisationId, t.version),
    check('guideline_versions_version_check', sql`${t.version} >= 1`),
  ],
);

/**
 * A party's endorsement of one version: who signed for the party and when. A new version has no
 * endorsements: each party endorses it again (domain `endorsementStatus`).
 */
export const guidelineEndorsements = pgTable(
  'guideline_endorsements',
  {
    id: id(),
    organisationId: organisationId(),
    partyId: uuid('party_id')
      .notNull()
      .references(() => parties.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id')
      .notNull()
      .references(() => guidelineVersions.id),
    signedBy: text('signed_by').notNull(),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('guideline_endorsements_party_version_unique').on(t.partyId, t.versionId),
    index('guideline_endorsements_version_idx').on(t.versionId),
  ],
);

/**
 * The signed document of an endorsement (a scanned page): one PDF or image of at most 10 MiB
 * (domain `maxEndorsementEvidenceBytes`), in a table of its own like `venue_floor_plans` (ADR
 * 017), so that the endorsement status never reads the bytes. Replaced, never versioned.
 */
export const guidelineEndorsementFiles = pgTable(
  'guideline_endorsement_files',
  {
    endorsementId: uuid('endorsement_id')
      .primaryKey()
      .references(() => guidelineEndorsements.id, { onDelete: 'cascade' }),
    organisationId: organisationId(),
    fileName: text('file_name').notNull(),
    /** As detected from the bytes: one of the domain's `allowedEndorsementEvidenceTypes`. */
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
      'guideline_endorsement_files_content_type_check',
      sql`${t.contentType} in ('application/pdf', 'image/png', 'image/jpeg')`,
    ),
    check('guideline_endorsement_files_size_check', sql`${t.sizeBytes} > 0 and ${t.sizeBytes} <= 10485760`),
    check('guideline_endorsement_files_sha256_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);
