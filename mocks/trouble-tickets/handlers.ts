import { http, HttpResponse } from 'msw';
import {
  CreateTroubleTicketSchema,
  UpdateTroubleTicketSchema,
  isClosingState,
} from '@/api/trouble-tickets/schemas';
import type { InlineAttachment } from '@/api/trouble-tickets/schemas';
import { checkAttachment, MAX_ATTACHMENT_BYTES } from '@/api/service-tickets/attachment-rules';
import type { FieldError } from '@/api/error-codes';
import {
  SandboxError,
  authenticate,
  challengeFor,
  checkJsonValue,
  readJson,
  validateBody,
} from '../lib/respond';
import { base64ToBytes } from '../lib/files';
import { MEDIA_TYPE, safeFileName } from '../lib/upload';
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
 * - state and the type key of an attachment are read in any letter case [TT-2, TT-5]; two
 *   different types for one attachment are refused; create also takes the detection time under
 *   the GET's spelling [TT-1]; a form part other than `data` and the files is refused, and a text
 *   file part is read as base64;
 * - a close-out sent with a state that does not close is refused, not dropped; detection in the
 *   future and a restore before the detection are refused;
 * - attachments follow the portal's rules everywhere: no executables, none empty, at most 10
 *   per request; over HTTP a JSON body (with its base64 files) has at most 1 MiB and a form at
 *   most 10 MB and 256 KiB, so large files go in a form;
 * - it is served at `/troubleTicket` exactly: another prefix or letter case is not found.
 */

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

function ossjResponse(error: OssjError, code = '401002') {
  const headers = challengeFor(error.status, code);
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
        // A body that is not JSON keeps its 415; every other refusal is the document's 400.
        const status = error.status === 401 || error.status === 415 ? error.status : 400;
        return ossjResponse(new OssjError(status, key, message), error.code);
      }
      console.error('[sandbox] unexpected failure', error);
      return ossjResponse(new OssjError(500, 'remoteException', 'the sandbox failed'));
    }
  };
}

/** A file from the form: a file part, or a text part with the file base64-encoded [TT-9]. */
interface FormFile {
  name: string;
  type: string;
  read: () => Promise<Uint8Array>;
  field: string;
}

interface TicketBody {
  body: unknown;
  files: FormFile[];
}

const FORM_PARTS = ['data', 'attachment', 'attachments'];

function decodeBase64(content: string, field: string): Uint8Array {
  try {
    return base64ToBytes(content.replace(/\s/g, ''));
  } catch {
    throw illegal(`${field} must be base64-encoded`);
  }
}

/**
 * The body as JSON, or as the multipart form: a `data` part holding the JSON (as text, or as a
 * file part) and the files under `attachment` (create) or `attachments` (update) — either name
 * is read on both, as file parts or as base64 text parts [TT-9]. Any other part is refused, so
 * no file is left out behind a success.
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
  const others = [...new Set(form.keys())].filter((k) => !FORM_PARTS.includes(k));
  if (others.length)
    throw illegal(
      `${others.join(', ')} ${others.length > 1 ? 'are not parts' : 'is not a part'} of the form: send data, and the files as attachment or attachments`,
    );
  const data = form.getAll('data');
  if (data.length === 0) throw illegal('required fields: data (the ticket as JSON)');
  if (data.length > 1) throw illegal('send one data part');
  const part = data[0] as FormDataEntryValue;
  const json = typeof part === 'string' ? part : await part.text();
  let body: unknown;
  try {
    body = JSON.parse(json);
  } catch {
    throw illegal('data must be the ticket as JSON');
  }
  // As deep and as well-formed as a JSON body must be.
  checkJsonValue(body);
  const files = [...form.getAll('attachment'), ...form.getAll('attachments')].map(
    (p, i): FormFile =>
      typeof p === 'string'
        ? {
            name: `attachment-${i + 1}`,
            type: 'application/octet-stream',
            read: () => Promise.resolve(decodeBase64(p, `attachment ${i + 1}`)),
            field: `attachment ${i + 1}`,
          }
        : {
            name: p.name || `attachment-${i + 1}`,
            type: p.type || 'application/octet-stream',
            read: async () => new Uint8Array(await p.arrayBuffer()),
            field: `attachment ${i + 1} (${p.name})`,
          },
  );
  return { body, files };
}

function checked(name: string, mimeType: string, bytes: Uint8Array, field: string) {
  if (!MEDIA_TYPE.test(mimeType))
    throw illegal(`${field} has no valid mime type (${mimeType.slice(0, 40)})`);
  const problem = checkAttachment({ name, type: mimeType, size: bytes.byteLength, head: bytes });
  if (problem?.reason === 'executable')
    throw illegal(`${field} is an executable file; executables are not accepted`);
  if (problem?.reason === 'empty') throw illegal(`${field} is empty`);
  if (problem?.reason === 'too-large')
    throw illegal(`${field} is larger than ${MAX_ATTACHMENT_BYTES} bytes`);
  return { name, mimeType, bytes };
}

/** At most this many attachments in one request, inline and files together. */
const MAX_ATTACHMENTS = 10;

