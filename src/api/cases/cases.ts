import { env } from '@/config/env';
import { ApiError, requestJson, requestUpload } from '../http';
import type { UploadProgress } from '../http';
import { sessionStore } from '../session';
import { fillRoute } from './routes';
import type { CaseRouteName } from './routes';
import {
  AddNoteSchema,
  CaseSchema,
  CreateCaseResultSchema,
  NoteResultSchema,
  isCaseNumber,
  isCaseOrOrderNumber,
} from './schemas';
import type { AddNote, Case, CreateCase, CreateCaseResult, NoteResult } from './schemas';
import { z } from '@/lib/zod';

/*
 * The Case Management API 2.0.0 client: create, get, add a note (the document's "modify"
 * [CM-28]), cancel — plus the attachment upload the document implies but does not describe.
 */

function route(name: CaseRouteName, values: Record<string, string> = {}) {
  const r = env.caseRoutes[name];
  return { method: r.method, route: fillRoute(r.path, values), baseUrl: env.casesBaseUrl };
}

/** Bad input caught before sending: the same typed error the server's 400 would give. */
function refuse(message: string, field?: string): never {
  throw new ApiError({
    kind: 'http',
    status: 400,
    code: '400002',
    message,
    fieldErrors: field ? [{ field, message }] : [],
  });
}

export function createCase(body: CreateCase, signal?: AbortSignal): Promise<CreateCaseResult> {
  return requestJson({ ...route('create'), body, schema: CreateCaseResultSchema, signal });
}

/** By case number (8 characters) or order number (14–100) [CM-7]. */
export async function getCase(id: string, signal?: AbortSignal): Promise<Case> {
  if (!isCaseOrOrderNumber(id))
    refuse('A case number has 8 characters; an order number 14 to 100.', 'id');
  return requestJson({ ...route('get', { id }), schema: CaseSchema, signal });
}

/**
 * Adds a note. `INTERNAL` notes are hidden from customers [CM-24], so only support staff may
 * write them: the client refuses to send one for anybody else.
 */
export async function addCaseNote(
  caseNumber: string,
  note: AddNote,
  signal?: AbortSignal,
): Promise<NoteResult> {
  if (!isCaseNumber(caseNumber))
    refuse('Notes can only be added by case number (8 characters).', 'caseNumber');
  if (note.visibility === 'INTERNAL' && sessionStore.get()?.user.role !== 'support') {
    throw new ApiError({
      kind: 'http',
      status: 403,
      code: '403001',
      message: 'Only support staff can write internal notes.',
      fieldErrors: [{ field: 'visibility', message: 'INTERNAL is for support staff only' }],
    });
  }
  const body = AddNoteSchema.parse({ ...note, visibility: note.visibility ?? 'EXTERNAL' });
  return requestJson({
    ...route('addNote', { caseNumber }),
    body,
    schema: NoteResultSchema,
    signal,
  });
}

/** The document's name for adding a note [CM-28]. */
export const modifyCase = addCaseNote;

export async function cancelCase(
  id: string,
  reason: string,
  signal?: AbortSignal,
): Promise<NoteResult> {
  if (!isCaseOrOrderNumber(id))
    refuse('A case number has 8 characters; an order number 14 to 100.', 'id');
  return requestJson({
    ...route('cancel', { id }),
    body: { reason },
    schema: NoteResultSchema,
    signal,
  });
}

const UploadResultSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.optional(z.string()),
});

/** Uploads a file for a case or a note; the answer's id goes in `attachments`. */
export function uploadCaseAttachment(
  file: File,
  options: { signal?: AbortSignal; onProgress?: (p: UploadProgress) => void } = {},
): Promise<{ id: string; name: string }> {
  const form = new FormData();
  form.append('file', file, file.name);
  const r = route('upload');
  return requestUpload({
    route: r.route,
    baseUrl: r.baseUrl,
    form,
    schema: z.pipe(
      UploadResultSchema,
      z.transform((v) => ({ id: v.id, name: v.name ?? file.name })),
    ),
    signal: options.signal,
    onProgress: options.onProgress,
  });
}
