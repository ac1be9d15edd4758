import { describe, expect, it } from 'vitest';
import { createCaseStore } from './store';
import { seedCaseStore } from './seed';

describe('case store snapshot (the browser sandbox keeps cases across a reload)', () => {
  it('restores cases, their notes and status history, files and the next numbers', () => {
    const now = Date.parse('2026-11-20T10:00:00Z');
    const first = createCaseStore(() => now);
    seedCaseStore(first);
    const sample = first.all()[0];
    if (!sample) throw new Error('no seeded case');
    first.addNote(
      sample,
      {
        text: 'Kunden har svart',
        visibility: 'EXTERNAL',
        author: 'Kari Nordmann',
        attachments: [],
      },
      { fromCustomer: true },
    );
    first.setStatus(sample, 'CANCELLED', now, 'Kari Nordmann');
    const file = first.addFile({
      name: 'bilde.png',
      contentType: 'image/png',
      bytes: new Uint8Array([137, 80, 78, 71]),
    });

    const saved = JSON.parse(JSON.stringify(first.snapshot())) as ReturnType<typeof first.snapshot>;
    const second = createCaseStore(() => now);
    seedCaseStore(second);
    second.restore(saved);

    const again = second.find(sample.caseNumber);
    expect(again?.status).toBe('CANCELLED');
    expect(again?.notes.at(-1)?.text).toBe('Kunden har svart');
    expect(again?.statusHistory.at(-1)?.status).toBe('CANCELLED');
    if (sample.orderId) expect(second.find(sample.orderId)?.caseNumber).toBe(sample.caseNumber);
    expect([...(second.file(file.id)?.bytes ?? [])]).toEqual([137, 80, 78, 71]);
    // New cases continue the numbering instead of reusing a number.
    const next = first.add({ ...sample, caseNumber: undefined });
    const nextAfterRestore = second.add({ ...sample, caseNumber: undefined });
    expect(nextAfterRestore.caseNumber).toBe(next.caseNumber);
  });

  it('tells its subscribers about every change', () => {
    const store = createCaseStore();
    seedCaseStore(store);
    let calls = 0;
    store.subscribe(() => (calls += 1));
    const c = store.all()[0];
    if (!c) throw new Error('no seeded case');
    store.addFile({ name: 'a.txt', contentType: 'text/plain', bytes: new Uint8Array([1]) });
    store.setStatus(c, 'IN_PROGRESS', Date.now(), 'x');
    expect(calls).toBe(2);
  });
});
