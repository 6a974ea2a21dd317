import { describe, expect, it } from 'vitest';
import {
  allowedEvidenceTypes,
  isAllowedEvidenceType,
  looksLikeEmailMessage,
  maxEvidenceBytes,
  safeFileName,
} from './evidence';

describe('maxEvidenceBytes', () => {
  it('is 20 MiB', () => {
    expect(maxEvidenceBytes).toBe(20_971_520);
  });
});

describe('isAllowedEvidenceType: screenshots, PDF, e-mail and voice mail, as detected from the bytes', () => {
  it.each<[string | null, boolean]>([
    ['image/jpeg', true],
    ['image/png', true],
    ['image/gif', true],
    ['image/webp', true],
    ['image/heic', true],
    ['image/heif', true],
    ['application/pdf', true],
    ['message/rfc822', true],
    ['application/vnd.ms-outlook', true],
    ['audio/mpeg', true],
    ['audio/mp4', true],
    ['audio/x-m4a', true],
    ['audio/aac', true],
    ['audio/wav', true],
    ['audio/ogg', true],
    ['audio/ogg; codecs=opus', true],
    ['audio/amr', true],
    // Not detected, or not evidence Värn keeps.
    [null, false],
    ['', false],
    ['application/octet-stream', false],
    ['text/plain', false],
    ['text/html', false],
    ['image/svg+xml', false], // can carry scripts
    ['application/zip', false],
    ['application/x-msdownload', false],
    ['application/x-elf', false],
    ['video/mp4', false],
    ['audio/webm', false],
    // The detector's exact spelling only.
    ['IMAGE/PNG', false],
    ['image/png ', false],
    ['image/png; charset=binary', false],
    ['audio/ogg;codecs=opus', false],
  ])('%j → %s', (contentType, allowed) => {
    expect(isAllowedEvidenceType(contentType)).toBe(allowed);
  });

  it('has a row above for every allowed type', () => {
    expect(allowedEvidenceTypes).toHaveLength(17);
  });
});

const crlf = (lines: readonly string[]): string => lines.join('\r\n');
const lf = (lines: readonly string[]): string => lines.join('\n');

/** A threatening e-mail as a mail client saves it (.eml). */
const emlLines = [
  'Received: from mail.exempel.se (mail.exempel.se [192.0.2.10])',
  '\tby mx.kommun.se with ESMTPS id 4F2B1C; Mon, 2 Mar 2026 18:31:07 +0100',
  'Return-Path: <arg.avsandare@exempel.se>',
  'From: Arg Avsändare <arg.avsandare@exempel.se>',
  'To: anna.svensson@kommun.se',
  'Subject: =?UTF-8?Q?Du_kommer_att_f=C3=A5_betala?=',
  'Date: Mon, 2 Mar 2026 18:31:05 +0100',
  'Message-ID: <20260302173105.ABC123@exempel.se>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  'Vi vet var du bor. Rösta nej på torsdag.',
  '',
];

/** What Outlook writes: MIME-Version first, no Received lines. */
const outlookLines = [
  'MIME-Version: 1.0',
  'Date: Tue, 3 Mar 2026 07:12:44 +0100',
  'Message-ID: <CAB1x2y3z@mail.gmail.com>',
  'Subject: Beslutet',
  'From: x <x@exempel.se>',
  'To: <anna.svensson@kommun.se>',
  'Content-Type: multipart/mixed; boundary="000000000000a1b2c3"',
  '',
  '--000000000000a1b2c3',
  'Content-Type: text/plain; charset="UTF-8"',
  '',
  'Ni kommer att ångra er.',
];

describe('looksLikeEmailMessage: an .eml file has no magic number, so its header block is read', () => {
  const cases: readonly (readonly [label: string, text: string, expected: boolean])[] = [
    ['a saved e-mail with CRLF line ends', crlf(emlLines), true],
    ['a saved e-mail with LF line ends', lf(emlLines), true],
    ['an Outlook e-mail with CRLF line ends', crlf(outlookLines), true],
    ['an Outlook e-mail with LF line ends', lf(outlookLines), true],
    ['header names in any case', lf(['FROM: a@exempel.se', 'subject: Hot', '', 'Text']), true],
    ['a header without a space after the colon', lf(['From:a@exempel.se', 'To:b@kommun.se']), true],
    // A message with headers and no body is still a message (RFC 5322: the body is optional).
    ['a header-only fragment (CRLF)', crlf(['From: a@exempel.se', 'Subject: Hot', '']), true],
    ['a header-only fragment (LF)', lf(['Date: Mon, 2 Mar 2026 18:31:05 +0100', 'Message-ID: <x@y>']), true],
    [
      'a header-only fragment ending in a blank line',
      crlf(['From: a@exempel.se', 'To: b@kommun.se', '', '']),
      true,
    ],
    // Not e-mail.
    ['an empty file', '', false],
    ['plain text', lf(['Hej!', 'Jag fick ett hotfullt samtal i går kväll.', 'Mvh Anna']), false],
    ['plain text with CRLF', crlf(['Anteckning från mötet', '', 'Mannen skrek och slog i bordet.']), false],
    [
      'plain text that quotes headers after its first paragraph',
      lf(['Hej,', '', 'From: a@exempel.se', 'To: b@kommun.se', 'Subject: Hot']),
      false,
    ],
    ['plain text whose second line is a header', lf(['Hej', 'From: a@exempel.se', 'To: b@kommun.se']), false],
    ['a single header line', 'Subject: Hot', false],
    ['a single header line and a body', crlf(['Subject: Hot', '', 'Text']), false],
    [
      'two header lines of which one is an e-mail header',
      lf(['Subject: Hot', 'X-Mailer: Foo', '', 'x']),
      false,
    ],
    ['two header lines of which none is an e-mail header', lf(['Host: kommun.se', 'Accept: */*']), false],
    ['the same e-mail header twice', lf(['To: a@kommun.se', 'To: b@kommun.se', '', 'x']), false],
    ['Swedish labels, not e-mail headers', lf(['Från: Anna', 'Till: Bo', 'Ämne: Hot']), false],
    ['HTML', lf(['<html>', 'From: a@exempel.se', 'To: b@kommun.se', '</html>']), false],
    ['JSON', '{"from": "a@exempel.se", "to": "b@kommun.se", "subject": "Hot"}', false],
  ];

  it.each(cases.map(([label, text, expected]) => ({ label, text, expected })))(
    '$label → $expected',
    ({ text, expected }) => {
      expect(looksLikeEmailMessage(text)).toBe(expected);
    },
  );
});

