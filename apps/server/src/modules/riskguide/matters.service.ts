import { Action, AuditAction, can, matterListScope, titleWarnings, type Resource } from '@varn/domain';
import {
  fieldMessage,
  type CreateMatterBody,
  type ImportMattersBody,
  type ImportResult,
  type Measure,
  type MatterDetail,
  type MatterList,
  type MatterQuery,
  type MatterSummary,
  type SensitiveTerms,
  type TitleWarningView,
  type UpdateMatterBody,
  type UpdateMeasureBody,
} from '@varn/contracts';
import type { DbOrTx, Tx } from '../../db/client';
import { withBodyIds } from '../../db/body-ids';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, notFound, type FieldMessage } from '../../lib/errors';
import { audit } from '../audit';
import { findUserNames } from '../users';
import { changeMeasure, listMeasures } from '../measures';
import { findOrganisationById } from '../organisations';
import { readMattersCsv, type CsvProblem } from './matter-csv';
import {
  findAgendaMeetings,
  findLatestResults,
  findLatestScreeningLevels,
  findMatterById,
  findMattersPage,
  findMattersWithDraft,
  insertMatters,
  updateMatter,
  type MatterRow,
  type NewMatter,
} from './matters.repository';

/*
 * Matters (ärenden, issue 4 §1): created one by one, in a screening or from CSV; read with their
 * result level by everyone allowed, with their measures by the security unit, officials and party
 * contacts, never with the answers of an assessment (OSL 18 kap. 8 §).
 */

const collection = (caller: Caller) => ({ type: 'matter' as const, organisationId: caller.organisationId });

export { withBodyIds };

/** The policy's resource for one matter, with the meetings whose agendas it is on (ADR 017). */
async function matterResource(db: DbOrTx, caller: Caller, matterId: string): Promise<Resource> {
  return {
    ...collection(caller),
    matterId,
    agendaMeetings: await findAgendaMeetings(db, caller.organisationId, matterId),
  };
}

/**
 * Loads a matter the caller may act on, or answers 404: for a role that may never do this, before
 * touching the database; otherwise after the policy has seen the record and its agenda meetings.
 * `caller` must carry its `bodyIds` ({@link withBodyIds}); one without them sees no closed meeting.
 */
export async function loadMatter(
  db: DbOrTx,
  caller: Caller,
  matterId: string,
  action: Action,
): Promise<MatterRow> {
  if (!can(caller, action, collection(caller))) throw notFound();
  const row = await findMatterById(db, caller.organisationId, matterId);
  if (!row) throw notFound();
  authorizeOrThrow(caller, action, await matterResource(db, caller, row.id));
  return row;
}

/** The organisation's sensitive terms for title warnings. */
export async function sensitiveTermsOf(db: DbOrTx, organisationId: string): Promise<readonly string[]> {
  return (await findOrganisationById(db, organisationId))?.sensitiveTerms ?? [];
}

/** Title warnings (domain `titleWarnings`) as the API shows them. */
export function warningsFor(title: string, terms: readonly string[]): TitleWarningView[] {
  return titleWarnings(title, terms).map((warning) => ({
    kind: warning.kind,
    match: warning.match,
    start: warning.start,
    end: warning.end,
    ...(warning.kind === 'sensitive_term' ? { term: warning.term } : {}),
  }));
}

type MatterResult = MatterSummary['result'];

/** The result levels of matters: the latest screening, the latest finished assessment, a draft in progress. */
export async function resultsOf(
  db: DbOrTx,
  organisationId: string,
  matterIds: readonly string[],
): Promise<Map<string, MatterResult>> {
  const screened = new Map(
    (await findLatestScreeningLevels(db, organisationId, matterIds)).map((row) => [row.matterId, row]),
  );
  const assessed = new Map(
    (await findLatestResults(db, organisationId, matterIds)).map((row) => [row.matterId, row]),
  );
  const drafts = await findMattersWithDraft(db, organisationId, matterIds);
  return new Map(
    matterIds.map((id) => {
      const screening = screened.get(id);
      const assessment = assessed.get(id);
      return [
        id,
        {
          screeningLevel: screening?.level ?? null,
          screenedAt: screening?.screenedAt.toISOString() ?? null,
          riskLevel: assessment?.riskLevel ?? null,
          conflictLevel: assessment?.conflictLevel ?? null,
          complexityLevel: assessment?.complexityLevel ?? null,
          cell: assessment?.cell ?? null,
          assessedAt: assessment?.finishedAt?.toISOString() ?? null,
          templateVersion: assessment?.templateVersion ?? null,
          assessmentInProgress: drafts.has(id),
        },
      ];
    }),
  );
}

const noResult: MatterResult = {
  screeningLevel: null,
  screenedAt: null,
  riskLevel: null,
  conflictLevel: null,
  complexityLevel: null,
  cell: null,
  assessedAt: null,
  templateVersion: null,
  assessmentInProgress: false,
};

