import { HttpResponse } from 'msw';
import { route } from '../lib/routes';
import {
  CommentWriteSchema,
  ContactWriteSchema,
  IncidentWriteSchema,
  MANDATORY_ON_CREATE,
  OrderWriteSchema,
  StatusWriteSchema,
  TICKET_KINDS,
} from '@/api/service-tickets/schemas';
import type {
  ActivitySortField,
  SortOrder,
  TicketKind,
  TicketFilter,
} from '@/api/service-tickets/schemas';
import {
  INCIDENT_STATUSES,
  allowedIncidentTransitions,
  isClosedStatus,
} from '@/api/service-tickets/workflow';
import {
  authenticate,
  locationOf,
  emptyResponse,
  errorResponse,
  forbidden,
  handle,
  invalid,
  missing,
  notFound,
  SandboxError,
  readJson,
  roleOf,
  validateBody,
} from '../lib/respond';
import type { Caller } from '../lib/respond';
import { readUpload } from '../lib/upload';
import {
  STORE_SORT_FIELDS,
  wireActivityWithTicket,
  wireAttachment,
  wireCategories,
  wireComment,
  wireDetail,
  wireSummary,
} from './store';
import type {
  StoreActivityParams,
  StoreListParams,
  StoredTicket,
  StoredUser,
  TicketStore,
} from './store';

/*
 * The Service Ticket API sandbox: all 37 endpoints of `/service-tickets/v2` over the in-memory
 * store, with the documented status codes [ST-4] and error codes.
 */

export const SERVICE_TICKETS_PREFIX = '*/service-tickets/v2';

function nonNegativeInt(url: URL, name: string): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  const value = raw.trim();
  if (/^\d+$/.test(value) && value.replace(/^0+/, '').length > 9) {
    throw invalid(`${name} must be at most 999999999`, [
      { field: name, message: 'must be at most 999999999' },
    ]);
  }
  if (!/^\d+$/.test(value)) {
    throw invalid(`${name} must be a non-negative integer`, [
      { field: name, message: 'must be a non-negative integer' },
    ]);
  }
  return Number(value);
}

function sortOrder(url: URL): SortOrder | undefined {
  const raw = url.searchParams.get('order');
  if (raw === null || raw === '') return undefined;
  const upper = raw.trim().toUpperCase();
  if (upper !== 'ASC' && upper !== 'DESC') {
    throw invalid('order must be ASC or DESC', [
      { field: 'order', message: 'must be ASC or DESC' },
    ]);
  }
  return upper;
}

