import { boolean, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { type MeasureStatus, type MeasureSubject, type MeasureType, openMeasureStatuses } from '@varn/domain';
import { inCodes } from '../sql-fragments';
import { id, timestamps } from './columns';
import { organisationId, users } from './accounts';

/*
 * Tracked measures (åtgärder) of incidents and Riskguide matters.
 */

/** Measures (åtgärder) of incidents now, of matters and meetings later. */
export const measures = pgTable(
  'measures',
  {
    id: id(),
    organisationId: organisationId(),
    subjectType: text('subject_type').$type<MeasureSubject>().notNull(),
    subjectId: uuid('subject_id').notNull(),
    type: text('type').$type<MeasureType>().notNull(),
    description: text('description').notNull().default(''),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status').$type<MeasureStatus>().notNull(),
    /** Shown to the person the case concerns (type, status and due date; never the description). */
    visibleToPerson: boolean('visible_to_person').notNull().default(false),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    index('measures_subject_idx').on(t.organisationId, t.subjectType, t.subjectId),
    index('measures_due_idx').on(t.organisationId, t.dueDate),
    // Overdue measures of cases (issue 9 §3): only open measures, by due date.
    index('measures_open_due_idx')
      .on(t.organisationId, t.subjectType, t.dueDate, t.subjectId)
      .where(inCodes(t.status, openMeasureStatuses)),
  ],
);
