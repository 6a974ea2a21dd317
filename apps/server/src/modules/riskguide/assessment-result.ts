import {
  assessAnswers,
  describeConditionMet,
  describeStep3Trigger,
  FinishRefusal,
  step2Statements,
  answerRefusals,
  type DraftAssessment,
  type ConditionMet,
  type ScoreCondition,
  type RiskguideTemplate,
} from '@varn/domain';
import type { Assessment, AssessmentResult, FieldMessageKey } from '@varn/contracts';
import {
  parseStored,
  storedAssessmentResultV1,
  storedMatterSnapshotV1,
  storedParticipantsV1,
  storedStep2AnswersV1,
  storedStep3AnswersV1,
  type StoredAssessmentResultV1,
} from '../../db/stored-shapes/riskguide';
import type { AssessmentRow } from './assessments.repository';

/*
 * An assessment's answers and result (issue 4 §3, §4): the stored JSON read with its stored shapes
 * (`db/stored-shapes/riskguide.ts`) and mapped to the API's types, scoring by the domain on the
 * version of the template the assessment uses, and the result with its reasons as it is stored at
 * finish.
 */

/**
 * The stored result as the API shows it. Version 1 is the API's `AssessmentResult` as it was at
 * migration 0003, and still is: the compiler checks here that the two coincide, and this is where
 * a conversion goes when they part.
 */
const resultView = (stored: StoredAssessmentResultV1): AssessmentResult => stored;

/**
 * The JSON of an assessment row, read with its stored shapes and mapped to the API's types. Stored
 * by us, so one that does not match is our fault: an Error naming the assessment and the column
 * (500, logged). Only the routes that show or score the answers read them; lists and counts do not.
 */
export function parseAssessmentJson(
  row: AssessmentRow,
): Pick<Assessment, 'participants' | 'step2Answers' | 'step3Answers' | 'result'> {
  const column = (name: string) => `assessment ${row.id} ${name}`;
  const participants = parseStored(storedParticipantsV1, row.participants, column('participants'));
  const step2 = parseStored(storedStep2AnswersV1, row.step2Answers, column('step2_answers'));
  const step3 = parseStored(storedStep3AnswersV1, row.step3Answers, column('step3_answers'));
  const result =
    row.result === null ? null : parseStored(storedAssessmentResultV1, row.result, column('result'));
  return {
    participants: participants.map((participant) => ({
      name: participant.name,
      function: participant.function,
    })),
    step2Answers: Object.fromEntries(
      Object.entries(step2).map(([id, answer]) => [id, { level: answer.level, comment: answer.comment }]),
    ),
    step3Answers: Object.fromEntries(
      Object.entries(step3).map(([id, answer]) => [id, { answer: answer.answer, comment: answer.comment }]),
    ),
    result: result === null ? null : resultView(result),
  };
}

/**
 * The matter as a finished assessment stored it at signing (`matter_snapshot`), or `null` when it
 * has none — a draft — or one that does not match its stored shape: the caller then shows the
 * matter as it is now, as before stored shapes (not an error, and not logged).
 */
export function readMatterSnapshot(row: AssessmentRow): Omit<Assessment['matter'], 'id'> | null {
  if (row.matterSnapshot === null) return null;
  const snapshot = storedMatterSnapshotV1.safeParse(row.matterSnapshot);
  if (!snapshot.success) return null;
  const { title, diaryNumber, body, decisionDate } = snapshot.data;
  return { title, diaryNumber, body, decisionDate };
}

/** Parsed answers of an assessment. */
export type AssessmentAnswers = Pick<ReturnType<typeof parseAssessmentJson>, 'step2Answers' | 'step3Answers'>;

/** The statements of each step that are not answered, in template order. */
export function missingAnswers(template: RiskguideTemplate, answers: AssessmentAnswers) {
  const step3 = [...template.step3.conflict.statements, ...template.step3.complexity.statements];
  return {
    step2: step2Statements(template)
      .map((statement) => statement.id)
      .filter((id) => answers.step2Answers[id] === undefined),
    step3: step3.map((statement) => statement.id).filter((id) => answers.step3Answers[id] === undefined),
  };
}

