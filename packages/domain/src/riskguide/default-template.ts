import {
  ComplexityLevel,
  ConditionKind,
  MatrixCell,
  RiskLevel,
  type RiskguideTemplate,
  Step3Answer,
  type TemplateStatement,
} from './template';

const statement = (id: string, sv: string, en: string): TemplateStatement => ({ id, text: { sv, en } });

const { A, B, C, D, E, F, G, H, I } = MatrixCell;

/**
 * The default Riskguide template, `riskguide-default` version 1, seeded for every organisation
 * (issue 4 §5). The statements, rules, matrix and measure library are those of the issue; the
 * English texts follow the issue, the Swedish texts are our own wording.
 *
 * Rules (issue 4 §5):
 * - Step 2: high if at least two statements are high or the sum ≥ 9; moderate if any statement is
 *   high or the sum ≥ 4; otherwise low. Step 3 is recommended for high, and for moderate when A1
 *   or C1 is high.
 * - Conflict: high if K4 or K5 is "fully" or the sum ≥ 6; moderate if the sum ≥ 3; otherwise low.
 * - Complexity: very complex if the sum ≥ 8; complex if the sum ≥ 4; otherwise simple or
 *   complicated.
 */
export const defaultTemplate: RiskguideTemplate = {
  id: 'riskguide-default',
  version: 1,
  name: { sv: 'Riskguide, standardmall', en: 'Riskguide, default template' },
  step1: {
    prompts: [
      {
        id: 'P1',
        text: {
          sv: 'Det finns tecken på att frågan är infekterad.',
          en: 'There are signals that the issue is inflamed.',
        },
      },
      {
        id: 'P2',
        text: {
          sv: 'Liknande frågor har tidigare lett till hat eller hot.',
          en: 'Similar issues have led to hate before.',
        },
      },
      {
        id: 'P3',
        text: { sv: 'Det finns en politisk spänning kring frågan.', en: 'There is political tension.' },
      },
      {
        id: 'P4',
        text: {
          sv: 'Frågan diskuteras mycket i sociala medier.',
          en: 'There is much discussion in social media.',
        },
      },
    ],
  },
  step2: {
    scale: { low: 0, moderate: 1, high: 2 },
    themes: [
      {
        id: 'A',
        title: { sv: 'Frågan och omgivningens reaktioner', en: "The issue and society's reaction" },
        statements: [
          statement(
            'A1',
            'Grupper eller personer som tidigare har förknippats med hat, hot, trakasserier eller våld har visat intresse för frågan.',
            'Groups or individuals previously associated with hate, threats, harassment or violence have shown interest in the issue.',
          ),
          statement(
            'A2',
            'Frågan påverkar människors vardag eller trygghet på ett sätt som väcker starka känslor (till exempel nedläggning, flytt eller begränsning).',
            "The issue touches people's everyday life or safety in a way that raises strong feelings (closure, relocation, restriction).",
          ),
          statement(
            'A3',
            'Frågan diskuteras mycket, eller i en fientlig ton, i sociala medier, lokala medier eller kommunens egna kanaler.',
            "The issue is discussed a lot, or in a hostile tone, in social media, local media or the municipality's own channels.",
          ),
        ],
      },
      {
        id: 'B',
        title: { sv: 'Historik och sammanhang', en: 'History and context' },
        statements: [
          statement(
            'B1',
            'Liknande frågor har tidigare lett till hat, hot eller trakasserier, här eller i andra kommuner.',
            'Similar issues have earlier led to hate, threats or harassment, here or in other municipalities.',
          ),
          statement(
            'B2',
            'Det finns en tydlig politisk spänning eller polarisering kring frågan.',
            'There is clear political tension or polarisation around the issue.',
          ),
          statement(
            'B3',
            'Omständigheter utanför kommunen kan förstärka reaktionerna (till exempel valår, händelser i omvärlden, en höjd hotnivå eller en pågående kris).',
            'Outside circumstances may amplify reactions (election year, events in the world, a raised threat level, an ongoing crisis).',
          ),
        ],
      },
      {
        id: 'C',
        title: { sv: 'Exponering i beslutsprocessen', en: 'Exposure in the decision process' },
        statements: [
          statement(
            'C1',
            'Enskilda tjänstepersoner eller medarbetare pekas ut eller förknippas starkt med frågan.',
            'Individual officials or staff are singled out or strongly associated with the issue.',
          ),
          statement(
            'C2',
            'Frågan behandlas vid offentliga sammankomster där de som berörs kan vara på plats (till exempel fullmäktige, samråd eller medborgardialog).',
            'The issue is handled at public gatherings where those affected can attend (council meeting, consultation, citizen dialogue).',
          ),
        ],
      },
    ],
    rule: {
      levels: {
        high: [
          { kind: ConditionKind.CountAtLeast, answer: RiskLevel.High, count: 2 },
          { kind: ConditionKind.SumAtLeast, sum: 9 },
        ],
        moderate: [
          { kind: ConditionKind.CountAtLeast, answer: RiskLevel.High, count: 1 },
          { kind: ConditionKind.SumAtLeast, sum: 4 },
        ],
      },
      recommendStep3: [
        { minLevel: RiskLevel.High, onlyIf: null },
        {
          minLevel: RiskLevel.Moderate,
          onlyIf: { kind: ConditionKind.AnyOf, statementIds: ['A1', 'C1'], answer: RiskLevel.High },
        },
      ],
    },
  },
  step3: {
    scale: { does_not_apply: 0, partly: 1, fully: 2 },
    conflict: {
      statements: [
        statement(
          'K1',
          'Parterna har låst sina positioner och bemöter inte längre varandras argument.',
          "The parties have locked their positions and no longer engage with each other's arguments.",
        ),
        statement(
          'K2',
          'Det förekommer personangrepp, insinuationer eller nedsättande omdömen om motparten.',
          'Personal attacks, insinuations or degrading remarks about the other side occur.',
        ),
        statement(
          'K3',
          'Grupper har gått samman eller mobiliserar andra mot beslutet eller beslutsfattarna.',
          'Groups have formed alliances or mobilise others against the decision or the decision-makers.',
        ),
        statement(
          'K4',
          'Det har förekommit ultimatum, hot om våld eller andra försök att tvinga fram ett beslut.',
          'Ultimatums, threats of violence or other attempts to force a decision have occurred.',
        ),
        statement(
          'K5',
          'Det har förekommit handlingar som syftar till att skada motparten (till exempel skadegörelse, trakasserier eller våld).',
          'Acts meant to harm the other side have occurred (vandalism, harassment, violence).',
        ),
      ],
      rule: {
        high: [
          { kind: ConditionKind.AnyOf, statementIds: ['K4', 'K5'], answer: Step3Answer.Fully },
          { kind: ConditionKind.SumAtLeast, sum: 6 },
        ],
        moderate: [{ kind: ConditionKind.SumAtLeast, sum: 3 }],
      },
    },
    complexity: {
      statements: [
        statement(
          'X1',
          'Det finns många olika uppfattningar om vad problemet är och hur det bör lösas.',
          'There are many different views of what the problem is and how it should be solved.',
        ),
        statement(
          'X2',
          'Frågan avgörs på flera nivåer (kommun, region, stat) eller av flera organisationer.',
          'The issue is decided at several levels (municipality, region, state) or by several organisations.',
        ),
        statement(
          'X3',
          'Frågan har en lång historia som påverkar hur den uppfattas.',
          'The issue has a long history that shapes how it is perceived.',
        ),
        statement(
          'X4',
          'Utvecklingen är svår att förutse och kan ändras snabbt.',
          'Developments are hard to foresee and may change quickly.',
        ),
        statement(
          'X5',
          'Frågan hänger ihop med andra laddade frågor.',
          'The issue is tied to other charged issues.',
        ),
        statement(
          'X6',
          'Frågan rör grundläggande värden (till exempel trygghet, identitet eller rättvisa).',
          'The issue concerns fundamental values (safety, identity, fairness).',
        ),
      ],
      rule: {
        very_complex: [{ kind: ConditionKind.SumAtLeast, sum: 8 }],
        complex: [{ kind: ConditionKind.SumAtLeast, sum: 4 }],
      },
    },
  },
  matrix: {
    [ComplexityLevel.SimpleOrComplicated]: { low: A, moderate: B, high: C },
    [ComplexityLevel.Complex]: { low: D, moderate: E, high: F },
    [ComplexityLevel.VeryComplex]: { low: G, moderate: H, high: I },
  },
  glaslBands: {
    low: { from: 1, to: 3 },
    moderate: { from: 4, to: 6 },
    high: { from: 7, to: 9 },
  },
  measures: [
    {
      id: 'inform_early',
      text: {
        sv: 'Informera de berörda tidigt och tydligt om hur processen går till och om tidplanen.',
        en: 'Inform those affected early and clearly about process and timetable.',
      },
      cells: [A, B, C, D, E, F, G, H, I],
    },
    {
      id: 'communication_plan',
      text: {
        sv: 'Gör en kommunikationsplan som också omfattar bevakning av sociala medier.',
        en: 'Communication plan including monitoring of social media.',
      },
      cells: [B, C, E, F, H, I],
    },
    {
      id: 'dialogue',
      text: {
        sv: 'Håll dialog eller samråd med de grupper som berörs.',
        en: 'Dialogue or consultation with affected groups.',
      },
      cells: [D, E, G, H],
    },
    {
      id: 'external_facilitator',
      text: {
        sv: 'Ta hjälp av en erfaren extern samtalsledare eller medlare.',
        en: 'An experienced external facilitator or mediator.',
      },
      cells: [C, F, I],
    },
    {
      id: 'security_review',
      text: {
        sv: 'Gör en säkerhetsgenomgång inför de möten där frågan behandlas.',
        en: 'Security review before meetings where the issue is handled.',
      },
      cells: [B, C, E, F, H, I],
    },
    {
      id: 'guards',
      text: {
        sv: 'Ha ordningsvakter och säkerhetspersonal på plats vid mötet.',
        en: 'Guard and security staff at the meeting.',
      },
      cells: [C, F, I],
    },
    {
      id: 'police_consultation',
      text: {
        sv: 'Rådgör med polisen och överväg säkerhetskontroll vid fullmäktiges sammanträde.',
        en: 'Consult the police; consider security screening at the council meeting.',
      },
      cells: [C, F, I],
    },
    {
      id: 'support_singled_out',
      text: {
        sv: 'Ge stöd och skydd till tjänstepersoner eller medarbetare som pekas ut.',
        en: 'Support and protective measures for singled-out officials or staff.',
      },
      cells: [C, F, H, I],
    },
    {
      id: 'remove_staff_names',
      text: {
        sv: 'Ta bort medarbetares namn ur handlingarna där det går.',
        en: 'Remove staff names from documents where possible.',
      },
      cells: [C, F, I],
    },
    {
      id: 'report_crimes',
      text: {
        sv: 'Polisanmäl varje brott.',
        en: 'Report every criminal act to the police.',
      },
      cells: [B, C, E, F, H, I],
    },
    {
      id: 'flexible_timetable',
      text: {
        sv: 'Ha en flexibel tidplan och fatta beslut i flera steg.',
        en: 'Flexible timetable and a stepwise decision process.',
      },
      cells: [G, H, I],
    },
    {
      id: 'inform_party_contacts',
      text: {
        sv: 'Informera partiernas säkerhetskontakter.',
        en: "Inform the parties' security contacts.",
      },
      cells: [B, C, E, F, H, I],
    },
  ],
};
