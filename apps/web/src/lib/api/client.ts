import type { CsrfResponse, ErrorBody } from '@varn/contracts';
import { getLocale } from '../i18n/locale-store';

/**
 * The one way the client talks to the API: JSON over same-origin fetch, the UI language in
 * `Accept-Language`, the CSRF token on every state-changing request.
 *
 * Answers have the shared contracts' types; the client does not check them again, because the
 * server sends nothing its response schema refuses (ADR 015). That keeps zod, and every contract
 * schema, out of the JavaScript a phone must load before a page is usable: forms load the schema
 * they validate with when it is needed (`lib/errors.ts`).
 */

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Codes the client itself produces when no usable answer came from the server. */
export const ClientErrorCode = { Network: 'network_error', InvalidResponse: 'invalid_response' } as const;

/** A failed request. `message` is the server's translated text, or '' when the client must word it. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
    /** Field path → translated message. */
    readonly fields: Readonly<Record<string, string>>,
    /** From `Retry-After` on 429 and 503. */
    readonly retryAfterSeconds: number | null,
  ) {
    super(message);
  }
}

/** Session events that the whole app reacts to, whichever request noticed them. */
export type ApiEvent =
  | { readonly type: 'unauthenticated'; readonly code: 'unauthenticated' | 'session_expired' }
  | { readonly type: 'mfa_enrolment_required' };

let eventHandler: ((event: ApiEvent) => void) | null = null;

/** Registers the session's listener; returns the function that removes it. */
export function onApiEvent(handler: (event: ApiEvent) => void): () => void {
  eventHandler = handler;
  return () => {
    if (eventHandler === handler) eventHandler = null;
  };
}

let csrfToken: Promise<string> | null = null;

/** Fetches a new CSRF token (it is tied to a cookie, so after login and logout too). */
export function refreshCsrfToken(): Promise<string> {
  const pending = send<CsrfResponse>('GET', '/api/auth/csrf', {}).then((body) => body.token);
  csrfToken = pending;
  pending.catch(() => {
    if (csrfToken === pending) csrfToken = null;
  });
  return pending;
}

function currentCsrfToken(): Promise<string> {
  return csrfToken ?? refreshCsrfToken();
}

/** Options of one request. */
export interface RequestOptions {
  readonly body?: unknown;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly signal?: AbortSignal | undefined;
  /** `false` for the one state-changing request that needs no token: the login itself. */
  readonly csrf?: boolean;
  /** Extra request headers (e.g. `Idempotency-Key`). */
  readonly headers?: Readonly<Record<string, string>>;
  /** A multipart body (file upload); sent instead of JSON. */
  readonly formData?: FormData;
}

/** Sends a request and returns the parsed body; throws {@link ApiError} (or the abort error). */
export async function apiRequest<T>(method: Method, path: string, options: RequestOptions): Promise<T> {
  const withCsrf = method !== 'GET' && options.csrf !== false;
  try {
    return await send(method, path, options, withCsrf ? await currentCsrfToken() : null);
  } catch (error) {
    if (withCsrf && error instanceof ApiError && error.code === 'csrf_invalid') {
      // The token may be stale (the cookie changed in another tab): fetch a new one and try once more.
      const token = await refreshCsrfToken();
      return send(method, path, options, token);
    }
    throw error;
  }
}

async function send<T>(
  method: Method,
  path: string,
  options: RequestOptions,
  csrf: string | null = null,
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': getLocale(),
    ...options.headers,
  };
  if (options.body !== undefined && options.formData === undefined)
    headers['Content-Type'] = 'application/json';
  if (csrf !== null) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      // A FormData body sets its own multipart Content-Type with the boundary.
      body: options.formData ?? (options.body === undefined ? null : JSON.stringify(options.body)),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, ClientErrorCode.Network, '', {}, null);
  }
  if (!response.ok) throw await readError(response);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(response.status, ClientErrorCode.InvalidResponse, '', {}, null);
  }
  return json as T;
}

/** A downloaded file: its bytes and the name the server gave it (`Content-Disposition`), if any. */
export interface DownloadedFile {
  readonly blob: Blob;
  readonly fileName: string | null;
}

/**
 * `GET`s a file that is not JSON (a PDF). Fails like {@link apiRequest}, with the server's
 * translated error, so that a failure can be shown instead of being saved as the file.
 */
export async function apiDownload(path: string, signal?: AbortSignal): Promise<DownloadedFile> {
  let response: Response;
  let blob: Blob;
  try {
    response = await fetch(path, {
      headers: { Accept: '*/*', 'Accept-Language': getLocale() },
      credentials: 'same-origin',
      signal: signal ?? null,
    });
    if (!response.ok) throw await readError(response);
    blob = await response.blob();
  } catch (error) {
    if (error instanceof ApiError || signal?.aborted) throw error;
    throw new ApiError(0, ClientErrorCode.Network, '', {}, null);
  }
  return { blob, fileName: fileNameOf(response.headers.get('Content-Disposition')) };
}

/** The file name in `Content-Disposition`: the UTF-8 `filename*` (RFC 6266) before the ASCII one. */
function fileNameOf(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/iu.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // fall back to the plain name
    }
  }
  return /filename="([^"]*)"/iu.exec(header)?.[1] ?? null;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Error code to use when the body is not our JSON error (a proxy's HTML page, say). */
function codeForStatus(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'body_too_large';
  if (status === 429) return 'too_many_requests';
  if (status === 502 || status === 503 || status === 504) return 'service_unavailable';
  return 'internal_error';
}

function retryAfter(response: Response): number | null {
  const header = response.headers.get('Retry-After');
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Whether an error answer is ours (a proxy's HTML page or a bare 502 is not). */
function isErrorBody(body: unknown): body is ErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error: unknown = body.error;
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, fields } = error as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    typeof message === 'string' &&
    (fields === undefined ||
      (typeof fields === 'object' &&
        fields !== null &&
        Object.values(fields).every((value) => typeof value === 'string')))
  );
}

async function readError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const ours = isErrorBody(body) ? body.error : null;
  const error = ours
    ? new ApiError(response.status, ours.code, ours.message, ours.fields ?? {}, retryAfter(response))
    : new ApiError(response.status, codeForStatus(response.status), '', {}, retryAfter(response));
  if (response.status === 401 && (error.code === 'unauthenticated' || error.code === 'session_expired')) {
    eventHandler?.({ type: 'unauthenticated', code: error.code });
  } else if (response.status === 403 && error.code === 'mfa_enrolment_required') {
    eventHandler?.({ type: 'mfa_enrolment_required' });
  }
  return error;
}

/** Whether a rejection is only the abort of a request nobody waits for any more. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
