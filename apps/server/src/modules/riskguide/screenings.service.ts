import { Action, AuditAction, can, screeningNeedsStep2 } from '@varn/domain';
import type { CreateScreeningBody, FieldMessageKey, Screening, ScreeningList } from '@varn/contracts';
import type { DbOrTx, Tx } from '../../db/client';
import { storedScreeningPromptsV1 } from '../../db/stored-shapes/riskguide';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { openDraft } from './assessments.service';
import { findMattersByIds, insertMatters } from './matters.repository';
import { newMatterValues, sensitiveTermsOf, warningsFor } from './matters.service';
import {
  findScreeningById,
  findScreeningRows,
  findScreeningsPage,
  insertScreening,
  insertScreeningRows,
  lockScreening,
  markRowsQueued,
} from './screenings.repository';
import { loadCurrentTemplate, loadTemplate } from './templates.service';

/*
 * Step 1, screening many matters at once (issue 4 §2): a grid of matters — existing or new — each
 * with a level, a short reason and the template's prompts, signed by who screened and when.
 * Moderate and high rows are sent on to step 2 with one request (a draft assessment each).
 */

const collection = (caller: Caller) => ({
  type: 'screening' as const,
  organisationId: caller.organisationId,
});

/** Loads a screening the caller may act on, or 404 (policy before and after loading). */
async function loadScreening(db: DbOrTx, caller: Caller, screeningId: string, action: Action) {
  if (!can(caller, action, collection(caller))) throw notFound();
  const found = await findScreeningById(db, caller.organisationId, screeningId);
  if (!found) throw notFound();
  authorizeOrThrow(caller, action, { ...collection(caller), screeningId: found.screening.id });
  return found;
}

async function screeningView(tx: Tx, caller: Caller, screeningId: string): Promise<Screening> {
  const found = await findScreeningById(tx, caller.organisationId, screeningId);
  if (!found) throw notFound();
  const { screening, screenedByName } = found;
  const { template, row: templateRow } = await loadTemplate(tx, caller.organisationId, screening.templateId);
  const terms = await sensitiveTermsOf(tx, caller.organisationId);
  const rows = await findScreeningRows(tx, caller.organisationId, screening.id);
  return {
    id: screening.id,
    title: screening.title,
    screenedAt: screening.screenedAt.toISOString(),
    screenedBy: screenedByName ? { id: screening.screenedByUserId, name: screenedByName } : null,
    templateVersion: templateRow.version,
    prompts: template.step1.prompts.map((prompt) => ({ id: prompt.id, text: prompt.text })),
    rows: rows.map(({ row, matter }) => {
      const prompts = storedScreeningPromptsV1.safeParse(row.prompts);
      if (!prompts.success) throw new Error(`screening row ${row.id} holds prompts that do not parse`);
      return {
        id: row.id,
        matter: {
          id: matter.id,
          title: matter.title,
          diaryNumber: matter.diaryNumber,
          body: matter.body,
          decisionDate: matter.decisionDate,
          titleWarnings: warningsFor(matter.title, terms),
        },
        level: row.level,
        reason: row.reason,
        prompts: prompts.data,
        needsStep2: screeningNeedsStep2(row.level),
        queuedAt: row.queuedAt?.toISOString() ?? null,
      };
    }),
  };
}

/**
 * `POST /api/screenings`: a batch of matters screened by the caller now, on the newest template
 * version's prompts. New matters are created with it; existing ones must be the organisation's.
 */
