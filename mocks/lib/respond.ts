import { HttpResponse } from 'msw';
import type { HttpResponseResolver } from 'msw';
import type { z } from '@/lib/zod';
import { API_ERROR_CODES } from '@/api/error-codes';
import type { FieldError } from '@/api/error-codes';
import { DEMO_USERS } from '@/config/demo-users';
import type { Role } from '@/api/session';

/*
 * Shared plumbing for the sandbox handlers: documented error bodies, auth and audit headers, and
 * request validation with the portal's own zod schemas.
 */

export type ErrorCode = keyof typeof API_ERROR_CODES;

/** A failure a handler throws; `handle()` turns it into the documented JSON error body. */
export class SandboxError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
  }
}

export function errorResponse(
  status: number,
  code: ErrorCode,
  detail?: string,
  fieldErrors: FieldError[] = [],
) {
  const message = detail ? `${API_ERROR_CODES[code]}: ${detail}` : API_ERROR_CODES[code];
  const challenge = challengeFor(status, code);
  return HttpResponse.json(
    { code, message, ...(fieldErrors.length ? { fieldErrors } : {}) },
    { status, headers: challenge },
  );
}

/** A 401 says how to authenticate (RFC 9110 §11.6.1; RFC 6750 §3 for an expired token). */
export function challengeFor(status: number, code: string): Record<string, string> | undefined {
  if (status !== 401) return undefined;
  return {
    'WWW-Authenticate':
      code === '401003'
        ? 'Bearer realm="sandbox", error="invalid_token", error_description="The token has expired"'
        : 'Bearer realm="sandbox"',
  };
}

/** An error answer in the shape of the API `path` belongs to (see errorBody). */
export function errorResponseFor(path: string, status: number, code: ErrorCode, detail?: string) {
  if (apiOfPath(path) === 'other') return errorResponse(status, code, detail);
  return HttpResponse.json(errorBody(path, status, code, detail ?? API_ERROR_CODES[code]), {
    status,
    headers: challengeFor(status, code),
  });
}

/** What a missing field's error says; what makes an answer 400001 (missing) rather than 400002. */
const REQUIRED = 'is required';

export const missing = (fields: string[]) =>
  new SandboxError(
    400,
    '400001',
    fields.map((field) => `${field} is required`).join('; '),
    fields.map((field) => ({ field, message: REQUIRED })),
  );
export const invalid = (detail: string, fieldErrors: FieldError[] = []) =>
  new SandboxError(400, '400002', detail, fieldErrors);
export const notFound = (detail: string) => new SandboxError(404, '404002', detail);
export const forbidden = (detail: string) => new SandboxError(403, '403001', detail);

export interface Caller {
  userName: string | undefined;
  role: Role;
  /** The caller named itself (X-User-Name) as one of the portal's demo users. */
  demoUser: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Node's HTTP parser reads header bytes as latin1, so raw UTF-8 ("Bjørn") arrives as "BjÃ¸rn".
 * A value whose characters are all bytes and form valid UTF-8 with at least one non-ASCII byte
 * is read as UTF-8; anything else (plain latin1 such as a lone "ø") is left as it is.
 */
function fromRawUtf8(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[\x80-\xff]/.test(value) || /[^\x00-\xff]/.test(value)) return value;
  try {
    return utf8.decode(Uint8Array.from(value, (c) => c.charCodeAt(0)));
  } catch {
    return value;
  }
}

function decodeHeader(value: string | null): string | undefined {
  if (value === null) return undefined;
  const trimmed = fromRawUtf8(value.trim());
  if (!trimmed) return undefined;
  if (!/%[0-9A-Fa-f]{2}/.test(trimmed)) return trimmed;
  try {
    return decodeURIComponent(trimmed);
  } catch {
    return trimmed;
  }
}

export interface AuthRules {
  /** The document marks `X-User-Name*` on this endpoint. */
  audit?: boolean;
  /** The document marks `X-Saml-Token*` and `X-Application-Id*` on this endpoint [ST-6]. */
  saml?: boolean;
}

const MAX_USER_NAME = 255;

