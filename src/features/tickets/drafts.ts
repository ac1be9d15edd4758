import { useEffect } from 'react';
import type { FieldValues, UseFormWatch } from 'react-hook-form';

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
