import type { z } from '@/lib/zod';
import { env } from '@/config/env';
import { sessionStore } from './session';
import { EMPTY_SEGMENT, segment } from './segment';
export { API_ERROR_CODES } from './error-codes';
export type { FieldError } from './error-codes';
import type { FieldError } from './error-codes';

/*
 * The one place requests are built: base URL, bearer token, `X-User-Name` from the signed-in user,
 * the optional `X-Saml-Token` / `X-Application-Id`, timeouts, and the translation of every failure
 * into one typed `ApiError`.
 */

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response' | 'aborted';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** The provider's error code, e.g. `400002`, when the body carried one. */
  readonly code: string | undefined;
  readonly fieldErrors: FieldError[];
  /** For a 401: the token the refused request was sent with. */
  readonly refusedToken: string | undefined;

  constructor(init: {
    kind: ApiErrorKind;
    status?: number;
    code?: string;
    message: string;
    fieldErrors?: FieldError[];
    cause?: unknown;
    /** For a 401: the token the request was sent with. */
    refusedToken?: string;
  }) {
    super(init.message, { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status ?? 0;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? [];
    this.refusedToken = this.status === 401 ? init.refusedToken : undefined;
  }

  /** A 401 after which the user has signed in again: what failed can simply be sent again. */
  get signedInSince(): boolean {
    const token = sessionStore.get()?.token;
    return this.status === 401 && token !== undefined && token !== this.refusedToken;
  }

  get isNotFound() {
    return this.status === 404;
  }
  get isUnauthorized() {
    return this.status === 401;
  }
  /** Worth trying again: the server failed or the network did, not the request. */
  get isTransient() {
    return this.kind === 'network' || this.kind === 'timeout' || this.status >= 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/**
 * A 401 the user has not signed in again since: the sign-in prompt over the page is the answer
 * (it reloads what failed), not a retry or a message of its own.
 */
export const awaitsSignIn = (error: unknown): boolean =>
  isApiError(error) && error.status === 401 && !error.signedInSince;

type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];
export type Query = Record<string, QueryValue>;

/** Builds `/incidents/${id}` with every interpolated segment percent-encoded. */
export function path(strings: TemplateStringsArray, ...segments: (string | number)[]): string {
  return strings.reduce(
    (acc, part, i) => acc + part + (i < segments.length ? segment(segments[i] as string) : ''),
    '',
  );
}

/**
 * A route with an empty reference or one that is `.` or `..` (written plainly or as `%2E`) would
 * reach another resource than the one it names — URL parsing resolves `…/items/..` to the order
 * above — so it is refused before anything is sent. (A route's own trailing slash, as a configured
 * case route may have, is fine.)
 */
function checkSegments(route: string): void {
  const bad = route
    .split('?')[0]
    ?.split('/')
    .slice(1)
    .find((part) => part.includes(EMPTY_SEGMENT) || /^(\.|%2e){1,2}$/i.test(part));
  if (bad === undefined) return;
  throw new ApiError({
    kind: 'http',
    status: 400,
    code: '400002',
    message: bad.includes(EMPTY_SEGMENT)
      ? 'A reference in the address is empty.'
      : `"${decodeURIComponent(bad)}" is not a valid reference.`,
  });
}

export function buildUrl(baseUrl: string, route: string, query?: Query): string {
  checkSegments(route);
  const origin = typeof location === 'undefined' ? 'http://localhost' : location.origin;
  const url = new URL(baseUrl.replace(/\/$/, '') + route, origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    // Arrays are sent as repeated keys, as the document asks (`?status=New&status=Solved`).
    if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, String(v));
    else url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/** Header values must be Latin-1; anything beyond is percent-encoded (the sandbox decodes it). */
function headerSafe(value: string): string {
  return /^[\u0020-\u00FF]*$/.test(value) ? value : encodeURIComponent(value);
}

export function authHeaders(): Record<string, string> {
  const session = sessionStore.get();
  const headers: Record<string, string> = {};
  if (session) {
    headers.Authorization = `Bearer ${session.token}`;
    headers['X-User-Name'] = headerSafe(session.user.userName);
    if (session.samlToken) headers['X-Saml-Token'] = session.samlToken;
  }
  if (env.applicationId) headers['X-Application-Id'] = env.applicationId;
  return headers;
}

/** The token each answered request was sent with (a 401 says which sign-in it refused). */
const sentWith = new WeakMap<Response, string | undefined>();

function errorFromBody(
  status: number,
  bodyText: string,
  statusText: string,
  sentToken: string | undefined,
): ApiError {
  let code: string | undefined;
  let message = statusText || `HTTP ${status}`;
  let fieldErrors: FieldError[] = [];
  try {
    const body: unknown = JSON.parse(bodyText);
    if (body && typeof body === 'object') {
      const b = body as Record<string, unknown>;
      const rawCode = b.code ?? b.errorCode;
      if (typeof rawCode === 'string' || typeof rawCode === 'number') code = String(rawCode);
      // The OSS/J API names the exception instead: `{ "illegalArgumentException": "…" }` [TT-12].
      const exception = Object.keys(b).find((k) => /exception$/i.test(k));
      const rawMessage = b.message ?? b.error ?? (exception ? b[exception] : undefined);
      if (typeof rawMessage === 'string' && rawMessage) message = rawMessage;
      const rawFields = b.fieldErrors ?? b.errors;
      if (Array.isArray(rawFields)) {
        fieldErrors = rawFields.flatMap((f: unknown) => {
          if (!f || typeof f !== 'object') return [];
          const { field, message: m } = f as Record<string, unknown>;
          return typeof field === 'string'
            ? [{ field, message: typeof m === 'string' ? m : '' }]
            : [];
        });
      }
    }
  } catch {
    if (bodyText.trim() && bodyText.length < 300) message = bodyText.trim();
  }
  if (!code) {
    const fallback = (
      {
        400: '400002',
        401: '401003',
        403: '403001',
        404: '404002',
        500: '500001',
        503: '503001',
      } as Record<number, string>
    )[status];
    code = fallback;
  }
  // A 401 for a sign-in that has since been renewed (the request was on its way) asks no one to
  // sign in again.
  if (status === 401 && sentToken === sessionStore.get()?.token) sessionStore.notifyUnauthorized();
  return new ApiError({
    kind: 'http',
    status,
    code,
    message,
    fieldErrors,
    refusedToken: sentToken,
  });
}

function parseWith<T>(schema: z.ZodMiniType<T>, data: unknown, status: number): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ApiError({
      kind: 'invalid-response',
      status,
      message: 'The server sent a response the portal could not read.',
      cause: result.error,
    });
  }
  return result.data;
}

function parseJsonText(text: string, status: number): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ApiError({
      kind: 'invalid-response',
      status,
      message: 'The server sent a response that is not valid JSON.',
      cause,
    });
  }
}

