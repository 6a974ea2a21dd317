import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { SituationLevel } from '@varn/domain';
import { createdAt, id } from './columns';
import { organisationId, users } from './accounts';

/*
 * The lägesbild (issue 12): the security unit's dated assessments of the overall level. The
 * figures themselves are not stored: they are counted from the cases, meetings and matters when
 * read, so that they are never out of step with them.
 */

/** The unit's overall assessed level with its written assessment; the latest one is in force. */
export const situationAssessments = pgTable(
  'situation_assessments',
  {
    id: id(),
    organisationId: organisationId(),
    level: text('level').$type<SituationLevel>().notNull(),
    text: text('text').notNull(),
    assessedByUserId: uuid('assessed_by_user_id')
      .notNull()
      .references(() => users.id),
    assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('situation_assessments_org_time_idx').on(t.organisationId, t.assessedAt),
    check(
      'situation_assessments_level_check',
      sql`${t.level} in ('normal', 'elevated', 'high', 'very_high')`,
    ),
  ],
);
