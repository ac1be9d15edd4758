import { HttpResponse } from 'msw';
import { route } from '../lib/routes';
import type { HttpResponseResolver } from 'msw';
import { bytesToBase64, makePdf } from '../lib/files';
import { SandboxError, locationOf, readJson } from '../lib/respond';
import { iso } from './store';
import type { Collection, Doc, OrderChildren, ServiceOrderStore } from './store';

/*
 * The tenant/store Service Orders sandbox: the 32 operations of API-INVENTORY §4 on their INFERRED
 * paths (§4.0.2), at `/tenants/{tenantId}` (no prefix; another one is not found). The document
 * gives summaries and parameter descriptions only [SO-1]; where it leaves room, the sandbox reads
 * it so:
 * - lists answer a page `{ items, page, pageSize, totalCount, totalPages }`; `page` starts at 1,
 *   `pageSize` is 1–100 (20 by default) [SO-9]; `sortBy` names a field, `sortOrder` is `ASC` or
 *   `DESC` (any case), and a `sortBy` of `ASC`/`DESC` is read as the direction [SO-5]; empty
 *   values sort last either way; a query parameter the list does not take is a 400 naming those
 *   it does (the filters also under the record's own names and with a `[]` suffix);
 * - creates answer 201 with the stored record and its generated id, updates (PUT or PATCH) merge
 *   the body into the record and answer it, deletes answer 204 "No Content" [SO-2]; an order is
 *   answered with its items (they have no list of their own [SO-12]);
 * - bodies are open objects (their fields are undocumented), but the fields the inventory infers
 *   are checked when sent: references match `^[A-Za-z0-9_-]+$` (the document's patterns are
 *   anchored at the start only [SO-3, SO-4]) and must exist (`serviceType`, `serviceStatusId`,
 *   `hourlyRateId`), a new status needs its `position` (a whole number from 1), a sales order
 *   its customer reference (the one required reference the document prints, §4.1.29), `hours`
 *   is 0–24, dates are real `YYYY-MM-DD` dates, addresses are objects of short values, and
 *   ids, service numbers and timestamps are the server's;
 * - search (`POST …/service-orders/search`, or `GET` with the same fields as query parameters)
 *   matches case-insensitive parts ("Anna" finds Johanna); `query` searches customer, service
 *   number and title at once, and then `customer` and `service` are ignored [SO-8]; `dateFrom` /
 *   `dateTo` (GTE / LTE) apply to the creation date; the array fields filter as the list's do;
 *   paging may come in the body too; a field it does not know, or of the wrong type, is a 400;
 * - reports follow `Accept` [SO-11], with its q-values: `application/octet-stream` gets the PDF,
 *   `application/json` (or no Accept, or any type) a JSON object with the PDF base64-encoded under
 *   `content`; a request that accepts neither is 406;
 * - the public page (`…/service-orders/public/{hash}`) needs no token and shows no customer
 *   contact details, assignee or internal references;
 * - auth is not documented: no token is needed, but an expired one is still refused (401);
 * - path ids are letters, digits, `-` and `_` (at most 100): another is a 400; reading a tenant
 *   or store that was never written to stores nothing;
 * - errors are `{ status, error, message }`; a method the document does not have on one of its
 *   paths is a 405 with `Allow` [SO-12], a path it does not have a 404.
 */

const REF = /^[A-Za-z0-9_-]+$/;
const OPTIONAL_REF = /^[A-Za-z0-9_-]*$/;
const PATH_ID = /^[A-Za-z0-9_-]{1,100}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ROOT = /^\/tenants\//;

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
};

function failure(status: number, message: string, headers?: Record<string, string>) {
  return HttpResponse.json(
    { status, error: REASONS[status] ?? 'Error', message },
    { status, headers },
  );
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}
const bad = (message: string) => new Refusal(400, message);
const notFound = (message: string) => new Refusal(404, message);

type Info = Parameters<HttpResponseResolver>[0];
type Params = Record<string, string>;

/**
 * A resolver for the document's paths: at the root only (anything else falls through to "not
 * found"), path ids checked, refusals answered in this API's error shape.
 */
