import { z } from 'zod';
import { RiskLevel, Severity, SituationLevel } from '@varn/domain';
import { periodInOrder, periodOrderIssue } from './period';
import { timestampSchema } from './common';
import { dateSchema } from './measures';

/*
 * The lägesbild and the statistics (issue 12): the page, its live events, the unit's assessment,
 * the PDF report and the exports. One shape for every reader; `scope` says which version it is,
 * and what a reader may not see is null or empty (never left out, so the client has one type).
 */

/**
 * A count as published: null when hidden by the small-cell rule (n < 5, or a count from which a
 * hidden one could be computed) for readers who see aggregates only.
 */
const countSchema = z
  .number()
  .int()
  .nullable()
  .describe('null: hidden (fewer than 5, or a count from which a hidden one could be computed)');

/** Swedish and English words for a code, from the organisation's lists or the domain. */
const labelSchema = z.object({ sv: z.string(), en: z.string() });

/** A share: part of whole and the rate (0–1). All three null when hidden (the whole below 5). */
export const shareSchema = z
  .object({ part: countSchema, whole: countSchema, rate: z.number().min(0).max(1).nullable() })
  .meta({ id: 'Share' });

/** One duration of the handling times; median and p90 null when fewer than 5 reached the step. */
const durationSchema = z.object({
  count: countSchema,
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
});

/** One group of a trend: this year's count and the comparison year's. */
const trendGroupSchema = z.object({
  key: z.string().describe('A month (01–12), a code of a list, a role or a PTU group'),
  label: labelSchema,
  count: countSchema,
  comparison: countSchema,
});

/** A trend with each year's total. */
export const trendSchema = z
  .object({ groups: z.array(trendGroupSchema), total: countSchema, comparisonTotal: countSchema })
  .meta({ id: 'Trend' });

export type Trend = z.infer<typeof trendSchema>;

/** The trends a lägesbild and its exports carry, in this order. */
export const trendKeys = [
  'byMonth',
  'byCategory',
  'byChannel',
  'byPerpetrator',
  'byTargetRole',
  'byPtuExposure',
  'byPtuChannel',
  'byPtuPerpetrator',
] as const;
export type TrendKey = (typeof trendKeys)[number];

/** The unit's overall assessed level with its written assessment (DOMAIN.md §7). */
export const situationAssessmentSchema = z
  .object({
    id: z.uuid(),
    level: z.enum(SituationLevel),
    text: z.string(),
    assessedAt: z.iso.datetime(),
    assessedBy: z.string().nullable().describe("The officer's name (security unit only)"),
    stale: z.boolean().describe('Older than 30 days: the page asks for a new one'),
  })
  .meta({ id: 'SituationAssessment' });

export type SituationAssessment = z.infer<typeof situationAssessmentSchema>;

/** `POST /api/situation/assessments` (security unit): a new overall level and assessment. */
export const recordSituationAssessmentBodySchema = z
  .strictObject({
    level: z.enum(SituationLevel),
    text: z.string().trim().min(1).max(4000),
  })
  .meta({ id: 'RecordSituationAssessmentBody' });

export type RecordSituationAssessmentBody = z.infer<typeof recordSituationAssessmentBodySchema>;

const meetingRiskKey = z.union([z.enum(RiskLevel), z.literal('unassessed')]);

