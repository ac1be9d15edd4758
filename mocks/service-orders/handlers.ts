import { http, HttpResponse } from 'msw';
import type { HttpResponseResolver } from 'msw';
import { bytesToBase64, makePdf } from '../lib/files';
import { SandboxError, readJson } from '../lib/respond';
import type { Collection, Doc, ServiceOrderStore } from './store';

/*
 * The tenant/store Service Orders sandbox: the 32 operations of API-INVENTORY §4 on its INFERRED
 * paths (§4.0.2), below `/tenants/{tenantId}`. The document gives summaries and parameter
 * descriptions only [SO-1]; where it leaves room, the sandbox reads it so:
 * - lists answer a page `{ items, page, pageSize, totalCount, totalPages }`; `page` starts at 1,
 *   `pageSize` is 1–100 (20 by default) [SO-9]; `sortBy` names a field, `sortOrder` is `ASC` or
 *   `DESC` (any case), and a `sortBy` of `ASC`/`DESC` is read as the direction [SO-5];
 * - creates answer 201 with the stored record and its generated id, updates (PUT or PATCH) merge
 *   the body into the record and answer it, deletes answer 204 "No Content" [SO-2];
 * - bodies are open objects (their fields are undocumented), but the fields the inventory infers
 *   are checked when sent: references match `^[A-Za-z0-9_-]+$` (the document's patterns are
 *   anchored at the start only [SO-3, SO-4]) and must exist (`serviceType`, `serviceStatusId`,
 *   `hourlyRateId`), `position` is a whole number from 1, `hours` is 0–24, dates are
 *   `YYYY-MM-DD`, addresses are objects; ids and timestamps are the server's;
 * - search (`POST …/service-orders/search`, or `GET` with the same fields as query parameters)
 *   matches case-insensitive parts ("Anna" finds Johanna); `query` searches customer, service
 *   number and title at once, and then `customer` and `service` are ignored [SO-8]; `dateFrom` /
 *   `dateTo` (GTE / LTE) apply to the creation date; the array fields filter as the list's do;
 * - reports follow `Accept` [SO-11]: `application/octet-stream` gets the PDF, `application/json`
 *   (or none, or `*` / `*`) a JSON object with the PDF base64-encoded under `content`; anything
 *   else is 406;
 * - the public page (`…/service-orders/public/{hash}`) needs no token and shows no customer
 *   contact details, assignee or internal references;
 * - auth is not documented: no token is needed, but an expired one is still refused (401);
 * - errors are `{ status, error, message }`; an operation the document does not have (get one
 *   item, delete a status …) is 405 with `Allow` [SO-12].
 */

const REF = /^[A-Za-z0-9_-]+$/;
const OPTIONAL_REF = /^[A-Za-z0-9_-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
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
  ) {
    super(message);
  }
}
const bad = (message: string) => new Refusal(400, message);
const notFound = (message: string) => new Refusal(404, message);

type Info = Parameters<HttpResponseResolver>[0];
type Params = Record<string, string>;

