import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from './locales/en.json';
import type { Language } from '@/lib/format';
import { initialLanguage, LANGUAGE_STORAGE_KEY, loadTexts } from './languages';

export { LANGUAGES } from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

async function loadLanguage(language: Language) {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await loadTexts(language), true, true);
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
        localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
      } catch {
        /* ignore */
      }
    });
  }
  await switchLanguage(language);
  document.documentElement.lang = language;
  return i18n;
}
