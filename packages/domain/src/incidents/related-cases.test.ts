import { describe, expect, it } from 'vitest';
import {
  isSimilarText,
  maxRelatedSuggestions,
  normalisePerpetratorIdentifier,
  normalisePerpetratorIdentifiers,
  normaliseTargetName,
  perpetratorIdentifierLimits,
  perpetratorIdentifiersIn,
  RelatedReason,
  significantWords,
  similarTextWindow,
  suggestRelatedCases,
  type RelatedCandidate,
} from './related-cases';

describe('normalisePerpetratorIdentifier', () => {
  it.each([
    // e-mail addresses: lower case
    ['Hatare.Nr1@Example.SE', 'hatare.nr1@example.se'],
    ['  anonym@mail.com ', 'anonym@mail.com'],
    // @accounts: lower case, the @ kept (an account is not a name)
    ['@Kalle_K', '@kalle_k'],
    ['@sven.svensson', '@sven.svensson'],
    // phone numbers: digits in Swedish trunk form
    ['070-123 45 67', '0701234567'],
    ['+46 70 123 45 67', '0701234567'],
    ['0046701234567', '0701234567'],
    ['(08) 123 456 78', '0812345678'],
    ['+47 912 34 567', '+4791234567'],
    // web addresses: no scheme, www, query or trailing slash
    ['https://www.facebook.com/Kalle.K/', 'facebook.com/kalle.k'],
    ['http://x.com/hatare?ref=share', 'x.com/hatare'],
    ['www.flashback.org/t123456.', 'flashback.org/t123456'],
    // anything else (a name, an alias): lower case, single spaces, no quotes
    ['  Kalle   Karlsson ', 'kalle karlsson'],
    ['"Sanningssägaren"', 'sanningssägaren'],
    // too short to be a phone number: a name-like identifier as it is
    ['12345', '12345'],
  ])('%j → %j', (raw, expected) => {
    expect(normalisePerpetratorIdentifier(raw)).toBe(expected);
  });

  it.each([[''], ['   '], ['""'], ['x'.repeat(perpetratorIdentifierLimits.length + 1)]])(
    'refuses %j',
    (raw) => {
      expect(normalisePerpetratorIdentifier(raw)).toBeNull();
    },
  );

  it('keeps the longest allowed identifier', () => {
    const longest = 'x'.repeat(perpetratorIdentifierLimits.length);
    expect(normalisePerpetratorIdentifier(longest)).toBe(longest);
  });
});

describe('normalisePerpetratorIdentifiers', () => {
  it('drops empty entries and duplicates, keeping the first order', () => {
    expect(normalisePerpetratorIdentifiers(['070-123 45 67', '', '@Troll', '0701234567', '@troll'])).toEqual([
      '0701234567',
      '@troll',
    ]);
  });

  it(`keeps at most ${perpetratorIdentifierLimits.count}`, () => {
    const many = Array.from({ length: perpetratorIdentifierLimits.count + 5 }, (_, i) => `alias ${i}`);
    expect(normalisePerpetratorIdentifiers(many)).toHaveLength(perpetratorIdentifierLimits.count);
  });
});

describe('perpetratorIdentifiersIn', () => {
  it.each([
    ['Sms från 070-123 45 67: "vi vet var du bor".', ['0701234567']],
    ['Ringde från +46 70 123 45 67 och sedan från 0046 70 123 45 67.', ['0701234567']],
    ['Mejl från Hatare@Example.se i går.', ['hatare@example.se']],
    [
      'Kontot @Sanningen_2026 taggade mig, se https://x.com/Sanningen_2026/status/1.',
      ['@sanningen_2026', 'x.com/sanningen_2026/status/1'],
    ],
    ['Tråd på www.flashback.org/t123456, länkad från @troll.', ['flashback.org/t123456', '@troll']],
    // an e-mail address is not also an @account
    ['Svara till kalle@exempel.se', ['kalle@exempel.se']],
    // dates, years, case numbers and amounts are not phone numbers
    ['Hände 2026-03-14 kl. 21.30, ärende 2026-0042, 1500 kronor.', []],
    ['Ingen identitet här, bara text om skolan.', []],
  ])('%j → %j', (text, expected) => {
    expect(perpetratorIdentifiersIn(text)).toEqual(expected);
  });
});

describe('similarTextWindow', () => {
  it('reaches 90 days either side of the report', () => {
    const window = similarTextWindow(new Date('2026-06-01T12:00:00.000Z'));
    expect(window.from.toISOString()).toBe('2026-03-03T12:00:00.000Z');
    expect(window.to.toISOString()).toBe('2026-08-30T12:00:00.000Z');
  });
});

