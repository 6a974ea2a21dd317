import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
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
import {
  defaultPlanApprovalDaysBefore,
  defaultPoliceReminderDays,
  type Role,
  type UserStatus,
} from '@varn/domain';
import type { Locale } from '@varn/contracts';
import { createdAt, id, timestamps } from './columns';

/*
 * Accounts: the tenant (organisations), people, parties and party memberships, and what a login
 * needs (sessions, MFA recovery codes, invitations, throttles, instance secrets).
 */

/** The MFA state of a session: fully logged in, awaiting a code, or allowed only to enrol. */
export type SessionMfaState = 'verified' | 'pending' | 'enrol';

/** A municipality or region running Värn: the tenant. */
export const organisations = pgTable(
  'organisations',
  {
    id: id(),
    name: text('name').notNull(),
    municipalityCode: text('municipality_code').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    securityUnitPhone: text('security_unit_phone'),
    securityUnitEmail: text('security_unit_email'),
    mfaRequiredRoles: text('mfa_required_roles').array().$type<Role[]>().notNull(),
    sessionIdleMinutes: integer('session_idle_minutes').notNull(),
    sessionAbsoluteHours: integer('session_absolute_hours').notNull(),
    /** Days without a police-report status update before a reminder (issue 3 §3). */
    policeReminderDays: integer('police_reminder_days').notNull().default(defaultPoliceReminderDays),
    /** Words that make a matter title look sensitive (issue 4 §1): warned about, never blocked. */
    sensitiveTerms: text('sensitive_terms')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /**
     * Days before a meeting's day its security plan should be approved by (issue 10 §2, domain
     * `planApprovalWarningFrom`; `planApprovalDayRange`).
     */
    planApprovalDaysBefore: integer('plan_approval_days_before')
      .notNull()
      .default(defaultPlanApprovalDaysBefore),
    ...timestamps(),
  },
  (t) => [check('organisations_plan_approval_days_check', sql`${t.planApprovalDaysBefore} between 0 and 30`)],
);

/**
 * `organisation_id uuid not null` referencing `organisations.id` (no `on delete`): the tenant of
 * every domain table, by which every repository query is scoped.
 */
export const organisationId = () =>
  uuid('organisation_id')
    .notNull()
    .references(() => organisations.id);

/** A person with an account. The party affiliation is NOT here: see `party_memberships`. */
export const users = pgTable(
  'users',
  {
    id: id(),
    organisationId: organisationId(),
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
    ...timestamps(),
  },
  (t) => [
    // One account per address and organisation; the same person may have accounts in several
    // organisations (ADR 013). Also serves the login's lookup by address across organisations.
    uniqueIndex('users_organisation_email_unique').on(t.organisationId, sql`lower(${t.email})`),
    index('users_email_idx').on(sql`lower(${t.email})`),
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
    id: id(),
    organisationId: organisationId(),
    name: text('name').notNull(),
    abbreviation: text('abbreviation').notNull(),
    councilSeats: smallint('council_seats').notNull().default(0),
    colour: text('colour').notNull(),
    securityContactUserId: uuid('security_contact_user_id').references(() => users.id),
    deputyContactUserId: uuid('deputy_contact_user_id').references(() => users.id),
    ...timestamps(),
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
  organisationId: organisationId(),
  partyId: uuid('party_id')
    .notNull()
    .references(() => parties.id),
  ...timestamps(),
});

/** A server-side login session. Only a SHA-256 of the cookie token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    organisationId: organisationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    /** `verified`: fully logged in; `pending`: MFA code awaited; `enrol`: only MFA enrolment allowed. */
    mfaState: text('mfa_state').$type<SessionMfaState>().notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
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
    id: id(),
    organisationId: organisationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('mfa_recovery_codes_user_idx').on(t.userId)],
);

/** A one-time invitation link; only its SHA-256 is stored. */
export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    organisationId: organisationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: createdAt(),
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
/** Instance-wide secrets generated at first start (e.g. the CSRF HMAC key). */
export const appSecrets = pgTable(
  'app_secrets',
  {
    name: text('name').notNull(),
    value: text('value').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.name] })],
);