/** A name as a test title shows it: long names by their length. */
function shown(name: string): string {
  const length = [...name].length;
  return length > 40 ? `${length} characters` : name;
}

describe('safeFileName: a name to show and to offer in a download, never a path', () => {
  const a300 = `${'a'.repeat(296)}.png`;
  const emoji300 = '📷'.repeat(300);

  const cases: readonly (readonly [label: string, original: string, expected: string])[] = [
    ['an ordinary name', 'skärmdump 2026-03-02 kl. 18.31.png', 'skärmdump 2026-03-02 kl. 18.31.png'],
    // Paths: only the last segment is kept.
    ['a Unix path that climbs out', '../../etc/passwd', 'passwd'],
    ['an absolute Unix path', '/etc/passwd', 'passwd'],
    ['a Windows path', 'C:\\x\\y.png', 'y.png'],
    ['a Windows path that climbs out', '..\\..\\windows\\system32\\cmd.exe', 'cmd.exe'],
    ['mixed separators', 'mapp\\under/bild.pdf', 'bild.pdf'],
    ['a folder name (ends with a separator)', 'mapp/', 'fil'],
    ['a path ending in ..', 'mapp/..', 'fil'],
    ['a path ending in .', 'mapp/.', 'fil'],
    // Control characters are removed.
    ['a NUL byte', 'bild\u0000.png', 'bild.png'],
    ['a line break (header injection)', 'rad1\r\nSet-Cookie: x.png', 'rad1Set-Cookie: x.png'],
    ['a tab', 'a\tb.png', 'ab.png'],
    ['a terminal escape', '\u001b[31mröd.png', '[31mröd.png'],
    ['DEL', 'del\u007f.png', 'del.png'],
    ['only control characters', '\u0000\u0001\u001f', 'fil'],
    // Spaces around the name.
    ['spaces around the name', '  bild.png  ', 'bild.png'],
    ['control characters hiding spaces around a dot', '\u0000 . \u0000', 'fil'],
    // Length: at most 200 characters (code points, never half an emoji).
    ['200 characters', 'b'.repeat(200), 'b'.repeat(200)],
    ['201 characters', 'b'.repeat(201), 'b'.repeat(200)],
    // The extension survives the cut.
    ['300 characters', a300, `${'a'.repeat(196)}.png`],
    ['300 emoji', emoji300, '📷'.repeat(200)],
    // Names that are no name at all.
    ['.', '.', 'fil'],
    ['..', '..', 'fil'],
    ['the empty name', '', 'fil'],
    ['spaces only', '   ', 'fil'],
    ['.. with spaces', ' .. ', 'fil'],
  ];

  it.each(
    cases.map(([label, original, expected]) => ({ label, original, expected, shown: shown(expected) })),
  )('$label → $shown', ({ original, expected }) => {
    expect(safeFileName(original)).toBe(expected);
  });

  // The doc comment promises "no control characters"; C1 controls (U+0080–U+009F, Unicode Cc)
  // such as NEL (U+0085) and CSI (U+009B) are control characters too, and are kept today.
  it.each<[string, string, string]>([
    ['NEL (U+0085)', 'a\u0085b.png', 'ab.png'],
    ['CSI (U+009B)', '\u009b31mröd.png', '31mröd.png'],
  ])('removes the C1 control %s: %j → %j', (_label, original, expected) => {
    expect(safeFileName(original)).toBe(expected);
  });

  it.each<[string, string]>([
    ['a Unix path', '../../etc/passwd'],
    ['a Windows path', 'C:\\x\\y.png'],
    ['separators, controls and line breaks', 'a/b\\c/../d\u0000\r\n.pdf'],
    ['1000 characters', 'x'.repeat(1000)],
    ['a slash', '/'],
    ['a backslash', '\\'],
    ['nothing', ''],
    ['a space', ' '],
    ['.', '.'],
    ['..', '..'],
  ])(
    '%s gives a name without separators or ASCII controls, 1–200 characters, not . or ..',
    (_label, original) => {
      const name = safeFileName(original);
      expect(name).not.toMatch(/[\\/]/u);
      // eslint-disable-next-line no-control-regex
      expect(name).not.toMatch(/[\u0000-\u001f\u007f]/u);
      expect([...name].length).toBeGreaterThanOrEqual(1);
      expect([...name].length).toBeLessThanOrEqual(200);
      expect(['.', '..']).not.toContain(name);
    },
  );
});
