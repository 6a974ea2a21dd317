import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
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
import type {
  AssessmentStatus,
  AuditOutcome,
  ComplexityLevel,
  Consequence,
  IncidentStatus,
  MeasureStatus,
  MeasureSubject,
  MeasureType,
  Motive,
  MatrixCell,
  PoliceReportStatus,
  RiskLevel,
  Role,
  Severity,
  SignalStatus,
  TargetKind,
  TargetRole,
  TaxonomyKind,
  Urgency,
} from '@varn/domain';
import type { Locale } from '@varn/contracts';
import type { MailStatus, UserStatus } from '@varn/domain';

/** The MFA state of a session: fully logged in, awaiting a code, or allowed only to enrol. */
export type SessionMfaState = 'verified' | 'pending' | 'enrol';

/**
 * The database schema (Drizzle). Conventions (STYLE.md): snake_case plural tables, `id uuid`,
 * `organisation_id` on every domain table, `created_at`/`updated_at` with time zone.
 * Migrations are generated from this file with `npm run db:new-migration` and committed.
 */

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** A municipality or region running Värn: the tenant. */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  municipalityCode: text('municipality_code').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  securityUnitPhone: text('security_unit_phone'),
  securityUnitEmail: text('security_unit_email'),
  mfaRequiredRoles: text('mfa_required_roles').array().$type<Role[]>().notNull(),
  sessionIdleMinutes: integer('session_idle_minutes').notNull(),
  sessionAbsoluteHours: integer('session_absolute_hours').notNull(),
  /** Days without a police-report status update before a reminder (issue 3 §3). */
  policeReminderDays: integer('police_reminder_days').notNull().default(30),
  /** Words that make a matter title look sensitive (issue 4 §1): warned about, never blocked. */
  sensitiveTerms: text('sensitive_terms')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  ...timestamps,
});

/** A person with an account. The party affiliation is NOT here: see `party_memberships`. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role').$type<Role>().notNull(),
    language: text('language').$type<Locale>().notNull().default('sv'),
    status: text('status').$type<UserStatus>().notNull(),
    passwordHash: text('password_hash'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    mfaSecret: text('mfa_secret'),
    mfaPendingSecret: text('mfa_pending_secret'),
    mfaEnabledAt: timestamp('mfa_enabled_at', { withTimezone: true }),
    mfaLastUsedStep: bigint('mfa_last_used_step', { mode: 'number' }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
    index('users_organisation_idx').on(t.organisationId),
    check('users_status_check', sql`${t.status} in ('invited', 'active', 'deactivated')`),
    check('users_language_check', sql`${t.language} in ('sv', 'en')`),
    check(
      'users_role_check',
      sql`${t.role} in ('admin', 'security_officer', 'party_contact', 'official', 'staff', 'secretary', 'viewer')`,
    ),
  ],
);

/** A party represented in the council. */
export const parties = pgTable(
  'parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    abbreviation: text('abbreviation').notNull(),
    councilSeats: smallint('council_seats').notNull().default(0),
    colour: text('colour').notNull(),
    securityContactUserId: uuid('security_contact_user_id').references(() => users.id),
    deputyContactUserId: uuid('deputy_contact_user_id').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('parties_abbreviation_unique').on(t.organisationId, sql`lower(${t.abbreviation})`),
    check('parties_seats_check', sql`${t.councilSeats} >= 0`),
  ],
);

/**
 * Party affiliation of a user: special-category data (GDPR art. 9, political opinion), kept in
 * its own table so that it can be protected, audited and erased on its own. There is no index
 * on `party_id` on purpose: nothing may look people up by party.
 */
export const partyMemberships = pgTable('party_memberships', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  partyId: uuid('party_id')
    .notNull()
    .references(() => parties.id),
  ...timestamps,
});

/** A server-side login session. Only a SHA-256 of the cookie token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    /** `verified`: fully logged in; `pending`: MFA code awaited; `enrol`: only MFA enrolment allowed. */
    mfaState: text('mfa_state').$type<SessionMfaState>().notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_unique').on(t.tokenHash),
    index('sessions_user_idx').on(t.userId),
    check('sessions_mfa_state_check', sql`${t.mfaState} in ('verified', 'pending', 'enrol')`),
  ],
);

/** One-time MFA recovery codes, stored as SHA-256 (they carry 50 bits of randomness each). */
export const mfaRecoveryCodes = pgTable(
  'mfa_recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mfa_recovery_codes_user_idx').on(t.userId)],
);

/** A one-time invitation link; only its SHA-256 is stored. */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('invitations_token_hash_unique').on(t.tokenHash),
    index('invitations_user_idx').on(t.userId),
  ],
);