function filterParams(url: URL): TicketFilter {
  const rawClosed = url.searchParams.get('isClosed');
  let isClosed: boolean | undefined;
  if (rawClosed !== null && rawClosed !== '') {
    const v = rawClosed.trim().toLowerCase();
    if (v !== 'true' && v !== 'false') {
      throw invalid('isClosed must be true or false', [
        { field: 'isClosed', message: 'must be true or false' },
      ]);
    }
    isClosed = v === 'true';
  }
  // Array filters come as repeated keys or comma-joined (Swagger 2's default array form). The
  // whole value is kept beside its parts, so a value holding a comma still matches itself.
  const values = (name: string) => [
    ...new Set(
      url.searchParams
        .getAll(name)
        .flatMap((v) => (v.includes(',') ? [v, ...v.split(',')] : [v]))
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  return { isClosed, status: values('status'), productCategoryName: values('productCategoryName') };
}

function listParams(kind: TicketKind, url: URL): StoreListParams {
  const sortField = url.searchParams.get('sortField')?.trim() || undefined;
  const allowed = STORE_SORT_FIELDS[kind];
  if (sortField && !allowed.includes(sortField)) {
    throw invalid(`sortField must be one of ${allowed.join(', ')}`, [
      { field: 'sortField', message: `must be one of ${allowed.join(', ')}` },
    ]);
  }
  return {
    ...filterParams(url),
    caseNumber: url.searchParams.get('caseNumber') ?? undefined,
    search: url.searchParams.get('search') ?? undefined,
    loggedBy: url.searchParams.get('loggedBy') ?? undefined,
    skip: nonNegativeInt(url, 'skip'),
    count: nonNegativeInt(url, 'count'),
    sortField,
    order: sortOrder(url),
  };
}

/** The activity lists' sort fields are vague [ST-15]: accept the documented words too. */
const ACTIVITY_SORT_ALIASES: Record<string, ActivitySortField> = {
  date: 'date',
  lastActivity: 'lastActivity',
  createdDate: 'date',
  id: 'id',
  activityId: 'id',
  caseNumber: 'caseNumber',
  caseId: 'caseNumber',
};
function activityParams(kind: TicketKind, url: URL): StoreActivityParams {
  const raw = url.searchParams.get('sortField')?.trim() || undefined;
  let sortField: StoreActivityParams['sortField'];
  let ticketField: string | undefined;
  if (raw) {
    sortField = ACTIVITY_SORT_ALIASES[raw];
    // The per-ticket lists' documents name the ticket's own fields as sort fields [ST-15]; every
    // activity list (the global feeds too) sorts by the field of the ticket each activity belongs
    // to, in the ticket list's order, then by date.
    if (!sortField && STORE_SORT_FIELDS[kind].includes(raw)) ticketField = raw;
    else if (!sortField) {
      const allowed = Object.keys(ACTIVITY_SORT_ALIASES).join(', ');
      const message = `must be one of ${allowed}, or a sort field of the ${kind === 'incidents' ? 'incident' : 'order'} (${STORE_SORT_FIELDS[kind].join(', ')})`;
      throw invalid(`sortField ${message}`, [{ field: 'sortField', message }]);
    }
  }
  return {
    skip: nonNegativeInt(url, 'skip'),
    count: nonNegativeInt(url, 'count'),
    sortField,
    ticketField,
    order: sortOrder(url),
  };
}

function actor(caller: Caller, fallback?: string): StoredUser {
  return {
    internalUser: caller.role === 'support',
    userName: caller.userName ?? fallback ?? 'Unknown user',
  };
}

function safeAsciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]|["\\]/g, '_');
}

/** 201 with the new resource's address: the collection's path (as requested) and its id. */
function created(request: Request, id: string) {
  return HttpResponse.json({ id }, { status: 201, headers: { Location: locationOf(request, id) } });
}

export function createServiceTicketHandlers(
  store: TicketStore,
  prefix: string = SERVICE_TICKETS_PREFIX,
) {
  const now = () => store.clock();

  /** Path segments that name a collection's own resources (GET only), never a ticket's id. */
  const LITERAL_SEGMENTS = ['activities', 'count', 'productcategories'];

  function ticket(kind: TicketKind, id: string | readonly string[] | undefined): StoredTicket {
    // `PUT …/incidents/count` asks for a path and method that do not exist, not for a ticket.
    if (typeof id === 'string' && LITERAL_SEGMENTS.includes(id.toLowerCase()))
      throw new SandboxError(404, '404001', `no such path and method on ${kind}/${id}`);
    const t = typeof id === 'string' ? store.get(kind, id) : undefined;
    if (!t)
      throw notFound(`no ${kind === 'incidents' ? 'incident' : 'order'} with id ${String(id)}`);
    return t;
  }

  const forKind = (kind: TicketKind) => {
    const base = `${prefix}/${kind}`;
    const writeSchema = kind === 'incidents' ? IncidentWriteSchema : OrderWriteSchema;
    const noun = kind === 'incidents' ? 'an incident' : 'an order';
    return [
      route.get(
        `${base}/activities`,
        handle(({ request }) => {
          authenticate(request);
          const { total, items } = store.activities(
            kind,
            activityParams(kind, new URL(request.url)),
          );
          return HttpResponse.json({
            totalSize: total,
            count: items.length,
            activities: items.map((a) => wireActivityWithTicket(a, store.ticketOf(a))),
          });
        }),
      ),

      route.get(
        `${base}/count`,
        handle(({ request }) => {
          authenticate(request);
          return HttpResponse.json({
            count: store.count(kind, filterParams(new URL(request.url))),
          });
        }),
      ),

      route.get(
        `${base}/productcategories`,
        handle(({ request }) => {
          authenticate(request);
          return HttpResponse.json(wireCategories(kind));
        }),
      ),

      route.get(
        base,
        handle(({ request }) => {
          authenticate(request);
          const { total, items } = store.query(kind, listParams(kind, new URL(request.url)));
          return HttpResponse.json({
            totalSize: total,
            count: items.length,
            [kind]: items.map(wireSummary),
          });
        }),
      ),

      route.post(
        base,
        handle(async ({ request }) => {
          const caller = authenticate(request);
          // POST documents no X-User-Name [ST-7] and marks no field required [ST-21]: the creator
          // is the body's `createdBy`, else the caller's name, else unknown ("N/A", as the
          // provider's integrations write what they do not know [ST-1]).
          const body = validateBody(writeSchema, await readJson(request), {
            mandatory: MANDATORY_ON_CREATE[kind],
            fieldsOf: noun,
          });
          const creator = body.createdBy?.userName?.trim() || caller.userName || 'N/A';
          // "registered by a case handling agent, if NOT it is always set to false": who registers
          // is the caller when it names itself, else the creator the body names; the body's own
          // flag cannot make a company user an agent. Unknown to the sandbox: the integration's
          // "N/A" is kept (as is "N/A" for no creator at all), anything else is false.
          const claimed = body.createdBy?.internalUser;
          const registrar = caller.demoUser ? caller.role : roleOf(creator);
          const internalUser =
            registrar !== undefined
              ? registrar === 'support'
              : claimed === 'N/A' || creator === 'N/A'
                ? 'N/A'
                : false;
          const { id } = store.apply({
            type: 'create',
            kind,
            body,
            user: { userName: creator, internalUser },
            at: now(),
          });
          return created(request, id);
        }),
      ),

      route.get(
        `${base}/:id`,
        handle(({ request, params }) => {
          authenticate(request);
          return HttpResponse.json(wireDetail(ticket(kind, params.id)));
        }),
      ),

      route.put(
        `${base}/:id`,
        handle(async ({ request, params }) => {
          const caller = authenticate(request, { audit: true });
          const t = ticket(kind, params.id);
          // A field sent must meet the rule it has on create; a field left out stays as it is.
          const body = validateBody(writeSchema, await readJson(request), {
            notBlank: MANDATORY_ON_CREATE[kind],
            fieldsOf: noun,
          });
          store.apply({ type: 'update', ticketId: t.id, body, user: actor(caller), at: now() });
          return emptyResponse(204);
        }),
      ),

      route.get(
        `${base}/:id/activities`,
        handle(({ request, params }) => {
          authenticate(request);
          const t = ticket(kind, params.id);
          const { total, items } = store.activities(
            kind,
            activityParams(kind, new URL(request.url)),
            t.id,
          );
          return HttpResponse.json({
            totalSize: total,
            count: items.length,
            activities: items.map((a) => wireActivityWithTicket(a, t)),
          });
        }),
      ),

      route.get(
        `${base}/:id/activities/:activityId`,
        handle(({ request, params }) => {
          authenticate(request);
          const t = ticket(kind, params.id);
          const activity = t.activities.find((a) => a.id === params.activityId);
          if (!activity)
            throw notFound(`no activity ${String(params.activityId)} on ${t.caseNumber}`);
          const { ticket: _ticket, ...plain } = wireActivityWithTicket(activity, t);
          return HttpResponse.json(plain);
        }),
      ),

      route.get(
        `${base}/:id/attachments`,
        handle(({ request, params }) => {
          // Only the order twin documents the SAML headers [ST-6].
          authenticate(request, { saml: kind === 'orders' });
          return HttpResponse.json(ticket(kind, params.id).attachments.map(wireAttachment));
        }),
      ),

      route.post(
        `${base}/:id/attachments`,
        handle(async ({ request, params }) => {
          const caller = authenticate(request, { audit: true });
          const t = ticket(kind, params.id);
          const { name, contentType, bytes } = await readUpload(request);
          const { id } = store.apply({
            type: 'attach',
            ticketId: t.id,
            name,
            contentType,
            bytes,
            user: actor(caller),
            at: now(),
          });
          return created(request, id);
        }),
      ),

      route.get(
        `${base}/:id/attachments/:attachmentId`,
        handle(({ request, params }) => {
          authenticate(request);
          const t = ticket(kind, params.id);
          const a = t.attachments.find((x) => x.id === params.attachmentId);
          if (!a) throw notFound(`no attachment ${String(params.attachmentId)} on ${t.caseNumber}`);
          return new HttpResponse(a.bytes.slice().buffer, {
            status: 200,
            headers: {
              'Content-Type': a.contentType,
              'Content-Length': String(a.bytes.byteLength),
              'Content-Disposition': `attachment; filename="${safeAsciiName(a.name)}"; filename*=UTF-8''${encodeURIComponent(a.name)}`,
              'X-Content-Type-Options': 'nosniff',
            },
          });
        }),
      ),

      route.delete(
        `${base}/:id/attachments/:attachmentId`,
        handle(({ request, params }) => {
          const caller = authenticate(request, { audit: true });
          const t = ticket(kind, params.id);
          const fileName = new URL(request.url).searchParams.get('fileName');
          if (!fileName) throw missing(['fileName']);
          const a = t.attachments.find((x) => x.id === params.attachmentId);
          if (!a) throw notFound(`no attachment ${String(params.attachmentId)} on ${t.caseNumber}`);
          if (a.name !== fileName) {
            throw invalid('fileName does not match the attachment', [
              { field: 'fileName', message: 'must be the exact file name with extension' },
            ]);
          }
          store.apply({
            type: 'detach',
            ticketId: t.id,
            attachmentId: a.id,
            user: actor(caller),
            at: now(),
          });
          return emptyResponse(200);
        }),
      ),

      route.get(
        `${base}/:id/comments`,
        handle(({ request, params }) => {
          authenticate(request);
          return HttpResponse.json(ticket(kind, params.id).comments.map(wireComment));
        }),
      ),

      route.post(
        `${base}/:id/comments`,
        handle(async ({ request, params }) => {
          const caller = authenticate(request, { audit: true });
          const t = ticket(kind, params.id);
          const body = validateBody(CommentWriteSchema, await readJson(request), {
            mandatory: ['text'],
            fieldsOf: 'a comment',
          });
          const { id } = store.apply({
            type: 'comment',
            ticketId: t.id,
            text: body.text,
            user: actor(caller, body.userName),
            at: now(),
          });
          // The incident twin documents 201, the order one only 200 [ST-4].
          return HttpResponse.json({ id }, { status: kind === 'incidents' ? 201 : 200 });
        }),
      ),

      ...(['contact', 'localContact'] as const).map((role) =>
        route.put(
          `${base}/:id/${role.toLowerCase()}`,
          handle(async ({ request, params }) => {
            const caller = authenticate(request, { audit: true });
            const t = ticket(kind, params.id);
            const contact = validateBody(ContactWriteSchema, await readJson(request), {
              mandatory: ['name'],
              fieldsOf: 'a contact',
            });
            store.apply({
              type: 'contact',
              ticketId: t.id,
              role,
              contact,
              user: actor(caller),
              at: now(),
            });
            return emptyResponse(204);
          }),
        ),
      ),

      route.delete(
        `${base}/:id/localcontact`,
        handle(({ request, params }) => {
          const caller = authenticate(request, { audit: true });
          const t = ticket(kind, params.id);
          if (!t.localContact) throw notFound(`${t.caseNumber} has no local contact`);
          store.apply({
            type: 'contact',
            ticketId: t.id,
            role: 'localContact',
            contact: null,
            user: actor(caller),
            at: now(),
          });
          return emptyResponse(204);
        }),
      ),
    ];
  };

  const status = route.put(
    `${prefix}/incidents/:id/status`,
    handle(async ({ request, params }) => {
      const caller = authenticate(request, { audit: true });
      const t = ticket('incidents', params.id);
      const body = validateBody(StatusWriteSchema, await readJson(request), {
        mandatory: ['status'],
        fieldsOf: 'a status change',
      });
      const target = body.status.trim();
      // A known status however it is written ("solved", "Solved.", "in-progress"): a company user
      // cannot get round the workflow by a variant of its spelling.
      const spelled = (v: string) => v.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      const known = (INCIDENT_STATUSES as readonly string[]).find(
        (s) => spelled(s) === spelled(target),
      );
      // A PUT sent again (its first answer lost) finds the incident in the status it asks for:
      // no error [idempotent, as PUT is]. Its text, if any and not already the last one, is kept
      // (a customer's "I have answered" after support moved the incident on); else nothing changes.
      const same = (known ?? target).toLowerCase() === t.status.toLowerCase();
      const text = body.text?.trim();
      const lastText = t.activities.findLast((a) => a.action === 'STATUS_CHANGED')?.content;
      if (same && (!text || text === lastText?.trim() || isClosedStatus('incidents', t.status)))
        return emptyResponse(200);
      if (known && !same) {
        const allowed = allowedIncidentTransitions(t.status, caller.role);
        if (!allowed.includes(known)) {
          // Refused because of who asks, not because the workflow has no such step.
          if (
            caller.role !== 'support' &&
            allowedIncidentTransitions(t.status, 'support').includes(known)
          ) {
            const mayDo = allowed.length ? allowed.join(', ') : 'nothing';
            throw forbidden(
              `only support staff can set ${known}; a company user may change ${t.status} to ${mayDo}`,
            );
          }
          throw forbidden(`the status cannot change from ${t.status} to ${known}`);
        }
      } else if (!same && isClosedStatus('incidents', t.status)) {
        // Interim statuses the sandbox does not know are accepted, but not on a closed incident.
        throw forbidden(`${t.caseNumber} is closed (${t.status})`);
      }
      store.apply({
        type: 'status',
        ticketId: t.id,
        status: known ?? target,
        text: body.text,
        user: actor(caller),
        at: now(),
      });
      return emptyResponse(200);
    }),
  );

  const notFoundPath = route.all(`${prefix}/*`, ({ request }) =>
    errorResponse(404, '404001', `${request.method} ${new URL(request.url).pathname}`),
  );

  return [...TICKET_KINDS.flatMap(forKind), status, notFoundPath];
}
