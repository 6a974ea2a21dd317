import { describe, expect, it } from 'vitest';
import { Urgency, signalNeedsImmediateNotice } from '../signals/signals';
import { Severity } from './incident';
import { incidentNeedsImmediateNotice, initialSeverity } from './notifications';
import { defaultCategories, policeReportRecommended } from './taxonomy';

// Every default category with, written out by hand: the severity a new report of that category
// alone starts with (before triage), and whether a police report is recommended for it.
const H = Severity.High;
const categoryTable: readonly [code: string, startsAs: Severity | null, police: boolean][] = [
  ['threat', H, true],
  ['harassment', null, true],
  ['insult', null, false],
  ['sexual_harassment', null, true],
  ['hate_crime', null, true],
  ['stalking', H, true],
  ['doxxing', null, false],
  ['unlawful_influence', null, true],
  ['pressure_campaign', null, false],
  ['meeting_disturbance', null, false],
  ['vandalism', null, true],
  ['theft', null, true],
  ['violence', H, true],
  ['disinformation', null, false],
  ['reconnaissance', null, false],
  ['other', null, false],
];

describe('the category table', () => {
  it('has a row for every default category, in the order of the form', () => {
    expect(categoryTable.map(([code]) => code)).toEqual(defaultCategories.map((entry) => entry.code));
  });
});

describe('initialSeverity: the severity of a new report before triage', () => {
  it.each(categoryTable)('%s alone, not ongoing → %s', (code, startsAs) => {
    expect(initialSeverity({ ongoing: false, categories: [code] })).toBe(startsAs);
  });

  // Ongoing means "call 112 now": acute, whatever the categories.
  it.each(categoryTable)('%s alone, ongoing → acute', (code) => {
    expect(initialSeverity({ ongoing: true, categories: [code] })).toBe(Severity.Acute);
  });

  it.each<[string, boolean, readonly string[], Severity | null]>([
    ['no categories', false, [], null],
    ['no categories, ongoing', true, [], Severity.Acute],
    ['one grave category among others', false, ['insult', 'doxxing', 'violence'], Severity.High],
    ['several grave categories', false, ['threat', 'stalking'], Severity.High],
    ['only lighter categories', false, ['insult', 'harassment', 'other'], null],
    ['a category an admin added', false, ['arson'], null],
    ['a code in capitals is not a known code', false, ['THREAT'], null],
  ])('%s → %s', (_label, ongoing, categories, expected) => {
    expect(initialSeverity({ ongoing, categories })).toBe(expected);
  });
});

describe('incidentNeedsImmediateNotice: acute and high go to every security officer at once', () => {
  it.each<[Severity | null, boolean]>([
    [Severity.Acute, true],
    [Severity.High, true],
    [Severity.Moderate, false],
    [Severity.Low, false],
    [null, false],
  ])('%s → %s', (severity, expected) => {
    expect(incidentNeedsImmediateNotice(severity)).toBe(expected);
  });

  it.each<[string, boolean, readonly string[], boolean]>([
    ['an ongoing insult', true, ['insult'], true],
    ['a threat', false, ['threat'], true],
    ['an insult', false, ['insult'], false],
  ])('a new report of %s → at once: %s', (_label, ongoing, categories, atOnce) => {
    expect(incidentNeedsImmediateNotice(initialSeverity({ ongoing, categories }))).toBe(atOnce);
  });
});

describe('policeReportRecommended: for every threat and every act that is a crime in itself', () => {
  it.each(categoryTable)('%s alone → recommended: %s', (code, _startsAs, police) => {
    expect(policeReportRecommended([code])).toBe(police);
  });

  it.each<[readonly string[], boolean]>([
    [[], false],
    [['insult', 'threat'], true],
    [['insult', 'doxxing', 'other'], false],
    [['arson'], false],
  ])('%j → %s', (categories, expected) => {
    expect(policeReportRecommended(categories)).toBe(expected);
  });
});

describe('signalNeedsImmediateNotice: only high urgency goes out at once', () => {
  it.each<[Urgency, boolean]>([
    [Urgency.High, true],
    [Urgency.Medium, false],
    [Urgency.Low, false],
  ])('%s → %s', (urgency, expected) => {
    expect(signalNeedsImmediateNotice(urgency)).toBe(expected);
  });
});
