import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  type Consequence,
  IncidentStatus,
  type Motive,
  type Severity,
  type SignalStatus,
  type TargetKind,
  type TargetRole,
  type TaxonomyKind,
  type Urgency,
} from '@varn/domain';
import { createdAt, id, timestamps } from './columns';
import { organisationId, parties, users } from './accounts';
import { codeLiteral } from '../sql-fragments';
import { queueRankSql } from '../queue-rank';

/*
 * Threat and hate cases (issue 3): the report form's lists, case numbers, signals ("något är på
 * gång", which can become an incident), incidents, their series and their timeline.
 */

/** The report form's lists, per organisation: the defaults plus what the admin adds. */
export const incidentTaxonomy = pgTable(
  'incident_taxonomy',
  {
    organisationId: organisationId(),
    kind: text('kind').$type<TaxonomyKind>().notNull(),
    code: text('code').notNull(),
    labelSv: text('label_sv').notNull(),
    labelEn: text('label_en').notNull(),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull(),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.kind, t.code] })],
);

/** Per organisation and year, the last case number given ("2026-0042"). */
export const incidentCounters = pgTable(
  'incident_counters',
  {
    organisationId: organisationId(),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.year] })],
);

/** Signals: "något är på gång" (issue 3 §1). */
export const signals = pgTable(
  'signals',
  {
    id: id(),
    organisationId: organisationId(),
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
    ...timestamps(),
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
    id: id(),
    organisationId: organisationId(),
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
    /** Null: not stated (the reporter skipped the follow-up question; the unit states it at triage). */
    targetRole: text('target_role').$type<TargetRole>(),
    targetPartyId: uuid('target_party_id').references(() => parties.id),
    partyContactConsent: boolean('party_contact_consent').notNull().default(false),
    categories: text('categories').array().notNull(),
    channel: text('channel'),
    perpetratorType: text('perpetrator_type'),
    motive: text('motive').$type<Motive>(),
    matterReference: text('matter_reference'),
    policeContacted: boolean('police_contacted'),
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
    /**
     * What identifies the perpetrator (accounts, phone numbers, e-mail and web addresses, names),
     * as the unit records it at triage, normalised by the domain (`normalisePerpetratorIdentifier`)
     * so that the same number written two ways is one identifier. Related-case suggestions compare it.
     */
    perpetratorIdentifiers: text('perpetrator_identifiers')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    signalId: uuid('signal_id').references(() => signals.id),
    /** When the security unit was told (at once for acute/high, else in the daily digest). */
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('incidents_reference_unique').on(t.organisationId, t.reference),
    uniqueIndex('incidents_idempotency_unique').on(t.reportedByUserId, t.idempotencyKey),
    index('incidents_org_status_idx').on(t.organisationId, t.status),
    index('incidents_org_reported_idx').on(t.organisationId, t.reportedAt),
    // The queue's order (issue 9 §3): a page of the queue is read off this index, not sorted.
    index('incidents_queue_idx').on(t.organisationId, queueRankSql(t), t.reportedAt, t.id),
    // The queue's counters and totals read only open cases, from the index alone (with the id,
    // to join them to their measures and police reports).
    index('incidents_open_idx')
      .on(t.organisationId, t.severity, t.handlerUserId, t.status, t.id)
      .where(sql`${t.status} <> ${codeLiteral(IncidentStatus.Closed)}`),
    // Reports to Arbetsmiljöverket still to be made on open cases (few): the counters and the inbox.
    index('incidents_work_environment_due_idx')
      .on(t.organisationId, t.reportedAt)
      .where(
        sql`${t.seriousWorkIncident} and ${t.workEnvironmentReportedAt} is null and ${t.status} <> ${codeLiteral(IncidentStatus.Closed)}`,
      ),
    index('incidents_reporter_idx').on(t.reportedByUserId),
    index('incidents_target_idx').on(t.targetUserId),
    // Related cases (issue 9 §2): a shared identifier (&&), and words of the description in the
    // search, by PostgreSQL's Swedish text search (the expression must match the queries').
    index('incidents_perpetrator_identifiers_idx').using('gin', t.perpetratorIdentifiers),
    index('incidents_description_search_idx').using('gin', sql`to_tsvector('swedish', ${t.description})`),
  ],
);

/** Incidents of one series (DOMAIN.md §3 "part of a series"), linked both ways. */
export const incidentLinks = pgTable(
  'incident_links',
  {
    organisationId: organisationId(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    linkedIncidentId: uuid('linked_incident_id')
      .notNull()
      .references(() => incidents.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.incidentId, t.linkedIncidentId] })],
);

/** The case's timeline: notes, contacts, decisions, status changes and other events. */
export const incidentEvents = pgTable(
  'incident_events',
  {
    id: id(),
    organisationId: organisationId(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    kind: text('kind').notNull(),
    text: text('text'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('incident_events_incident_idx').on(t.incidentId, t.at)],
);