function toSummary(
  row: MatterRow,
  terms: readonly string[],
  result: MatterResult | undefined,
): MatterSummary {
  return {
    id: row.id,
    title: row.title,
    diaryNumber: row.diaryNumber,
    body: row.body,
    decisionDate: row.decisionDate,
    responsibleOfficial: row.responsibleOfficial,
    titleWarnings: warningsFor(row.title, terms),
    result: result ?? noResult,
  };
}

async function toDetail(ctx: AppContext, tx: Tx, caller: Caller, row: MatterRow): Promise<MatterDetail> {
  const terms = await sensitiveTermsOf(tx, caller.organisationId);
  const results = await resultsOf(tx, caller.organisationId, [row.id]);
  const names = await findUserNames(
    tx,
    caller.organisationId,
    row.createdByUserId ? [row.createdByUserId] : [],
  );
  const creator = row.createdByUserId ? names.get(row.createdByUserId) : undefined;
  const seesMeasures = can(caller, Action.MatterReadMeasures, await matterResource(tx, caller, row.id));
  return {
    ...toSummary(row, terms, results.get(row.id)),
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByUserId && creator ? { id: row.createdByUserId, name: creator } : null,
    measures: seesMeasures
      ? await listMeasures(tx, caller.organisationId, 'matter', row.id, ctx.clock())
      : null,
  };
}

/** `""` clears an optional text; `undefined` (not sent) leaves it. */
const blankToNull = (value: string | null | undefined): string | null | undefined =>
  value === undefined ? undefined : value === null || value === '' ? null : value;

/** The values of a new matter from a form or a screening row. */
export function newMatterValues(caller: Caller, body: CreateMatterBody, now: Date): NewMatter {
  return {
    organisationId: caller.organisationId,
    title: body.title,
    diaryNumber: blankToNull(body.diaryNumber) ?? null,
    body: blankToNull(body.body) ?? null,
    decisionDate: body.decisionDate ?? null,
    description: blankToNull(body.description) ?? null,
    responsibleOfficial: blankToNull(body.responsibleOfficial) ?? null,
    createdByUserId: caller.userId,
    createdAt: now,
    updatedAt: now,
  };
}

/** `GET /api/matters`: the organisation's matters with their result levels; audited. */
export async function listMatters(ctx: AppContext, given: Caller, query: MatterQuery): Promise<MatterList> {
  authorizeOrThrow(given, Action.MatterList, collection(given));
  return await ctx.db.transaction(async (tx) => {
    const caller = await withBodyIds(tx, given);
    const { rows, total } = await findMattersPage(
      tx,
      caller.organisationId,
      matterListScope(caller),
      { q: query.q },
      { limit: query.limit ?? 100, offset: query.offset ?? 0 },
    );
    const terms = await sensitiveTermsOf(tx, caller.organisationId);
    const results = await resultsOf(
      tx,
      caller.organisationId,
      rows.map((row) => row.id),
    );
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.MatterList,
      recordType: 'matter',
      details: { count: rows.length },
    });
    return { matters: rows.map((row) => toSummary(row, terms, results.get(row.id))), total };
  });
}

/**
 * `GET /api/matters/sensitive-terms`: the organisation's list of sensitive words, for those who
 * write matter titles (the form warns while typing with the domain's `titleWarnings`).
 */
export async function getSensitiveTerms(ctx: AppContext, caller: Caller): Promise<SensitiveTerms> {
  authorizeOrThrow(caller, Action.MatterCreate, collection(caller));
  return { terms: [...(await sensitiveTermsOf(ctx.db, caller.organisationId))] };
}

/** `GET /api/matters/{id}`: the matter, its result level and (for those allowed) its measures; audited. */
export async function getMatter(ctx: AppContext, given: Caller, matterId: string): Promise<MatterDetail> {
  return await ctx.db.transaction(async (tx) => {
    const caller = await withBodyIds(tx, given);
    const row = await loadMatter(tx, caller, matterId, Action.MatterRead);
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.MatterRead,
      recordType: 'matter',
      recordId: row.id,
    });
    return await toDetail(ctx, tx, caller, row);
  });
}

/** `POST /api/matters`: a new matter; the response warns about a title that does not look neutral. */
export async function createMatter(
  ctx: AppContext,
  caller: Caller,
  body: CreateMatterBody,
): Promise<MatterDetail> {
  authorizeOrThrow(caller, Action.MatterCreate, collection(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const [row] = await insertMatters(tx, [newMatterValues(caller, body, now)]);
    if (!row) throw new Error('insert returned no row');
    await audit(tx, caller, now, {
      action: AuditAction.MatterCreate,
      recordType: 'matter',
      recordId: row.id,
    });
    return await toDetail(ctx, tx, caller, row);
  });
}

/**
 * New matters as part of another module's write (an agenda's "create or pick", an agenda import),
 * in that module's transaction: each checked by the policy and audited as `matter.create`, in the
 * given order.
 */
export async function createMattersWithin(
  tx: Tx,
  caller: Caller,
  bodies: readonly CreateMatterBody[],
  now: Date,
): Promise<MatterRow[]> {
  if (bodies.length === 0) return [];
  authorizeOrThrow(caller, Action.MatterCreate, collection(caller));
  const rows = await insertMatters(
    tx,
    bodies.map((body) => newMatterValues(caller, body, now)),
  );
  for (const row of rows)
    await audit(tx, caller, now, {
      action: AuditAction.MatterCreate,
      recordType: 'matter',
      recordId: row.id,
    });
  return rows;
}

