import { date, index, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';
import { organisationId, users } from './accounts';
import { people, trainingSessions } from './network';

/*
 * The refresher campaign's invitations (issue 11 §3, migration 0012): who was invited to which
 * session before which general election, when the invitation and the reminder were mailed. The
 * reminder job marks `reminded_at` in the transaction that queues the mail, so nobody is reminded
 * twice of the same invitation.
 */

/** One person invited to one session of the refresher campaign. */
export const trainingInvitations = pgTable(
  'training_invitations',
  {
    id: id(),
    organisationId: organisationId(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** The general election the campaign prepares for (YYYY-MM-DD). */
    electionDate: date('election_date', { mode: 'string' }).notNull(),
    invitedByUserId: uuid('invited_by_user_id').references(() => users.id),
    /** When the invitation was queued as mail; null for a person without an e-mail address. */
    mailedAt: timestamp('mailed_at', { withTimezone: true }),
    /** When the reminder was queued as mail; null until then. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('training_invitations_session_person_unique').on(t.sessionId, t.personId),
    index('training_invitations_org_election_idx').on(t.organisationId, t.electionDate),
    index('training_invitations_person_idx').on(t.personId),
  ],
);