/**
 * Failed-login counters per key (`account:<email>` or `ip:<address>`). Not a domain table: it
 * protects the login itself and holds no organisation data.
 */
export const loginThrottles = pgTable('login_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
});

/**
 * The append-only audit trail, a hash chain per `chain_key` (the organisation id, or `system`).
 * A trigger in the migrations refuses UPDATE and DELETE.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    chainKey: text('chain_key').notNull(),
    sequence: bigint('sequence', { mode: 'number' }).notNull(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    recordType: text('record_type'),
    recordId: text('record_id'),
    outcome: text('outcome').$type<AuditOutcome>().notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull(),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_events_chain_sequence_unique').on(t.chainKey, t.sequence),
    index('audit_events_org_time_idx').on(t.organisationId, t.occurredAt),
    index('audit_events_actor_idx').on(t.organisationId, t.actorUserId),
    index('audit_events_record_idx').on(t.organisationId, t.recordType, t.recordId),
    check('audit_events_outcome_check', sql`${t.outcome} in ('success', 'failure', 'denied')`),
  ],
);

/**
 * Outgoing e-mail. Every mail is written here in the same transaction as the change that
 * causes it (transactional outbox), so an acknowledged invitation is never lost; a dispatcher
 * sends pending mails over SMTP with retries. Without SMTP the mail is `held` for admins.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    status: text('status').$type<MailStatus>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('mail_outbox_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index('mail_outbox_org_idx').on(t.organisationId, t.createdAt),
    check('mail_outbox_status_check', sql`${t.status} in ('pending', 'sent', 'failed', 'held')`),
  ],
);

/** Instance-wide secrets generated at first start (e.g. the CSRF HMAC key). */
export const appSecrets = pgTable(
  'app_secrets',
  {
    name: text('name').notNull(),
    value: text('value').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.name] })],
);

/** PostgreSQL `bytea` as a Node Buffer (evidence files are kept in the database, issue 3 §5). */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/** The report form's lists, per organisation: the defaults plus what the admin adds. */
export const incidentTaxonomy = pgTable(
  'incident_taxonomy',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').$type<TaxonomyKind>().notNull(),
    code: text('code').notNull(),
    labelSv: text('label_sv').notNull(),
    labelEn: text('label_en').notNull(),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull(),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.kind, t.code] })],
);

/** Per organisation and year, the last case number given ("2026-0042"). */
export const incidentCounters = pgTable(
  'incident_counters',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.year] })],
);

/** Signals: "något är på gång" (issue 3 §1). */
export const signals = pgTable(
  'signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    urgency: text('urgency').$type<Urgency>().notNull(),
    matterReference: text('matter_reference'),
    meetingReference: text('meeting_reference'),
    status: text('status').$type<SignalStatus>().notNull(),
    convertedIncidentId: uuid('converted_incident_id'),
    handledByUserId: uuid('handled_by_user_id').references(() => users.id),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    /** The security unit's note when it acknowledged or dismissed the signal. */
    handlingNote: text('handling_note'),
    /** When the security unit was told (at once for high urgency, else in the daily digest). */
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('signals_org_status_idx').on(t.organisationId, t.status, t.createdAt),
    index('signals_creator_idx').on(t.createdByUserId),
  ],
);

/**
 * An incident (a threat or hate case). The targeted person's party is a snapshot at reporting
 * (special-category data): it is used only by the need-to-know rule for party contacts.
 */
