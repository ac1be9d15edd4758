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

  it('takes list items back field by field, and drops the ones that are not items', () => {
    saveDraft('case', 'Kari Nordmann', {
      contacts: [{ name: 'Nils', kind: 7, extra: '<b>' }, 'Nils', null, [1]],
      details: [{ key: 'Rom', value: '12' }, { key: { nested: true } }],
    });
    const draft = readDraft('case', 'Kari Nordmann', { ...fallback, details: [] as object[] });
    expect(draft?.contacts).toEqual([{ name: 'Nils', kind: 'user' }]);
    expect(draft?.details).toEqual([{ key: 'Rom', value: '12' }]);
  });

  it('checks the fields of a record too', () => {
    saveDraft('case', 'Kari Nordmann', { dates: { from: 20261201, to: '2026-12-24' } });
    expect(readDraft('case', 'Kari Nordmann', fallback)?.dates).toEqual({
      from: '',
      to: '2026-12-24',
    });
  });
});
