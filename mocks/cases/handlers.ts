import { HttpResponse } from 'msw';
import { route } from '../lib/routes';
import {
  AddNoteSchema,
  CancelCaseSchema,
  CreateCaseSchema,
  FINAL_CASE_STATUSES,
  isCaseNumber,
} from '@/api/cases/schemas';
import type { FieldError } from '@/api/error-codes';
import { z } from '@/lib/zod';
import {
  SandboxError,
  authenticate,
  errorResponse,
  handle,
  invalid,
  notFound,
  readJson,
  validateBody,
} from '../lib/respond';
import { readUpload } from '../lib/upload';
import { wireCase } from './store';
import type { CaseStore, StoredCase } from './store';

/*
 * The Case Management sandbox. The document gives no paths [CM-1]; these are the inventory's
 * INFERRED routes (the portal's defaults), and the likely alternatives it names are served too.
 */

export const CASES_PREFIX = '*/case-management/v2';

const conflict = (detail: string) => new SandboxError(409, '409001', detail);

/**
 * Modify takes a `CaseNumber` (= 8 characters); Get and Cancel a `CaseOrOrderNumber`, typed
 * string [8 .. 100] [CM-7]. Any id of that length is looked up; an unknown one is 404.
 */
function checkId(id: string, kind: 'any' | 'case') {
  if (kind === 'case' && !isCaseNumber(id)) {
    throw invalid('a case number has exactly 8 characters', [
      { field: 'caseNumber', message: 'must be exactly 8 characters' },
    ]);
  }
  if (kind === 'any' && (id.length < 8 || id.length > 100)) {
    throw invalid('the id (a case or order number) must have 8 to 100 characters', [
      { field: 'id', message: 'must be 8 to 100 characters' },
    ]);
  }
}

export interface CaseHandlerOptions {
  /**
   * `strict` (the default): a `code` outside the document's 165 is a 400 naming it; the
   * provider's own create sample (`0013-0102`) gets it [CM-3]. `lenient`: any code of the form
   * `0000-0000` is taken, as a server the document leaves that to might.
   */
  caseCodes?: 'strict' | 'lenient';
}

const LenientCreateCaseSchema = z.extend(CreateCaseSchema, {
  code: z
    .string()
    .check(z.regex(/^\d{4}-\d{4}$/, { error: 'must be a code of the form 0000-0000' })),
});

