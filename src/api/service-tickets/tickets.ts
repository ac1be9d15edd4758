import { z } from '@/lib/zod';
import { path, requestFile, requestJson, requestUpload, requestVoid } from '../http';
import type { DownloadedFile, Query, UploadProgress } from '../http';
import { sessionStore } from '../session';
import {
  ActivityPageSchema,
  ActivitySchema,
  AttachmentListSchema,
  CommentListSchema,
  CountSchema,
  IdResponseSchema,
  IncidentCategoryListSchema,
  IncidentListSchema,
  IncidentSchema,
  OrderCategoryListSchema,
  OrderListSchema,
  OrderSchema,
} from './schemas';
import type {
  Activity,
  ActivityListParams,
  ActivityPage,
  Attachment,
  Comment,
  ContactWrite,
  IdResponse,
  Incident,
  IncidentCategory,
  IncidentSummary,
  IncidentWrite,
  ListPage,
  Order,
  OrderCategory,
  OrderSummary,
  OrderWrite,
  StatusWrite,
  TicketFilter,
  TicketKind,
  TicketListParams,
} from './schemas';

/*
 * The Service Ticket API client: incidents and orders are one resource parameterized by kind
 * (18 endpoints each), plus the incident-only status endpoint — 37 in all.
 */

export interface KindTypes {
  incidents: {
    summary: IncidentSummary;
    detail: Incident;
    category: IncidentCategory;
    write: IncidentWrite;
  };
  orders: { summary: OrderSummary; detail: Order; category: OrderCategory; write: OrderWrite };
}
export type SummaryOf<K extends TicketKind> = KindTypes[K]['summary'];
export type DetailOf<K extends TicketKind> = KindTypes[K]['detail'];
export type CategoryOf<K extends TicketKind> = KindTypes[K]['category'];
export type WriteOf<K extends TicketKind> = KindTypes[K]['write'];

const schemasByKind = {
  incidents: {
    list: z.pipe(
      IncidentListSchema,
      z.transform((r) => ({ totalSize: r.totalSize, items: r.incidents })),
    ),
    detail: IncidentSchema,
    categories: IncidentCategoryListSchema,
  },
  orders: {
    list: z.pipe(
      OrderListSchema,
      z.transform((r) => ({ totalSize: r.totalSize, items: r.orders })),
    ),
    detail: OrderSchema,
    categories: OrderCategoryListSchema,
  },
};

function filterQuery(filter: TicketFilter): Query {
  return {
    isClosed: filter.isClosed === undefined ? undefined : String(filter.isClosed),
    status: filter.status,
    productCategoryName: filter.productCategoryName,
  };
}

function listQuery(params: TicketListParams): Query {
  return {
    ...filterQuery(params),
    caseNumber: params.caseNumber,
    search: params.search,
    loggedBy: params.loggedBy,
    skip: params.skip,
    count: params.count,
    sortField: params.sortField,
    order: params.sortField ? params.order : undefined,
  };
}

function activityQuery(params: ActivityListParams): Query {
  return {
    skip: params.skip,
    count: params.count,
    sortField: params.sortField,
    order: params.sortField ? params.order : undefined,
  };
}

function pageOf(raw: ActivityPage): ActivityPage {
  return { ...raw, totalSize: raw.totalSize ?? raw.activities.length };
}

/** The creator is the signed-in user; nobody types it. */
function withCreator<T extends { createdBy?: unknown }>(body: T): T {
  const user = sessionStore.get()?.user;
  if (!user || body.createdBy) return body;
  return { ...body, createdBy: { internalUser: user.role === 'support', userName: user.userName } };
}

export interface UploadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: UploadProgress) => void;
}

