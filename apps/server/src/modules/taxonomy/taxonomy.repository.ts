import { and, asc, eq, sql } from 'drizzle-orm';
import { defaultTaxonomy, type TaxonomyKind } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { incidentTaxonomy } from '../../db/schema';

/** A list entry row. */
export type TaxonomyRow = typeof incidentTaxonomy.$inferSelect;

/** Gives a new organisation the default lists (idempotent). */
export async function insertDefaultTaxonomy(db: DbOrTx, organisationId: string, now: Date): Promise<void> {
  await db
    .insert(incidentTaxonomy)
    .values(
      defaultTaxonomy.map((entry, index) => ({
        organisationId,
        kind: entry.kind,
        code: entry.code,
        labelSv: entry.sv,
        labelEn: entry.en,
        sortOrder: (index + 1) * 10,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .onConflictDoNothing();
}

/** An organisation's lists, in form order. */
export async function findTaxonomy(db: DbOrTx, organisationId: string): Promise<TaxonomyRow[]> {
  return await db
    .select()
    .from(incidentTaxonomy)
    .where(eq(incidentTaxonomy.organisationId, organisationId))
    .orderBy(asc(incidentTaxonomy.kind), asc(incidentTaxonomy.sortOrder));
}

/** One entry. */
export async function findTaxonomyEntry(
  db: DbOrTx,
  organisationId: string,
  kind: TaxonomyKind,
  code: string,
) {
  const [row] = await db
    .select()
    .from(incidentTaxonomy)
    .where(
      and(
        eq(incidentTaxonomy.organisationId, organisationId),
        eq(incidentTaxonomy.kind, kind),
        eq(incidentTaxonomy.code, code),
      ),
    )
    .limit(1);
  return row;
}

/** The active codes of every list, by list (one query: what a report is checked against). */
export async function findActiveCodes(
  db: DbOrTx,
  organisationId: string,
): Promise<Map<TaxonomyKind, Set<string>>> {
  const rows = await db
    .select({ kind: incidentTaxonomy.kind, code: incidentTaxonomy.code })
    .from(incidentTaxonomy)
    .where(and(eq(incidentTaxonomy.organisationId, organisationId), eq(incidentTaxonomy.active, true)));
  const codes = new Map<TaxonomyKind, Set<string>>();
  for (const row of rows) {
    const list = codes.get(row.kind) ?? new Set<string>();
    list.add(row.code);
    codes.set(row.kind, list);
  }
  return codes;
}

/** Adds an entry at the end of its list. */
export async function insertTaxonomyEntry(
  db: DbOrTx,
  values: {
    organisationId: string;
    kind: TaxonomyKind;
    code: string;
    labelSv: string;
    labelEn: string;
    now: Date;
  },
): Promise<TaxonomyRow> {
  const [row] = await db
    .insert(incidentTaxonomy)
    .values({
      organisationId: values.organisationId,
      kind: values.kind,
      code: values.code,
      labelSv: values.labelSv,
      labelEn: values.labelEn,
      sortOrder: sql`(select coalesce(max(${incidentTaxonomy.sortOrder}), 0) + 10 from ${incidentTaxonomy}
        where ${incidentTaxonomy.organisationId} = ${values.organisationId} and ${incidentTaxonomy.kind} = ${values.kind})`,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Changes labels or activity of an entry. */
export async function updateTaxonomyEntry(
  db: DbOrTx,
  organisationId: string,
  kind: TaxonomyKind,
  code: string,
  values: {
    labelSv?: string | undefined;
    labelEn?: string | undefined;
    active?: boolean | undefined;
    updatedAt: Date;
  },
): Promise<TaxonomyRow | undefined> {
  const [row] = await db
    .update(incidentTaxonomy)
    .set(values)
    .where(
      and(
        eq(incidentTaxonomy.organisationId, organisationId),
        eq(incidentTaxonomy.kind, kind),
        eq(incidentTaxonomy.code, code),
      ),
    )
    .returning();
  return row;
}

/** Every entry's Swedish and English label (archived ones too: old cases carry their codes). */
export async function findTaxonomyLabels(db: DbOrTx, organisationId: string) {
  return await db
    .select({
      kind: incidentTaxonomy.kind,
      code: incidentTaxonomy.code,
      sv: incidentTaxonomy.labelSv,
      en: incidentTaxonomy.labelEn,
    })
    .from(incidentTaxonomy)
    .where(eq(incidentTaxonomy.organisationId, organisationId))
    .orderBy(incidentTaxonomy.kind, incidentTaxonomy.sortOrder);
}