function handle(resolver: (info: Info, params: Params) => Response | Promise<Response>) {
  return async (info: Info) => {
    if (!ROOT.test(new URL(info.request.url).pathname)) return undefined;
    try {
      const auth = info.request.headers.get('Authorization') ?? '';
      if (/^Bearer\s+expired/i.test(auth.trim()))
        throw new Refusal(401, 'the token has expired: sign in again', {
          'WWW-Authenticate':
            'Bearer realm="sandbox", error="invalid_token", error_description="The token has expired"',
        });
      const params: Params = {};
      for (const [name, value] of Object.entries(info.params)) {
        const v = String(Array.isArray(value) ? value[0] : value);
        if (!/^\d+$/.test(name) && !PATH_ID.test(v))
          throw bad(
            `${name} must be letters, digits, - and _ (at most 100), not ${v.slice(0, 40)}`,
          );
        params[name] = v;
      }
      return await resolver(info, params);
    } catch (error) {
      if (error instanceof Refusal) return failure(error.status, error.message, error.headers);
      if (error instanceof SandboxError) return failure(error.status, error.message);
      console.error('[sandbox] unexpected failure', error);
      return failure(500, 'the sandbox failed');
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Bodies
// ---------------------------------------------------------------------------------------------

type Check = (value: unknown) => string | null;

const text =
  (max: number): Check =>
  (v) =>
    typeof v !== 'string'
      ? 'must be text'
      : v.length > max
        ? `must have at most ${max} characters`
        : null;
const reference =
  (required: boolean): Check =>
  (v) =>
    typeof v === 'string' && v.length <= 100 && (required ? REF : OPTIONAL_REF).test(v)
      ? null
      : `must be a reference of letters, digits, - and _${required ? '' : ' (or empty)'}`;
const number =
  (min: number, max: number, whole = false): Check =>
  (v) =>
    typeof v === 'number' &&
    Number.isFinite(v) &&
    v >= min &&
    v <= max &&
    (!whole || Number.isInteger(v))
      ? null
      : `must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}`;

/** A real calendar date: `2026-02-30` is none. */
function isDate(v: unknown): v is string {
  const m = typeof v === 'string' ? DATE.exec(v) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v;
}
const date: Check = (v) => (isDate(v) ? null : 'must be a date of the form 2006-05-04');

/** An object of short values (an address, a customer): text or numbers of at most 200. */
const flatObject: Check = (v) => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return 'must be an object';
  const wrong = Object.entries(v as Doc).find(
    ([, value]) =>
      !(typeof value === 'number' || (typeof value === 'string' && value.length <= 200)),
  );
  return wrong ? `.${wrong[0]} must be text (at most 200 characters) or a number` : null;
};
const customer: Check = (v) =>
  typeof v === 'string'
    ? text(200)(v)
    : v !== null && typeof v === 'object' && !Array.isArray(v)
      ? flatObject(v)
      : 'must be a name or an object';

interface BodyRules {
  checks: Record<string, Check>;
  /** Given by the server: refused when sent (unless equal to what is stored). */
  readOnly: string[];
  required?: string[];
  /** References that must name a record of the tenant. */
  refs?: Record<string, Collection>;
  /** Further checks on the whole body. */
  also?: (doc: Doc) => string[];
}

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

async function readBody(request: Request, rules: BodyRules, stored?: Doc): Promise<Doc> {
  const body = await readJson(request);
  if (body === undefined && stored) return {};
  if (body === null || body === undefined || typeof body !== 'object' || Array.isArray(body))
    throw bad('the body must be a JSON object');
  const doc = body as Doc;
  const problems: string[] = [];
  for (const key of Object.keys(doc))
    if (FORBIDDEN_KEYS.includes(key)) problems.push(`${key} is not a field name`);
  for (const field of rules.required ?? [])
    if (doc[field] === undefined && stored?.[field] === undefined)
      problems.push(`${field} is required`);
  for (const field of rules.readOnly)
    if (field in doc && JSON.stringify(doc[field]) !== JSON.stringify(stored?.[field]))
      problems.push(`${field} is given by the server and cannot be ${stored ? 'changed' : 'sent'}`);
  for (const [field, check] of Object.entries(rules.checks)) {
    if (doc[field] === undefined) continue;
    const problem = check(doc[field]);
    if (problem) problems.push(`${field}${problem.startsWith('.') ? '' : ' '}${problem}`);
    else {
      const target = rules.refs?.[field];
      if (target && doc[field] !== '' && !target.get(str(doc[field])))
        problems.push(
          `${field} ${str(doc[field])} does not exist (known: ${[...target.docs.keys()].join(', ')})`,
        );
    }
  }
  problems.push(...(rules.also?.(doc) ?? []));
  if (problems.length) throw bad(problems.join('; '));
  return doc;
}

/** A JSON value as text: strings as they are, numbers and booleans written, anything else ''. */
function str(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

// ---------------------------------------------------------------------------------------------
// Lists
// ---------------------------------------------------------------------------------------------

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return str(a).localeCompare(str(b), 'en', { numeric: true, sensitivity: 'base' });
}

function intParam(url: URL, name: string, fallback: number, min: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n) || n < min || n > max)
    throw bad(`${name} must be a whole number from ${min} to ${max}, not ${raw.slice(0, 20)}`);
  return n;
}