describe('isSimilarText', () => {
  it.each([
    // shared, own, other → similar
    [3, 10, 10, true], // 3 words and 30 % of the shorter: the boundary
    [2, 4, 4, false], // half the words, but only two
    [3, 11, 11, false], // three words, but 27 %
    [3, 10, 100, true], // the shorter text decides the share
    [8, 40, 40, false], // 20 %
    [12, 40, 40, true],
    [0, 0, 10, false], // an empty description
  ])('%i shared of %i and %i → %s', (sharedTerms, ownTerms, otherTerms, expected) => {
    expect(isSimilarText({ sharedTerms, ownTerms, otherTerms })).toBe(expected);
  });
});

describe('significantWords', () => {
  it('keeps words of three or more letters or digits, lower case, each once', () => {
    expect(significantWords('Hot mot KS-ordföranden: "Vi vet var du bor." Hot igen 2026!')).toEqual([
      'hot',
      'mot',
      'ordföranden',
      'vet',
      'var',
      'bor',
      'igen',
      '2026',
    ]);
  });

  it('keeps at most 64 words', () => {
    const text = Array.from({ length: 100 }, (_, i) => `ord${i}`).join(' ');
    expect(significantWords(text)).toHaveLength(64);
  });
});

describe('suggestRelatedCases', () => {
  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  const candidate = (id: string, values: Partial<RelatedCandidate> = {}): RelatedCandidate => ({
    id,
    reportedAt: day(1),
    sameTarget: false,
    sharedIdentifiers: [],
    text: null,
    ...values,
  });
  const similar = { sharedTerms: 5, ownTerms: 10, otherTerms: 12 };
  const dissimilar = { sharedTerms: 1, ownTerms: 10, otherTerms: 12 };

  it('gives each reason with what it rests on, strongest first', () => {
    expect(
      suggestRelatedCases(
        [candidate('a', { sameTarget: true, sharedIdentifiers: ['0701234567'], text: similar })],
        [],
      ),
    ).toEqual([
      {
        id: 'a',
        reasons: [
          { reason: RelatedReason.SamePerpetrator, identifiers: ['0701234567'] },
          { reason: RelatedReason.SameTarget },
          { reason: RelatedReason.SimilarText, sharedTerms: 5 },
        ],
      },
    ]);
  });

  it('leaves out candidates without a reason, the case itself and linked cases', () => {
    const suggestions = suggestRelatedCases(
      [
        candidate('case', { sameTarget: true }),
        candidate('linked', { sameTarget: true }),
        candidate('unlike', { text: dissimilar }),
        candidate('kept', { sameTarget: true }),
      ],
      ['case', 'linked'],
    );
    expect(suggestions.map((s) => s.id)).toEqual(['kept']);
  });

  it('joins the reasons of a candidate found by several queries', () => {
    const suggestions = suggestRelatedCases(
      [
        candidate('a', { sameTarget: true }),
        candidate('a', { sharedIdentifiers: ['@troll'] }),
        candidate('a', { text: similar }),
      ],
      [],
    );
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]?.reasons.map((r) => r.reason)).toEqual([
      RelatedReason.SamePerpetrator,
      RelatedReason.SameTarget,
      RelatedReason.SimilarText,
    ]);
  });

  it('orders by the weight of the reasons, then shared words, then newest first', () => {
    const suggestions = suggestRelatedCases(
      [
        candidate('text-old', { text: similar, reportedAt: day(1) }),
        candidate('text-more-words', { text: { ...similar, sharedTerms: 8 }, reportedAt: day(1) }),
        candidate('target-new', { sameTarget: true, reportedAt: day(9) }),
        candidate('target-old', { sameTarget: true, reportedAt: day(2) }),
        candidate('identifier', { sharedIdentifiers: ['x@y.se'], reportedAt: day(1) }),
        candidate('target-and-text', { sameTarget: true, text: similar, reportedAt: day(1) }),
        candidate('text-new', { text: similar, reportedAt: day(5) }),
      ],
      [],
    );
    expect(suggestions.map((s) => s.id)).toEqual([
      'identifier',
      'target-and-text',
      'target-new',
      'target-old',
      'text-more-words',
      'text-new',
      'text-old',
    ]);
  });

  it(`offers at most ${maxRelatedSuggestions}`, () => {
    const many = Array.from({ length: 25 }, (_, i) => candidate(`c${i}`, { sameTarget: true }));
    expect(suggestRelatedCases(many, [])).toHaveLength(maxRelatedSuggestions);
  });
});

describe('normaliseTargetName', () => {
  it.each([
    ['  Anna   Andersson ', 'anna andersson'],
    ['ÅSA ÖBERG', 'åsa öberg'],
  ])('%j → %j', (name, expected) => {
    expect(normaliseTargetName(name)).toBe(expected);
  });
});