export const incidents = pgTable(
  'incidents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    reference: text('reference').notNull(),
    reportedByUserId: uuid('reported_by_user_id')
      .notNull()
      .references(() => users.id),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    idempotencyKey: text('idempotency_key'),
    description: text('description').notNull(),
    ongoing: boolean('ongoing').notNull(),
    occurredFrom: timestamp('occurred_from', { withTimezone: true }),
    occurredTo: timestamp('occurred_to', { withTimezone: true }),
    targetKind: text('target_kind').$type<TargetKind>().notNull(),
    targetUserId: uuid('target_user_id').references(() => users.id),
    targetName: text('target_name'),
    targetRole: text('target_role').$type<TargetRole>().notNull(),
    targetPartyId: uuid('target_party_id').references(() => parties.id),
    partyContactConsent: boolean('party_contact_consent').notNull().default(false),
    categories: text('categories').array().notNull(),
    channel: text('channel').notNull(),
    perpetratorType: text('perpetrator_type').notNull(),
    motive: text('motive').$type<Motive>(),
    matterReference: text('matter_reference'),
    policeContacted: boolean('police_contacted').notNull(),
    consequences: text('consequences').array().$type<Consequence[]>().notNull(),
    severity: text('severity').$type<Severity>(),
    status: text('status').$type<IncidentStatus>().notNull(),
    handlerUserId: uuid('handler_user_id').references(() => users.id),
    unlawfulInfluence: boolean('unlawful_influence').notNull().default(false),
    sexualOrSexist: boolean('sexual_or_sexist').notNull().default(false),
    partOfSeries: boolean('part_of_series').notNull().default(false),
    electionPeriod: boolean('election_period').notNull().default(false),
    seriousWorkIncident: boolean('serious_work_incident').notNull().default(false),
    workEnvironmentReportedAt: timestamp('work_environment_reported_at', { withTimezone: true }),
    workEnvironmentReportedByUserId: uuid('work_environment_reported_by_user_id').references(() => users.id),
    kiaReference: text('kia_reference'),
    triagedAt: timestamp('triaged_at', { withTimezone: true }),
    firstContactAt: timestamp('first_contact_at', { withTimezone: true }),
    assessedAt: timestamp('assessed_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closingSummary: text('closing_summary'),
    signalId: uuid('signal_id').references(() => signals.id),
    /** When the security unit was told (at once for acute/high, else in the daily digest). */
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('incidents_reference_unique').on(t.organisationId, t.reference),
    uniqueIndex('incidents_idempotency_unique').on(t.reportedByUserId, t.idempotencyKey),
    index('incidents_org_status_idx').on(t.organisationId, t.status),
    index('incidents_org_reported_idx').on(t.organisationId, t.reportedAt),
    index('incidents_reporter_idx').on(t.reportedByUserId),
    index('incidents_target_idx').on(t.targetUserId),
  ],
);

/** Incidents of one series (DOMAIN.md §3 "part of a series"), linked both ways. */
export const incidentLinks = pgTable(
  'incident_links',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    linkedIncidentId: uuid('linked_incident_id')
      .notNull()
      .references(() => incidents.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.linkedIncidentId] })],
);

/** The case's timeline: notes, contacts, decisions, status changes and other events. */
export const incidentEvents = pgTable(
  'incident_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    kind: text('kind').notNull(),
    text: text('text'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('incident_events_incident_idx').on(t.incidentId, t.at)],
);

/** Measures (åtgärder) of incidents now, of matters and meetings later. */
export const measures = pgTable(
  'measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    subjectType: text('subject_type').$type<MeasureSubject>().notNull(),
    subjectId: uuid('subject_id').notNull(),
    type: text('type').$type<MeasureType>().notNull(),
    description: text('description').notNull().default(''),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status').$type<MeasureStatus>().notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('measures_subject_idx').on(t.organisationId, t.subjectType, t.subjectId),
    index('measures_due_idx').on(t.organisationId, t.dueDate),
  ],
);

/** The police report of an incident (issue 3 §3). */
export const policeReports = pgTable(
  'police_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    reportNumber: text('report_number'),
    reportedOn: date('reported_on', { mode: 'string' }),
    electedRoleStated: boolean('elected_role_stated').notNull(),
    protectionRequested: boolean('protection_requested').notNull(),
    investigatorContact: text('investigator_contact'),
    status: text('status').$type<PoliceReportStatus>().notNull(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull(),
    lastReminderAt: timestamp('last_reminder_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex('police_reports_incident_unique').on(t.incidentId)],
);

/** Status history of a police report, with dates and notes. */
export const policeReportHistory = pgTable(
  'police_report_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    policeReportId: uuid('police_report_id')
      .notNull()
      .references(() => policeReports.id),
    status: text('status').$type<PoliceReportStatus>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    note: text('note'),
    actorUserId: uuid('actor_user_id').references(() => users.id),
  },
  (t) => [index('police_report_history_report_idx').on(t.policeReportId, t.at)],
);

/** Later incidents joined to an existing police report ("reopen with new incidents"). */
export const policeReportLinks = pgTable(
  'police_report_links',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    policeReportId: uuid('police_report_id')
      .notNull()
      .references(() => policeReports.id),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.policeReportId, t.incidentId] })],
);

/** Evidence files, kept in the database with their SHA-256 (issue 3 §5). */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('evidence_files_incident_idx').on(t.incidentId)],
);

/** Chain of custody of an evidence file: uploaded, viewed, downloaded, exported — who and when. */
export const evidenceCustody = pgTable(
  'evidence_custody',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidenceFiles.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id')
      .notNull()
      .references(() => users.id),
    action: text('action').$type<'uploaded' | 'viewed' | 'downloaded' | 'exported'>().notNull(),
  },
  (t) => [index('evidence_custody_file_idx').on(t.evidenceId, t.at)],
);

