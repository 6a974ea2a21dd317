import { Action, AuditAction, type TaxonomyKind } from '@varn/domain';
import type {
  CreateTaxonomyEntryBody,
  Taxonomy,
  TaxonomyEntryView,
  UpdateTaxonomyEntryBody,
} from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, notFound } from '../../lib/errors';
import { audit } from '../audit';
import type { Db } from '../../db/client';
import { findAllOrganisationIds } from '../organisations';
import {
  findTaxonomy,
  findTaxonomyEntry,
  insertDefaultTaxonomy,
  insertTaxonomyEntry,
  updateTaxonomyEntry,
  type TaxonomyRow,
} from './taxonomy.repository';

const resource = (caller: Caller) => ({ type: 'taxonomy' as const, organisationId: caller.organisationId });

const toView = (row: TaxonomyRow): TaxonomyEntryView => ({
  kind: row.kind,
  code: row.code,
  labelSv: row.labelSv,
  labelEn: row.labelEn,
  active: row.active,
});

/** `GET /api/incident-taxonomy`: the lists of the report form, inactive entries included (old reports use them). */
export async function getTaxonomy(ctx: AppContext, caller: Caller): Promise<Taxonomy> {
  authorizeOrThrow(caller, Action.TaxonomyRead, resource(caller));
  return { entries: (await findTaxonomy(ctx.db, caller.organisationId)).map(toView) };
}

/** `POST /api/incident-taxonomy` (admin): a new entry; its code can never change. */
export async function addTaxonomyEntry(
  ctx: AppContext,
  caller: Caller,
  body: CreateTaxonomyEntryBody,
): Promise<TaxonomyEntryView> {
  authorizeOrThrow(caller, Action.TaxonomyManage, resource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    if (await findTaxonomyEntry(tx, caller.organisationId, body.kind, body.code)) {
      throw new AppError('conflict', { fields: { code: 'code_taken' } });
    }
    const row = await insertTaxonomyEntry(tx, { organisationId: caller.organisationId, ...body, now });
    await audit(tx, caller, now, {
      action: AuditAction.TaxonomyChange,
      recordType: 'taxonomy',
      recordId: `${body.kind}:${body.code}`,
    });
    return toView(row);
  });
}

/** `PATCH /api/incident-taxonomy/{kind}/{code}` (admin): labels or (de)activation. */
export async function changeTaxonomyEntry(
  ctx: AppContext,
  caller: Caller,
  kind: TaxonomyKind,
  code: string,
  body: UpdateTaxonomyEntryBody,
): Promise<TaxonomyEntryView> {
  authorizeOrThrow(caller, Action.TaxonomyManage, resource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await updateTaxonomyEntry(tx, caller.organisationId, kind, code, { ...body, updatedAt: now });
    if (!row) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.TaxonomyChange,
      recordType: 'taxonomy',
      recordId: `${kind}:${code}`,
      details: { fields: Object.keys(body).sort().join(',') },
    });
    return toView(row);
  });
}

/**
 * Gives every organisation the default lists (at start): new defaults of a release reach existing
 * organisations; what an admin deactivated stays deactivated.
 */
export async function ensureDefaultTaxonomies(db: Db, now: Date): Promise<void> {
  for (const organisation of await findAllOrganisationIds(db))
    await insertDefaultTaxonomy(db, organisation.id, now);
}