interface BaseRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below the base URL, built with `path\`\``. */
  route: string;
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  baseUrl?: string;
  timeoutMs?: number;
  headers?: Record<string, string>;
}

async function send(req: BaseRequest): Promise<Response> {
  const url = buildUrl(req.baseUrl ?? env.apiBaseUrl, req.route, req.query);
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...authHeaders(),
    ...req.headers,
  };
  let body: BodyInit | undefined;
  if (req.body instanceof FormData) body = req.body;
  else if (req.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(req.body);
  }
  const timeout = AbortSignal.timeout(req.timeoutMs ?? env.apiTimeoutMs);
  const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
  const token = sessionStore.get()?.token;
  try {
    const response = await fetch(url, { method: req.method ?? 'GET', headers, body, signal });
    sentWith.set(response, token);
    return response;
  } catch (cause) {
    if (req.signal?.aborted) {
      throw new ApiError({ kind: 'aborted', message: 'The request was cancelled.', cause });
    }
    if (timeout.aborted) {
      throw new ApiError({ kind: 'timeout', message: 'The server did not answer in time.', cause });
    }
    throw new ApiError({ kind: 'network', message: 'The server could not be reached.', cause });
  }
}

async function ensureOk(response: Response): Promise<Response> {
  if (response.ok) return response;
  const text = await response.text().catch(() => '');
  throw errorFromBody(response.status, text, response.statusText, sentWith.get(response));
}

