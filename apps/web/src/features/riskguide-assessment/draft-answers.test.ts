import { describe, expect, it } from 'vitest';
import { defaultTemplate, step2Statements, type RiskLevel } from '@varn/domain';
import { omittedOf, saveBodyOf, type DraftAnswers, type Entries, type Step2Entry } from './draft-answers';
import { finishRefusalsOf as whatFinishWouldRefuse } from './finish-check';
import { liveResults } from './live-results';

const statements2 = step2Statements(defaultTemplate).map((statement) => statement.id);
const step3Ids = [
  ...defaultTemplate.step3.conflict.statements,
  ...defaultTemplate.step3.complexity.statements,
].map((statement) => statement.id);

const everyStep2 = (level: RiskLevel): Entries<Step2Entry> =>
  Object.fromEntries(statements2.map((id) => [id, { level, comment: '' }]));

const anna = { key: 1, name: 'Anna Andersson', function: 'security' } as const;

/** A draft that may be finished: one participant, every step-2 statement answered low. */
const ready: DraftAnswers = { participants: [anna], step2: everyStep2('low'), step3: {} };

describe('saveBodyOf', () => {
  it('saves complete participants and answered statements, trimmed; a comment alone waits', () => {
    const body = saveBodyOf({
      participants: [
        { key: 1, name: '  Anna Andersson ', function: 'security' },
        { key: 2, name: 'Bo Berg', function: '' },
        { key: 3, name: ' ', function: 'committee' },
      ],
      step2: {
        A1: { level: 'high', comment: '  Hot i sociala medier ' },
        A2: { level: null, comment: 'Senare' },
      },
      step3: { K1: { answer: 'partly', comment: '   ' } },
    });
    expect(body).toEqual({
      participants: [{ name: 'Anna Andersson', function: 'security' }],
      step2Answers: { A1: { level: 'high', comment: 'Hot i sociala medier' } },
      step3Answers: { K1: { answer: 'partly', comment: null } },
    });
  });
});

describe('omittedOf', () => {
  it.each<[string, DraftAnswers, ReturnType<typeof omittedOf>]>([
    ['nothing left out', ready, { comments: false, participants: false }],
    [
      'a comment without its answer',
      { ...ready, step3: { K1: { answer: null, comment: 'Oklart' } } },
      { comments: true, participants: false },
    ],
    [
      'a name without a function',
      { ...ready, participants: [anna, { key: 2, name: 'Bo', function: '' }] },
      { comments: false, participants: true },
    ],
    [
      'a function without a name',
      { ...ready, participants: [{ key: 1, name: '', function: 'other' }] },
      { comments: false, participants: true },
    ],
    [
      'an empty row is not half a participant',
      { ...ready, participants: [anna, { key: 2, name: ' ', function: '' }] },
      { comments: false, participants: false },
    ],
  ])('%s', (_label, answers, expected) => {
    expect(omittedOf(answers)).toEqual(expected);
  });
});

describe('whatFinishWouldRefuse', () => {
  it('lets a complete draft be finished', () => {
    expect(whatFinishWouldRefuse(ready, defaultTemplate)).toEqual({});
  });

  it('asks for a participant and for every step-2 answer of an empty draft', () => {
    const found = whatFinishWouldRefuse(
      { participants: [{ key: 1, name: '', function: '' }], step2: {}, step3: {} },
      defaultTemplate,
    );
    expect(found).toEqual({
      participants: 'participants_required',
      ...Object.fromEntries(statements2.map((id) => [`step2Answers.${id}`, 'answer_required'])),
    });
  });

  it('names the half of a participant that is missing, not the list', () => {
    const found = whatFinishWouldRefuse(
      {
        ...ready,
        participants: [
          { key: 1, name: 'Anna', function: '' },
          { key: 2, name: '', function: 'committee' },
        ],
      },
      defaultTemplate,
    );
    expect(found).toEqual({
      'participants.0.function': 'participant_function_required',
      'participants.1.name': 'participant_name_required',
    });
  });

  it('asks for the rest of step 3 once it is begun, and not before', () => {
    const [first = '', ...rest] = step3Ids;
    expect(
      whatFinishWouldRefuse(
        { ...ready, step3: { [first]: { answer: null, comment: 'Kanske' } } },
        defaultTemplate,
      ),
    ).toEqual({});
    expect(
      whatFinishWouldRefuse(
        { ...ready, step3: { [first]: { answer: 'fully', comment: '' } } },
        defaultTemplate,
      ),
    ).toEqual(Object.fromEntries(rest.map((id) => [`step3Answers.${id}`, 'step3_incomplete'])));
  });
});

describe('liveResults', () => {
  it('has no result until every step-2 statement is answered', () => {
    const [, ...allButOne] = statements2;
    const step2 = Object.fromEntries(allButOne.map((id) => [id, { level: 'low' as const, comment: '' }]));
    expect(liveResults(step2, {}, defaultTemplate)).toEqual({ step2: null, step3: null });
  });

  it('scores step 2 with the template: all low is low, all high is high and recommends step 3', () => {
    expect(liveResults(everyStep2('low'), {}, defaultTemplate).step2).toMatchObject({
      level: 'low',
      recommendStep3: false,
    });
    const high = liveResults(everyStep2('high'), {}, defaultTemplate).step2;
    expect(high).toMatchObject({ level: 'high', recommendStep3: true });
    expect(high?.reasons.length).toBeGreaterThan(0);
  });

  it('places a complete step 3 in a cell of the matrix', () => {
    const step3 = Object.fromEntries(
      step3Ids.map((id) => [id, { answer: 'does_not_apply' as const, comment: '' }]),
    );
    const { step3: outcome } = liveResults(everyStep2('low'), step3, defaultTemplate);
    expect(outcome?.cell).toMatch(/^[A-I]$/u);
    expect(outcome?.conflict.level).toBe('low');
  });
});
