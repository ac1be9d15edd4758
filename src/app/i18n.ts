import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import nb from './locales/nb.json';
import type { Language } from '@/lib/format';

export const LANGUAGES: Language[] = ['en', 'nb'];
const STORAGE_KEY = 'portal.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'nb') return stored;
  } catch {
    /* storage may be unavailable */
  }
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  return preferred.some((l) => /^(nb|no|nn)\b/i.test(l)) ? 'nb' : 'en';
}

export function setupI18n(language: Language = initialLanguage()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { en: { translation: en }, nb: { translation: nb } },
      lng: language,
      fallbackLng: 'en',
      interpolation: { escapeValue: false }, // React escapes
      initAsync: false,
    });
    i18n.on('languageChanged', (lng) => {
      document.documentElement.lang = lng;
      try {
        localStorage.setItem(STORAGE_KEY, lng);
      } catch {
        /* ignore */
      }
    });
    document.documentElement.lang = language;
  }
  return i18n;
}
