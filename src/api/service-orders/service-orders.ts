import { env } from '@/config/env';
import { path, requestFile, requestJson, requestVoid } from '../http';
import type { DownloadedFile, Query } from '../http';
import { z } from '@/lib/zod';
import { pageOf, RecordSchema, ReportJsonSchema, ServiceOrderSchema } from './schemas';
import type { Page, ReportJson, ServiceOrder, ServiceRecord } from './schemas';

/*
 * The tenant/store Service Orders API client: the 32 operations of API-INVENTORY §4 on their
 * INFERRED paths, below `VITE_SERVICE_ORDERS_BASE_URL` (host and version are not documented, so
 * they are configuration). Every path segment is percent-encoded: the document's id patterns are
 * anchored at the start only and reject almost nothing [SO-3], and the public hash has none
 * [SO-10].
 */

export interface StoreScope {
  tenantId: string;
  storeId: string;
}

export interface Paging {
  page?: number;
  pageSize?: number;
}
export interface Sorting {
  sortBy?: string;
  sortOrder?: 'ASC' | 'DESC';
}

/** The list's filters, sent as repeated keys. */
export interface ServiceOrderFilters {
  state?: string[];
  serviceTypes?: string[];
  assignedUsers?: string[];
  createdFromStores?: string[];
  priorities?: string[];
}

/** Search fields (body): `query` searches customer, service number and title at once [SO-8]. */
export interface ServiceOrderSearch extends ServiceOrderFilters {
  query?: string;
  customer?: string;
  service?: string;
  /** `YYYY-MM-DD`, inclusive. */
  dateFrom?: string;
  dateTo?: string;
}

type Body = Record<string, unknown>;

const base = () => env.serviceOrdersBaseUrl;
const records = pageOf(RecordSchema);
const orders = pageOf(ServiceOrderSchema);
/**
 * What a write answers: the record, or nothing — the document shows an empty example answer for
 * every write [SO-2], and an empty 2xx is a success (§5.6) that must not look like a failure.
 */
const written = z.optional(RecordSchema);
const writtenOrder = z.optional(ServiceOrderSchema);

const tenantPath = (tenantId: string) => path`/tenants/${tenantId}`;
const storePath = (s: StoreScope) =>
  path`/tenants/${s.tenantId}/stores/${s.storeId}/service-orders`;
const orderPath = (s: StoreScope, id: string) => `${storePath(s)}${path`/${id}`}`;

function get<T>(
  route: string,
  schema: Parameters<typeof requestJson<T>>[0]['schema'],
  query?: Query,
) {
  return requestJson({ baseUrl: base(), route, query, schema });
}
function send<T>(
  method: 'POST' | 'PUT',
  route: string,
  body: unknown,
  schema: Parameters<typeof requestJson<T>>[0]['schema'],
  query?: Query,
) {
  return requestJson({ method, baseUrl: base(), route, body, query, schema });
}
const remove = (route: string) => requestVoid({ method: 'DELETE', baseUrl: base(), route });
const listQuery = (q: Paging & Sorting = {}): Query => ({ ...q });

// Service orders (#1, 2, 13, 17, 18, 19, 30)

export const getServiceOrder = (s: StoreScope, id: string): Promise<ServiceOrder> =>
  get(orderPath(s, id), ServiceOrderSchema);
export const deleteServiceOrder = (s: StoreScope, id: string) => remove(orderPath(s, id));
export const getServiceOrderByHash = (s: StoreScope, hash: string): Promise<ServiceRecord> =>
  get(`${storePath(s)}${path`/public/${hash}`}`, RecordSchema);
export const listServiceOrders = (
  s: StoreScope,
  q: Paging & Sorting & ServiceOrderFilters = {},
): Promise<Page<ServiceOrder>> => get(storePath(s), orders, { ...q });
export const createServiceOrder = (s: StoreScope, order: Body): Promise<ServiceOrder | undefined> =>
  send('POST', storePath(s), order, writtenOrder);
export const updateServiceOrder = (
  s: StoreScope,
  id: string,
  change: Body,
): Promise<ServiceOrder | undefined> => send('PUT', orderPath(s, id), change, writtenOrder);
export const searchServiceOrders = (
  s: StoreScope,
  search: ServiceOrderSearch,
  q: Paging & Sorting = {},
): Promise<Page<ServiceOrder>> =>
  send('POST', `${storePath(s)}/search`, search, orders, listQuery(q));

// Items (#3, 20, 21): no list or get [SO-12]

export const addServiceOrderItem = (s: StoreScope, id: string, item: Body) =>
  send('POST', `${orderPath(s, id)}/items`, item, written);
