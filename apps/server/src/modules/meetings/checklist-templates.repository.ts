import { and, desc, eq, sql } from 'drizzle-orm';
import { defaultChecklistTemplate } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { meetingChecklistTemplates, securityPlans, users } from '../../db/schema';
import type { StoredChecklistItemsV1 } from '../../db/stored-shapes/meetings';
import type { Writable } from '../../db/stored-shapes/riskguide';

/** A stored checklist template version (its items still to be read with their stored shape). */
export type ChecklistTemplateRow = typeof meetingChecklistTemplates.$inferSelect;

/** Gives an organisation the default checklist as version 1 (idempotent). */
export async function insertDefaultChecklistTemplate(
  db: DbOrTx,
  organisationId: string,
  now: Date,
): Promise<void> {
  const items: Writable<StoredChecklistItemsV1> = defaultChecklistTemplate.items;
  await db
    .insert(meetingChecklistTemplates)
    .values({ organisationId, version: 1, items, createdAt: now })
    .onConflictDoNothing();
}

/** The newest version of an organisation's checklist template. */
export async function findCurrentChecklistTemplate(
  db: DbOrTx,
  organisationId: string,
): Promise<ChecklistTemplateRow | undefined> {
  const [row] = await db
    .select()
    .from(meetingChecklistTemplates)
    .where(eq(meetingChecklistTemplates.organisationId, organisationId))
    .orderBy(desc(meetingChecklistTemplates.version))
    .limit(1);
  return row;
}

/** One stored version by its id, within the organisation. */
export async function findChecklistTemplateById(
  db: DbOrTx,
  organisationId: string,
  templateId: string,
): Promise<ChecklistTemplateRow | undefined> {
  const [row] = await db
    .select()
    .from(meetingChecklistTemplates)
    .where(
      and(
        eq(meetingChecklistTemplates.organisationId, organisationId),
        eq(meetingChecklistTemplates.id, templateId),
      ),
    )
    .limit(1);
  return row;
}

/** Every version, newest first, with its author's name and how many plans use it. */
export async function findChecklistTemplateVersions(db: DbOrTx, organisationId: string) {
  return await db
    .select({
      template: meetingChecklistTemplates,
      createdByName: users.name,
      plans: sql<number>`(select count(*)::int from ${securityPlans} where ${securityPlans.checklistTemplateId} = ${meetingChecklistTemplates.id})`,
    })
    .from(meetingChecklistTemplates)
    .leftJoin(users, eq(users.id, meetingChecklistTemplates.createdByUserId))
    .where(eq(meetingChecklistTemplates.organisationId, organisationId))
    .orderBy(desc(meetingChecklistTemplates.version));
}

/** Inserts a new version (the unique version index refuses a second one with the same number). */
export async function insertChecklistTemplateVersion(
  db: DbOrTx,
  values: {
    organisationId: string;
    version: number;
    items: Writable<StoredChecklistItemsV1>;
    createdByUserId: string;
    now: Date;
  },
): Promise<ChecklistTemplateRow> {
  const [row] = await db
    .insert(meetingChecklistTemplates)
    .values({
      organisationId: values.organisationId,
      version: values.version,
      items: values.items,
      createdByUserId: values.createdByUserId,
      createdAt: values.now,
    })
    .returning();
  if (!row) throw new Error('the checklist template version was not stored');
  return row;
}
