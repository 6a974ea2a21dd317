import type { ValidationIssue } from './field-messages';

/** A UTF-16 surrogate without its pair (a pair is one astral code point, never `\p{Cs}`). */
const loneSurrogate = /\p{Cs}/u;

/**
 * Whether a text can be stored as it was sent: it holds no NUL character (PostgreSQL text and
 * jsonb cannot store one) and no lone UTF-16 surrogate (not Unicode: encoded as UTF-8 it would
 * silently become U+FFFD). Neither can be typed; both arrive only in a crafted request.
 */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !loneSurrogate.test(text);
}

/** At most this many issues are reported for one value (the answer stays small). */
const maxIssues = 50;

/** A place in the walked value: its key and the place it is in (paths are built only for issues). */
interface Place {
  readonly key: PropertyKey;
  readonly parent: Place | undefined;
}

function pathOf(place: Place | undefined): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at = place; at; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * Issues (message key `invalid_characters`) for every string and every object key of an
 * untrusted value — a parsed JSON body, the query or the path parameters — that
 * {@link isStorableText} refuses, at any depth. The walk keeps its own stack, so a body nested
 * a hundred thousand levels deep neither exhausts the call stack nor takes quadratic time.
 */
export function unstorableTextIssues(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const issue = (place: Place | undefined): ValidationIssue => ({
    code: 'custom',
    path: pathOf(place),
    message: 'invalid_characters',
  });
  const pending: { value: unknown; place: Place | undefined }[] = [{ value, place: undefined }];
  for (let next = pending.pop(); next && issues.length < maxIssues; next = pending.pop()) {
    const { value: current, place } = next;
    if (typeof current === 'string') {
      if (!isStorableText(current)) issues.push(issue(place));
    } else if (Array.isArray(current)) {
      current.forEach((item: unknown, index) =>
        pending.push({ value: item, place: { key: index, parent: place } }),
      );
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const child = { key, parent: place };
        if (isStorableText(key)) pending.push({ value: item, place: child });
        else issues.push(issue(child));
      }
    }
  }
  return issues.slice(0, maxIssues);
}