/**
 * Versions of an organisation's Riskguide template (issue 4 §5): statements, scales, rules, the
 * matrix and the measure library as JSON (domain `RiskguideTemplate`), validated by the domain's
 * `validateTemplate` before it is stored and parsed again when read. Versions are never changed:
 * an admin adds a new one; assessments and screenings keep the one they used.
 */
export const riskguideTemplates = pgTable(
  'riskguide_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    version: integer('version').notNull(),
    content: jsonb('content').$type<unknown>().notNull(),
    /** `null` for the default seeded by Värn. */
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('riskguide_templates_version_unique').on(t.organisationId, t.version),
    check('riskguide_templates_version_check', sql`${t.version} >= 1`),
  ],
);

/** A political matter (ärende) that Riskguide assesses (issue 4 §1). */
export const matters = pgTable(
  'matters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    diaryNumber: text('diary_number'),
    /** Fullmäktige, kommunstyrelsen, a nämnd. */
    body: text('body'),
    decisionDate: date('decision_date', { mode: 'string' }),
    description: text('description'),
    responsibleOfficial: text('responsible_official'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index('matters_org_decision_idx').on(t.organisationId, t.decisionDate),
    index('matters_org_created_idx').on(t.organisationId, t.createdAt),
  ],
);

/** A step-1 screening batch (issue 4 §2): who screened, when, with which template version. */
export const screenings = pgTable(
  'screenings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title'),
    templateId: uuid('template_id')
      .notNull()
      .references(() => riskguideTemplates.id),
    screenedByUserId: uuid('screened_by_user_id')
      .notNull()
      .references(() => users.id),
    screenedAt: timestamp('screened_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('screenings_org_time_idx').on(t.organisationId, t.screenedAt)],
);

/** One matter of a screening: level, reason, the prompts ticked; moderate and high are queued for step 2. */
export const screeningRows = pgTable(
  'screening_rows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => screenings.id),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id),
    position: integer('position').notNull(),
    level: text('level').$type<RiskLevel>().notNull(),
    reason: text('reason'),
    /** The template's prompt ids → ticked. */
    prompts: jsonb('prompts').$type<unknown>().notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }),
  },
  (t) => [
    index('screening_rows_screening_idx').on(t.screeningId, t.position),
    index('screening_rows_matter_idx').on(t.organisationId, t.matterId),
    check('screening_rows_level_check', sql`${t.level} in ('low', 'moderate', 'high')`),
  ],
);

/**
 * A step-2/3 assessment of a matter (issue 4 §3–4, §6). A draft is saved any time (`revision`
 * guards against overwriting someone else's save); finishing stores the computed result and locks
 * it, signed by who and when. A matter has at most one draft; a reassessment is a new row.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id),
    templateId: uuid('template_id')
      .notNull()
      .references(() => riskguideTemplates.id),
    templateVersion: integer('template_version').notNull(),
    status: text('status').$type<AssessmentStatus>().notNull(),
    revision: integer('revision').notNull().default(0),
    participants: jsonb('participants').$type<unknown>().notNull(),
    step2Answers: jsonb('step2_answers').$type<unknown>().notNull(),
    step3Answers: jsonb('step3_answers').$type<unknown>().notNull(),
    /** The result with its reasons, computed and stored at finish (contracts `AssessmentResult`). */
    result: jsonb('result').$type<unknown>(),
    riskLevel: text('risk_level').$type<RiskLevel>(),
    conflictLevel: text('conflict_level').$type<RiskLevel>(),
    complexityLevel: text('complexity_level').$type<ComplexityLevel>(),
    matrixCell: text('matrix_cell').$type<MatrixCell>(),
    /**
     * The matter as it was assessed (title, diary number, body, decision date), stored at finish:
     * a signed assessment and its PDF show what the group assessed, even if the matter is edited later.
     */
    matterSnapshot: jsonb('matter_snapshot').$type<unknown>(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    finishedByUserId: uuid('finished_by_user_id').references(() => users.id),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index('assessments_matter_idx').on(t.organisationId, t.matterId, t.createdAt),
    index('assessments_org_status_idx').on(t.organisationId, t.status, t.updatedAt),
    uniqueIndex('assessments_one_draft_per_matter')
      .on(t.matterId)
      .where(sql`${t.status} = 'draft'`),
    check('assessments_status_check', sql`${t.status} in ('draft', 'finished')`),
    check(
      'assessments_finished_check',
      sql`${t.status} = 'draft' or (${t.finishedAt} is not null and ${t.result} is not null and ${t.riskLevel} is not null)`,
    ),
  ],
);

/** The library measures chosen in an assessment and the tracked measure each became (subject `matter`). */
export const assessmentMeasures = pgTable(
  'assessment_measures',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    libraryMeasureId: text('library_measure_id').notNull(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.libraryMeasureId] })],
);