const PAGING = ['page', 'pageSize'];
const SORTING = ['sortBy', 'sortOrder'];

/** Refuses a query parameter the operation does not take (a `[]` suffix is read as none). */
function checkParams(url: URL, allowed: readonly string[]) {
  const unknown = [...new Set(url.searchParams.keys())]
    .map((k) => k.replace(/\[\]$/, ''))
    .filter((k) => !allowed.includes(k));
  if (unknown.length)
    throw bad(
      `${unknown.join(', ')} ${unknown.length > 1 ? 'are not parameters' : 'is not a parameter'} here; it takes ${allowed.join(', ')}`,
    );
}

interface ListShape {
  idField: string;
  defaultSort: string;
  sortable: readonly string[];
  /** The document gives the list paging and no sort: `sortBy` and `sortOrder` are refused. */
  pagingOnly?: true;
}

/** The query parameters a list takes. */
const listParams = (shape: ListShape) => (shape.pagingOnly ? PAGING : [...PAGING, ...SORTING]);

/** One page of `docs`, sorted by `sortBy`/`sortOrder` (`sortable` fields) and paged. */
function page(url: URL, docs: Doc[], shape: ListShape) {
  let sortBy = url.searchParams.get('sortBy') || shape.defaultSort;
  const given = url.searchParams.get('sortOrder');
  let order = (given || 'ASC').toUpperCase();
  // The direction enum is printed under the sort field's description [SO-5].
  if (/^(asc|desc)$/i.test(sortBy)) {
    if (given && given.toUpperCase() !== sortBy.toUpperCase())
      throw bad(`sortBy ${sortBy} and sortOrder ${given} ask for opposite directions`);
    order = sortBy.toUpperCase();
    sortBy = shape.defaultSort;
  }
  if (order !== 'ASC' && order !== 'DESC') throw bad('sortOrder must be ASC or DESC');
  if (!shape.sortable.includes(sortBy))
    throw bad(`sortBy must be one of ${shape.sortable.join(', ')}, not ${sortBy.slice(0, 40)}`);
  const pageSize = intParam(url, 'pageSize', 20, 1, 100);
  const totalCount = docs.length;
  const totalPages = Math.max(1, Math.ceil(totalCount / pageSize));
  const p = intParam(url, 'page', 1, 1, 1_000_000);
  const sign = order === 'DESC' ? -1 : 1;
  const sorted = [...docs].sort((a, b) => {
    const [x, y] = [a[sortBy], b[sortBy]];
    // Records without the value come last, whichever the direction.
    if (isEmpty(x) || isEmpty(y)) return Number(isEmpty(x)) - Number(isEmpty(y));
    return sign * compare(x, y) || compare(a[shape.idField], b[shape.idField]);
  });
  return HttpResponse.json({
    items: sorted.slice((p - 1) * pageSize, p * pageSize),
    page: p,
    pageSize,
    totalCount,
    totalPages,
  });
}

// ---------------------------------------------------------------------------------------------
// Service orders
// ---------------------------------------------------------------------------------------------

const ORDERS: ListShape = {
  idField: 'serviceOrderUid',
  defaultSort: 'serviceOrderUid',
  sortable: [
    'serviceOrderUid',
    'serviceNumber',
    'title',
    'state',
    'serviceType',
    'assignedUser',
    'createdFromStore',
    'priority',
    'createdAt',
    'updatedAt',
  ],
};

/** The list filters: the inventory's names, the record's own field, and that field's values. */
const FILTERS = {
  state: 'state',
  serviceTypes: 'serviceType',
  assignedUsers: 'assignedUser',
  createdFromStores: 'createdFromStore',
  priorities: 'priority',
} as const;
const FILTER_NAMES = [...Object.keys(FILTERS), ...Object.values(FILTERS)].filter(
  (n, i, all) => all.indexOf(n) === i,
);

