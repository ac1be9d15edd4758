import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import en from '@/app/locales/en.json';
import { priorityLabel, statusLabel } from './labels';

describe('status and priority labels', () => {
  it('known ones are translated; unknown ones, even named like built-in properties, are shown as written', async () => {
    const i18n = createInstance();
    await i18n.init({ lng: 'en', resources: { en: { translation: en } } });
    const t = i18n.getFixedT('en');
    expect(statusLabel(t, 'Awaiting Customer')).toBe('Awaiting customer');
    expect(statusLabel(t, 'constructor')).toBe('constructor');
    expect(priorityLabel(t, 'hasOwnProperty')).toBe('hasOwnProperty');
  });
});
