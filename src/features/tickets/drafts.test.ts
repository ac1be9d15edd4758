// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { readDraft, saveDraft } from './drafts';

afterEach(() => sessionStorage.clear());

describe('readDraft', () => {
  const fallback = {
    description: '',
    contacts: [{ name: 'Kari Nordmann', kind: 'user' }],
    dates: { from: '', to: '' },
  };

  it('gives lists back as they were left, with every item', () => {
    const left = {
      description: 'Ruteren starter på nytt',
      contacts: [
        { name: 'Kari Nordmann', kind: 'user' },
        { name: 'Nils', kind: 'person' },
      ],
      dates: { from: '2026-12-01' },
    };
    saveDraft('case', 'Kari Nordmann', left);
    const draft = readDraft('case', 'Kari Nordmann', fallback);
    expect(draft?.contacts).toEqual(left.contacts);
    expect(Array.isArray(draft?.contacts)).toBe(true);
    expect(draft?.dates).toEqual({ from: '2026-12-01', to: '' });
    expect(draft?.description).toBe('Ruteren starter på nytt');
  });

  it('keeps the default where the stored value has the wrong shape', () => {
    saveDraft('case', 'Kari Nordmann', { contacts: { 0: 'x' }, dates: [1], description: 5 });
    expect(readDraft('case', 'Kari Nordmann', fallback)).toEqual(fallback);
  });
});
