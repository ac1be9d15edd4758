import { http, HttpResponse } from 'msw';
import {
  CreateTroubleTicketSchema,
  UpdateTroubleTicketSchema,
  isClosingState,
} from '@/api/trouble-tickets/schemas';
import type { InlineAttachment } from '@/api/trouble-tickets/schemas';
import { checkAttachment, MAX_ATTACHMENT_BYTES } from '@/api/service-tickets/attachment-rules';
import type { FieldError } from '@/api/error-codes';
import { SandboxError, authenticate, readJson, validateBody } from '../lib/respond';
import { base64ToBytes } from '../lib/files';
import { safeFileName } from '../lib/upload';
import type { StoredAttachment, StoredTroubleTicket, TroubleTicketStore } from './store';

/*
 * The OSS/J-style Trouble Ticket sandbox (API-INVENTORY §3): `POST /troubleTicket`,
 * `GET /troubleTicket/{ticketId}`, `PATCH /troubleTicket/{ticketId}`, with a JSON body or the
 * multipart form the document also describes (a `data` part and file parts) [TT-9].
 *
 * Where the document leaves room, it is read so:
 * - status codes: Created 201, OK 200, Bad Request 400 [TT-11]; an unknown ticket is 400
 *   `objectNotFoundException` on update, as documented, and 404 on read (GET documents none);
 * - errors are one-key objects named after the exception [TT-12]; missing fields are listed as
 *   in the document's example ("required fields: a,b,c"), and any other problem after them;
 * - an update requires the state, the ids and a dialog line, and the close-out fields only when
 *   it closes the ticket [TT-7]; the body's ticket id must be the address's [TT-8], and its
 *   mirror key the ticket's; a closed ticket takes no more updates;
 * - `mirrorKey` may have 255 characters on update too (15 there would lock out keys that create
 *   took [TT-6]); `mimeType` and `mimetype` are both read [TT-2];
 * - the dialog of an update is added to the ticket's dialog, and GET shows the latest [TT-18];
 * - GET writes the detection time `troubleDectectionTime` and `customer` as a number when it is
 *   one, as the provider's sample does [TT-1, TT-4]; an update's answer is the sample's subset,
 *   with `preferredPriority` as text [TT-3, TT-17];
 * - attachments follow the portal's rules everywhere: no executables, none empty, none over
 *   10 MB.
 */

export const TROUBLE_TICKETS_PREFIX = '*';

type ExceptionKey =
  | 'illegalArgumentException'
  | 'objectNotFoundException'
  | 'remoteException'
  | 'authenticationException';

class OssjError extends Error {
  constructor(
    readonly status: number,
    readonly key: ExceptionKey,
    message: string,
  ) {
    super(message);
  }
}

const illegal = (message: string) => new OssjError(400, 'illegalArgumentException', message);

/** A problem list in the document's words: the missing fields first, then the rest. */
function describe(problems: FieldError[]): string {
  const required = problems.filter((p) => p.message === 'is required').map((p) => p.field);
  const other = problems
    .filter((p) => p.message !== 'is required')
    .map((p) => `${p.field} ${p.message}`);
  return [required.length ? `required fields: ${required.join(',')}` : '', ...other]
    .filter(Boolean)
    .join('; ');
}

function ossjResponse(error: OssjError) {
  const headers: Record<string, string> =
    error.status === 401 ? { 'WWW-Authenticate': 'Bearer realm="sandbox"' } : {};
  return HttpResponse.json({ [error.key]: error.message }, { status: error.status, headers });
}

type Resolver = Parameters<Parameters<typeof http.get>[1]>[0];

function handle(resolver: (info: Resolver) => Promise<Response> | Response) {
  return async (info: Resolver) => {
    try {
      return await resolver(info);
    } catch (error) {
      if (error instanceof OssjError) return ossjResponse(error);
      if (error instanceof SandboxError) {
        const message = error.fieldErrors.length ? describe(error.fieldErrors) : error.message;
        const key = error.status === 401 ? 'authenticationException' : 'illegalArgumentException';
        return ossjResponse(new OssjError(error.status === 401 ? 401 : 400, key, message));
      }
      console.error('[sandbox] unexpected failure', error);
      return ossjResponse(new OssjError(500, 'remoteException', 'the sandbox failed'));
    }
  };
}

interface TicketBody {
  body: unknown;
  files: File[];
}

/**
 * The body as JSON, or as the multipart form: a `data` part holding the JSON (as text, or as a
 * file part) and file parts under `attachment` (create) or `attachments` (update) — either name
 * is read on both [TT-9].
 */