/** `PATCH /api/matters/{id}`: only the fields sent change. */
export async function changeMatter(
  ctx: AppContext,
  caller: Caller,
  matterId: string,
  body: UpdateMatterBody,
): Promise<MatterDetail> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadMatter(tx, caller, matterId, Action.MatterUpdate);
    const updated = await updateMatter(tx, caller.organisationId, row.id, {
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.diaryNumber !== undefined ? { diaryNumber: blankToNull(body.diaryNumber) ?? null } : {}),
      ...(body.body !== undefined ? { body: blankToNull(body.body) ?? null } : {}),
      ...(body.decisionDate !== undefined ? { decisionDate: body.decisionDate } : {}),
      ...(body.description !== undefined ? { description: blankToNull(body.description) ?? null } : {}),
      ...(body.responsibleOfficial !== undefined
        ? { responsibleOfficial: blankToNull(body.responsibleOfficial) ?? null }
        : {}),
      updatedAt: now,
    });
    if (!updated) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.MatterUpdate,
      recordType: 'matter',
      recordId: row.id,
      details: { fields: Object.keys(body).sort().join(',') },
    });
    return await toDetail(ctx, tx, caller, updated);
  });
}

const bothLanguages = (problem: CsvProblem): { sv: string; en: string } => ({
  sv: fieldMessage(problem.key, 'sv', problem.n),
  en: fieldMessage(problem.key, 'en', problem.n),
});

/**
 * `POST /api/matters/import`: `preview` reads the CSV and reports every row (nothing is saved);
 * `commit` saves every row in one transaction — or, when the file or any row has an error,
 * nothing (422, each error at `rows.<line>.<field>` or `csv`).
 */
export async function importMatters(
  ctx: AppContext,
  caller: Caller,
  body: ImportMattersBody,
): Promise<ImportResult> {
  authorizeOrThrow(caller, Action.MatterCreate, collection(caller));
  const now = ctx.clock();
  const { fileErrors, rows } = readMattersCsv(body.csv);
  const invalid = rows.filter((row) => row.errors.length > 0).length;
  return await ctx.db.transaction(async (tx) => {
    const terms = await sensitiveTermsOf(tx, caller.organisationId);
    let created: string[] = [];
    if (body.mode === 'commit') {
      if (fileErrors.length > 0 || invalid > 0 || rows.length === 0) {
        const fields: Record<string, FieldMessage> = {};
        for (const error of fileErrors) {
          const message = bothLanguages(error);
          fields.csv ??= error.column
            ? { sv: `${message.sv} (${error.column})`, en: `${message.en} (${error.column})` }
            : message;
        }
        if (fileErrors.length === 0 && rows.length === 0) fields.csv = bothLanguages({ key: 'csv_empty' });
        for (const row of rows)
          for (const error of row.errors) fields[`rows.${row.line}.${error.field}`] ??= bothLanguages(error);
        throw new AppError('rule_violation', { fields });
      }
      const inserted = await insertMatters(
        tx,
        rows.map((row) =>
          newMatterValues(
            caller,
            {
              title: row.title ?? '',
              diaryNumber: row.diaryNumber,
              body: row.body,
              decisionDate: row.decisionDate,
            },
            now,
          ),
        ),
      );
      created = inserted.map((matter) => matter.id);
      await audit(tx, caller, now, {
        action: AuditAction.MatterImport,
        recordType: 'matter',
        details: { count: created.length },
      });
    }
    return {
      mode: body.mode,
      committed: body.mode === 'commit',
      fileErrors: fileErrors.map((error) => ({
        line: error.line,
        column: error.column,
        message: fieldMessage(error.key, caller.locale, error.n),
      })),
      rows: rows.map((row, index) => ({
        line: row.line,
        title: row.title,
        diaryNumber: row.diaryNumber,
        body: row.body,
        decisionDate: row.decisionDate,
        titleWarnings: row.title ? warningsFor(row.title, terms) : [],
        errors: row.errors.map((error) => ({
          field: error.field,
          message: fieldMessage(error.key, caller.locale, error.n),
        })),
        matterId: created[index] ?? null,
      })),
      counts: { rows: rows.length, valid: rows.length - invalid, invalid },
    };
  });
}

/** `PATCH /api/matters/{id}/measures/{measureId}`: status, owner, due date of a matter's measure (security unit). */
export async function changeMatterMeasure(
  ctx: AppContext,
  caller: Caller,
  matterId: string,
  measureId: string,
  body: UpdateMeasureBody,
): Promise<Measure> {
  return await ctx.db.transaction(async (tx) => {
    const matter = await loadMatter(tx, caller, matterId, Action.MatterHandleMeasures);
    const { measure } = await changeMeasure(
      ctx,
      tx,
      caller,
      { type: 'matter', id: matter.id },
      measureId,
      body,
    );
    return measure;
  });
}