export const updateServiceOrderItem = (s: StoreScope, id: string, itemId: string, item: Body) =>
  send('PUT', `${orderPath(s, id)}${path`/items/${itemId}`}`, item, written);
export const deleteServiceOrderItem = (s: StoreScope, id: string, itemId: string) =>
  remove(`${orderPath(s, id)}${path`/items/${itemId}`}`);

// Events (#4, 5, 6, 22, 23), hours (#7, 8, 9, 24, 25)

function child(segment: 'events' | 'hours') {
  const one = (s: StoreScope, id: string, childId: string) =>
    `${orderPath(s, id)}/${segment}${path`/${childId}`}`;
  return {
    list: (s: StoreScope, id: string, q: Paging & Sorting = {}): Promise<Page<ServiceRecord>> =>
      get(`${orderPath(s, id)}/${segment}`, records, listQuery(q)),
    get: (s: StoreScope, id: string, childId: string): Promise<ServiceRecord> =>
      get(one(s, id, childId), RecordSchema),
    create: (s: StoreScope, id: string, body: Body): Promise<ServiceRecord | undefined> =>
      send('POST', `${orderPath(s, id)}/${segment}`, body, written),
    update: (
      s: StoreScope,
      id: string,
      childId: string,
      body: Body,
    ): Promise<ServiceRecord | undefined> => send('PUT', one(s, id, childId), body, written),
    remove: (s: StoreScope, id: string, childId: string) => remove(one(s, id, childId)),
  };
}
export const serviceOrderEvents = child('events');
export const serviceOrderHours = child('hours');

// Notifications (#10), sales orders (#14, 29), reports (#15)

export const listServiceOrderNotifications = (
  s: StoreScope,
  id: string,
  q: Paging & Sorting = {},
): Promise<Page<ServiceRecord>> => get(`${orderPath(s, id)}/notifications`, records, listQuery(q));
export const listSalesOrders = (s: StoreScope, id: string, q: Paging = {}) =>
  get(`${orderPath(s, id)}/sales-orders`, records, listQuery(q));
/** `invoiceAddress` only when the invoice goes elsewhere than `orderAddress`. */
export const createSalesOrder = (s: StoreScope, id: string, order: Body) =>
  send('POST', `${orderPath(s, id)}/sales-orders`, order, written);

/** The report as the file itself (`Accept: application/octet-stream`) [SO-11]. */
export const downloadServiceOrderReport = (s: StoreScope, id: string): Promise<DownloadedFile> =>
  requestFile({
    baseUrl: base(),
    route: `${orderPath(s, id)}/reports`,
    headers: { Accept: 'application/octet-stream' },
  });
/** The report as JSON, its file base64-encoded (`Accept: application/json`). */
export const getServiceOrderReport = (s: StoreScope, id: string): Promise<ReportJson> =>
  get(`${orderPath(s, id)}/reports`, ReportJsonSchema);

// Tenant catalogues: service types (#11, 26), statuses (#12, 27, 28), hourly rates (#16, 31, 32)

export const listServiceTypes = (tenantId: string, q: Paging & Sorting = {}) =>
  get(`${tenantPath(tenantId)}/service-types`, records, listQuery(q));
export const updateServiceType = (tenantId: string, serviceTypeId: string, change: Body) =>
  send('PUT', `${tenantPath(tenantId)}${path`/service-types/${serviceTypeId}`}`, change, written);
/** The statuses of the tenant's workflow (the document says "for a service order" [SO-7]). */
export const listServiceStatuses = (tenantId: string, q: Paging & Sorting = {}) =>
  get(`${tenantPath(tenantId)}/service-statuses`, records, listQuery(q));
/** `position` is the workflow step the status is. */
export const createServiceStatus = (tenantId: string, status: Body & { position: number }) =>
  send('POST', `${tenantPath(tenantId)}/service-statuses`, status, written);
export const updateServiceStatus = (tenantId: string, statusId: string, change: Body) =>
  send('PUT', `${tenantPath(tenantId)}${path`/service-statuses/${statusId}`}`, change, written);
export const listHourlyRates = (tenantId: string, q: Paging = {}) =>
  get(`${tenantPath(tenantId)}/hourly-rates`, records, listQuery(q));
export const createHourlyRate = (tenantId: string, rate: Body) =>
  send('POST', `${tenantPath(tenantId)}/hourly-rates`, rate, written);
export const updateHourlyRate = (tenantId: string, rateId: string, change: Body) =>
  send('PUT', `${tenantPath(tenantId)}${path`/hourly-rates/${rateId}`}`, change, written);