function handle(resolver: (info: Info, params: Params) => Response | Promise<Response>) {
  return async (info: Info) => {
    try {
      const auth = info.request.headers.get('Authorization') ?? '';
      if (/^Bearer\s+expired/i.test(auth.trim()))
        throw new Refusal(401, 'the token has expired: sign in again');
      const params = Object.fromEntries(
        Object.entries(info.params).map(([k, v]) => [k, String(Array.isArray(v) ? v[0] : v)]),
      );
      return await resolver(info, params);
    } catch (error) {
      if (error instanceof Refusal)
        return failure(
          error.status,
          error.message,
          error.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="sandbox"' } : undefined,
        );
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
    typeof v === 'string' && v.length <= max ? null : `must be text of at most ${max} characters`;
const reference =
  (required: boolean): Check =>
  (v) =>
    typeof v === 'string' && (required ? REF : OPTIONAL_REF).test(v)
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
const date: Check = (v) =>
  typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v))
    ? null
    : 'must be a date of the form 2006-05-04';
const object: Check = (v) =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? null : 'must be an object';
const customer: Check = (v) =>
  typeof v === 'string' || object(v) === null ? null : 'must be a name or an object';

interface BodyRules {
  checks: Record<string, Check>;
  /** Given by the server: refused when sent (unless equal to what is stored). */
  readOnly: string[];
  required?: string[];
  /** References that must name a record of the tenant. */
  refs?: Record<string, Collection>;
}

async function readBody(request: Request, rules: BodyRules, stored?: Doc): Promise<Doc> {
  const body = await readJson(request);
  if (body === undefined && stored) return {};
  if (body === null || body === undefined || typeof body !== 'object' || Array.isArray(body))
    throw bad('the body must be a JSON object');
  const doc = body as Doc;
  const problems: string[] = [];
  for (const field of rules.required ?? [])
    if (doc[field] === undefined && stored?.[field] === undefined)
      problems.push(`${field} is required`);
  for (const field of rules.readOnly)
    if (field in doc && doc[field] !== stored?.[field])
      problems.push(`${field} is given by the server and cannot be ${stored ? 'changed' : 'sent'}`);
  for (const [field, check] of Object.entries(rules.checks)) {
    if (doc[field] === undefined) continue;
    const problem = check(doc[field]);
    if (problem) problems.push(`${field} ${problem}`);
    else {
      const target = rules.refs?.[field];
      if (target && doc[field] !== '' && !target.get(str(doc[field])))
        problems.push(
          `${field} ${str(doc[field])} does not exist (known: ${[...target.docs.keys()].join(', ')})`,
        );
    }
  }
  if (problems.length) throw bad(problems.join('; '));
  return doc;
}

/** A JSON value as text: strings as they are, numbers and booleans written, anything else ''. */
function str(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

// ---------------------------------------------------------------------------------------------
// Lists
// ---------------------------------------------------------------------------------------------

function compare(a: unknown, b: unknown): number {
  if (a === undefined || a === null || a === '')
    return b === undefined || b === null || b === '' ? 0 : 1;
  if (b === undefined || b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return str(a).localeCompare(str(b), 'en', { numeric: true, sensitivity: 'base' });
}

function intParam(url: URL, name: string, fallback: number, min: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw bad(`${name} must be a whole number from ${min} to ${max}, not ${raw.slice(0, 20)}`);
  return n;
}

/** One page of `docs`, sorted by `sortBy`/`sortOrder` (`sortable` fields) and paged. */
function page(url: URL, docs: Doc[], defaultSort: string, sortable: readonly string[]) {
  let sortBy = url.searchParams.get('sortBy') || defaultSort;
  let order = (url.searchParams.get('sortOrder') || 'ASC').toUpperCase();
  // The direction enum is printed under the sort field's description [SO-5].
  if (/^(asc|desc)$/i.test(sortBy)) {
    order = sortBy.toUpperCase();
    sortBy = defaultSort;
  }
  if (order !== 'ASC' && order !== 'DESC') throw bad('sortOrder must be ASC or DESC');
  if (!sortable.includes(sortBy))
    throw bad(`sortBy must be one of ${sortable.join(', ')}, not ${sortBy.slice(0, 40)}`);
  const pageSize = intParam(url, 'pageSize', 20, 1, 100);
  const totalCount = docs.length;
  const totalPages = Math.max(1, Math.ceil(totalCount / pageSize));
  const p = intParam(url, 'page', 1, 1, 1_000_000);
  const sorted = [...docs].sort(
    (a, b) =>
      (order === 'DESC' ? -1 : 1) * compare(a[sortBy], b[sortBy]) ||
      compare(a[Object.keys(a)[0] ?? ''], b[Object.keys(b)[0] ?? '']),
  );
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

const ORDER_SORTABLE = [
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
] as const;

const FILTERS = {
  state: 'state',
  serviceTypes: 'serviceType',
  assignedUsers: 'assignedUser',
  createdFromStores: 'createdFromStore',
  priorities: 'priority',
} as const;

/** An array filter: repeated keys, comma-separated values, or one value. */
function filterValues(raw: unknown): string[] {
  const list = Array.isArray(raw)
    ? (raw as unknown[])
    : raw === undefined || raw === null
      ? []
      : [raw];
  return list
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

function matchesFilters(order: Doc, source: (name: string) => unknown): boolean {
  return Object.entries(FILTERS).every(([param, field]) => {
    const wanted = filterValues(source(param));
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

export function createServiceOrderHandlers(store: ServiceOrderStore, prefix = '*') {
  const now = () => iso(store.clock());
  let nextNumber = 20001;
  const T = `${prefix}/tenants/:tenantId`;
  const S = `${T}/stores/:storeId/service-orders`;
  const O = `${S}/:serviceOrderId`;

  function order(p: Params): Doc {
    const found = store.store(p.tenantId ?? '', p.storeId ?? '').orders.get(p.serviceOrderId ?? '');
    if (!found) throw notFound(`no service order ${p.serviceOrderId} in store ${p.storeId}`);
    return found;
  }
  function kids(p: Params) {
    order(p);
    return store.children(p.tenantId ?? '', p.storeId ?? '', p.serviceOrderId ?? '');
  }
  function one(c: Collection, id: string | undefined, what: string): Doc {
    const found = c.get(id ?? '');
    if (!found) throw notFound(`no ${what} ${id}`);
    return found;
  }
  const tenant = (p: Params) => store.tenant(p.tenantId ?? '');

  function orderRules(p: Params): BodyRules {
    const t = tenant(p);
    return {
      checks: {
        serviceNumber: text(40),
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
      readOnly: ['serviceOrderUid', 'publicHash', 'createdAt', 'updatedAt'],
      refs: { serviceType: t.serviceTypes, serviceStatusId: t.serviceStatuses },
    };
  }

  function notify(p: Params, message: string) {
    const o = order(p);
    const c = o.customer;
    store.children(p.tenantId ?? '', p.storeId ?? '', p.serviceOrderId ?? '').notifications.add({
      channel: 'SMS',
      recipient: c && typeof c === 'object' ? (c as Doc).phone : undefined,
      message,
      sentAt: now(),
    });
  }

  function search(p: Params, fields: (name: string) => unknown, url: URL) {
    const query = typeof fields('query') === 'string' ? String(fields('query')).trim() : '';
    const customerPart = query ? '' : str(fields('customer')).trim();
    const servicePart = query ? '' : str(fields('service') ?? fields('serviceNumber')).trim();
    const from = fields('dateFrom');
    const to = fields('dateTo');
    for (const [name, value] of [
      ['dateFrom', from],
      ['dateTo', to],
    ] as const) {
      if (value !== undefined && value !== '' && date(value)) throw bad(`${name} ${date(value)}`);
    }
    const docs = store
      .store(p.tenantId ?? '', p.storeId ?? '')
      .orders.all()
      .filter((o) => {
        if (query && ![customerText(o), o.serviceNumber, o.title].some((v) => contains(v, query)))
          return false;
        if (customerPart && !contains(customerText(o), customerPart)) return false;
        if (servicePart && !contains(o.serviceNumber, servicePart)) return false;
        const day = str(o.createdAt).slice(0, 10);
        if (typeof from === 'string' && from && day < from) return false;
        if (typeof to === 'string' && to && day > to) return false;
        return matchesFilters(o, fields);
      });
    return page(url, docs, 'serviceOrderUid', ORDER_SORTABLE);
  }

  const allowed = (allow: string) =>
    handle(({ request }) => {
      throw new Refusal(405, `${request.method} is not an operation here; use ${allow}`);
    });
  function withAllow(allow: string) {
    const h = allowed(allow);
    return async (info: Info) => {
      const r = await h(info);
      r.headers.set('Allow', allow);
      return r;
    };
  }

  /** The get, update and delete of a child record, for the operations the document has. */
  function childRoutes(
    path: string,
    kind: keyof ReturnType<typeof kids>,
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
      ...(ops.get ? [http.get(path, get)] : []),
      ...(ops.update ? [http.put(path, update), http.patch(path, update)] : []),
      ...(ops.remove ? [http.delete(path, remove)] : []),
      http.all(path, withAllow(allow)),
    ];
  }

  function childCollection(
    path: string,
    kind: keyof ReturnType<typeof kids>,
    defaultSort: string,
    sortable: readonly string[],
    rules: ((p: Params) => BodyRules) | null,
    canList = true,
  ) {
    const list = handle(({ request }, p) =>
      page(new URL(request.url), kids(p)[kind].all(), defaultSort, sortable),
    );
    const create = handle(async ({ request }, p) => {
      const c = kids(p)[kind];
      const body = await readBody(request, (rules as (p: Params) => BodyRules)(p));
      return HttpResponse.json(c.add({ ...body, createdAt: now() }), { status: 201 });
    });
    const allow = [canList && 'GET', rules && 'POST'].filter(Boolean).join(', ');
    return [
      ...(canList ? [http.get(path, list)] : []),
      ...(rules ? [http.post(path, create)] : []),
      http.all(path, withAllow(allow)),
    ];
  }

  const itemRules = (): BodyRules => ({
    checks: {
      name: text(200),
      description: text(4000),
      productId: reference(false),
      quantity: number(0.001, 100_000),
      unitPrice: number(0, 10_000_000),
    },
    readOnly: ['itemId', 'createdAt', 'updatedAt'],
  });
  const eventRules = (): BodyRules => ({
    checks: { type: reference(true), text: text(4000), createdBy: reference(false) },
    readOnly: ['eventId', 'createdAt', 'updatedAt'],
  });
  const hoursRules = (p: Params): BodyRules => ({
    checks: {
      date,
      hours: number(0.01, 24),
      hourlyRateId: reference(false),
      user: reference(false),
      description: text(4000),
    },
    readOnly: ['hoursId', 'createdAt', 'updatedAt'],
    refs: { hourlyRateId: tenant(p).hourlyRates },
  });
  const salesRules = (): BodyRules => ({
    checks: {
      customerId: reference(true),
      reference: reference(false),
      orderAddress: object,
      invoiceAddress: object,
    },
    readOnly: ['salesOrderId', 'createdAt', 'updatedAt'],
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
    refs: { defaultHourlyRateId: tenant(p).hourlyRates },
  });

  /** Tenant-level catalogues: list, and create/update where the document has them. */
  function tenantCollection(
    path: string,
    kind: 'serviceTypes' | 'serviceStatuses' | 'hourlyRates',
    idParam: string,
    what: string,
    defaultSort: string,
    sortable: readonly string[],
    rules: (p: Params) => BodyRules,
    canCreate: boolean,
    requiredOnCreate: string[] = [],
  ) {
    const list = handle(({ request }, p) =>
      page(new URL(request.url), tenant(p)[kind].all(), defaultSort, sortable),
    );
    const create = handle(async ({ request }, p) => {
      const body = await readBody(request, { ...rules(p), required: requiredOnCreate });
      return HttpResponse.json(tenant(p)[kind].add(body), { status: 201 });
    });
    const update = handle(async ({ request }, p) => {
      const doc = one(tenant(p)[kind], p[idParam], what);
      Object.assign(doc, await readBody(request, rules(p), doc));
      return HttpResponse.json(doc);
    });
    const itemPath = `${path}/:${idParam}`;
    return [
      http.get(path, list),
      ...(canCreate ? [http.post(path, create)] : []),
      http.all(path, withAllow(canCreate ? 'GET, POST' : 'GET')),
      http.put(itemPath, update),
      http.patch(itemPath, update),
      http.all(itemPath, withAllow('PUT, PATCH')),
    ];
  }

  const listOrders = handle(({ request }, p) => {
    const url = new URL(request.url);
    const docs = store
      .store(p.tenantId ?? '', p.storeId ?? '')
      .orders.all()
      .filter((o) => matchesFilters(o, (name) => url.searchParams.getAll(name)));
    return page(url, docs, 'serviceOrderUid', ORDER_SORTABLE);
  });

  const createOrder = handle(async ({ request }, p) => {
    const body = await readBody(request, orderRules(p));
    const orders = store.store(p.tenantId ?? '', p.storeId ?? '').orders;
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
    notify(
      { ...p, serviceOrderId: str(doc.serviceOrderUid) },
      `Service order ${str(doc.serviceNumber)} is registered.`,
    );
    return HttpResponse.json(doc, { status: 201 });
  });

  const getOrder = handle((_info, p) => HttpResponse.json(order(p)));

  const updateOrder = handle(async ({ request }, p) => {
    const doc = order(p);
    const body = await readBody(request, orderRules(p), doc);
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
    return HttpResponse.json(doc);
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
    return search(p, (name) => body[name], new URL(request.url));
  });
  const searchGet = handle(({ request }, p) => {
    const url = new URL(request.url);
    return search(
      p,
      (name) => {
        const all = url.searchParams.getAll(name);
        return name in FILTERS ? all : (all[0] ?? undefined);
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
    const found = store
      .store(p.tenantId ?? '', p.storeId ?? '')
      .orders.all()
      .find((o) => o.publicHash === hash);
    if (!found) throw notFound('no service order has this public page');
    const status = tenant(p).serviceStatuses.get(str(found.serviceStatusId));
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
    const accept = (request.headers.get('Accept') ?? '').toLowerCase();
    if (accept.includes('application/octet-stream')) {
      return new HttpResponse(pdf, {
        headers: {
          'Content-Type': 'application/octet-stream',
          'Content-Disposition': `attachment; filename="${fileName}"`,
        },
      });
    }
    if (!accept || accept.includes('application/json') || accept.includes('*/*')) {
      return HttpResponse.json({
        fileName,
        contentType: 'application/pdf',
        content: bytesToBase64(pdf),
      });
    }
    throw new Refusal(
      406,
      'send Accept: application/octet-stream (the file) or application/json (base64)',
    );
  });

  return [
    // Literal segments before `{serviceOrderId}`: both match the id pattern (§4.0).
    http.post(`${S}/search`, searchPost),
    http.get(`${S}/search`, searchGet),
    http.all(`${S}/search`, withAllow('POST, GET')),
    http.get(`${S}/public/*`, byHash),
    http.all(`${S}/public/*`, withAllow('GET')),
    http.get(S, listOrders),
    http.post(S, createOrder),
    http.all(S, withAllow('GET, POST')),
    http.get(O, getOrder),
    http.put(O, updateOrder),
    http.patch(O, updateOrder),
    http.delete(O, deleteOrder),
    http.all(O, withAllow('GET, PUT, PATCH, DELETE')),
    // Items: add, update, delete; no list or get [SO-12].
    ...childCollection(`${O}/items`, 'items', 'itemId', ['itemId'], itemRules, false),
    ...childRoutes(`${O}/items/:itemId`, 'items', 'itemId', 'item', itemRules, {
      update: true,
      remove: true,
    }),
    ...childCollection(
      `${O}/events`,
      'events',
      'createdAt',
      ['eventId', 'type', 'createdAt', 'createdBy'],
      eventRules,
    ),
    ...childRoutes(`${O}/events/:eventId`, 'events', 'eventId', 'event', eventRules, {
      get: true,
      update: true,
      remove: true,
    }),
    ...childCollection(
      `${O}/hours`,
      'hours',
      'date',
      ['hoursId', 'date', 'hours', 'user', 'hourlyRateId', 'createdAt'],
      hoursRules,
    ),
    ...childRoutes(`${O}/hours/:hoursId`, 'hours', 'hoursId', 'hours entry', hoursRules, {
      get: true,
      update: true,
      remove: true,
    }),
    ...childCollection(
      `${O}/notifications`,
      'notifications',
      'sentAt',
      ['notificationId', 'channel', 'sentAt'],
      null,
    ),
    ...childCollection(
      `${O}/sales-orders`,
      'salesOrders',
      'createdAt',
      ['salesOrderId', 'createdAt'],
      salesRules,
    ),
    http.get(`${O}/reports`, report),
    http.all(`${O}/reports`, withAllow('GET')),
    ...tenantCollection(
      `${T}/service-types`,
      'serviceTypes',
      'serviceTypeId',
      'service type',
      'name',
      ['serviceTypeId', 'name'],
      typeRules,
      false,
    ),
    ...tenantCollection(
      `${T}/service-statuses`,
      'serviceStatuses',
      'serviceStatusId',
      'service status',
      'position',
      ['serviceStatusId', 'name', 'position'],
      statusRules,
      true,
      ['name', 'position'],
    ),
    ...tenantCollection(
      `${T}/hourly-rates`,
      'hourlyRates',
      'hourlyRateId',
      'hourly rate',
      'name',
      ['hourlyRateId', 'code', 'name', 'ratePerHour'],
      rateRules,
      true,
      ['name', 'ratePerHour'],
    ),
  ];
}