async function readTicketBody(request: Request): Promise<TicketBody> {
  if (!/multipart\/form-data/i.test(request.headers.get('Content-Type') ?? '')) {
    return { body: await readJson(request), files: [] };
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw illegal('the multipart body could not be read');
  }
  const data = form.get('data');
  if (data === null) throw illegal('required fields: data (the ticket as JSON)');
  const json = typeof data === 'string' ? data : await data.text();
  let body: unknown;
  try {
    body = JSON.parse(json);
  } catch {
    throw illegal('data must be the ticket as JSON');
  }
  const parts = [...form.getAll('attachment'), ...form.getAll('attachments')];
  const text = parts.findIndex((p) => typeof p === 'string');
  if (text >= 0) throw illegal('attachments must be file parts, not text');
  return { body, files: parts as File[] };
}

function checked(name: string, mimeType: string, bytes: Uint8Array, field: string) {
  const problem = checkAttachment({ name, type: mimeType, size: bytes.byteLength, head: bytes });
  if (problem?.reason === 'executable')
    throw illegal(`${field} is an executable file; executables are not accepted`);
  if (problem?.reason === 'empty') throw illegal(`${field} is empty`);
  if (problem?.reason === 'too-large')
    throw illegal(`${field} is larger than ${MAX_ATTACHMENT_BYTES} bytes`);
  return { name, mimeType, bytes };
}

async function attachmentsOf(
  inline: InlineAttachment[] | undefined,
  files: File[],
): Promise<StoredAttachment[]> {
  const fromJson = (inline ?? []).map((a, i) => {
    let bytes: Uint8Array;
    try {
      bytes = base64ToBytes(a.content.replace(/\s/g, ''));
    } catch {
      throw illegal(`attachments.${i}.content is not valid base64`);
    }
    const mimeType = a.mimeType ?? a.mimetype ?? 'application/octet-stream';
    return checked(safeFileName(a.name), mimeType, bytes, `attachments.${i} (${a.name})`);
  });
  const fromForm = await Promise.all(
    files.map(async (file, i) =>
      checked(
        safeFileName(file.name || 'attachment'),
        file.type || 'application/octet-stream',
        new Uint8Array(await file.arrayBuffer()),
        `attachment ${i + 1} (${file.name})`,
      ),
    ),
  );
  return [...fromJson, ...fromForm];
}

const CREATE_REQUIRED = [
  'baseTroubleTicketState',
  'mirrorKey',
  'dialog',
  'troubleType',
  'troubleDescription',
  'troubleDetectionTime',
  'preferredPriority',
  'troubledObject',
  'customerTroubleNum',
  'wh1Parameter',
  'clearencePerson',
];
const UPDATE_REQUIRED = ['baseTroubleTicketState', 'ticketId', 'mirrorKey', 'dialog'];
const CLOSE_OUT = ['closeOutType', 'closeOutNarr', 'serviceRestoredTime'];

/** `customer` as the provider's GET sample writes it: a number when it is one [TT-4]. */
function wireCustomer(customer: string | undefined) {
  if (customer === undefined) return undefined;
  return /^\d{1,15}$/.test(customer) ? Number(customer) : customer;
}

/** The GET answer: the document's fields [TT-14], and the close-out once there is one. */
export function wireTroubleTicket(t: StoredTroubleTicket) {
  return {
    ticketId: t.ticketId,
    mirrorKey: t.mirrorKey,
    baseTroubleTicketState: t.state,
    dialog: t.dialog.at(-1) ?? '',
    troubleType: t.troubleType,
    troubleDescription: t.troubleDescription,
    troubleDectectionTime: t.troubleDetectionTime,
    preferredPriority: t.preferredPriority,
    troubledObject: t.troubledObject,
    customerTroubleNum: t.customerTroubleNum,
    wh1Parameter: t.wh1Parameter,
    customer: wireCustomer(t.customer),
    ...(t.closeOutType === undefined
      ? {}
      : {
          closeOutType: t.closeOutType,
          closeOutNarr: t.closeOutNarr,
          serviceRestoredTime: t.serviceRestoredTime,
        }),
  };
}