/** Answers for statements the template version does not have: `step2Answers.X9` → unknown_statement. */
export function unknownStatements(
  template: RiskguideTemplate,
  answers: AssessmentAnswers,
): Record<string, FieldMessageKey> {
  const step2 = new Set(step2Statements(template).map((statement) => statement.id));
  const step3 = new Set(
    [...template.step3.conflict.statements, ...template.step3.complexity.statements].map(
      (statement) => statement.id,
    ),
  );
  const fields: Record<string, FieldMessageKey> = {};
  for (const id of Object.keys(answers.step2Answers))
    if (!step2.has(id)) fields[`step2Answers.${id}`] = 'unknown_statement';
  for (const id of Object.keys(answers.step3Answers))
    if (!step3.has(id)) fields[`step3Answers.${id}`] = 'unknown_statement';
  return fields;
}

/** A condition with mutable lists, as the response schema has it. */
function conditionView<Answer extends string>(condition: ScoreCondition<Answer>) {
  return condition.kind === 'any_of'
    ? { ...condition, statementIds: [...condition.statementIds] }
    : { ...condition };
}

/** A met condition with its sentence (domain `describeConditionMet`). */
function reasonView<Level extends string, Answer extends string>(reason: ConditionMet<Level, Answer>) {
  return {
    level: reason.level,
    condition: conditionView(reason.condition),
    value: reason.value,
    statementIds: [...reason.statementIds],
    text: describeConditionMet(reason),
  };
}

type Scored =
  | { readonly ok: true; readonly result: AssessmentResult }
  | { readonly ok: false; readonly fields: Record<string, FieldMessageKey> };

/** The stored answers as the domain's assessment rules take them. */
export function answersOf(answers: AssessmentAnswers): Pick<DraftAssessment, 'step2' | 'step3'> {
  return {
    step2: Object.fromEntries(Object.entries(answers.step2Answers).map(([id, answer]) => [id, answer.level])),
    step3: Object.fromEntries(
      Object.entries(answers.step3Answers).map(([id, answer]) => [id, answer.answer]),
    ),
  };
}

/**
 * Scores the answers on the template with the domain (`answerRefusals`, `assessAnswers`):
 * refused unless step 2 is complete, step 3 complete or not begun (then the result has no cell),
 * and every answer belongs to the template version. With `preview` (a draft's view), an
 * unfinished step 3 is left out instead of refused. Participants are checked by the caller.
 */
export function scoreAnswers(
  template: RiskguideTemplate,
  answers: AssessmentAnswers,
  options: { preview: boolean } = { preview: false },
): Scored {
  const draft = answersOf(answers);
  const refused = Object.entries(answerRefusals(draft, template)).filter(
    ([, refusal]) => !(options.preview && refusal === FinishRefusal.Step3Incomplete),
  );
  if (refused.length > 0) return { ok: false, fields: Object.fromEntries(refused) };
  const { step2, step3, proposedMeasures } = assessAnswers(draft, template);
  if (!step2) throw new Error('a complete step 2 did not score');
  return {
    ok: true,
    result: {
      step2: {
        level: step2.level,
        sum: step2.sum,
        highCount: step2.highCount,
        reasons: step2.reasons.map(reasonView),
        recommendStep3: step2.recommendStep3,
        step3Reasons: step2.step3Reasons.map((met) => ({
          trigger: {
            minLevel: met.trigger.minLevel,
            onlyIf: met.trigger.onlyIf === null ? null : conditionView(met.trigger.onlyIf),
          },
          statementIds: [...met.statementIds],
          text: describeStep3Trigger(met),
        })),
      },
      step3: step3
        ? {
            conflict: {
              level: step3.conflict.level,
              sum: step3.conflict.sum,
              reasons: step3.conflict.reasons.map(reasonView),
            },
            complexity: {
              level: step3.complexity.level,
              sum: step3.complexity.sum,
              reasons: step3.complexity.reasons.map(reasonView),
            },
            cell: step3.cell,
            glaslBand: { ...step3.glaslBand },
          }
        : null,
      proposedMeasureIds: proposedMeasures.map((measure) => measure.id),
    },
  };
}
