/*
 * The UI languages, which one to start in, and where each one's texts are — without the i18n
 * library, so the portal's first script can pick the language and start downloading its texts
 * while the libraries are still on their way (i18n.ts sets the library up with them).
 */
import type { Language } from '@/lib/formatters';

export const LANGUAGES: Language[] = ['en', 'nb'];
export const LANGUAGE_STORAGE_KEY = 'portal.language';

export type Texts = Record<string, unknown>;

/** Each language is its own chunk: a visitor downloads only the one they read. */
const bundles: Record<Language, () => Promise<{ default: Texts }>> = {
  en: () => import('./locales/en.json'),
  nb: () => import('./locales/nb.json'),
};

const loading = new Map<Language, Promise<Texts>>();

/** A language's texts, downloaded once (a failed download is tried again on the next call). */
export function loadTexts(language: Language): Promise<Texts> {
  let texts = loading.get(language);
  if (!texts) {
    texts = bundles[language]().then((m) => m.default);
    texts.catch(() => loading.delete(language));
    loading.set(language, texts);
  }
  return texts;
}

/** The language chosen before (kept in this browser), else the browser's own preference. */
export function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (stored === 'en' || stored === 'nb') return stored;
  } catch {
    /* storage may be unavailable */
  }
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  return preferred.some((l) => /^(nb|no|nn)\b/i.test(l)) ? 'nb' : 'en';
}