/** 401 without a bearer token, 401003 for an expired one, 400001 without a required header. */
export function authenticate(request: Request, rules: AuthRules = {}): Caller {
  const auth = request.headers.get('Authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(auth.trim());
  if (!match?.[1]) {
    throw new SandboxError(401, '401002', 'send Authorization: Bearer <token>');
  }
  if (match[1].startsWith('expired')) {
    throw new SandboxError(401, '401003', 'sign in again');
  }
  const userName = decodeHeader(request.headers.get('X-User-Name'));
  if (rules.audit && !userName) throw missing(['X-User-Name']);
  // On a write the name is stored as its author, and shown wherever that is listed.
  const writes = !['GET', 'HEAD', 'OPTIONS'].includes(request.method);
  if (writes && userName !== undefined && userName.length > MAX_USER_NAME) {
    throw invalid(`X-User-Name is at most ${MAX_USER_NAME} characters`, [
      { field: 'X-User-Name', message: `at most ${MAX_USER_NAME} characters` },
    ]);
  }
  if (rules.saml) {
    const absent = ['X-Saml-Token', 'X-Application-Id'].filter(
      (h) => !decodeHeader(request.headers.get(h)),
    );
    if (absent.length) throw missing(absent);
  }
  const role = roleOf(userName);
  return { userName, role: role ?? 'customer', demoUser: role !== undefined };
}

/** The role of one of the portal's demo users, by name (any letter case); else undefined. */
export function roleOf(userName: string | undefined): Role | undefined {
  return DEMO_USERS.find((u) => u.userName.toLowerCase() === userName?.toLowerCase())?.role;
}

export async function readJson(request: Request): Promise<unknown> {
  const bytes = await request.arrayBuffer();
  let text: string;
  try {
    // Strictly: a body in another encoding (Latin-1 "Bj\xf8rn") is refused, not stored garbled.
    text = utf8.decode(bytes);
  } catch {
    throw invalid('the body is not valid UTF-8 (JSON is sent as UTF-8)');
  }
  if (text.trim() === '') return undefined;
  const type = request.headers.get('content-type');
  if (!isJsonType(type)) {
    // As the providers' gateways answer: a body is read as JSON only when it says it is JSON.
    throw new SandboxError(
      415,
      '400002',
      `the body is sent as ${type?.split(';')[0]?.trim() || 'no media type'}; send JSON with Content-Type: application/json`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw invalid('the body is not valid JSON');
  }
  checkJsonValue(body);
  return body;
}

/** `application/json`, or a JSON-based type (`application/merge-patch+json`), any parameters. */
const isJsonType = (type: string | null) =>
  /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type?.trim() ?? '');

/**
 * What every JSON body the sandbox reads must be, however it came (a body, a form's JSON part):
 * at most `MAX_BODY_DEPTH` levels deep, and text throughout (no unpaired surrogate).
 */
export function checkJsonValue(body: unknown): void {
  if (depthOf(body) > MAX_BODY_DEPTH)
    throw invalid(`the body nests deeper than ${MAX_BODY_DEPTH} levels`);
  const broken = unpairedSurrogateAt(body);
  if (broken !== undefined) {
    // The broken text itself is not echoed (a key's escape would break the answer too).
    const field = broken.replace(/\p{Cs}/gu, '\uFFFD');
    throw invalid(`${field || 'the body'} is not valid Unicode (an unpaired surrogate escape)`, [
      { field, message: 'is not valid Unicode (an unpaired surrogate escape)' },
    ]);
  }
}

/**
 * Where a parsed body holds a string with an unpaired surrogate (`"\ud800"` is valid JSON but no
 * text: it cannot be written as UTF-8, and stored it would break strict readers of every list
 * it appears in), as a field path (`contacts.0.firstName`; '' for the body itself); else
 * undefined. Keys count as well as values.
 */
function unpairedSurrogateAt(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [node, path] = stack.pop() as [unknown, string];
    if (typeof node === 'string') {
      if (UNPAIRED_SURROGATE.test(node)) return path;
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    for (const [key, child] of Object.entries(node)) {
      const at = path ? `${path}.${key}` : key;
      if (UNPAIRED_SURROGATE.test(key)) return at;
      stack.push([child, at]);
    }
  }
  return undefined;
}

const UNPAIRED_SURROGATE = /\p{Cs}/u;

/** No documented body nests nearly this deep; a deeper one is refused before it is stored. */
export const MAX_BODY_DEPTH = 32;

/** How deep arrays and objects nest in a parsed JSON value (without recursion). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > MAX_BODY_DEPTH) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/** The value at a dotted path (`createdBy.userName`), or undefined. */
function valueAt(record: Record<string, unknown>, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'object' ? 'an object' : `a ${type}`;
}

/** Messages that say what is wrong, where zod's defaults read "Invalid input". */
const issueMessage: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return REQUIRED;
    if (typeof issue.input === 'number' && !Number.isFinite(issue.input))
      return 'is a number too large to read';
    if (issue.expected === 'int') return `must be a whole number, not ${kindOf(issue.input)}`;
    const expected = issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a';
    return `must be ${expected} ${issue.expected}, not ${kindOf(issue.input)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1)
    return 'must not be empty';
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const most = issue.code === 'too_big';
    const limit = Number(most ? issue.maximum : issue.minimum);
    const bound =
      issue.inclusive === false ? (most ? 'under' : 'over') : most ? 'at most' : 'at least';
    if (issue.origin === 'string') return `must be ${bound} ${limit} characters`;
    if (issue.origin === 'array') return `must have ${bound} ${limit} items`;
    if (issue.origin === 'number') return `must be ${bound} ${limit}`;
  }
  if (issue.code === 'invalid_value')
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return undefined;
};

type Issue = z.core.$ZodIssue;

const pathOf = (issue: Issue, prefix: PropertyKey[] = []) =>
  [...prefix, ...issue.path].map(String).join('.');

/** One issue as "what is wrong"; a union lists what each of its forms lacks. */
function describeIssue(issue: Issue): string {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const forms = issue.errors.map((branch) =>
      branch.map((i) => `${pathOf(i) || 'it'} ${describeIssue(i)}`).join(' and '),
    );
    return `matches none of the ${forms.length} allowed forms: either ${forms.join(', or ')}`;
  }
  return issue.message;
}

export interface BodyRules {
  /** Fields (dotted paths) that must be present and not blank: 400001 when they are not. */
  mandatory?: readonly string[];
  /** Fields that may be absent, but when present must not be blank either (400001). */
  notBlank?: readonly string[];
  /** Further checks on the raw body, reported with the schema's (400002). */
  check?: (body: Record<string, unknown>) => FieldError[];
  /**
   * What the body is ("an incident"): a field its schema does not have is refused (400002)
   * instead of dropped, so a caller never gets a success for a change that was not made.
   */
  fieldsOf?: string;
}

/** The schema under `optional`/`nullable` wrappers. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  while (s._zod.def.type === 'optional' || s._zod.def.type === 'nullable') {
    s = (s._zod.def as unknown as { innerType: z.core.$ZodType }).innerType;
  }
  return s;
}

/** Keys of `value` (at any depth of nested objects) that `schema`'s objects do not define. */
function unknownFields(
  schema: z.core.$ZodType,
  value: unknown,
  owner: string,
  prefix = '',
): FieldError[] {
  const s = unwrap(schema);
  // A list's items against the item's model (`contacts.0.fax`).
  if (s._zod.def.type === 'array' && Array.isArray(value)) {
    const element = (s._zod.def as unknown as { element: z.core.$ZodType }).element;
    return value.flatMap((item, i) => unknownFields(element, item, owner, `${prefix}${i}.`));
  }
  if (s._zod.def.type !== 'object' || !value || typeof value !== 'object' || Array.isArray(value))
    return [];
  const shape = (s._zod.def as unknown as { shape: Record<string, z.core.$ZodType> }).shape;
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => {
    const field = `${prefix}${key}`;
    const child = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!child) return [{ field, message: `is not a field of ${owner}` }];
    return unknownFields(child, inner, field, `${field}.`);
  });
}

/**
 * Validates a JSON body and reports every problem at once: the mandatory fields that are missing
 * or blank (400001 when there is any) and the schema's and `check`'s field errors (else 400002),
 * all in the message and in `fieldErrors`.
 */
export function validateBody<S extends z.ZodMiniType>(
  schema: S,
  body: unknown,
  rules: BodyRules = {},
): z.output<S> {
  const mandatory = rules.mandatory ?? [];
  if (body === undefined || body === null) {
    if (mandatory.length) throw missing([...mandatory]);
    throw missing(['body']);
  }
  if (typeof body !== 'object' || Array.isArray(body))
    throw invalid('the body must be a JSON object');
  const record = body as Record<string, unknown>;
  const absent = mandatory.filter((field) => isBlank(valueAt(record, field)));
  const blank = (rules.notBlank ?? []).filter((field) => {
    const value = valueAt(record, field);
    return value !== undefined && isBlank(value) && !absent.includes(field);
  });
  absent.push(...blank);
  const under = (field: string) =>
    absent.some((a) => field === a || field.startsWith(`${a}.`) || a.startsWith(`${field}.`));
  const result = schema.safeParse(body, { error: issueMessage });
  const problems: FieldError[] = [
    ...absent.map((field) => ({
      field,
      message: blank.includes(field) ? 'must not be blank' : REQUIRED,
    })),
    ...(result.success ? [] : result.error.issues)
      .map((issue) => ({ field: pathOf(issue) || 'body', message: describeIssue(issue) }))
      .filter((f) => !under(f.field)),
    ...(rules.check?.(record) ?? []).filter((f) => !under(f.field)),
    ...(rules.fieldsOf ? unknownFields(schema, record, rules.fieldsOf) : []),
  ];
  if (problems.length) {
    // A field the schema needs that is not there (`contact.name` of a contact sent without one)
    // is missing as much as a mandatory one.
    const anyMissing = absent.length > 0 || problems.some((f) => f.message === REQUIRED);
    throw new SandboxError(
      400,
      anyMissing ? '400001' : '400002',
      problems.map((f) => `${f.field} ${f.message}`).join('; '),
      problems,
    );
  }
  if (!result.success) throw new Error('unreachable: a failed parse reports problems');
  return result.data;
}

/** Wraps a resolver so thrown `SandboxError`s become documented error responses. */
type ResolverInfo = Parameters<HttpResponseResolver>[0];

export function handle(
  resolver: (info: ResolverInfo) => Promise<Response> | Response,
): HttpResponseResolver {
  return async (info) => {
    try {
      return await resolver(info);
    } catch (error) {
      if (error instanceof SandboxError) {
        return errorResponse(error.status, error.code, error.message, error.fieldErrors);
      }
      console.error('[sandbox] unexpected failure', error);
      return errorResponse(500, '500001');
    }
  };
}

export function emptyResponse(status: 200 | 204) {
  return new HttpResponse(null, { status });
}

/** Which API a request path belongs to, for the error shape of answers made outside its handlers. */
export function apiOfPath(path: string): 'trouble-tickets' | 'service-orders' | 'other' {
  if (/^\/troubleTicket(\/|$)/.test(path)) return 'trouble-tickets';
  if (/^\/tenants(\/|$)/.test(path)) return 'service-orders';
  return 'other';
}

/**
 * An error the server itself gives (before or beside the handlers), in the error shape of the API
 * the path belongs to: one-key exception objects for the OSS/J trouble tickets [TT-12],
 * `{ status, error, message }` for the service orders, `{ code, message }` for the others.
 */
export function errorBody(
  path: string,
  status: number,
  code: string,
  detail: string,
): Record<string, string | number> {
  const api = apiOfPath(path);
  if (api === 'trouble-tickets')
    return {
      [status === 404
        ? 'objectNotFoundException'
        : status >= 500
          ? 'remoteException'
          : 'illegalArgumentException']: detail,
    };
  if (api === 'service-orders')
    return { status, error: STATUS_TEXT[status] ?? 'Error', message: detail };
  const known = (API_ERROR_CODES as Record<string, string | undefined>)[code];
  return { code, message: known ? `${known}: ${detail}` : detail };
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  401: 'Unauthorized',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The address of a resource just made in the collection `request` was sent to (as requested). */
export function locationOf(request: Request, id: string): string {
  const collection = new URL(request.url).pathname.replace(/\/+$/, '');
  return `${collection}/${encodeURIComponent(id)}`;
}
