import {
  boolean,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { type PoliceReportStatus, policeStatusesAwaitingUpdate } from '@varn/domain';
import { inCodes } from '../sql-fragments';
import { createdAt, id, timestamps } from './columns';
import { organisationId, users } from './accounts';
import { incidents } from './incidents';

/*
 * The police report of an incident and its lifecycle (issue 3 §3).
 */

/** The police report of an incident (issue 3 §3). */
export const policeReports = pgTable(
  'police_reports',
  {
    id: id(),
    organisationId: organisationId(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    reportNumber: text('report_number'),
    reportedOn: date('reported_on', { mode: 'string' }),
    electedRoleStated: boolean('elected_role_stated').notNull(),
    protectionRequested: boolean('protection_requested').notNull(),
    /** The affected person made the report or consented to it: they are told its number. */
    personConsented: boolean('person_consented').notNull().default(false),
    investigatorContact: text('investigator_contact'),
    status: text('status').$type<PoliceReportStatus>().notNull(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull(),
    lastReminderAt: timestamp('last_reminder_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('police_reports_incident_unique').on(t.incidentId),
    // Reports still with the police, by their last status change (issue 9: no status update).
    index('police_reports_awaiting_update_idx')
      .on(t.organisationId, t.statusChangedAt, t.incidentId)
      .where(inCodes(t.status, policeStatusesAwaitingUpdate)),
    // The lägesbild's police-report rate: which of the organisation's cases have a report (issue
    // 12), read off the index without the table.
    index('police_reports_org_incident_idx').on(t.organisationId, t.incidentId),
  ],
);

/** Status history of a police report, with dates and notes. */
export const policeReportHistory = pgTable(
  'police_report_history',
  {
    id: id(),
    organisationId: organisationId(),
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
    organisationId: organisationId(),
    policeReportId: uuid('police_report_id')
      .notNull()
      .references(() => policeReports.id),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.policeReportId, t.incidentId] })],
);