export function createTroubleTicketHandlers(
  store: TroubleTicketStore,
  prefix: string = TROUBLE_TICKETS_PREFIX,
) {
  const create = handle(async ({ request }) => {
    authenticate(request);
    const { body: raw, files } = await readTicketBody(request);
    const body = validateBody(CreateTroubleTicketSchema, raw, {
      mandatory: CREATE_REQUIRED,
      fieldsOf: 'a trouble ticket',
    });
    const attachments = await attachmentsOf(body.attachments, files);
    const ticket = store.add({
      mirrorKey: body.mirrorKey,
      state: 'OPENACTIVE',
      dialog: [body.dialog],
      troubleType: body.troubleType,
      troubleDescription: body.troubleDescription,
      troubleDetectionTime: body.troubleDetectionTime,
      preferredPriority: body.preferredPriority,
      troubledObject: body.troubledObject,
      customerTroubleNum: body.customerTroubleNum,
      homeId: body.homeId,
      gescal37ID: body.gescal37ID,
      wh1Parameter: body.wh1Parameter,
      wh2Parameter: body.wh2Parameter,
      wh3Parameter: body.wh3Parameter,
      wh4Parameter: body.wh4Parameter,
      wh5Parameter: body.wh5Parameter,
      customer: body.customer === undefined ? undefined : String(body.customer),
      clearencePerson: body.clearencePerson,
      attachments,
    });
    return HttpResponse.json(
      { ticketId: ticket.ticketId, mirrorKey: ticket.mirrorKey },
      { status: 201, headers: { Location: `/troubleTicket/${ticket.ticketId}` } },
    );
  });

  const get = handle(({ request, params }) => {
    authenticate(request);
    const id = String(params.ticketId);
    const ticket = store.find(id);
    if (!ticket)
      throw new OssjError(404, 'objectNotFoundException', `no trouble ticket with ticketId ${id}`);
    return HttpResponse.json(wireTroubleTicket(ticket));
  });

  const update = handle(async ({ request, params }) => {
    authenticate(request);
    const id = String(params.ticketId);
    const ticket = store.find(id);
    // The document lists ObjectNotFoundException under Bad Request [TT-11].
    if (!ticket)
      throw new OssjError(400, 'objectNotFoundException', `no trouble ticket with ticketId ${id}`);
    const { body: raw, files } = await readTicketBody(request);
    const body = validateBody(UpdateTroubleTicketSchema, raw, {
      mandatory: UPDATE_REQUIRED,
      fieldsOf: 'a trouble ticket update',
      check: (record) => {
        const state =
          typeof record.baseTroubleTicketState === 'string' ? record.baseTroubleTicketState : '';
        if (!isClosingState(state)) return [];
        return CLOSE_OUT.filter((f) => record[f] === undefined || record[f] === '').map(
          (field) => ({
            field,
            message: 'is required',
          }),
        );
      },
    });
    if (body.ticketId.toUpperCase() !== ticket.ticketId)
      throw illegal(
        `ticketId ${body.ticketId} in the body is not the ticket of the address (${ticket.ticketId})`,
      );
    if (body.mirrorKey !== ticket.mirrorKey)
      throw illegal(`mirrorKey ${body.mirrorKey} is not this ticket's (${ticket.mirrorKey})`);
    if (isClosingState(ticket.state))
      throw illegal(
        `trouble ticket ${ticket.ticketId} is ${ticket.state}: it takes no more updates`,
      );
    if (body.serviceRestoredTime && Date.parse(body.serviceRestoredTime) > store.clock() + 60_000)
      throw illegal('serviceRestoredTime is in the future');
    const attachments = await attachmentsOf(body.attachments, files);
    ticket.state = body.baseTroubleTicketState;
    ticket.dialog.push(body.dialog);
    if (body.customer !== undefined) ticket.customer = String(body.customer);
    if (isClosingState(body.baseTroubleTicketState)) {
      ticket.closeOutType = body.closeOutType;
      ticket.closeOutNarr = body.closeOutNarr;
      ticket.serviceRestoredTime = body.serviceRestoredTime;
    }
    ticket.attachments.push(...attachments);
    return HttpResponse.json({
      ticketId: ticket.ticketId,
      dialog: body.dialog,
      troubleType: ticket.troubleType,
      troubleDescription: ticket.troubleDescription,
      preferredPriority: String(ticket.preferredPriority),
      customerTroubleNum: ticket.customerTroubleNum,
      wh1Parameter: ticket.wh1Parameter,
    });
  });

  const notAllowed = (allow: string) =>
    handle(({ request }) => {
      const response = ossjResponse(
        new OssjError(
          405,
          'illegalArgumentException',
          `${request.method} is not served here; use ${allow}`,
        ),
      );
      response.headers.set('Allow', allow);
      return response;
    });

  return [
    http.post(`${prefix}/troubleTicket`, create),
    http.get(`${prefix}/troubleTicket/:ticketId`, get),
    http.patch(`${prefix}/troubleTicket/:ticketId`, update),
    http.all(`${prefix}/troubleTicket`, notAllowed('POST')),
    http.all(`${prefix}/troubleTicket/:ticketId`, notAllowed('GET, PATCH')),
  ];
}
