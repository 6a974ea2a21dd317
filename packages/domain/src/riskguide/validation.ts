import type { BilingualText } from '../shared/bilingual';
import {
  complexityLevels,
  complexityRuleLevels,
  conflictRuleLevels,
  type GlaslBand,
  type MatrixCell,
  matrixCells,
  type RiskguideTemplate,
  riskLevels,
  step2RuleLevels,
  step2Statements,
  step3Answers,
  type TemplateStatement,
} from './template';
import {
  checkCondition,
  checkLevelRule,
  checkScale,
  isWholeNumber,
  nameOf,
  type Report,
} from './rule-checks';
import { maxStatementsPerStep } from './matters';
import { type TemplateProblem, TemplateProblemCode } from './template-problems';

/*
 * Template validation (issue 4 §5, §8): an admin's new template version, or a stored one, is used
 * only when `validateTemplate` finds no problem. The checks of scales and rules are in
 * `rule-checks.ts`, the problem codes in `template-problems.ts`.
 */

const P = TemplateProblemCode;

const isBlank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

function checkText(report: Report, path: string, text: BilingualText | undefined): void {
  if (isBlank(text?.sv))
    report(P.MissingText, `${path}.sv`, 'Svensk text saknas.', 'The Swedish text is missing.');
  if (isBlank(text?.en))
    report(P.MissingText, `${path}.en`, 'Engelsk text saknas.', 'The English text is missing.');
}

/** Blank and repeated ids; `pathOf` gives the path of the item at an index. */
function checkIds(
  report: Report,
  items: readonly { readonly id: string }[],
  pathOf: (index: number) => string,
): void {
  const seen = new Set<string>();
  items.forEach(({ id }, index) => {
    if (isBlank(id)) report(P.InvalidId, `${pathOf(index)}.id`, 'Id saknas.', 'The id is missing.');
    else if (seen.has(id))
      report(
        P.DuplicateId,
        `${pathOf(index)}.id`,
        `Id ${id} används två gånger.`,
        `The id ${id} is used twice.`,
      );
    seen.add(id);
  });
}

function checkStatements(report: Report, path: string, statements: readonly TemplateStatement[]): void {
  if (statements.length === 0)
    report(P.NoStatements, path, 'Det finns inga påståenden.', 'There are no statements.');
  checkIds(report, statements, (index) => `${path}[${index}]`);
  statements.forEach((statement, index) => checkText(report, `${path}[${index}].text`, statement.text));
}
function checkMatrix(report: Report, matrix: RiskguideTemplate['matrix']): void {
  const seen = new Map<string, string>();
  for (const complexity of complexityLevels) {
    for (const conflict of riskLevels) {
      const path = `matrix.${complexity}.${conflict}`;
      const row: Readonly<Record<string, MatrixCell>> | undefined = matrix[complexity];
      const cell: string | undefined = row?.[conflict];
      if (cell === undefined)
        report(P.MatrixMissingCell, path, 'Rutan saknas i matrisen.', 'The matrix has no cell here.');
      else if (!(matrixCells as readonly string[]).includes(cell))
        report(P.MatrixInvalidCell, path, `${cell} är inte en ruta A–I.`, `${cell} is not a cell A–I.`);
      else if (seen.has(cell))
        report(
          P.MatrixDuplicateCell,
          path,
          `Ruta ${cell} finns redan vid ${String(seen.get(cell))}.`,
          `Cell ${cell} is already at ${String(seen.get(cell))}.`,
        );
      if (cell !== undefined && !seen.has(cell)) seen.set(cell, path);
    }
  }
}

/**
 * The bands must split Glasl's steps 1–9 in order, low first, without gaps or overlaps. Each band
 * is judged against the end of the band before it; after a missing band the next one is judged
 * on its own.
 */
function checkGlaslBands(report: Report, bands: RiskguideTemplate['glaslBands']): void {
  let next: number | null = 1;
  riskLevels.forEach((level, index) => {
    const band: GlaslBand | undefined = bands[level];
    const last = index === riskLevels.length - 1;
    const whole = band !== undefined && isWholeNumber(band.from) && isWholeNumber(band.to);
    const fits =
      whole &&
      band.from >= 1 &&
      (next === null || band.from === next) &&
      band.to >= band.from &&
      (last ? band.to === 9 : band.to < 9);
    if (!fits) {
      const start = next === null ? '' : ` (${next}–)`;
      report(
        P.InvalidGlaslBands,
        `glaslBands.${level}`,
        `Banden måste dela upp Glasls steg 1–9 i ordning, utan glapp eller överlapp: ${nameOf(level, 'sv')}${start}.`,
        `The bands must split Glasl's steps 1–9 in order, without gaps or overlaps: ${nameOf(level, 'en')}${start}.`,
      );
    }
    next = whole ? band.to + 1 : null;
  });
}

function checkMeasures(report: Report, measures: RiskguideTemplate['measures']): void {
  checkIds(report, measures, (index) => `measures[${index}]`);
  measures.forEach((measure, index) => {
    const path = `measures[${index}]`;
    checkText(report, `${path}.text`, measure.text);
    if (measure.cells.length === 0)
      report(
        P.MeasureWithoutCells,
        `${path}.cells`,
        'Åtgärden föreslås inte i någon ruta.',
        'The measure is proposed for no cell.',
      );
    measure.cells.forEach((cell: string, cellIndex) => {
      if (!(matrixCells as readonly string[]).includes(cell))
        report(
          P.MeasureUnknownCell,
          `${path}.cells[${cellIndex}]`,
          `${cell} är inte en ruta A–I.`,
          `${cell} is not a cell A–I.`,
        );
    });
  });
}

