/**
 * Evidence files (issue 3 §5): screenshots, PDFs, e-mails and voice mail, up to 20 MB each. The
 * type is decided from the content, never from the name or the client's claim.
 */

/** Largest accepted file, in bytes (20 MiB). */
export const maxEvidenceBytes = 20 * 1024 * 1024;

/** The content types Värn keeps, as detected from the file's bytes. */
export const allowedEvidenceTypes: readonly string[] = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/heic',
  'image/heif',
  'application/pdf',
  'message/rfc822',
  'application/vnd.ms-outlook',
  'audio/mpeg',
  'audio/mp4',
  'audio/x-m4a',
  'audio/aac',
  'audio/wav',
  'audio/ogg',
  'audio/ogg; codecs=opus',
  'audio/amr',
];

/** Whether a detected content type may be stored. */
export function isAllowedEvidenceType(contentType: string | null): contentType is string {
  return contentType !== null && allowedEvidenceTypes.includes(contentType);
}

/**
 * Whether text is an e-mail message (RFC 5322): it starts with header lines, among them at least
 * two of From, To, Subject, Date, Message-ID, Received or MIME-Version. `.eml` files have no
 * magic number, so this is how they are recognised.
 */
export function looksLikeEmailMessage(text: string): boolean {
  const header = text.replace(/\r\n/gu, '\n').split('\n\n')[0] ?? '';
  const lines = header.split('\n').filter((line) => line.length > 0);
  if (lines.length < 2 || !/^[A-Za-z][\w-]*:/u.test(lines[0] ?? '')) return false;
  const names = new Set(
    lines.flatMap((line) => {
      const match = /^([A-Za-z][\w-]*):/u.exec(line);
      return match?.[1] ? [match[1].toLowerCase()] : [];
    }),
  );
  const known = ['from', 'to', 'subject', 'date', 'message-id', 'received', 'mime-version'];
  return known.filter((name) => names.has(name)).length >= 2;
}

/**
 * A file name that is safe to show and to offer in a download header: no path, no control or
 * format characters, at most 200 characters with the extension kept. The stored file is never
 * addressed by this name.
 */
export function safeFileName(original: string): string {
  const base = original.split(/[\\/]/u).pop() ?? '';
  const cleaned = base.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  if (cleaned === '' || cleaned === '.' || cleaned === '..') return 'fil';
  const characters = [...cleaned];
  if (characters.length <= 200) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  return characters.slice(0, 200 - [...extension].length).join('') + extension;
}

/** What a content sniffer found: a MIME type and its usual extension. */
export interface DetectedType {
  readonly mime: string;
  readonly ext: string;
}

/**
 * The content type to store for a file, from what its bytes are (`detected`, or the first
 * kilobytes as text when no magic number matched) — or null when Värn does not keep such files.
 * An Outlook message (.msg) is a Compound File: accepted when the name says .msg; a mailbox
 * (.pst) is not evidence of one incident and is refused.
 */
export function evidenceContentType(
  detected: DetectedType | null,
  originalName: string,
  head: string,
): string | null {
  if (detected === null) return looksLikeEmailMessage(head) ? 'message/rfc822' : null;
  if (detected.mime === 'application/x-cfb')
    return /\.msg$/iu.test(originalName) ? 'application/vnd.ms-outlook' : null;
  if (detected.ext === 'pst') return null;
  return isAllowedEvidenceType(detected.mime) ? detected.mime : null;
}