/** An array filter: repeated keys, comma-separated values, or one value. */
function filterValues(raw: unknown): string[] {
  const list = Array.isArray(raw) ? (raw as unknown[]) : isEmpty(raw) ? [] : [raw];
  return list
    .flatMap((v) => str(v).split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

function matchesFilters(order: Doc, source: (name: string) => unknown): boolean {
  return Object.entries(FILTERS).every(([param, field]) => {
    const wanted = [...filterValues(source(param)), ...filterValues(source(field))];
    return wanted.length === 0 || wanted.includes(str(order[field]).toLowerCase());
  });
}

const contains = (value: unknown, part: string) =>
  str(value).toLowerCase().includes(part.toLowerCase());

function customerText(order: Doc): string {
  const c = order.customer;
  if (typeof c === 'string') return c;
  if (c && typeof c === 'object')
    return Object.values(c as Doc)
      .filter((v) => typeof v === 'string')
      .join(' ');
  return '';
}

/** A service order as the public page shows it: no contact details or internal references. */
function publicView(order: Doc, statusName: unknown) {
  return {
    serviceNumber: order.serviceNumber,
    title: order.title,
    state: order.state,
    status: statusName,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
  };
}

const SEARCH_TEXT = ['query', 'customer', 'service', 'serviceNumber'];
const SEARCH_FIELDS = [...SEARCH_TEXT, 'dateFrom', 'dateTo', ...FILTER_NAMES];

/** The media type a request's Accept prefers among `offered` (q-values honoured), or null. */
function negotiate(accept: string | null, offered: readonly string[]): string | null {
  if (!accept || !accept.trim()) return offered[0] ?? null;
  const ranges = accept.split(',').map((part) => {
    const [type = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    return { type: type.trim(), q: q === undefined ? 1 : Number(q) };
  });
  const quality = (type: string) => {
    const [main] = type.split('/');
    const match =
      ranges.find((r) => r.type === type) ??
      ranges.find((r) => r.type === `${main}/*`) ??
      ranges.find((r) => r.type === '*/*');
    return match?.q ?? 0;
  };
  let best: string | null = null;
  let bestQ = 0;
  for (const type of offered) {
    const q = quality(type);
    if (q > bestQ) [best, bestQ] = [type, q];
  }
  return best;
}

export function createServiceOrderHandlers(store: ServiceOrderStore) {
  const now = () => iso(store.clock());
  let nextNumber = 20001;
  const T = '*/tenants/:tenantId';
  const S = `${T}/stores/:storeId/service-orders`;
  const O = `${S}/:serviceOrderId`;

  const tenantOf = (p: Params, write = false) => store.tenant(p.tenantId ?? '', write);
  const ordersOf = (p: Params, write = false) =>
    store.store(p.tenantId ?? '', p.storeId ?? '', write).orders;

  function order(p: Params): Doc {
    const found = ordersOf(p).get(p.serviceOrderId ?? '');
    if (!found) throw notFound(`no service order ${p.serviceOrderId} in store ${p.storeId}`);
    return found;
  }
  function kids(p: Params): OrderChildren {
    order(p);
    return store.children(p.tenantId ?? '', p.storeId ?? '', p.serviceOrderId ?? '');
  }
  function one(c: Collection, id: string | undefined, what: string): Doc {
    const found = c.get(id ?? '');
    if (!found) throw notFound(`no ${what} ${id}`);
    return found;
  }
  /** An order as answered: with its items, which have no list of their own [SO-12]. */
  const withItems = (p: Params, doc: Doc) => ({ ...doc, items: kids(p).items.all() });

  function orderRules(p: Params): BodyRules {
    const t = tenantOf(p);
    return {
      checks: {
        title: text(200),
        description: text(4000),
        customer,
        state: reference(true),
        serviceStatusId: reference(true),
        serviceType: reference(true),
        assignedUser: reference(false),
        createdFromStore: reference(false),
        // `NONE`, then "Available options: ^[A-Za-z0-9-_]*" [SO-6].
        priority: reference(false),
      },
      readOnly: [
        'serviceOrderUid',
        'serviceNumber',
        'publicHash',
        'createdAt',
        'updatedAt',
        'items',
      ],
      refs: { serviceType: t.serviceTypes, serviceStatusId: t.serviceStatuses },
    };
  }

  function notify(p: Params, message: string) {
    const c = order(p).customer;
    kids(p).notifications.add({
      channel: 'SMS',
      recipient: c && typeof c === 'object' ? (c as Doc).phone : undefined,
      message,
      sentAt: now(),
    });
  }

  function search(p: Params, fields: (name: string) => unknown, url: URL) {
    for (const name of SEARCH_TEXT) {
      const v = fields(name);
      if (v !== undefined && typeof v !== 'string') throw bad(`${name} must be text`);
    }
    for (const name of FILTER_NAMES) {
      const v = fields(name);
      const ok =
        v === undefined ||
        typeof v === 'string' ||
        (Array.isArray(v) && v.every((x) => typeof x === 'string'));
      if (!ok) throw bad(`${name} must be text or a list of texts`);
    }
    for (const name of ['dateFrom', 'dateTo']) {
      const v = fields(name);
      if (v !== undefined && v !== '' && !isDate(v))
        throw bad(`${name} must be a date of the form 2006-05-04`);
    }
    const query = str(fields('query')).trim();
    const customerPart = query ? '' : str(fields('customer')).trim();
    const servicePart = query ? '' : str(fields('service') ?? fields('serviceNumber')).trim();
    const from = str(fields('dateFrom'));
    const to = str(fields('dateTo'));
    const docs = ordersOf(p)
      .all()
      .filter((o) => {
        if (query && ![customerText(o), o.serviceNumber, o.title].some((v) => contains(v, query)))
          return false;
        if (customerPart && !contains(customerText(o), customerPart)) return false;
        if (servicePart && !contains(o.serviceNumber, servicePart)) return false;
        const day = str(o.createdAt).slice(0, 10);
        if (from && day < from) return false;
        if (to && day > to) return false;
        return matchesFilters(o, fields);
      });
    return page(url, docs, ORDERS);
  }

  /** 405 with what the path takes [SO-12]. */
  const allowOnly = (allow: string) =>
    handle(({ request }) => {
      throw new Refusal(405, `${request.method} is not an operation here; use ${allow}`, {
        Allow: allow,
      });
    });

  /** The get, update and delete of a child record, for the operations the document has. */
  function childRoutes(
    path: string,
    kind: keyof OrderChildren,
    idParam: string,
    what: string,
    rules: (p: Params) => BodyRules,
    ops: { get?: boolean; update?: boolean; remove?: boolean },
  ) {
    const get = handle((_info, p) => HttpResponse.json(one(kids(p)[kind], p[idParam], what)));
    const update = handle(async ({ request }, p) => {
      const doc = one(kids(p)[kind], p[idParam], what);
      const body = await readBody(request, rules(p), doc);
      Object.assign(doc, body, { updatedAt: now() });
      return HttpResponse.json(doc);
    });
    const remove = handle((_info, p) => {
      const c = kids(p)[kind];
      one(c, p[idParam], what);
      c.delete(p[idParam] ?? '');
      return new HttpResponse(null, { status: 204 });
    });
    const allow = [ops.get && 'GET', ops.update && 'PUT, PATCH', ops.remove && 'DELETE']
      .filter(Boolean)
      .join(', ');
    return [
      ...(ops.get ? [route.get(path, get)] : []),
      ...(ops.update ? [route.put(path, update), route.patch(path, update)] : []),
      ...(ops.remove ? [route.delete(path, remove)] : []),
      route.all(path, allowOnly(allow)),
    ];
  }

  function childCollection(
    path: string,
    kind: keyof OrderChildren,
    shape: ListShape | null,
    rules: ((p: Params) => BodyRules) | null,
    /** A new record has an address of its own (a GET), which its 201 gives as `Location`. */
    { addressed = false }: { addressed?: boolean } = {},
  ) {
    const list = handle(({ request }, p) => {
      const url = new URL(request.url);
      checkParams(url, listParams(shape as ListShape));
      return page(url, kids(p)[kind].all(), shape as ListShape);
    });
    const create = handle(async ({ request }, p) => {
      const c = kids(p)[kind];
      const body = await readBody(request, (rules as (p: Params) => BodyRules)(p));
      const doc = c.add({ ...body, createdAt: now() });
      const headers = addressed
        ? { Location: locationOf(request, str(doc[c.idField])) }
        : undefined;
      return HttpResponse.json(doc, { status: 201, headers });
    });
    const allow = [shape && 'GET', rules && 'POST'].filter(Boolean).join(', ');
    return [
      ...(shape ? [route.get(path, list)] : []),
      ...(rules ? [route.post(path, create)] : []),
      route.all(path, allowOnly(allow)),
    ];
  }

  const stamps = ['createdAt', 'updatedAt'];
  const itemRules = (): BodyRules => ({
    checks: {
      name: text(200),
      description: text(4000),
      productId: reference(false),
      quantity: number(0.001, 100_000),
      unitPrice: number(0, 10_000_000),
    },
    readOnly: ['itemId', ...stamps],
  });
  const eventRules = (): BodyRules => ({
    checks: { type: reference(true), text: text(4000), createdBy: reference(false) },
    readOnly: ['eventId', ...stamps],
  });
  const hoursRules = (p: Params): BodyRules => ({
    checks: {
      date,
      hours: number(0.01, 24),
      hourlyRateId: reference(false),
      user: reference(false),
      description: text(4000),
    },
    readOnly: ['hoursId', ...stamps],
    refs: { hourlyRateId: tenantOf(p).hourlyRates },
  });
  const salesRules = (): BodyRules => ({
    checks: {
      customerId: reference(true),
      reference: reference(false),
      orderAddress: flatObject,
      invoiceAddress: flatObject,
    },
    readOnly: ['salesOrderId', ...stamps],
    // The one required reference of #29 (`^[A-Za-z0-9-_]+`); its name is INFERRED.
    required: ['customerId'],
    // "Use invoiceAddress only if an order has a different invoice than orderAddress."
    also: (doc) =>
      doc.invoiceAddress !== undefined &&
      JSON.stringify(doc.invoiceAddress) === JSON.stringify(doc.orderAddress)
        ? ['invoiceAddress is the same as orderAddress: send it only when it differs']
        : [],
  });
  const statusRules = (): BodyRules => ({
    checks: { name: text(100), position: number(1, 1000, true) },
    readOnly: ['serviceStatusId'],
  });
  const rateRules = (): BodyRules => ({
    checks: {
      code: reference(false),
      name: text(100),
      ratePerHour: number(0, 1_000_000),
      currency: (v) =>
        typeof v === 'string' && /^[A-Z]{3}$/.test(v)
          ? null
          : 'must be a currency code such as NOK',
    },
    readOnly: ['hourlyRateId'],
  });
  const typeRules = (p: Params): BodyRules => ({
    checks: { name: text(100), description: text(4000), defaultHourlyRateId: reference(false) },
    readOnly: ['serviceTypeId'],
    refs: { defaultHourlyRateId: tenantOf(p).hourlyRates },
  });

  /** Tenant-level catalogues: list, and create/update where the document has them. */
  function tenantCollection(
    path: string,
    kind: 'serviceTypes' | 'serviceStatuses' | 'hourlyRates',
    idParam: string,
    what: string,
    shape: ListShape,
    rules: (p: Params) => BodyRules,
    create: { required: string[] } | null,
  ) {
    const list = handle(({ request }, p) => {
      const url = new URL(request.url);
      checkParams(url, listParams(shape));
      return page(url, tenantOf(p)[kind].all(), shape);
    });
    const add = handle(async ({ request }, p) => {
      const body = await readBody(request, { ...rules(p), required: create?.required });
      return HttpResponse.json(tenantOf(p, true)[kind].add(body), { status: 201 });
    });
    const update = handle(async ({ request }, p) => {
      const doc = one(tenantOf(p)[kind], p[idParam], what);
      const body = await readBody(request, rules(p), doc);
      const t = tenantOf(p, true);
      // The tenant is stored now, with its own copy of the catalogue.
      Object.assign(one(t[kind], p[idParam], what), body);
      return HttpResponse.json(one(t[kind], p[idParam], what));
    });
    const itemPath = `${path}/:${idParam}`;
    return [
      route.get(path, list),
      ...(create ? [route.post(path, add)] : []),
      route.all(path, allowOnly(create ? 'GET, POST' : 'GET')),
      route.put(itemPath, update),
      route.patch(itemPath, update),
      route.all(itemPath, allowOnly('PUT, PATCH')),
    ];
  }

  const listOrders = handle(({ request }, p) => {
    const url = new URL(request.url);
    checkParams(url, [...PAGING, ...SORTING, ...FILTER_NAMES]);
    const values = (name: string) => [
      ...url.searchParams.getAll(name),
      ...url.searchParams.getAll(`${name}[]`),
    ];
    const docs = ordersOf(p)
      .all()
      .filter((o) => matchesFilters(o, values));
    return page(url, docs, ORDERS);
  });

  const createOrder = handle(async ({ request }, p) => {
    const body = await readBody(request, orderRules(p));
    const orders = ordersOf(p, true);
    const at = now();
    const doc = orders.add({
      serviceNumber: `S-${nextNumber++}`,
      title: '',
      state: 'OPEN',
      serviceStatusId: 'received',
      priority: 'NONE',
      assignedUser: '',
      createdFromStore: p.storeId,
      ...body,
      createdAt: at,
      updatedAt: at,
    });
    doc.publicHash = store.publicHash(str(doc.serviceOrderUid));
    const q = { ...p, serviceOrderId: str(doc.serviceOrderUid) };
    notify(q, `Service order ${str(doc.serviceNumber)} is registered.`);
    return HttpResponse.json(withItems(q, doc), {
      status: 201,
      headers: { Location: locationOf(request, str(doc.serviceOrderUid)) },
    });
  });

  const getOrder = handle((_info, p) => HttpResponse.json(withItems(p, order(p))));

  const updateOrder = handle(async ({ request }, p) => {
    const doc = order(p);
    // The order as answered, sent back: its items come along unchanged, and are left as they are
    // (they change at …/items).
    const current = { ...doc, items: kids(p).items.all() };
    const body = await readBody(request, orderRules(p), current);
    delete body.items;
    const before = doc.state;
    Object.assign(doc, body, { updatedAt: now() });
    if (body.state !== undefined && body.state !== before) {
      kids(p).events.add({
        type: 'STATE_CHANGED',
        text: `State set to ${str(body.state)}`,
        createdAt: now(),
      });
      notify(p, `Your service order ${str(doc.serviceNumber)} is now ${str(body.state)}.`);
    }
    return HttpResponse.json(withItems(p, doc));
  });

  const deleteOrder = handle((_info, p) => {
    order(p);
    const s = store.store(p.tenantId ?? '', p.storeId ?? '');
    s.orders.delete(p.serviceOrderId ?? '');
    s.children.delete(p.serviceOrderId ?? '');
    return new HttpResponse(null, { status: 204 });
  });

  const searchPost = handle(async ({ request }, p) => {
    const raw = await readJson(request);
    if (raw !== undefined && (raw === null || typeof raw !== 'object' || Array.isArray(raw)))
      throw bad('the body must be a JSON object of search fields');
    const body = (raw ?? {}) as Doc;
    const url = new URL(request.url);
    checkParams(url, [...PAGING, ...SORTING]);
    const unknown = Object.keys(body).filter(
      (k) => ![...SEARCH_FIELDS, ...PAGING, ...SORTING].includes(k),
    );
    if (unknown.length)
      throw bad(
        `${unknown.join(', ')} ${unknown.length > 1 ? 'are not search fields' : 'is not a search field'}; the search takes ${SEARCH_FIELDS.join(', ')} (and paging)`,
      );
    // Paging and sorting in the body, as some clients send them, stand in for the query's; the
    // two may agree, but not ask for different things.
    for (const name of [...PAGING, ...SORTING]) {
      const value = body[name];
      if (value === undefined) continue;
      if (typeof value !== 'string' && typeof value !== 'number')
        throw bad(`${name} must be ${PAGING.includes(name) ? 'a whole number' : 'text'}`);
      const inQuery = url.searchParams.get(name);
      // The same page (`2` and `"2"`) or direction (`asc` and `ASC`) written two ways agrees.
      const same = (a: string, b: string) =>
        name === 'sortOrder'
          ? a.toUpperCase() === b.toUpperCase()
          : PAGING.includes(name)
            ? Number(a) === Number(b)
            : a === b;
      if (inQuery !== null && !same(inQuery, String(value)))
        throw bad(
          `${name} is ${inQuery.slice(0, 40)} in the query and ${String(value).slice(0, 40)} in the body; send it once`,
        );
      url.searchParams.set(name, String(value));
    }
    return search(p, (name) => body[name], url);
  });
  const searchGet = handle(({ request }, p) => {
    const url = new URL(request.url);
    checkParams(url, [...PAGING, ...SORTING, ...SEARCH_FIELDS]);
    return search(
      p,
      (name) => {
        const all = [...url.searchParams.getAll(name), ...url.searchParams.getAll(`${name}[]`)];
        return FILTER_NAMES.includes(name) ? all : (all[0] ?? undefined);
      },
      url,
    );
  });

  const byHash = handle(({ request }, p) => {
    // The hash may hold `+`, `/` and `=` [SO-10]: it is read whole, percent-decoded.
    const path = new URL(request.url).pathname;
    const marker = '/service-orders/public/';
    const raw = path.slice(path.indexOf(marker) + marker.length);
    let hash: string;
    try {
      hash = decodeURIComponent(raw);
    } catch {
      throw bad('the hash is not valid percent-encoding');
    }
    const found = ordersOf(p)
      .all()
      .find((o) => o.publicHash === hash);
    if (!found) throw notFound('no service order has this public page');
    const status = tenantOf(p).serviceStatuses.get(str(found.serviceStatusId));
    return HttpResponse.json(publicView(found, status?.name));
  });

  const report = handle(({ request }, p) => {
    const o = order(p);
    const c = kids(p);
    const hours = c.hours
      .all()
      .reduce((sum, h) => sum + (typeof h.hours === 'number' ? h.hours : 0), 0);
    const pdf = makePdf([
      `Service order ${str(o.serviceNumber)}`,
      str(o.title),
      `State: ${str(o.state)}`,
      `Items: ${c.items.docs.size}  Hours: ${hours}`,
    ]);
    const fileName = `service-order-${str(o.serviceNumber)}.pdf`;
    const type = negotiate(request.headers.get('Accept'), [
      'application/json',
      'application/octet-stream',
    ]);
    if (type === 'application/octet-stream') {
      return new HttpResponse(pdf, {
        headers: {
          // The same address answers the file or JSON by Accept: caches must keep them apart.
          Vary: 'Accept',
          'Content-Type': 'application/octet-stream',
          'Content-Disposition': `attachment; filename="${fileName}"`,
        },
      });
    }
    if (type === 'application/json') {
      return HttpResponse.json(
        { fileName, contentType: 'application/pdf', content: bytesToBase64(pdf) },
        { headers: { Vary: 'Accept' } },
      );
    }
    throw new Refusal(
      406,
      'send Accept: application/octet-stream (the file) or application/json (base64)',
    );
  });

  const noSuchPath = handle(({ request }) => {
    throw notFound(`no such resource: ${new URL(request.url).pathname}`);
  });

  return [
    // Literal segments before `{serviceOrderId}`: both match the id pattern (§4.0).
    route.post(`${S}/search`, searchPost),
    route.get(`${S}/search`, searchGet),
    route.all(`${S}/search`, allowOnly('POST, GET')),
    route.get(`${S}/public/*`, byHash),
    route.all(`${S}/public/*`, allowOnly('GET')),
    route.get(S, listOrders),
    route.post(S, createOrder),
    route.all(S, allowOnly('GET, POST')),
    route.get(O, getOrder),
    route.put(O, updateOrder),
    route.patch(O, updateOrder),
    route.delete(O, deleteOrder),
    route.all(O, allowOnly('GET, PUT, PATCH, DELETE')),
    // Items: add, update, delete; no list or get [SO-12].
    ...childCollection(`${O}/items`, 'items', null, itemRules),
    ...childRoutes(`${O}/items/:itemId`, 'items', 'itemId', 'item', itemRules, {
      update: true,
      remove: true,
    }),
    ...childCollection(
      `${O}/events`,
      'events',
      {
        idField: 'eventId',
        defaultSort: 'createdAt',
        sortable: ['eventId', 'type', 'createdAt', 'createdBy'],
      },
      eventRules,
      { addressed: true },
    ),
    ...childRoutes(`${O}/events/:eventId`, 'events', 'eventId', 'event', eventRules, {
      get: true,
      update: true,
      remove: true,
    }),
    ...childCollection(
      `${O}/hours`,
      'hours',
      {
        idField: 'hoursId',
        defaultSort: 'date',
        sortable: ['hoursId', 'date', 'hours', 'user', 'hourlyRateId', 'createdAt'],
      },
      hoursRules,
      { addressed: true },
    ),
    ...childRoutes(`${O}/hours/:hoursId`, 'hours', 'hoursId', 'hours entry', hoursRules, {
      get: true,
      update: true,
      remove: true,
    }),
    ...childCollection(
      `${O}/notifications`,
      'notifications',
      {
        idField: 'notificationId',
        defaultSort: 'sentAt',
        sortable: ['notificationId', 'channel', 'sentAt'],
      },
      null,
    ),
    // Sales orders and hourly rates have paging but no sorting in the document (§4.1.14,
    // §4.1.16 [SO-9]): they come in the order they were made, and a sort is refused.
    ...childCollection(
      `${O}/sales-orders`,
      'salesOrders',
      {
        idField: 'salesOrderId',
        defaultSort: 'createdAt',
        sortable: ['createdAt'],
        pagingOnly: true,
      },
      salesRules,
    ),
    route.get(`${O}/reports`, report),
    route.all(`${O}/reports`, allowOnly('GET')),
    ...tenantCollection(
      `${T}/service-types`,
      'serviceTypes',
      'serviceTypeId',
      'service type',
      { idField: 'serviceTypeId', defaultSort: 'name', sortable: ['serviceTypeId', 'name'] },
      typeRules,
      null,
    ),
    ...tenantCollection(
      `${T}/service-statuses`,
      'serviceStatuses',
      'serviceStatusId',
      'service status',
      {
        idField: 'serviceStatusId',
        defaultSort: 'position',
        sortable: ['serviceStatusId', 'name', 'position'],
      },
      statusRules,
      // `position` is the one field the document names (§4.1.27).
      { required: ['position'] },
    ),
    ...tenantCollection(
      `${T}/hourly-rates`,
      'hourlyRates',
      'hourlyRateId',
      'hourly rate',
      { idField: 'hourlyRateId', defaultSort: 'name', sortable: ['name'], pagingOnly: true },
      rateRules,
      { required: [] },
    ),
    route.all('*/tenants/*', noSuchPath),
  ];
}
