import { describe, expect, it } from 'vitest';
import { defaultTemplate } from './default-template';
import type { BilingualText } from '../shared/bilingual';
import { step2Statements } from './template';

// `riskguide-default` v1 holds exactly the content of issue 4 §2 and §5.
describe('the default template', () => {
  it('is riskguide-default, version 1', () => {
    expect([defaultTemplate.id, defaultTemplate.version]).toEqual(['riskguide-default', 1]);
  });

  it.each<[string, string[]]>([
    ['step-1 prompts', defaultTemplate.step1.prompts.map((prompt) => prompt.id)],
    ['step-2 themes', defaultTemplate.step2.themes.map((theme) => theme.id)],
    ['step-2 statements', step2Statements(defaultTemplate).map((statement) => statement.id)],
    ['conflict statements', defaultTemplate.step3.conflict.statements.map((statement) => statement.id)],
    ['complexity statements', defaultTemplate.step3.complexity.statements.map((statement) => statement.id)],
    ['measures', defaultTemplate.measures.map((measure) => measure.id)],
  ])('has the %s of the issue', (label, ids) => {
    const expected: Record<string, string[]> = {
      'step-1 prompts': ['P1', 'P2', 'P3', 'P4'],
      'step-2 themes': ['A', 'B', 'C'],
      'step-2 statements': ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2'],
      'conflict statements': ['K1', 'K2', 'K3', 'K4', 'K5'],
      'complexity statements': ['X1', 'X2', 'X3', 'X4', 'X5', 'X6'],
      measures: [
        'inform_early',
        'communication_plan',
        'dialogue',
        'external_facilitator',
        'security_review',
        'guards',
        'police_consultation',
        'support_singled_out',
        'remove_staff_names',
        'report_crimes',
        'flexible_timetable',
        'inform_party_contacts',
      ],
    };
    expect(ids).toEqual(expected[label]);
  });

  it('puts each statement in its theme (A1–A3, B1–B3, C1–C2)', () => {
    expect(
      defaultTemplate.step2.themes.map((theme) => [
        theme.id,
        theme.statements.map((statement) => statement.id),
      ]),
    ).toEqual([
      ['A', ['A1', 'A2', 'A3']],
      ['B', ['B1', 'B2', 'B3']],
      ['C', ['C1', 'C2']],
    ]);
  });

  const texts: [string, BilingualText][] = [
    ['name', defaultTemplate.name],
    ...defaultTemplate.step1.prompts.map((prompt): [string, BilingualText] => [prompt.id, prompt.text]),
    ...defaultTemplate.step2.themes.map((theme): [string, BilingualText] => [
      `theme ${theme.id}`,
      theme.title,
    ]),
    ...step2Statements(defaultTemplate).map((statement): [string, BilingualText] => [
      statement.id,
      statement.text,
    ]),
    ...defaultTemplate.step3.conflict.statements.map((statement): [string, BilingualText] => [
      statement.id,
      statement.text,
    ]),
    ...defaultTemplate.step3.complexity.statements.map((statement): [string, BilingualText] => [
      statement.id,
      statement.text,
    ]),
    ...defaultTemplate.measures.map((measure): [string, BilingualText] => [measure.id, measure.text]),
  ];

  it.each(texts)('%s has its own Swedish text next to the English', (_id, text) => {
    expect(text.sv.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
    expect(text.sv).not.toBe(text.en);
  });

  it('says nothing twice in Swedish', () => {
    const swedish = texts.map(([, text]) => text.sv);
    expect(new Set(swedish).size).toBe(swedish.length);
  });
});