export function createTicketApi<K extends TicketKind>(kind: K) {
  const schemas = schemasByKind[kind];
  const listSchema = schemas.list as unknown as z.ZodMiniType<{
    totalSize: number | null;
    items: SummaryOf<K>[];
  }>;
  const detailSchema = schemas.detail as unknown as z.ZodMiniType<DetailOf<K>>;
  const categoriesSchema = schemas.categories as unknown as z.ZodMiniType<CategoryOf<K>[]>;
  const item = (id: string) => path`/${kind}/${id}`;

  return {
    kind,

    /** `GET /{kind}`: filter, search, sort and page. */
    async list(params: TicketListParams, signal?: AbortSignal): Promise<ListPage<SummaryOf<K>>> {
      const page = await requestJson({
        route: `/${kind}`,
        query: listQuery(params),
        schema: listSchema,
        signal,
      });
      return { totalSize: page.totalSize ?? page.items.length, items: page.items };
    },

    /** `POST /{kind}` → the new id (unknown when the server answers with an empty body). */
    create(body: WriteOf<K>, signal?: AbortSignal): Promise<IdResponse> {
      return requestJson({
        method: 'POST',
        route: `/${kind}`,
        body: withCreator(body),
        schema: IdResponseSchema,
        signal,
      });
    },

    /** `GET /{kind}/activities`: what happened on every ticket of this kind. */
    async activities(params: ActivityListParams, signal?: AbortSignal): Promise<ActivityPage> {
      return pageOf(
        await requestJson({
          route: `/${kind}/activities`,
          query: activityQuery(params),
          schema: ActivityPageSchema,
          signal,
        }),
      );
    },

    /** `GET /{kind}/count`: takes only the filter, not search or `loggedBy` [ST-18]. */
    async count(filter: TicketFilter, signal?: AbortSignal): Promise<number> {
      const { count } = await requestJson({
        route: `/${kind}/count`,
        query: filterQuery(filter),
        schema: CountSchema,
        signal,
      });
      return count ?? 0;
    },

    /** `GET /{kind}/productcategories`. */
    productCategories(signal?: AbortSignal): Promise<CategoryOf<K>[]> {
      return requestJson({
        route: `/${kind}/productcategories`,
        schema: categoriesSchema,
        signal,
      });
    },

    /** `GET /{kind}/{id}`. */
    get(id: string, signal?: AbortSignal): Promise<DetailOf<K>> {
      return requestJson({ route: item(id), schema: detailSchema, signal });
    },

    /** `PUT /{kind}/{id}`: the fields to change. */
    update(id: string, body: WriteOf<K>, signal?: AbortSignal): Promise<void> {
      return requestVoid({ method: 'PUT', route: item(id), body, signal });
    },

    /** `GET /{kind}/{id}/activities`. */
    async itemActivities(
      id: string,
      params: ActivityListParams,
      signal?: AbortSignal,
    ): Promise<ActivityPage> {
      return pageOf(
        await requestJson({
          route: `${item(id)}/activities`,
          query: activityQuery(params),
          schema: ActivityPageSchema,
          signal,
        }),
      );
    },

    /** `GET /{kind}/{id}/activities/{activityId}`. */
    activity(id: string, activityId: string, signal?: AbortSignal): Promise<Activity> {
      return requestJson({
        route: `${item(id)}${path`/activities/${activityId}`}`,
        schema: ActivitySchema,
        signal,
      });
    },

    /** `GET /{kind}/{id}/attachments`: metadata only. */
    attachments(id: string, signal?: AbortSignal): Promise<Attachment[]> {
      return requestJson({
        route: `${item(id)}/attachments`,
        schema: AttachmentListSchema,
        signal,
      });
    },

    /** `POST /{kind}/{id}/attachments` as multipart (`file`, `contentType`), with progress. */
    uploadAttachment(id: string, file: File, options: UploadOptions = {}): Promise<IdResponse> {
      const form = new FormData();
      form.append('file', file, file.name);
      form.append('contentType', file.type || 'application/octet-stream');
      return requestUpload({
        route: `${item(id)}/attachments`,
        form,
        schema: IdResponseSchema,
        signal: options.signal,
        onProgress: options.onProgress,
      });
    },

    /** `GET /{kind}/{id}/attachments/{attachmentId}`: the raw file [ST-13]. */
    downloadAttachment(
      id: string,
      attachmentId: string,
      signal?: AbortSignal,
    ): Promise<DownloadedFile> {
      return requestFile({ route: `${item(id)}${path`/attachments/${attachmentId}`}`, signal });
    },

    /** `DELETE /{kind}/{id}/attachments/{attachmentId}?fileName=` — both are required [ST-8]. */
    deleteAttachment(
      id: string,
      attachmentId: string,
      fileName: string,
      signal?: AbortSignal,
    ): Promise<void> {
      return requestVoid({
        method: 'DELETE',
        route: `${item(id)}${path`/attachments/${attachmentId}`}`,
        query: { fileName },
        signal,
      });
    },

    /** `GET /{kind}/{id}/comments`. */
    comments(id: string, signal?: AbortSignal): Promise<Comment[]> {
      return requestJson({ route: `${item(id)}/comments`, schema: CommentListSchema, signal });
    },

    /** `POST /{kind}/{id}/comments`. */
    addComment(id: string, text: string, signal?: AbortSignal): Promise<IdResponse> {
      return requestJson({
        method: 'POST',
        route: `${item(id)}/comments`,
        body: { text, userName: sessionStore.get()?.user.userName },
        schema: IdResponseSchema,
        signal,
      });
    },

    /** `PUT /{kind}/{id}/contact`. */
    updateContact(id: string, contact: ContactWrite, signal?: AbortSignal): Promise<void> {
      return requestVoid({ method: 'PUT', route: `${item(id)}/contact`, body: contact, signal });
    },

    /** `PUT /{kind}/{id}/localcontact`. */
    updateLocalContact(id: string, contact: ContactWrite, signal?: AbortSignal): Promise<void> {
      return requestVoid({
        method: 'PUT',
        route: `${item(id)}/localcontact`,
        body: contact,
        signal,
      });
    },

    /** `DELETE /{kind}/{id}/localcontact`. */
    deleteLocalContact(id: string, signal?: AbortSignal): Promise<void> {
      return requestVoid({ method: 'DELETE', route: `${item(id)}/localcontact`, signal });
    },
  };
}

export type TicketApi<K extends TicketKind> = ReturnType<typeof createTicketApi<K>>;

export const incidentApi = {
  ...createTicketApi('incidents'),

  /** `PUT /incidents/{id}/status` — incidents only [ST-19]; 403 when the change is not allowed. */
  updateStatus(id: string, body: StatusWrite, signal?: AbortSignal): Promise<void> {
    return requestVoid({ method: 'PUT', route: path`/incidents/${id}/status`, body, signal });
  },
};

export const orderApi = createTicketApi('orders');

export const ticketApis: { [K in TicketKind]: TicketApi<K> } = {
  incidents: incidentApi,
  orders: orderApi,
};

export type { DownloadedFile, UploadProgress };
