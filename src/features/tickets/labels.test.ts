import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import en from '@/app/locales/en.json';
import nb from '@/app/locales/nb.json';
import type { Activity } from '@/api/service-tickets/schemas';
import { activityOnTicket, activitySummary, priorityLabel, statusLabel } from './labels';

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

describe('a changed field inside a sentence', () => {
  const changed = (fieldName: string) => ({ action: 'UPDATED', fieldName }) as Activity;

  it('is written in lower case, as the rest of the sentence; an abbreviation and an unknown name stay', async () => {
    const i18n = createInstance();
    await i18n.init({
      lng: 'en',
      resources: { en: { translation: en }, nb: { translation: nb } },
    });
    const t = i18n.getFixedT('en');
    expect(activitySummary(t, changed('contact'))).toBe('changed contact');
    expect(activityOnTicket(t, changed('localContact'))).toContain('local contact');
    expect(activitySummary(t, changed('someApiField'))).toBe('changed someApiField');
    const nbT = i18n.getFixedT('nb');
    expect(activitySummary(nbT, changed('contact'))).toBe('endret kontaktperson');
    expect(activitySummary(nbT, { action: 'DELETED', fieldName: 'localContact' } as Activity)).toBe(
      'fjernet lokal kontakt',
    );
  });
});
