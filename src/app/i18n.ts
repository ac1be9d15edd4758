import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from './locales/en.json';
import type { Language } from '@/lib/format';

export const LANGUAGES: Language[] = ['en', 'nb'];
const STORAGE_KEY = 'portal.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** Each language is its own chunk: a visitor downloads only the one they read. */
const bundles: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  en: () => import('./locales/en.json'),
  nb: () => import('./locales/nb.json'),
};

export function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'nb') return stored;
  } catch {
    /* storage may be unavailable */
  }
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  return preferred.some((l) => /^(nb|no|nn)\b/i.test(l)) ? 'nb' : 'en';
}

async function loadLanguage(language: Language) {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  const bundle = await bundles[language]();
  i18n.addResourceBundle(language, 'translation', bundle.default, true, true);
}

/** Switches the UI language, loading its texts first. */
export async function switchLanguage(language: Language) {
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

export async function setupI18n(language: Language = initialLanguage()) {
  if (!i18n.isInitialized) {
    await i18n.use(initReactI18next).init({
      resources: {},
      partialBundledLanguages: true,
      lng: language,
      // Both languages have every key (a unit test checks), so there is nothing to fall back to.
      fallbackLng: false,
      interpolation: { escapeValue: false }, // React escapes
    });
    i18n.on('languageChanged', (lng) => {
      document.documentElement.lang = lng;
      try {
        localStorage.setItem(STORAGE_KEY, lng);
      } catch {
        /* ignore */
      }
    });
  }
  await switchLanguage(language);
  document.documentElement.lang = language;
  return i18n;
}
