import {
  Action,
  AuditAction,
  checklistTemplateProblems,
  type ChecklistProblem,
  type ChecklistTemplate,
} from '@varn/domain';
import type {
  ChecklistTemplateList,
  ChecklistTemplateVersion,
  CreateChecklistTemplateBody,
} from '@varn/contracts';
import type { Db, DbOrTx } from '../../db/client';
import { storedChecklistItemsV1 } from '../../db/stored-shapes/meetings';
import { parseStored } from '../../db/stored-shapes/riskguide';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, type FieldMessage } from '../../lib/errors';
import { audit } from '../audit';
import { findAllOrganisationIds } from '../organisations';
import {
  findChecklistTemplateById,
  findChecklistTemplateVersions,
  findCurrentChecklistTemplate,
  insertChecklistTemplateVersion,
  insertDefaultChecklistTemplate,
  type ChecklistTemplateRow,
} from './checklist-templates.repository';

/*
 * The security checklist's template as versioned data (issue 10 §2, as Riskguide templates: ADR
 * 009). How a plan keeps its version: `security_plans.checklist_template_id` is set once, when the
 * plan is started (its first save or its first checklist mark), to the organisation's newest
 * version then, and never changed. A new version changes no plan already started; plans started
 * after it use it. A plan not yet started shows the newest version. Versions are never changed.
 */

const collection = (caller: Caller) => ({
  type: 'meeting_template' as const,
  organisationId: caller.organisationId,
});

/** A stored version and the domain template it holds. */
export interface LoadedChecklistTemplate {
  readonly row: ChecklistTemplateRow;
  readonly template: ChecklistTemplate;
}

/**
 * The domain template of a stored version, read with its stored shape (version 1 of the shape is
 * the domain's `ChecklistTemplate['items']`). A stored version that does not match is our fault
 * (500, logged), never the user's.
 */
export function parseStoredChecklistTemplate(row: ChecklistTemplateRow): LoadedChecklistTemplate {
  const items = parseStored(storedChecklistItemsV1, row.items, `checklist template ${row.id}`);
  return { row, template: { version: row.version, items } };
}

/** The organisation's newest version; the default is stored first if it has none. */
export async function loadCurrentChecklistTemplate(
  db: DbOrTx,
  organisationId: string,
  now: Date,
): Promise<LoadedChecklistTemplate> {
  let row = await findCurrentChecklistTemplate(db, organisationId);
  if (!row) {
    await insertDefaultChecklistTemplate(db, organisationId, now);
    row = await findCurrentChecklistTemplate(db, organisationId);
  }
  if (!row) throw new Error('the default checklist template could not be stored');
  return parseStoredChecklistTemplate(row);
}

/** A stored version of the organisation by id (a plan's). */
export async function loadChecklistTemplate(
  db: DbOrTx,
  organisationId: string,
  templateId: string,
): Promise<LoadedChecklistTemplate> {
  const row = await findChecklistTemplateById(db, organisationId, templateId);
  if (!row) throw new Error(`checklist template ${templateId} is missing`);
  return parseStoredChecklistTemplate(row);
}

type VersionRow = Awaited<ReturnType<typeof findChecklistTemplateVersions>>[number];

function toView(entry: VersionRow, currentVersion: number): ChecklistTemplateVersion {
  const { row, template } = parseStoredChecklistTemplate(entry.template);
  return {
    id: row.id,
    version: row.version,
    current: row.version === currentVersion,
    createdAt: row.createdAt.toISOString(),
    createdBy:
      row.createdByUserId && entry.createdByName
        ? { id: row.createdByUserId, name: entry.createdByName }
        : null,
    items: template.items.map((item) => ({ id: item.id, group: item.group, text: { ...item.text } })),
    plans: entry.plans,
  };
}

/** `GET /api/meeting-templates`: every version, newest first. */
export async function listChecklistTemplates(
  ctx: AppContext,
  caller: Caller,
): Promise<ChecklistTemplateList> {
  authorizeOrThrow(caller, Action.MeetingTemplateRead, collection(caller));
  await loadCurrentChecklistTemplate(ctx.db, caller.organisationId, ctx.clock());
  const rows = await findChecklistTemplateVersions(ctx.db, caller.organisationId);
  const currentVersion = rows[0]?.template.version ?? 1;
  return { templates: rows.map((entry) => toView(entry, currentVersion)) };
}

/** A problem's path as a field path of the request body (`items[3].text.en` → `items.3.text.en`). */
const fieldPathOf = (problem: ChecklistProblem): string => problem.path.replace(/\[(\d+)\]/gu, '.$1');

/** The problems as the error's fields; several problems at one place are joined. */
function problemFields(problems: readonly ChecklistProblem[]): Record<string, FieldMessage> {
  const fields: Record<string, { sv: string; en: string }> = {};
  for (const problem of problems) {
    const path = fieldPathOf(problem);
    const earlier = fields[path];
    fields[path] = earlier
      ? { sv: `${earlier.sv} ${problem.message.sv}`, en: `${earlier.en} ${problem.message.en}` }
      : { ...problem.message };
  }
  return fields;
}

/**
 * `POST /api/meeting-templates` (admin): a new version. Stored only when the domain's
 * `checklistTemplateProblems` finds none (else 422, each problem at its path); `basedOnVersion`
 * must be the newest (else 409: someone else made one meanwhile). Plans keep their version.
 */
export async function createChecklistTemplate(
  ctx: AppContext,
  caller: Caller,
  body: CreateChecklistTemplateBody,
): Promise<ChecklistTemplateVersion> {
  authorizeOrThrow(caller, Action.MeetingTemplateManage, collection(caller));
  const now = ctx.clock();
  try {
    return await ctx.db.transaction(async (tx) => {
      const current = await loadCurrentChecklistTemplate(tx, caller.organisationId, now);
      if (body.basedOnVersion !== current.row.version) throw new AppError('conflict');
      const version = current.row.version + 1;
      const problems = checklistTemplateProblems({ version, items: body.items });
      if (problems.length > 0) throw new AppError('rule_violation', { fields: problemFields(problems) });
      const row = await insertChecklistTemplateVersion(tx, {
        organisationId: caller.organisationId,
        version,
        items: body.items.map((item) => ({
          id: item.id,
          group: item.group,
          text: { sv: item.text.sv.trim(), en: item.text.en.trim() },
        })),
        createdByUserId: caller.userId,
        now,
      });
      await audit(tx, caller, now, {
        action: AuditAction.MeetingTemplateCreate,
        recordType: 'meeting_template',
        recordId: row.id,
        details: { version },
      });
      const versions = await findChecklistTemplateVersions(tx, caller.organisationId);
      const entry = versions.find((candidate) => candidate.template.id === row.id);
      if (!entry) throw new Error('the new checklist template version is missing');
      return toView(entry, version);
    });
  } catch (error) {
    // Two admins saving a new version at the same moment: the second one is stale.
    if (
      (error as { cause?: { constraint?: unknown } }).cause?.constraint ===
      'meeting_checklist_templates_version_unique'
    )
      throw new AppError('conflict');
    throw error;
  }
}

/** Gives every organisation the default checklist template (at start), like the Riskguide template. */
export async function ensureDefaultChecklistTemplates(db: Db, now: Date): Promise<void> {
  for (const organisation of await findAllOrganisationIds(db))
    await insertDefaultChecklistTemplate(db, organisation.id, now);
}
