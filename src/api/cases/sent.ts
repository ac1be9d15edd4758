import { useMemo, useSyncExternalStore } from 'react';
import { sessionStore } from '../session';
import type { NoteVisibility } from './schemas';

/*
 * What the signed-in user sent to the Case API that its GET never returns: the notes they added,
 * why they cancelled, and the ticket code, references and files of a case they opened. Kept in sessionStorage for the signed-in session, so a reload keeps it
 * (this tab only; never in localStorage); signing out, or another user signing in, clears it.
 * Signing in again after an expired token keeps it: it is the same user's session going on.
 */

/** A note this user added (the Case API's GET does not return notes). */
export interface SentNote {
  kind: 'note';
  text: string;
  visibility: NoteVisibility;
  files: string[];
  at: string;
  /** `CaseNotesId` from the answer, when the API gave one. */
  id?: string;
}

/** This user's reason for cancelling (the API stores it as a note [CM-9] and never returns it). */
export interface SentCancellation {
  kind: 'cancel';
  reason: string;
  at: string;
  id?: string;
}

export type SentEntry = SentNote | SentCancellation;

/**
 * What the user sent when opening the case, of what the document's GET response does not carry
 * (its description, customer reference and contacts do come back, and are shown from there).
 */
export interface SentOpening {
  code: string;
  primaryId: string;
  secondaryId?: string;
  occurredDateTime?: string;
  files: string[];
  /** The names of the details the user typed (they come back among `additionalInfo`). */
  detailKeys: string[];
  at: string;
}

interface CaseRecord {
  entries: SentEntry[];
  opened?: SentOpening;
}

interface Stored {
  userName: string;
  cases: Record<string, CaseRecord>;
}

export const SENT_STORAGE_KEY = 'portal.cases.sent';
const MAX_ENTRIES_PER_CASE = 200;

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

const str = (v: unknown): v is string => typeof v === 'string';
const optionalId = (v: unknown) => (str(v) && v !== '' ? { id: v } : {});

/** One stored entry, checked field by field; anything odd is dropped. */
function parseEntry(value: unknown): SentEntry | null {
  if (!value || typeof value !== 'object') return null;
  const e = value as Record<string, unknown>;
  if (!str(e.at)) return null;
  if (e.kind === 'note' && str(e.text)) {
    const files = Array.isArray(e.files) ? e.files.filter(str) : [];
    const visibility: NoteVisibility = e.visibility === 'INTERNAL' ? 'INTERNAL' : 'EXTERNAL';
    return { kind: 'note', text: e.text, visibility, files, at: e.at, ...optionalId(e.id) };
  }
  if (e.kind === 'cancel' && str(e.reason)) {
    return { kind: 'cancel', reason: e.reason, at: e.at, ...optionalId(e.id) };
  }
  return null;
}

function parseOpening(value: unknown): SentOpening | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const o = value as Record<string, unknown>;
  if (!str(o.code) || !str(o.primaryId) || !str(o.at)) return undefined;
  return {
    code: o.code,
    primaryId: o.primaryId,
    ...(str(o.secondaryId) ? { secondaryId: o.secondaryId } : {}),
    ...(str(o.occurredDateTime) ? { occurredDateTime: o.occurredDateTime } : {}),
    files: Array.isArray(o.files) ? o.files.filter(str) : [],
    detailKeys: Array.isArray(o.detailKeys) ? o.detailKeys.filter(str) : [],
    at: o.at,
  };
}

function parse(raw: string | null | undefined): Stored | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object') return null;
    const { userName, cases } = value as Record<string, unknown>;
    if (!str(userName) || !cases || typeof cases !== 'object') return null;
    const out: Record<string, CaseRecord> = {};
    for (const [id, value] of Object.entries(cases as Record<string, unknown>)) {
      const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
      const entries = Array.isArray(record.entries)
        ? record.entries.flatMap((e) => parseEntry(e) ?? [])
        : [];
      const opened = parseOpening(record.opened);
      out[id] = { entries, ...(opened ? { opened } : {}) };
    }
    return { userName, cases: out };
  } catch {
    return null;
  }
}

