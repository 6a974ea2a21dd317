/**
 * The page to return to after login, from `?next=`. Only paths inside this site are accepted,
 * so a crafted link cannot send the user elsewhere after they have logged in.
 */
export function safeNext(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}

/** `?next=…` to pass on, or '' when there is nowhere special to return to. */
export function nextQuery(next: string | null): string {
  return next ? `?next=${encodeURIComponent(next)}` : '';
}
