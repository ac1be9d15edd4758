import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  FieldValues,
  Path,
  PathValue,
  UseFormReset,
  UseFormSetValue,
  UseFormWatch,
} from 'react-hook-form';
import { DRAFT_PREFIX, FLUSH_DRAFTS_EVENT } from '@/lib/draft-storage';

/*
 * Form drafts, per user, in sessionStorage: a reload, a crash or an expired sign-in does not lose
 * what was typed. (Chosen files cannot be kept there; the form says so.)
 */

const key = (name: string, userName: string) => `${DRAFT_PREFIX}${name}.${userName}`;

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/*
 * A stored value is taken back only where it has the default's shape: known fields with the
 * default's types, records field by field, lists item by item (against the default's first item
 * when it has one, else records of plain values). Anything else keeps the default, so a draft left
 * by an older version of the form, or edited by hand, cannot break the form.
 */
const isPlain = (x: unknown) => ['string', 'number', 'boolean'].includes(typeof x);

function restoreRecord(fallback: Record<string, unknown>, stored: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...fallback };
  for (const [k, v] of Object.entries(fallback)) {
    if (stored[k] !== undefined) out[k] = restore(v, stored[k]);
  }
  return out;
}

function restore(fallback: unknown, stored: unknown): unknown {
  if (Array.isArray(fallback)) {
    // A list (a case's contacts, its details) comes back as it was left, not merged into the
    // default's items (spreading an array into an object made `{0: …}` of it).
    if (!Array.isArray(stored)) return fallback;
    const template: unknown = fallback[0];
    return stored.filter(isRecord).flatMap((item) => {
      if (isRecord(template)) return [restoreRecord(template, item)];
      return Object.values(item).every(isPlain) ? [item] : [];
    });
  }
  if (isRecord(fallback)) return isRecord(stored) ? restoreRecord(fallback, stored) : fallback;
  return typeof stored === typeof fallback ? stored : fallback;
}

export function readDraft<T extends Record<string, unknown>>(
  name: string,
  userName: string,
  fallback: T,
): T | null {
  try {
    const raw = sessionStorage.getItem(key(name, userName));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!isRecord(parsed)) return null;
    return restoreRecord(fallback, parsed) as T;
  } catch {
    return null;
  }
}

/*
 * Saves wait a moment after a change (typing would otherwise write on every key), but none is
 * lost: leaving or reloading the page writes the waiting ones at once, and a cleared draft is not
 * written back by a save that was still waiting.
 */
const waiting = new Map<string, { timer: ReturnType<typeof setTimeout>; write: () => void }>();

function cancelWaiting(storageKey: string) {
  const save = waiting.get(storageKey);
  if (!save) return;
  clearTimeout(save.timer);
  waiting.delete(storageKey);
}

function flushWaiting(storageKey: string) {
  const save = waiting.get(storageKey);
  if (!save) return;
  clearTimeout(save.timer);
  save.write();
}

if (typeof window !== 'undefined') {
  const flushAll = () => {
    for (const storageKey of [...waiting.keys()]) flushWaiting(storageKey);
  };
  // A reload, closing the tab, or going to another site; or someone about to look (sign-out).
  window.addEventListener('pagehide', flushAll);
  window.addEventListener(FLUSH_DRAFTS_EVENT, flushAll);
}

/**
 * Saves `value` as the draft `name` of `userName`, after `delayMs` (at once when 0); a later save
 * of the same draft replaces one still waiting. `null` removes the draft.
 */
export function saveDraft(name: string, userName: string, value: unknown, delayMs = 0) {
  const storageKey = key(name, userName);
  cancelWaiting(storageKey);
  const write = () => {
    waiting.delete(storageKey);
    try {
      if (value === null) sessionStorage.removeItem(storageKey);
      else sessionStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      /* storage full or unavailable: the form still works */
    }
  };
  if (delayMs <= 0) write();
  else waiting.set(storageKey, { timer: setTimeout(write, delayMs), write });
}