/**
 * The problems of a template (issue 4 §5, §8), in template order; an empty list means the
 * template can be used. A template whose rules cannot be evaluated (unknown condition kind,
 * unknown statement or answer, a threshold that is not a whole number, an unusable scale) always
 * has a problem, as has one whose rules cannot do their job (a level that can never be reached,
 * a condition that is always met, a lower level's threshold not below a higher level's).
 */
export function validateTemplate(template: RiskguideTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const report: Report = (code, path, sv, en) => problems.push({ code, path, message: { sv, en } });

  if (isBlank(template.id)) report(P.InvalidId, 'id', 'Mallens id saknas.', 'The template id is missing.');
  if (!isWholeNumber(template.version) || template.version < 1)
    report(
      P.InvalidVersion,
      'version',
      'Versionen måste vara ett heltal från 1.',
      'The version must be a whole number from 1.',
    );
  checkText(report, 'name', template.name);

  checkIds(report, template.step1.prompts, (index) => `step1.prompts[${index}]`);
  template.step1.prompts.forEach((prompt, index) =>
    checkText(report, `step1.prompts[${index}].text`, prompt.text),
  );

  const { step2, step3 } = template;
  checkIds(report, step2.themes, (index) => `step2.themes[${index}]`);
  step2.themes.forEach((theme, index) => checkText(report, `step2.themes[${index}].title`, theme.title));
  // Statement ids are unique across the themes: answers are kept by statement id.
  const statementPaths = step2.themes.flatMap((theme, themeIndex) =>
    theme.statements.map((_statement, index) => `step2.themes[${themeIndex}].statements[${index}]`),
  );
  const step2Set = {
    statements: step2Statements(template),
    answers: riskLevels,
    range: checkScale(report, 'step2.scale', step2.scale, riskLevels),
  };
  if (step2Set.statements.length === 0)
    report(P.NoStatements, 'step2.themes', 'Det finns inga påståenden.', 'There are no statements.');
  if (step2Set.statements.length > maxStatementsPerStep)
    report(
      P.TooManyStatements,
      'step2.themes',
      `Steg 2 har ${step2Set.statements.length} påståenden. En bedömning kan besvara högst ${maxStatementsPerStep}.`,
      `Step 2 has ${step2Set.statements.length} statements. An assessment can answer at most ${maxStatementsPerStep}.`,
    );
  step2.themes.forEach((theme, index) => {
    if (theme.statements.length === 0)
      report(
        P.NoStatements,
        `step2.themes[${index}].statements`,
        'Temat har inga påståenden.',
        'The theme has no statements.',
      );
  });
  checkIds(report, step2Set.statements, (index) => String(statementPaths[index]));
  step2Set.statements.forEach((statement, index) =>
    checkText(report, `${String(statementPaths[index])}.text`, statement.text),
  );
  checkLevelRule(report, 'step2.rule.levels', step2.rule.levels, step2RuleLevels, step2Set);
  if (step2.rule.recommendStep3.length === 0)
    report(
      P.NoStep3Trigger,
      'step2.rule.recommendStep3',
      'Det finns ingen regel för när steg 3 rekommenderas.',
      'There is no rule for when step 3 is recommended.',
    );
  step2.rule.recommendStep3.forEach((trigger, index) => {
    const path = `step2.rule.recommendStep3[${index}]`;
    if (!(riskLevels as readonly string[]).includes(trigger.minLevel))
      report(
        P.UnknownLevel,
        `${path}.minLevel`,
        `Nivån ${String(trigger.minLevel)} finns inte.`,
        `There is no level ${String(trigger.minLevel)}.`,
      );
    if (trigger.onlyIf !== null) checkCondition(report, `${path}.onlyIf`, trigger.onlyIf, step2Set);
  });

  const step3Range = checkScale(report, 'step3.scale', step3.scale, step3Answers);
  const conflictSet = { statements: step3.conflict.statements, answers: step3Answers, range: step3Range };
  checkStatements(report, 'step3.conflict.statements', conflictSet.statements);
  checkLevelRule(report, 'step3.conflict.rule', step3.conflict.rule, conflictRuleLevels, conflictSet);
  const complexitySet = { statements: step3.complexity.statements, answers: step3Answers, range: step3Range };
  checkStatements(report, 'step3.complexity.statements', complexitySet.statements);
  checkLevelRule(report, 'step3.complexity.rule', step3.complexity.rule, complexityRuleLevels, complexitySet);
  // The answers of step 3 are kept in one map by statement id: conflict and complexity ids must
  // differ, or an answer would count for the wrong set and step 3 could never be finished.
  const conflictIds = new Set(step3.conflict.statements.map((statement) => statement.id));
  step3.complexity.statements.forEach(({ id }, index) => {
    if (!isBlank(id) && conflictIds.has(id))
      report(
        P.DuplicateId,
        `step3.complexity.statements[${index}].id`,
        `Id ${id} används redan av ett påstående om konfliktnivå.`,
        `The id ${id} is already used by a conflict statement.`,
      );
  });
  const step3Count = step3.conflict.statements.length + step3.complexity.statements.length;
  if (step3Count > maxStatementsPerStep)
    report(
      P.TooManyStatements,
      'step3',
      `Steg 3 har ${step3Count} påståenden. En bedömning kan besvara högst ${maxStatementsPerStep}.`,
      `Step 3 has ${step3Count} statements. An assessment can answer at most ${maxStatementsPerStep}.`,
    );

  checkMatrix(report, template.matrix);
  checkGlaslBands(report, template.glaslBands);
  checkMeasures(report, template.measures);
  return problems;
}