const EMPTY: Record<string, CaseRecord> = {};
let cached: { raw: string | null; userName: string | undefined; cases: typeof EMPTY } = {
  raw: null,
  userName: undefined,
  cases: EMPTY,
};
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** The records of the signed-in user; another user's (or none signed in) are not theirs. */
function current(): Record<string, CaseRecord> {
  const raw = storage()?.getItem(SENT_STORAGE_KEY) ?? null;
  const userName = sessionStore.get()?.user.userName;
  if (raw === cached.raw && userName === cached.userName) return cached.cases;
  const stored = parse(raw);
  const cases = stored && stored.userName === userName ? stored.cases : EMPTY;
  cached = { raw, userName, cases };
  return cases;
}

function clear() {
  storage()?.removeItem(SENT_STORAGE_KEY);
  emit();
}

/*
 * Clears the records when the user signs out or another user signs in, even without signing out
 * first. Started here, once, when this module loads — the one place: whatever records something
 * has loaded it, and the app bar imports it for this effect, so it runs on every signed-in page,
 * also for records kept from before a reload.
 */
function clearWhenTheUserChanges() {
  let userName = sessionStore.get()?.user.userName;
  return sessionStore.subscribe(() => {
    const next = sessionStore.get()?.user.userName;
    if (next !== userName) clear();
    userName = next;
  });
}
const stopClearing = clearWhenTheUserChanges();
// A hot reload in development evaluates this module again: its watch replaces the old one.
import.meta.hot?.dispose(stopClearing);

function update(caseId: string, change: (record: CaseRecord) => CaseRecord) {
  const session = sessionStore.get();
  if (!session) return;
  const cases = current();
  const next: Stored = {
    userName: session.user.userName,
    cases: { ...cases, [caseId]: change(cases[caseId] ?? { entries: [] }) },
  };
  try {
    storage()?.setItem(SENT_STORAGE_KEY, JSON.stringify(next));
  } catch {
    /* storage full or unavailable: it is not kept past this page */
  }
  emit();
}

function add(caseId: string, entry: SentEntry) {
  update(caseId, (r) => ({ ...r, entries: [...r.entries, entry].slice(-MAX_ENTRIES_PER_CASE) }));
}

export function recordSentNote(caseNumber: string, note: Omit<SentNote, 'kind' | 'at'>) {
  // Internal notes are support staff's only: nobody else's is ever recorded as one.
  const visibility = sessionStore.get()?.user.role === 'support' ? note.visibility : 'EXTERNAL';
  add(caseNumber, { kind: 'note', ...note, visibility, at: new Date().toISOString() });
}

export function recordCancellation(id: string, reason: string, noteId?: string) {
  add(id, { kind: 'cancel', reason, at: new Date().toISOString(), ...optionalId(noteId) });
}

export function recordOpening(caseId: string, opening: Omit<SentOpening, 'at'>) {
  update(caseId, (r) => ({ ...r, opened: { ...opening, at: new Date().toISOString() } }));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * What this user sent for a case, oldest first. A case is known by several numbers (its case
 * number, the order number, the number it was opened under): pass every one.
 */
export function useSentForCase(ids: readonly (string | undefined)[]): {
  entries: SentEntry[];
  opened: SentOpening | undefined;
} {
  const cases = useSyncExternalStore(subscribe, current, current);
  const key = [...new Set(ids.filter((id): id is string => !!id))].join('\n');
  return useMemo(() => {
    const records = key.split('\n').flatMap((id) => cases[id] ?? []);
    return {
      entries: records.flatMap((r) => r.entries).sort((a, b) => a.at.localeCompare(b.at)),
      opened: records.find((r) => r.opened)?.opened,
    };
  }, [cases, key]);
}
