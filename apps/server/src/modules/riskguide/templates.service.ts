import {
  Action,
  AuditAction,
  can,
  validateTemplate,
  type RiskguideTemplate,
  type TemplateProblem,
} from '@varn/domain';
import type { z } from 'zod';
import type { riskguideTemplateSchema, CreateTemplateVersionBody, TemplateVersion } from '@varn/contracts';
import type { Db, DbOrTx } from '../../db/client';
import { parseStored, storedTemplateV1, type StoredTemplateV1 } from '../../db/stored-shapes/riskguide';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, notFound, type FieldMessage } from '../../lib/errors';
import { audit } from '../audit';
import { findAllOrganisationIds } from '../organisations';
import {
  findCurrentTemplate,
  findTemplateById,
  findTemplateVersions,
  insertDefaultTemplate,
  insertTemplateVersion,
  type TemplateRow,
} from './templates.repository';

/*
 * Riskguide templates as versioned data (issue 4 §5, ADR 009): the organisation's newest version
 * is used by new screenings and assessments; every stored version is read with its stored shape and
 * was stored only when the domain's `validateTemplate` accepted it.
 */

const collection = (caller: Caller) => ({
  type: 'riskguide_template' as const,
  organisationId: caller.organisationId,
});

/** The template as the contract's schema reads it (the domain's `RiskguideTemplate`, with mutable lists). */
type TemplateData = z.infer<typeof riskguideTemplateSchema>;

/** A stored version and the domain template it holds. */
export interface LoadedTemplate {
  readonly row: TemplateRow;
  readonly template: RiskguideTemplate;
  /** The same template as the API shows it. */
  readonly content: TemplateData;
}

/**
 * The stored template as the domain and the API have it. Version 1 is the domain's
 * `RiskguideTemplate` as it was at migration 0003, and still is: the compiler checks here that they
 * coincide, and this is where a conversion goes when they part.
 */
const templateOf = (stored: StoredTemplateV1): TemplateData => stored;

/**
 * The domain template of a stored version, read with its stored shape. Stored versions were
 * validated before they were saved, so one that no longer matches is a fault of ours (500, logged),
 * never the user's.
 */
export function parseStoredTemplate(row: TemplateRow): LoadedTemplate {
  const content = templateOf(parseStored(storedTemplateV1, row.content, `riskguide template ${row.id}`));
  return { row, template: content, content };
}

/** The organisation's newest template version; the default is stored first if it has none. */
export async function loadCurrentTemplate(
  db: DbOrTx,
  organisationId: string,
  now: Date,
): Promise<LoadedTemplate> {
  let row = await findCurrentTemplate(db, organisationId);
  if (!row) {
    await insertDefaultTemplate(db, organisationId, now);
    row = await findCurrentTemplate(db, organisationId);
  }
  if (!row) throw new Error('the default template could not be stored');
  return parseStoredTemplate(row);
}

/** A stored version of the organisation by id (it belongs to the organisation: scoped query). */
export async function loadTemplate(
  db: DbOrTx,
  organisationId: string,
  templateId: string,
): Promise<LoadedTemplate> {
  const row = await findTemplateById(db, organisationId, templateId);
  if (!row) throw new Error(`riskguide template ${templateId} is missing`);
  return parseStoredTemplate(row);
}

function toView(
  loaded: LoadedTemplate,
  createdByName: string | null,
  currentVersion: number,
): TemplateVersion {
  const { row, content } = loaded;
  return {
    id: row.id,
    version: row.version,
    current: row.version === currentVersion,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByUserId && createdByName ? { id: row.createdByUserId, name: createdByName } : null,
    content,
  };
}

/** `GET /api/riskguide/templates`: every version, newest first. */
export async function listTemplateVersions(ctx: AppContext, caller: Caller) {
  authorizeOrThrow(caller, Action.RiskguideTemplateRead, collection(caller));
  await loadCurrentTemplate(ctx.db, caller.organisationId, ctx.clock());
  const rows = await findTemplateVersions(ctx.db, caller.organisationId);
  const currentVersion = rows[0]?.template.version ?? 1;
  return {
    templates: rows.map(({ template: row, createdByName, assessments }) => {
      const { template } = parseStoredTemplate(row);
      return {
        id: row.id,
        version: row.version,
        name: template.name,
        current: row.version === currentVersion,
        createdAt: row.createdAt.toISOString(),
        createdBy:
          row.createdByUserId && createdByName ? { id: row.createdByUserId, name: createdByName } : null,
        assessments,
      };
    }),
  };
}

/** `GET /api/riskguide/templates/{id}`: one version with its whole content. */
export async function getTemplateVersion(
  ctx: AppContext,
  caller: Caller,
  templateId: string,
): Promise<TemplateVersion> {
  if (!can(caller, Action.RiskguideTemplateRead, collection(caller))) throw notFound();
  const row = await findTemplateById(ctx.db, caller.organisationId, templateId);
  if (!row) throw notFound();
  authorizeOrThrow(caller, Action.RiskguideTemplateRead, { ...collection(caller), templateId: row.id });
  const versions = await findTemplateVersions(ctx.db, caller.organisationId);
  const author = versions.find((version) => version.template.id === row.id)?.createdByName ?? null;
  return toView(parseStoredTemplate(row), author, versions[0]?.template.version ?? row.version);
}

/** A template problem's path as a field path of the request body (`step2.rule.levels.high[1]` → `content.step2.rule.levels.high.1`). */
const fieldPathOf = (problem: TemplateProblem): string =>
  `content.${problem.path.replace(/\[(\d+)\]/gu, '.$1')}`;

/** The problems as the error's fields; several problems at one place are joined. */
function problemFields(problems: readonly TemplateProblem[]): Record<string, FieldMessage> {
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
 * `POST /api/riskguide/templates` (admin): a new version made from a copy of the newest one. It is
 * stored only when `validateTemplate` finds no problem (else 422, each problem at its path);
 * `basedOnVersion` must be the newest version (else 409: someone else made one meanwhile).
 * Existing assessments keep the version they used.
 */
export async function createTemplateVersion(
  ctx: AppContext,
  caller: Caller,
  body: CreateTemplateVersionBody,
): Promise<TemplateVersion> {
  authorizeOrThrow(caller, Action.RiskguideTemplateManage, collection(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const current = await loadCurrentTemplate(tx, caller.organisationId, now);
    if (body.basedOnVersion !== current.row.version) throw new AppError('conflict');
    const version = current.row.version + 1;
    const template: TemplateData = { ...body.content, id: current.template.id, version };
    const problems = validateTemplate(template);
    if (problems.length > 0) throw new AppError('rule_violation', { fields: problemFields(problems) });
    const row = await insertTemplateVersion(tx, {
      organisationId: caller.organisationId,
      version,
      content: template,
      createdByUserId: caller.userId,
      now,
    });
    await audit(tx, caller, now, {
      action: AuditAction.RiskguideTemplateCreate,
      recordType: 'riskguide_template',
      recordId: row.id,
      details: { version },
    });
    const author = await findTemplateVersions(tx, caller.organisationId);
    return toView(
      { row, template, content: template },
      author.find((entry) => entry.template.id === row.id)?.createdByName ?? null,
      version,
    );
  });
}

/** Gives every organisation the default template (at start), like the report form's lists. */
export async function ensureDefaultTemplates(db: Db, now: Date): Promise<void> {
  for (const organisation of await findAllOrganisationIds(db))
    await insertDefaultTemplate(db, organisation.id, now);
}
