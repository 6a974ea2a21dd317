import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AssessmentStatus, ComplexityLevel, MatrixCell, RiskLevel } from '@varn/domain';
import { createdAt, id, timestamps } from './columns';
import { organisationId, users } from './accounts';
import { measures } from './measures';

/*
 * Riskguide (issue 4): template versions, matters, step-1 screenings, step-2/3 assessments and the
 * measures chosen in them. The JSON columns are `unknown` here on purpose: they are read with their
 * stored shapes, `../stored-shapes/riskguide.ts`.
 */

/**
 * Versions of an organisation's Riskguide template (issue 4 §5): statements, scales, rules, the
 * matrix and the measure library as JSON (domain `RiskguideTemplate`), validated by the domain's
 * `validateTemplate` before it is stored and parsed again when read. Versions are never changed:
 * an admin adds a new one; assessments and screenings keep the one they used.
 */
export const riskguideTemplates = pgTable(
  'riskguide_templates',
  {
    id: id(),
    organisationId: organisationId(),
    version: integer('version').notNull(),
    content: jsonb('content').$type<unknown>().notNull(),
    /** `null` for the default seeded by Värn. */
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('riskguide_templates_version_unique').on(t.organisationId, t.version),
    check('riskguide_templates_version_check', sql`${t.version} >= 1`),
  ],
);

/** A political matter (ärende) that Riskguide assesses (issue 4 §1). */
export const matters = pgTable(
  'matters',
  {
    id: id(),
    organisationId: organisationId(),
    title: text('title').notNull(),
    diaryNumber: text('diary_number'),
    /** Fullmäktige, kommunstyrelsen, a nämnd. */
    body: text('body'),
    decisionDate: date('decision_date', { mode: 'string' }),
    description: text('description'),
    responsibleOfficial: text('responsible_official'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    index('matters_org_decision_idx').on(t.organisationId, t.decisionDate),
    index('matters_org_created_idx').on(t.organisationId, t.createdAt),
  ],
);

/** A step-1 screening batch (issue 4 §2): who screened, when, with which template version. */
export const screenings = pgTable(
  'screenings',
  {
    id: id(),
    organisationId: organisationId(),
    title: text('title'),
    templateId: uuid('template_id')
      .notNull()
      .references(() => riskguideTemplates.id),
    screenedByUserId: uuid('screened_by_user_id')
      .notNull()
      .references(() => users.id),
    screenedAt: timestamp('screened_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('screenings_org_time_idx').on(t.organisationId, t.screenedAt)],
);

/** One matter of a screening: level, reason, the prompts ticked; moderate and high are queued for step 2. */
export const screeningRows = pgTable(
  'screening_rows',
  {
    id: id(),
    organisationId: organisationId(),
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => screenings.id),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id),
    position: integer('position').notNull(),
    level: text('level').$type<RiskLevel>().notNull(),
    reason: text('reason'),
    /** The template's prompt ids → ticked. */
    prompts: jsonb('prompts').$type<unknown>().notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }),
  },
  (t) => [
    index('screening_rows_screening_idx').on(t.screeningId, t.position),
    index('screening_rows_matter_idx').on(t.organisationId, t.matterId),
    check('screening_rows_level_check', sql`${t.level} in ('low', 'moderate', 'high')`),
  ],
);

/**
 * A step-2/3 assessment of a matter (issue 4 §3–4, §6). A draft is saved any time (`revision`
 * guards against overwriting someone else's save); finishing stores the computed result and locks
 * it, signed by who and when. A matter has at most one draft; a reassessment is a new row.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: id(),
    organisationId: organisationId(),
    matterId: uuid('matter_id')
      .notNull()
      .references(() => matters.id),
    templateId: uuid('template_id')
      .notNull()
      .references(() => riskguideTemplates.id),
    templateVersion: integer('template_version').notNull(),
    status: text('status').$type<AssessmentStatus>().notNull(),
    revision: integer('revision').notNull().default(0),
    participants: jsonb('participants').$type<unknown>().notNull(),
    step2Answers: jsonb('step2_answers').$type<unknown>().notNull(),
    step3Answers: jsonb('step3_answers').$type<unknown>().notNull(),
    /** The result with its reasons, computed and stored at finish (stored shape `storedAssessmentResultV1`). */
    result: jsonb('result').$type<unknown>(),
    riskLevel: text('risk_level').$type<RiskLevel>(),
    conflictLevel: text('conflict_level').$type<RiskLevel>(),
    complexityLevel: text('complexity_level').$type<ComplexityLevel>(),
    matrixCell: text('matrix_cell').$type<MatrixCell>(),
    /**
     * The matter as it was assessed (title, diary number, body, decision date), stored at finish:
     * a signed assessment and its PDF show what the group assessed, even if the matter is edited later.
     */
    matterSnapshot: jsonb('matter_snapshot').$type<unknown>(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    finishedByUserId: uuid('finished_by_user_id').references(() => users.id),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    index('assessments_matter_idx').on(t.organisationId, t.matterId, t.createdAt),
    index('assessments_org_status_idx').on(t.organisationId, t.status, t.updatedAt),
    uniqueIndex('assessments_one_draft_per_matter')
      .on(t.matterId)
      .where(sql`${t.status} = 'draft'`),
    check('assessments_status_check', sql`${t.status} in ('draft', 'finished')`),
    check(
      'assessments_finished_check',
      sql`${t.status} = 'draft' or (${t.finishedAt} is not null and ${t.result} is not null and ${t.riskLevel} is not null)`,
    ),
  ],
);

/** The library measures chosen in an assessment and the tracked measure each became (subject `matter`). */
export const assessmentMeasures = pgTable(
  'assessment_measures',
  {
    organisationId: organisationId(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    libraryMeasureId: text('library_measure_id').notNull(),
    measureId: uuid('measure_id')
      .notNull()
      .references(() => measures.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.libraryMeasureId] })],
);