async function attachmentsOf(
  inline: InlineAttachment[] | undefined,
  files: FormFile[],
): Promise<StoredAttachment[]> {
  if ((inline?.length ?? 0) + files.length > MAX_ATTACHMENTS)
    throw illegal(`send at most ${MAX_ATTACHMENTS} attachments at a time`);
  const fromJson = (inline ?? []).map((a, i) => {
    const field = `attachments.${i} (${a.name})`;
    // The sandbox's own type check, as for a form's file: "string" is no type.
    const mimeType = a.mimeType ?? 'application/octet-stream';
    return checked(
      safeFileName(a.name),
      MEDIA_TYPE.test(mimeType) ? mimeType : 'application/octet-stream',
      decodeBase64(a.content, `attachments.${i}.content`),
      field,
    );
  });
  const fromForm = await Promise.all(
    files.map(async (file) =>
      checked(safeFileName(file.name), file.type, await file.read(), file.field),
    ),
  );
  return [...fromJson, ...fromForm];
}

/**
 * The body as the schema reads it: the state in capitals [TT-5], the type of an inline
 * attachment under `mimeType` whatever its letter case [TT-2] (two different types are refused),
 * and on create the detection time under either spelling [TT-1].
 */
function normalized(raw: unknown, create: boolean): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const body = { ...(raw as Record<string, unknown>) };
  if (typeof body.baseTroubleTicketState === 'string')
    body.baseTroubleTicketState = body.baseTroubleTicketState.trim().toUpperCase();
  if (create && body.troubleDetectionTime === undefined && 'troubleDectectionTime' in body) {
    body.troubleDetectionTime = body.troubleDectectionTime;
    delete body.troubleDectectionTime;
  }
  if (Array.isArray(body.attachments)) {
    body.attachments = (body.attachments as unknown[]).map((item, i) => {
      if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
      const entries = Object.entries(item as Record<string, unknown>);
      const types = entries.filter(([k]) => k.toLowerCase() === 'mimetype');
      // Media types are compared without regard to case (RFC 9110 §8.3.1).
      const distinct = [
        ...new Map(types.map(([, v]) => [typeof v === 'string' ? v.toLowerCase() : v, v])).values(),
      ];
      if (distinct.length > 1)
        throw illegal(
          `attachments.${i} gives two types (${distinct.map((v) => JSON.stringify(v)).join(' and ')}): send one mimeType`,
        );
      const rest = Object.fromEntries(entries.filter(([k]) => k.toLowerCase() !== 'mimetype'));
      return types.length ? { ...rest, mimeType: distinct[0] } : rest;
    });
  }
  return body;
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
function wireTroubleTicket(t: StoredTroubleTicket) {
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

export function createTroubleTicketHandlers(store: TroubleTicketStore) {
  const create = handle(async ({ request }) => {
    authenticate(request);
    const { body: raw, files } = await readTicketBody(request);
    const body = validateBody(CreateTroubleTicketSchema, normalized(raw, true), {
      mandatory: CREATE_REQUIRED,
      fieldsOf: 'a trouble ticket',
    });
    if (Date.parse(body.troubleDetectionTime) > store.clock() + 60_000)
      throw illegal('troubleDetectionTime is in the future');
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
    const body = validateBody(UpdateTroubleTicketSchema, normalized(raw, false), {
      mandatory: UPDATE_REQUIRED,
      fieldsOf: 'a trouble ticket update',
      check: (record) => {
        const state =
          typeof record.baseTroubleTicketState === 'string' ? record.baseTroubleTicketState : '';
        const given = (f: string) => record[f] !== undefined && record[f] !== '';
        // The close-out belongs to closing only: sent with another state it would be lost.
        if (!isClosingState(state))
          return CLOSE_OUT.filter(given).map((field) => ({
            field,
            message: 'is only taken when the state closes the ticket (CLOSED… or CLEARED)',
          }));
        return CLOSE_OUT.filter((f) => !given(f)).map((field) => ({
          field,
          message: 'is required',
        }));
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
    if (
      body.serviceRestoredTime &&
      Date.parse(body.serviceRestoredTime) < Date.parse(ticket.troubleDetectionTime)
    )
      throw illegal(
        `serviceRestoredTime is before the trouble was detected (${ticket.troubleDetectionTime})`,
      );
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

  const noSuchPath = handle(({ request }) => {
    throw new OssjError(
      404,
      'objectNotFoundException',
      `no such resource: ${new URL(request.url).pathname}`,
    );
  });

  /**
   * Served at the document's path only, in its letter case, with no prefix (§3.0): a client
   * with a wrong base path gets the 404 the provider would give, not a ticket.
   */
  const at =
    (pattern: RegExp, resolver: ReturnType<typeof handle>) =>
    (info: Parameters<ReturnType<typeof handle>>[0]) =>
      pattern.test(new URL(info.request.url).pathname) ? resolver(info) : undefined;
  const ROOT = /^\/troubleTicket$/;
  const ONE = /^\/troubleTicket\/[^/]+$/;
  const BELOW = /^\/troubleTicket\//;

  return [
    http.post(`*/troubleTicket`, at(ROOT, create)),
    http.get(`*/troubleTicket/:ticketId`, at(ONE, get)),
    http.patch(`*/troubleTicket/:ticketId`, at(ONE, update)),
    http.all(`*/troubleTicket`, at(ROOT, notAllowed('POST'))),
    http.all(`*/troubleTicket/:ticketId`, at(ONE, notAllowed('GET, PATCH'))),
    http.all(`*/troubleTicket/*`, at(BELOW, noSuchPath)),
  ];
}