/** Writes the draft's waiting save now, if there is one (e.g. when its form goes away). */
export function flushDraft(name: string, userName: string) {
  flushWaiting(key(name, userName));
}

export function clearDraft(name: string, userName: string) {
  const storageKey = key(name, userName);
  cancelWaiting(storageKey);
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    /* ignore */
  }
}

const SAVE_DELAY_MS = 250;

/**
 * A single text kept as a draft (a comment being written): what `initial` was left, and `save`
 * to keep the text as it changes (an empty or blank text removes the draft).
 */
export function useTextDraft(name: string, userName: string) {
  const [initial] = useState(() => readDraft(name, userName, { text: '' })?.text ?? '');
  useEffect(() => () => flushDraft(name, userName), [name, userName]);
  const save = useCallback(
    (text: string, { now = false } = {}) =>
      saveDraft(name, userName, text.trim() === '' ? null : { text }, now ? 0 : SAVE_DELAY_MS),
    [name, userName],
  );
  return { initial, save };
}

/** How the draft of a form is kept. */
export interface AutosaveOptions {
  /** The blank form: values equal to it are no draft (it is removed). */
  empty?: unknown;
  /**
   * Fields changed by one pick rather than by typing (selects, checkboxes): saved at once, so a
   * reload right after choosing keeps the choice. Typing waits a moment.
   */
  immediate?: readonly string[];
}

/**
 * Saves the form's values a moment after each change (a choice at once), while `enabled`;
 * leaving the form writes a save still waiting.
 */
export function useDraftAutosave<T extends FieldValues>(
  name: string,
  userName: string,
  watch: UseFormWatch<T>,
  enabled = true,
  { empty, immediate = [] }: AutosaveOptions = {},
) {
  const blank = useRef(empty === undefined ? undefined : JSON.stringify(empty));
  const atOnce = useRef(immediate);
  useEffect(() => {
    if (!enabled) return;
    const subscription = watch((values, { name: field }) => {
      const json = JSON.stringify(values);
      const delay = field !== undefined && atOnce.current.includes(field) ? 0 : SAVE_DELAY_MS;
      saveDraft(name, userName, json === blank.current ? null : values, delay);
    });
    return () => {
      subscription.unsubscribe();
      flushDraft(name, userName);
    };
  }, [name, userName, watch, enabled]);
}

/**
 * An edit form's draft: what the user changed is saved as they type and, when they come back to
 * the same ticket (after a reload, a crash, or leaving on purpose), put back over the loaded
 * values, marked as changed; once `saved`, it is gone. Returns whether a draft was restored, and a
 * way to discard it.
 */
export function useEditDraft<T extends Record<string, unknown>>(
  name: string,
  userName: string,
  form: {
    defaults: T;
    watch: UseFormWatch<T>;
    setValue: UseFormSetValue<T>;
    reset: UseFormReset<T>;
  },
  saved: boolean,
  { immediate }: Pick<AutosaveOptions, 'immediate'> = {},
) {
  const { defaults, watch, setValue, reset } = form;
  // Read once, when the form opens: the fields where the draft differs from the loaded values.
  const [changes] = useState(() => {
    const draft = readDraft(name, userName, defaults);
    return draft
      ? Object.entries(draft).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(defaults[k]))
      : [];
  });
  const [restored, setRestored] = useState(changes.length > 0);
  useEffect(() => {
    for (const [k, v] of changes)
      setValue(k as Path<T>, v as PathValue<T, Path<T>>, { shouldDirty: true });
  }, [changes, setValue]);
  useDraftAutosave(name, userName, watch, !saved, { empty: defaults, immediate });
  // Saved: the draft has done its job.
  useEffect(() => {
    if (saved) clearDraft(name, userName);
  }, [saved, name, userName]);
  const discard = () => {
    clearDraft(name, userName);
    reset(defaults);
    setRestored(false);
  };
  return { restored, discard };
}