/** A request whose answer is JSON, parsed by `schema` (an empty 2xx body parses as `undefined`). */
export async function requestJson<T>(req: BaseRequest & { schema: z.ZodMiniType<T> }): Promise<T> {
  const response = await ensureOk(await send(req));
  const text = await response.text();
  return parseWith(req.schema, parseJsonText(text, response.status), response.status);
}

/** A request whose answer carries no data we need (200/204, with or without a body). */
export async function requestVoid(req: BaseRequest): Promise<void> {
  const response = await ensureOk(await send(req));
  await response.body?.cancel();
}

export interface DownloadedFile {
  blob: Blob;
  fileName: string | undefined;
  contentType: string;
}

/** `filename*=UTF-8''…` wins over `filename="…"` (RFC 6266). */
export function fileNameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* fall through to the plain form */
    }
  }
  const plain = /filename\s*=\s*"((?:[^"\\]|\\.)*)"|filename\s*=\s*([^;]+)/.exec(header);
  const name = plain?.[1] ?? plain?.[2];
  return name ? name.replace(/\\(.)/g, '$1').trim() : undefined;
}

/** A raw file download [ST-13]. */
export async function requestFile(req: BaseRequest): Promise<DownloadedFile> {
  const response = await ensureOk(
    await send({ ...req, headers: { Accept: '*/*', ...req.headers } }),
  );
  const contentType = response.headers.get('Content-Type') ?? 'application/octet-stream';
  const blob = await response.blob();
  return {
    blob: blob.type ? blob : new Blob([blob], { type: contentType }),
    fileName: fileNameFromDisposition(response.headers.get('Content-Disposition')),
    contentType,
  };
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * A multipart upload through XMLHttpRequest, because fetch reports no upload progress.
 * Same headers, same errors as every other call.
 */
export function requestUpload<T>(
  req: Omit<BaseRequest, 'body' | 'method'> & {
    form: FormData;
    schema: z.ZodMiniType<T>;
    onProgress?: (progress: UploadProgress) => void;
  },
): Promise<T> {
  if (typeof XMLHttpRequest === 'undefined') {
    // Outside a browser (Node, tests): same request through fetch, without progress events.
    return requestJson({ ...req, method: 'POST', body: req.form });
  }
  return new Promise<T>((resolve, reject) => {
    if (req.signal?.aborted) {
      reject(new ApiError({ kind: 'aborted', message: 'The request was cancelled.' }));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(req.baseUrl ?? env.apiBaseUrl, req.route, req.query));
    xhr.timeout = req.timeoutMs ?? 5 * 60_000;
    const headers = { Accept: 'application/json', ...authHeaders(), ...req.headers };
    const token = sessionStore.get()?.token;
    for (const [key, value] of Object.entries(headers)) xhr.setRequestHeader(key, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) req.onProgress?.({ loaded: event.loaded, total: event.total });
    };
    const onAbort = () => xhr.abort();
    req.signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => req.signal?.removeEventListener('abort', onAbort);
    xhr.onload = () => {
      done();
      const text = typeof xhr.responseText === 'string' ? xhr.responseText : '';
      if (xhr.status < 200 || xhr.status >= 300) {
        reject(errorFromBody(xhr.status, text, xhr.statusText, token));
        return;
      }
      try {
        resolve(parseWith(req.schema, parseJsonText(text, xhr.status), xhr.status));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    xhr.onerror = () => {
      done();
      reject(new ApiError({ kind: 'network', message: 'The server could not be reached.' }));
    };
    xhr.ontimeout = () => {
      done();
      reject(new ApiError({ kind: 'timeout', message: 'The upload did not finish in time.' }));
    };
    xhr.onabort = () => {
      done();
      reject(new ApiError({ kind: 'aborted', message: 'The upload was cancelled.' }));
    };
    xhr.send(req.form);
  });
}

/**
 * A write that got no answer (it timed out, the connection dropped, or a gateway in front gave up
 * waiting: 502, 504): the server may have done it all the same, so the portal looks before it
 * offers to send it again.
 */
export const isUnanswered = (error: unknown): boolean =>
  isApiError(error) &&
  (error.kind === 'timeout' ||
    error.kind === 'network' ||
    (error.kind === 'http' && (error.status === 502 || error.status === 504)));
