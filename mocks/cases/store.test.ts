import { describe, expect, it } from 'vitest';
import { createCaseStore, PICK_UP_AFTER_MS } from './store';
import { seedCaseStore } from './seed';

describe('case store: what the customer reads of a case', () => {
  const t0 = Date.parse('2026-11-20T10:00:00Z');

  it('a submitted case is picked up when support takes it, not when someone next looks', () => {
    let now = t0;
    const store = createCaseStore(() => now);
    seedCaseStore(store);
    const c = store.all()[0];
    if (!c) throw new Error('no seeded case');
    store.setStatus(c, 'SUBMITTED', t0, 'Kari Nordmann');
    now = t0 + 10 * PICK_UP_AFTER_MS;
    expect(store.find(c.caseNumber)?.status).toBe('IN_PROGRESS');
    expect(c.statusHistory.at(-1)).toEqual({ status: 'IN_PROGRESS', at: t0 + PICK_UP_AFTER_MS });
    expect(c.updatedAt).toBe(t0 + PICK_UP_AFTER_MS);
  });

  it('an internal note leaves no trace in "updated at / by"; a note to the customer does', () => {
    let now = t0;
    const store = createCaseStore(() => now);
    seedCaseStore(store);
    const c = store.all()[0];
    if (!c) throw new Error('no seeded case');
    const before = { at: c.updatedAt, by: c.updatedBy };
    now += 60_000;
    const note = { author: 'Per Haugen', attachments: [] };
    store.addNote(c, { ...note, text: 'Intern', visibility: 'INTERNAL' }, { fromCustomer: false });
    expect({ at: c.updatedAt, by: c.updatedBy }).toEqual(before);
    store.addNote(
      c,
      { ...note, text: 'Til kunden', visibility: 'EXTERNAL' },
      { fromCustomer: false },
    );
    expect({ at: c.updatedAt, by: c.updatedBy }).toEqual({ at: now, by: 'Per Haugen' });
  });
});