/** The lägesbild: now, the key figures and the trends of a year (issue 12 §1). */
export const situationSchema = z
  .object({
    scope: z.enum(['full', 'aggregate', 'party']),
    party: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .describe("The party contact's party, whose aggregates these are"),
    generatedAt: z.iso.datetime(),
    today: dateSchema,
    year: z.number().int().describe('The year of the key figures and trends'),
    assessment: situationAssessmentSchema.nullable(),
    threatLevel: z
      .object({ level: z.number().int().min(1).max(5), changedOn: dateSchema })
      .nullable()
      .describe('The national terror threat level (Säkerhetspolisen) as the admin recorded it'),
    election: z.object({
      date: dateSchema.describe('The next general election'),
      daysUntil: z.number().int(),
    }),
    now: z.object({
      openTotal: countSchema,
      openBySeverity: z.array(
        z.object({ severity: z.union([z.enum(Severity), z.literal('unassessed')]), count: countSchema }),
      ),
      newIncidentsThisWeek: countSchema,
      newSignalsThisWeek: countSchema,
      overdueMeasures: countSchema,
      policeUpdatesDue: countSchema.describe('Police reports without a status update'),
      policeReminderDays: z.number().int(),
      meetings: z
        .object({
          days: z.number().int().describe('How far ahead (days)'),
          total: countSchema,
          byRisk: z.array(z.object({ level: meetingRiskKey, count: countSchema })),
          upcoming: z
            .array(
              z.object({
                id: z.uuid(),
                title: z.string(),
                startsAt: z.iso.datetime(),
                riskLevel: z.enum(RiskLevel).nullable(),
                planFinished: z.boolean(),
              }),
            )
            .describe('Security unit only; empty for others'),
        })
        .nullable()
        .describe("Null for a party contact: meetings are not a party's figures"),
      matters: z
        .object({
          highOrComplex: countSchema,
          items: z
            .array(
              z.object({
                id: z.uuid(),
                title: z.string(),
                riskLevel: z.enum(RiskLevel).nullable(),
                complexity: z.string().nullable(),
              }),
            )
            .describe('Security unit only; empty for others'),
        })
        .nullable(),
    }),
    kpis: z.object({
      policeReportRate: shareSchema.extend({
        baseline: z.object({ low: z.number(), high: z.number() }),
        target: z.number(),
      }),
      repeatVictimisation: shareSchema,
      handlingTimes: z.object({
        toFirstContact: durationSchema,
        toAssessed: durationSchema,
        toClosed: durationSchema,
      }),
      meetingsWithFinishedPlan: shareSchema.nullable(),
      mattersScreened: shareSchema.nullable(),
      partiesWithContact: shareSchema.nullable(),
      partiesWithEndorsement: shareSchema.nullable(),
      trainingCoverage: shareSchema,
    }),
    trends: z.object({
      year: z.number().int(),
      comparisonYear: z.number().int(),
      electionYear: z.boolean().describe('A general election is held in `year`'),
      electionMonths: z.array(z.string()).describe('Months (01–12) of `year` in the election period'),
      comparisonElectionMonths: z.array(z.string()),
      byMonth: trendSchema,
      byCategory: trendSchema.describe('An incident of several categories counts in each'),
      byChannel: trendSchema,
      byPerpetrator: trendSchema,
      byTargetRole: trendSchema,
      byPtuExposure: trendSchema.describe('PTU kinds of exposure: an incident counts once'),
      byPtuChannel: trendSchema,
      byPtuPerpetrator: trendSchema,
    }),
  })
  .meta({ id: 'Situation' });

export type Situation = z.infer<typeof situationSchema>;

/** The year of a lägesbild, report or export; the current year when left out. */
const yearSchema = z.coerce.number().int().min(2000).max(2100);

export const situationQuerySchema = z.strictObject({ year: yearSchema.optional() });
export type SituationQuery = z.infer<typeof situationQuerySchema>;

/** `GET /api/situation/report`: the dated PDF report, in the reader's language unless told. */
export const situationReportQuerySchema = z.strictObject({
  year: yearSchema.optional(),
  lang: z.enum(['sv', 'en']).optional(),
});
export type SituationReportQuery = z.infer<typeof situationReportQuerySchema>;

/** A spreadsheet format: CSV (semicolons, UTF-8 with BOM, as Swedish Excel opens it) or XLSX. */
export const exportFormatSchema = z.enum(['csv', 'xlsx']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** `GET /api/situation/export` and `/api/situation/ptu-export`: aggregates of a year. */
export const situationExportQuerySchema = z.strictObject({
  year: yearSchema.optional(),
  format: exportFormatSchema,
  lang: z.enum(['sv', 'en']).optional(),
});
export type SituationExportQuery = z.infer<typeof situationExportQuerySchema>;

/** `GET /api/incidents/export` (security unit): the incidents reported in a period. */
export const incidentExportQuerySchema = z
  .strictObject({
    from: timestampSchema,
    to: timestampSchema,
    format: exportFormatSchema,
    lang: z.enum(['sv', 'en']).optional(),
  })
  .refine(periodInOrder, periodOrderIssue);
export type IncidentExportQuery = z.infer<typeof incidentExportQuerySchema>;

/** What changed, as a live event names it: the client reloads the lägesbild (ids only, no data). */
export const situationTopics = [
  /** Events may have been missed (the server's event connection was re-established): reload all. */
  'all',
  'incident',
  'signal',
  'measure',
  'police_report',
  'meeting',
  'matter',
  'assessment',
  'threat_level',
  'training',
  'party',
] as const;
export type SituationTopic = (typeof situationTopics)[number];

/** The data of a `changed` server-sent event on `GET /api/situation/events`. */
export const situationEventSchema = z
  .object({ topic: z.enum(situationTopics), at: z.iso.datetime() })
  .meta({ id: 'SituationEvent' });
export type SituationEvent = z.infer<typeof situationEventSchema>;
