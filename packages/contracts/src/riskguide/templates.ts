import { z } from 'zod';
import { MatrixCell, RiskLevel } from '@varn/domain';
import {
  bilingualSchema,
  matrixRowSchema,
  person,
  step2ConditionSchema,
  step3ConditionSchema,
  templateIdSchema,
} from './shared';

// Riskguide: the versioned templates (issue 4 §5, ADR 009).

/** A text of a template in both languages. Blank texts are reported by `validateTemplate`. */
const templateTextSchema = z.strictObject({ sv: z.string().max(2000), en: z.string().max(2000) });
const statementSchema = z.strictObject({ id: templateIdSchema, text: templateTextSchema });

const conditions = <T extends z.ZodType>(condition: T) => z.array(condition).max(20);
const glaslBandSchema = z.strictObject({ from: z.number(), to: z.number() });

/**
 * The content of a Riskguide template version (domain `RiskguideTemplate` without its id and
 * version): statements, scales, rules, matrix, Glasl bands and the measure library. The shape is
 * checked here; whether the rules can be evaluated is `validateTemplate`'s (422 with the problems).
 */
export const templateContentSchema = z
  .strictObject({
    name: templateTextSchema,
    step1: z.strictObject({
      prompts: z.array(z.strictObject({ id: templateIdSchema, text: templateTextSchema })).max(20),
    }),
    step2: z.strictObject({
      scale: z.strictObject({ low: z.number(), moderate: z.number(), high: z.number() }),
      themes: z
        .array(
          z.strictObject({
            id: templateIdSchema,
            title: templateTextSchema,
            statements: z.array(statementSchema).max(30),
          }),
        )
        .max(20),
      rule: z.strictObject({
        levels: z.strictObject({
          high: conditions(step2ConditionSchema),
          moderate: conditions(step2ConditionSchema),
        }),
        recommendStep3: z
          .array(z.strictObject({ minLevel: z.enum(RiskLevel), onlyIf: step2ConditionSchema.nullable() }))
          .max(10),
      }),
    }),
    step3: z.strictObject({
      scale: z.strictObject({ does_not_apply: z.number(), partly: z.number(), fully: z.number() }),
      conflict: z.strictObject({
        statements: z.array(statementSchema).max(30),
        rule: z.strictObject({
          high: conditions(step3ConditionSchema),
          moderate: conditions(step3ConditionSchema),
        }),
      }),
      complexity: z.strictObject({
        statements: z.array(statementSchema).max(30),
        rule: z.strictObject({
          very_complex: conditions(step3ConditionSchema),
          complex: conditions(step3ConditionSchema),
        }),
      }),
    }),
    matrix: z.strictObject({
      simple_or_complicated: matrixRowSchema,
      complex: matrixRowSchema,
      very_complex: matrixRowSchema,
    }),
    glaslBands: z.strictObject({ low: glaslBandSchema, moderate: glaslBandSchema, high: glaslBandSchema }),
    measures: z
      .array(
        z.strictObject({
          id: templateIdSchema,
          text: templateTextSchema,
          cells: z.array(z.enum(MatrixCell)).max(9),
        }),
      )
      .max(100),
  })
  .meta({ id: 'RiskguideTemplateContent' });

export type TemplateContent = z.infer<typeof templateContentSchema>;

/** A whole template version as the domain uses it (`RiskguideTemplate`): the content with its stable id and version. */
export const riskguideTemplateSchema = templateContentSchema
  .extend({ id: z.string().max(80), version: z.number() })
  .meta({ id: 'RiskguideTemplate' });

/** One stored version of the organisation's template. */
export const templateVersionSchema = z
  .object({
    id: z.uuid().describe('The id of this stored version (assessments refer to it)'),
    version: z.number().int(),
    current: z.boolean().describe('The newest version: new assessments and screenings use it'),
    createdAt: z.iso.datetime(),
    createdBy: person.nullable().describe('null for the seeded default'),
    content: riskguideTemplateSchema,
  })
  .meta({ id: 'RiskguideTemplateVersion' });

export type TemplateVersion = z.infer<typeof templateVersionSchema>;

/** `GET /api/riskguide/templates`: the stored versions of the organisation's template, newest first. */
export const templateVersionListSchema = z
  .object({
    templates: z.array(
      z.object({
        id: z.uuid(),
        version: z.number().int(),
        name: bilingualSchema,
        current: z.boolean(),
        createdAt: z.iso.datetime(),
        createdBy: person.nullable(),
        assessments: z.number().int().describe('Assessments that use this version'),
      }),
    ),
  })
  .meta({ id: 'RiskguideTemplateVersionList' });
export type TemplateVersionList = z.infer<typeof templateVersionListSchema>;

/**
 * `POST /api/riskguide/templates` (admin): a new version, made from a copy of `basedOnVersion`
 * (which must be the newest, else 409) with edited texts, thresholds and measure mapping.
 */
export const createTemplateVersionBodySchema = z
  .strictObject({
    basedOnVersion: z.number().int().min(1),
    content: templateContentSchema,
  })
  .meta({ id: 'CreateRiskguideTemplateVersionBody' });

export type CreateTemplateVersionBody = z.infer<typeof createTemplateVersionBodySchema>;
