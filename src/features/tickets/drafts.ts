import { useEffect, useState } from 'react';
import type {
  FieldValues,
  Path,
  PathValue,
  UseFormReset,
  UseFormSetValue,
  UseFormWatch,
} from 'react-hook-form';

/*
 * Form drafts, per user, in sessionStorage: a reload, a crash or an expired sign-in does not lose
 * what was typed. (Chosen files cannot be kept there; the form says so.)
 */

const key = (name: string, userName: string) => `portal.draft.${name}.${userName}`;

export function readDraft<T extends Record<string, unknown>>(
  name: string,
  userName: string,
  fallback: T,
): T | null {
  try {
    const raw = sessionStorage.getItem(key(name, userName));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') return null;
    // Only known fields, with the right primitive types, are taken back.
    const out: Record<string, unknown> = { ...fallback };
    for (const [k, v] of Object.entries(fallback)) {
      const stored = (parsed as Record<string, unknown>)[k];
      if (stored === undefined) continue;
      if (typeof v === 'object' && v !== null && typeof stored === 'object' && stored !== null) {
        out[k] = { ...v, ...stored };
      } else if (typeof stored === typeof v) {
        out[k] = stored;
      }
    }
    return out as T;
  } catch {
    return null;
  }
}

export function clearDraft(name: string, userName: string) {
  try {
    sessionStorage.removeItem(key(name, userName));
  } catch {
    /* ignore */
  }
}

/** Saves the form's values a moment after each change, while `enabled`. */
export function useDraftAutosave<T extends FieldValues>(
  name: string,
  userName: string,
  watch: UseFormWatch<T>,
  enabled = true,
) {
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = watch((values) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        try {
          sessionStorage.setItem(key(name, userName), JSON.stringify(values));
        } catch {
          /* storage full or unavailable: the form still works */
        }
      }, 250);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
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
  useDraftAutosave(name, userName, watch, !saved);
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
