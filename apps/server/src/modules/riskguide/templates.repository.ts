import { and, desc, eq, sql } from 'drizzle-orm';
import { defaultTemplate } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { assessments, riskguideTemplates, users } from '../../db/schema';
import type { StoredTemplateV1, Writable } from '../../db/stored-shapes/riskguide';

/** A stored template version (its content still to be read with its stored shape: `templates.service.ts`). */
export type TemplateRow = typeof riskguideTemplates.$inferSelect;

/** Gives an organisation the default template as version 1 (idempotent). */
export async function insertDefaultTemplate(db: DbOrTx, organisationId: string, now: Date): Promise<void> {
  const content: Writable<StoredTemplateV1> = defaultTemplate;
  await db
    .insert(riskguideTemplates)
    .values({ organisationId, version: 1, content, createdAt: now })
    .onConflictDoNothing();
}

/** The newest version of an organisation's template. */
export async function findCurrentTemplate(
  db: DbOrTx,
  organisationId: string,
): Promise<TemplateRow | undefined> {
  const [row] = await db
    .select()
    .from(riskguideTemplates)
    .where(eq(riskguideTemplates.organisationId, organisationId))
    .orderBy(desc(riskguideTemplates.version))
    .limit(1);
  return row;
}

/** One stored version by its id. */
export async function findTemplateById(
  db: DbOrTx,
  organisationId: string,
  templateId: string,
): Promise<TemplateRow | undefined> {
  const [row] = await db
    .select()
    .from(riskguideTemplates)
    .where(and(eq(riskguideTemplates.organisationId, organisationId), eq(riskguideTemplates.id, templateId)))
    .limit(1);
  return row;
}

/** Every version of an organisation's template, newest first, with its author and how many assessments use it. */
export async function findTemplateVersions(db: DbOrTx, organisationId: string) {
  return await db
    .select({
      template: riskguideTemplates,
      createdByName: users.name,
      assessments: sql<number>`(select count(*)::int from ${assessments} where ${assessments.templateId} = ${riskguideTemplates.id})`,
    })
    .from(riskguideTemplates)
    .leftJoin(users, eq(users.id, riskguideTemplates.createdByUserId))
    .where(eq(riskguideTemplates.organisationId, organisationId))
    .orderBy(desc(riskguideTemplates.version));
}

/** Inserts a new version (the unique version index refuses a second one with the same number). */
export async function insertTemplateVersion(
  db: DbOrTx,
  values: {
    organisationId: string;
    version: number;
    content: Writable<StoredTemplateV1>;
    createdByUserId: string;
    now: Date;
  },
): Promise<TemplateRow> {
  const [row] = await db
    .insert(riskguideTemplates)
    .values({
      organisationId: values.organisationId,
      version: values.version,
      content: values.content,
      createdByUserId: values.createdByUserId,
      createdAt: values.now,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}