export function createCaseHandlers(
  store: CaseStore,
  prefix: string = CASES_PREFIX,
  options: CaseHandlerOptions = {},
) {
  const now = () => store.clock();
  const createSchema = options.caseCodes === 'lenient' ? LenientCreateCaseSchema : CreateCaseSchema;

  function find(id: string): StoredCase {
    const c = store.find(id);
    if (!c) throw notFound(`no case or order with number ${id}`);
    return c;
  }

  /** Attachment references whose file was never uploaded, as field errors. */
  function unuploaded(body: Record<string, unknown>): FieldError[] {
    const refs = Array.isArray(body.attachments) ? (body.attachments as unknown[]) : [];
    return refs.flatMap((ref, i) => {
      const id = ref && typeof ref === 'object' ? (ref as { id?: unknown }).id : undefined;
      return typeof id === 'string' && id !== '' && !store.file(id)
        ? [{ field: `attachments.${i}.id`, message: `no uploaded file has the id ${id}` }]
        : [];
    });
  }

  function inTheFuture(body: Record<string, unknown>): FieldError[] {
    const at = typeof body.occurredDateTime === 'string' ? Date.parse(body.occurredDateTime) : NaN;
    return at > now() + 60_000 ? [{ field: 'occurredDateTime', message: 'is in the future' }] : [];
  }

  const create = handle(async ({ request }) => {
    const caller = authenticate(request);
    const body = validateBody(createSchema, await readJson(request), {
      mandatory: ['code', 'description', 'primaryId'],
      fieldsOf: 'a case',
      check: (raw) => [...inTheFuture(raw), ...unuploaded(raw)],
    });
    const at = now();
    const family = Number(body.code.slice(0, 4));
    const c = store.add({
      type: family >= 300 && family < 400 ? 'TROUBLE' : 'CASE',
      code: body.code,
      description: body.description,
      primaryId: body.primaryId,
      secondaryId: body.secondaryId,
      customerReferenceId: body.customerReferenceId,
      occurredDateTime: body.occurredDateTime,
      accountNumber: '182389736',
      accountName: 'Nordvik Bygg AS',
      channel: 'PORTAL',
      ibx: ['OS1'],
      status: 'SUBMITTED',
      createdAt: at,
      updatedAt: at,
      updatedBy: caller.userName ?? 'API',
      contacts: body.contacts ?? [],
      attachments: body.attachments ?? [],
      // The details variants are titled by code, their properties undocumented [CM-4], and the
      // provider's own sample sends details no variant names: any code may carry them.
      details: body.details,
      statusHistory: [{ status: 'SUBMITTED', at }],
      notes: [],
      lines: [],
      purchaseOrders: [],
      products: [],
      productOfferingCodes: [],
      category: family >= 300 && family < 400 ? 'Trouble Services' : 'Service Request',
      subCategory: 'Portal',
      additionalInfo: [],
      modifiable: true,
      cancellable: true,
      reOpen: false,
      respond: true,
      owners: caller.userName ? [caller.userName] : [],
    });
    // Create answers 200, not 201 [CM-20].
    return HttpResponse.json({ id: c.caseNumber, type: c.type });
  });

  const get = handle(({ request, params }) => {
    authenticate(request);
    const id = String(params.id);
    checkId(id, 'any');
    return HttpResponse.json(wireCase(find(id)));
  });

  const addNote = handle(async ({ request, params }) => {
    const caller = authenticate(request);
    const caseNumber = String(params.caseNumber);
    checkId(caseNumber, 'case');
    const c = find(caseNumber);
    const body = validateBody(AddNoteSchema, await readJson(request), {
      mandatory: ['text'],
      fieldsOf: 'a note',
      check: unuploaded,
    });
    const visibility = body.visibility ?? 'EXTERNAL';
    // The document says nothing on who may write INTERNAL notes [CM-24] and names no user
    // header. The portal's own rule: its company users cannot. So a caller naming itself as one
    // of them is refused; a plain API client (no X-User-Name, or a name the portal does not know)
    // may write one.
    if (visibility === 'INTERNAL' && caller.demoUser && caller.role !== 'support') {
      throw new SandboxError(
        403,
        '403001',
        `only support staff can add INTERNAL notes, and ${caller.userName} is a company user; send visibility EXTERNAL`,
        [{ field: 'visibility', message: 'INTERNAL is for support staff only' }],
      );
    }
    if (FINAL_CASE_STATUSES.includes(c.status))
      throw conflict(`case ${c.caseNumber} is ${c.status}`);
    const note = store.addNote(
      c,
      {
        text: body.text,
        visibility,
        attachments: body.attachments ?? [],
        author: caller.userName ?? 'API',
      },
      { fromCustomer: caller.role !== 'support' },
    );
    return HttpResponse.json({
      result: { CaseId: c.sfId, CaseNotesId: note.id, CaseNumber: c.caseNumber },
    });
  });

  const cancel = handle(async ({ request, params }) => {
    const caller = authenticate(request);
    const id = String(params.id);
    checkId(id, 'any');
    const c = find(id);
    const body = validateBody(CancelCaseSchema, await readJson(request), {
      mandatory: ['reason'],
      fieldsOf: 'a cancellation',
    });
    if (FINAL_CASE_STATUSES.includes(c.status))
      throw conflict(`case ${c.caseNumber} is already ${c.status}`);
    if (!c.cancellable) throw conflict(`case ${c.caseNumber} can no longer be cancelled`);
    // The reason is kept as a note; it answers nothing (the case goes straight to CANCELLED).
    const note = store.addNote(
      c,
      {
        text: body.reason,
        visibility: 'EXTERNAL',
        attachments: [],
        author: caller.userName ?? 'API',
      },
      { fromCustomer: false },
    );
    store.setStatus(c, 'CANCELLED', now(), caller.userName ?? 'API');
    return HttpResponse.json({
      result: { CaseId: c.sfId, CaseNotesId: note.id, CaseNumber: c.caseNumber },
    });
  });

  const upload = handle(async ({ request }) => {
    authenticate(request);
    const stored = store.addFile(await readUpload(request));
    return HttpResponse.json({ id: stored.id, name: stored.name }, { status: 201 });
  });

  return [
    route.post(`${prefix}/attachments`, upload),
    route.post(`${prefix}/tickets`, create),
    // Cancel: the inferred POST …/cancel, and the alternatives the inventory names.
    route.post(`${prefix}/tickets/:id/cancel`, cancel),
    route.patch(`${prefix}/tickets/:id/cancel`, cancel),
    route.delete(`${prefix}/tickets/:id`, cancel),
    route.get(`${prefix}/tickets/:id`, get),
    // Add a note: the inferred PATCH, and PUT or POST …/notes.
    route.patch(`${prefix}/tickets/:caseNumber`, addNote),
    route.put(`${prefix}/tickets/:caseNumber`, addNote),
    route.post(`${prefix}/tickets/:caseNumber/notes`, addNote),
    route.all(`${prefix}/*`, ({ request }) =>
      errorResponse(404, '404001', `${request.method} ${new URL(request.url).pathname}`),
    ),
  ];
}
