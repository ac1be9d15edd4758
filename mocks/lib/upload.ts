import { checkAttachment, MAX_ATTACHMENT_BYTES } from '@/api/service-tickets/attachment-rules';
import { invalid, missing } from './respond';

/** A media type as a form or a body declares it (`text/plain`, `text/plain; charset=utf-8`). */
export const MEDIA_TYPE = /^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/;

/** An uploaded file the sandbox accepted: its name is a bare file name, never a path. */
export interface Upload {
  name: string;
  /** The form's `contentType` field when it sent one, else the file part's own type. */
  contentType: string;
  bytes: Uint8Array;
}

// eslint-disable-next-line no-control-regex
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The last segment of a client's file name, without control characters or direction marks: a
 * name like `../../etc/passwd` or `C:\fakepath\log.txt` is stored (and later downloaded) as `passwd` or
 * `log.txt`, never as a path.
 */
export function safeFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  // Control characters, and the marks that reorder how text is shown: `report\u202excod.docm`
  // would be listed as "reportmcod.docx".
  const clean = base.replace(HIDDEN_CHARACTERS, '').trim();
  const name = clean === '' || clean === '.' || clean === '..' ? 'attachment' : clean;
  return shortened(name, 255);
}

/**
 * A name cut to `max` characters with its extension kept (`aaa….txt`), so the stored name still
 * says what the file is and can be matched by its extension; a whole code point at a time.
 */
function shortened(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (ext.length === 0 || ext.length > 20) return chars.slice(0, max).join('');
  return [...chars.slice(0, max - ext.length), ...ext].join('');
}

/**
 * Reads a multipart upload with one `file` part (and an optional `contentType` field), with the
 * portal's attachment rules: no executables, no empty files, at most `MAX_ATTACHMENT_BYTES`.
 */
export async function readUpload(request: Request): Promise<Upload> {
  if (!/multipart\/form-data/i.test(request.headers.get('Content-Type') ?? '')) {
    throw invalid('the body must be multipart/form-data with a file part');
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw invalid('the multipart body could not be read');
  }
  // The document's form has `file` and `contentType`; another part would be dropped unread.
  const extra = [...new Set(form.keys())].filter((k) => k !== 'file' && k !== 'contentType');
  if (extra.length) {
    throw invalid(
      `${extra.map((k) => k.slice(0, 40)).join(', ')} ${extra.length > 1 ? 'are not parts' : 'is not a part'} of an upload; it takes file and contentType`,
      extra.map((field) => ({ field: field.slice(0, 40), message: 'is not a part of an upload' })),
    );
  }
  const parts = form.getAll('file');
  const file = parts[0];
  if (file === undefined) throw missing(['file']);
  // One file per request: a second part would otherwise be dropped without a word.
  if (parts.length > 1) {
    throw invalid('send one file per request', [
      { field: 'file', message: `${parts.length} file parts sent; one is allowed` },
    ]);
  }
  if (typeof file === 'string') throw invalid('file must be a file part, not text');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const declared = form.get('contentType');
  const contentType =
    (typeof declared === 'string' && declared.trim()) || file.type || 'application/octet-stream';
  if (!MEDIA_TYPE.test(contentType) || contentType.length > 200) {
    throw invalid('contentType is not a valid media type', [
      { field: 'contentType', message: 'is not a valid media type' },
    ]);
  }
  const name = safeFileName(file.name || 'attachment');
  const problem = checkAttachment({
    name,
    type: contentType,
    size: bytes.byteLength,
    head: bytes.subarray(0, 4),
  });
  if (problem?.reason === 'executable') {
    throw invalid('executable files are not permitted as attachments', [
      { field: 'file', message: 'executable files are not permitted' },
    ]);
  }
  if (problem?.reason === 'too-large') {
    throw invalid(`the file is larger than ${MAX_ATTACHMENT_BYTES} bytes`, [
      { field: 'file', message: `must be at most ${MAX_ATTACHMENT_BYTES} bytes` },
    ]);
  }
  if (problem?.reason === 'empty') {
    throw invalid('the file is empty', [{ field: 'file', message: 'is empty' }]);
  }
  return { name, contentType, bytes };
}