export async function createScreening(
  ctx: AppContext,
  caller: Caller,
  body: CreateScreeningBody,
): Promise<Screening> {
  authorizeOrThrow(caller, Action.ScreeningCreate, collection(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const { template, row: templateRow } = await loadCurrentTemplate(tx, caller.organisationId, now);
    const promptIds = template.step1.prompts.map((prompt) => prompt.id);
    const existingIds = body.rows.flatMap((row) => (row.matterId ? [row.matterId] : []));
    const existing = new Set(
      (await findMattersByIds(tx, caller.organisationId, existingIds)).map((row) => row.id),
    );
    const fields: Record<string, FieldMessageKey> = {};
    body.rows.forEach((row, index) => {
      if (row.matterId !== undefined && !existing.has(row.matterId))
        fields[`rows.${index}.matterId`] = 'unknown_matter';
      for (const id of Object.keys(row.prompts ?? {}))
        if (!promptIds.includes(id)) fields[`rows.${index}.prompts.${id}`] = 'unknown_prompt';
    });
    if (Object.keys(fields).length > 0) throw ruleViolation(fields);

    const newMatters = body.rows.flatMap((row) =>
      row.matter ? [newMatterValues(caller, row.matter, now)] : [],
    );
    const created = await insertMatters(tx, newMatters);
    for (const matter of created)
      await audit(tx, caller, now, {
        action: AuditAction.MatterCreate,
        recordType: 'matter',
        recordId: matter.id,
      });
    const screening = await insertScreening(tx, {
      organisationId: caller.organisationId,
      title: body.title || null,
      templateId: templateRow.id,
      screenedByUserId: caller.userId,
      screenedAt: now,
      createdAt: now,
    });
    let nextCreated = 0;
    await insertScreeningRows(
      tx,
      body.rows.map((row, position) => {
        const matterId = row.matterId ?? created[nextCreated++]?.id;
        if (!matterId) throw new Error('a new matter of the screening was not created');
        return {
          organisationId: caller.organisationId,
          screeningId: screening.id,
          matterId,
          position,
          level: row.level,
          reason: row.reason || null,
          prompts: Object.fromEntries(promptIds.map((id) => [id, row.prompts?.[id] ?? false])),
        };
      }),
    );
    await audit(tx, caller, now, {
      action: AuditAction.ScreeningCreate,
      recordType: 'screening',
      recordId: screening.id,
      details: { rows: body.rows.length, newMatters: created.length },
    });
    return await screeningView(tx, caller, screening.id);
  });
}

/** `GET /api/screenings`: the latest batches with their counts. */
export async function listScreenings(ctx: AppContext, caller: Caller): Promise<ScreeningList> {
  authorizeOrThrow(caller, Action.ScreeningRead, collection(caller));
  const rows = await findScreeningsPage(ctx.db, caller.organisationId, 200);
  return {
    screenings: rows.map(({ screening, screenedByName, rows: count, needsStep2, queued }) => ({
      id: screening.id,
      title: screening.title,
      screenedAt: screening.screenedAt.toISOString(),
      screenedBy: screenedByName ? { id: screening.screenedByUserId, name: screenedByName } : null,
      rows: count,
      needsStep2,
      queued,
    })),
  };
}

/** `GET /api/screenings/{id}`: one batch with its rows (reasons and prompts); audited. */
export async function getScreening(ctx: AppContext, caller: Caller, screeningId: string): Promise<Screening> {
  return await ctx.db.transaction(async (tx) => {
    const { screening } = await loadScreening(tx, caller, screeningId, Action.ScreeningRead);
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.ScreeningRead,
      recordType: 'screening',
      recordId: screening.id,
    });
    return await screeningView(tx, caller, screening.id);
  });
}

/**
 * `POST /api/screenings/{id}/queue`: the one click that sends the moderate and high rows on to
 * step 2 — each matter gets a draft assessment for the security unit (or keeps the one it has).
 * Rows already sent on and low rows are left as they are; a second click changes nothing.
 */
export async function queueScreening(
  ctx: AppContext,
  caller: Caller,
  screeningId: string,
): Promise<Screening> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const { screening } = await loadScreening(tx, caller, screeningId, Action.ScreeningCreate);
    // A second click waits here for the first to commit, then reads the rows the first queued.
    await lockScreening(tx, caller.organisationId, screening.id);
    const rows = await findScreeningRows(tx, caller.organisationId, screening.id);
    const toQueue = rows.filter(({ row }) => screeningNeedsStep2(row.level) && row.queuedAt === null);
    let drafts = 0;
    for (const { matter } of toQueue) {
      const { created } = await openDraft(tx, caller, matter, now, false);
      if (created) drafts += 1;
    }
    const queued = await markRowsQueued(
      tx,
      caller.organisationId,
      toQueue.map(({ row }) => row.id),
      now,
    );
    // Nothing sent on (all was already): the answer is then only a read of the screening.
    await audit(
      tx,
      caller,
      now,
      queued.length > 0
        ? {
            action: AuditAction.ScreeningQueue,
            recordType: 'screening',
            recordId: screening.id,
            details: { queued: queued.length, drafts },
          }
        : { action: AuditAction.ScreeningRead, recordType: 'screening', recordId: screening.id },
    );
    return await screeningView(tx, caller, screening.id);
  });
}
