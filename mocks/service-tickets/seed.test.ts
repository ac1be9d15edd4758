import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '@/config/demo-users';
import { createSandbox } from '../sandbox';
import { wireDetail, wireSummary } from './store';

describe('the seeded sandbox', () => {
  const { tickets } = createSandbox();

  it('is the same on every start', () => {
    const again = createSandbox().tickets;
    const snapshot = (s: typeof tickets) =>
      JSON.stringify(s.all('incidents').map(wireSummary)) +
      JSON.stringify(s.all('orders').map(wireSummary));
    expect(snapshot(again)).toBe(snapshot(tickets));
  });

  it('holds enough realistic data', () => {
    const incidents = tickets.all('incidents');
    const orders = tickets.all('orders');
    expect(incidents.length).toBeGreaterThanOrEqual(120);
    expect(orders.length).toBeGreaterThanOrEqual(60);
    expect(tickets.categories.length).toBeGreaterThanOrEqual(4);
    expect(tickets.categories.every((c) => c.products.length && c.incidentTypes.length)).toBe(true);

    const statuses = new Set(incidents.map((t) => t.status));
    expect(statuses.size).toBeGreaterThanOrEqual(5);
    const closed = incidents.filter((t) =>
      ['Customer Accepted', 'Closed', 'Cancelled'].includes(t.status),
    );
    expect(closed.length).toBeGreaterThan(10);
    expect(closed.every((t) => t.closedAt !== undefined)).toBe(true);
    expect(incidents.filter((t) => t.closedAt !== undefined)).toHaveLength(closed.length);

    const endUsers = DEMO_USERS.filter((u) => u.role === 'customer').map((u) => u.userName);
    for (const user of endUsers) {
      expect(incidents.some((t) => t.createdBy.userName === user)).toBe(true);
    }
    expect(incidents.some((t) => t.comments.length > 0)).toBe(true);
    expect(orders.some((t) => t.comments.length > 0 || t.activities.length > 1)).toBe(true);
    const attachments = [...incidents, ...orders].flatMap((t) => t.attachments);
    expect(attachments.length).toBeGreaterThan(20);
    expect(attachments.every((a) => a.bytes.byteLength > 0)).toBe(true);
    const png = attachments.find((a) => a.contentType === 'image/png');
    expect([...(png?.bytes.subarray(0, 4) ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const pdf = attachments.find((a) => a.contentType === 'application/pdf');
    expect(new TextDecoder().decode(pdf?.bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('writes case numbers that grow with the creation date across both kinds', () => {
    const all = [...tickets.all('incidents'), ...tickets.all('orders')].sort(
      (a, b) => a.createdAt - b.createdAt,
    );
    const numbers = all.map((t) => t.caseNumber);
    expect(numbers).toEqual([...numbers].sort());
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it("emits the provider's internalUser quirk, and timestamps and quantities as typed", () => {
    const details = tickets.all('incidents').map(wireDetail);
    expect(details.some((d) => d.createdBy.internalUser === 'N/A')).toBe(true);
    expect(details.some((d) => d.createdBy.internalUser === false)).toBe(true);
    // Timestamps and quantities as the document types them, not as its sample misspells them.
    expect(details.flatMap((d) => d.attachments).length).toBeGreaterThan(0);
    expect(
      details
        .flatMap((d) => d.attachments)
        .every((a) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/.test(a.createdDate)),
    ).toBe(true);
    expect(
      tickets
        .all('orders')
        .map(wireDetail)
        .every((o) => !('quantity' in o) || typeof o.quantity === 'number'),
    ).toBe(true);
  });

  it('grows to 10,000 incidents with the seed-size setting', () => {
    const big = createSandbox({ seedSize: 10_000 }).tickets;
    expect(big.all('incidents')).toHaveLength(10_000);
    expect(big.query('incidents', { search: 'oslo', count: 20 }).items).toHaveLength(20);
  });
});

describe('store queries', () => {
  const { tickets } = createSandbox();

  it('pages, and totals the whole match', () => {
    const all = tickets.query('incidents', {});
    const page = tickets.query('incidents', { skip: 10, count: 5 });
    expect(page.total).toBe(all.total);
    expect(page.items).toEqual(all.items.slice(10, 15));
  });

  it('searches every field, case-insensitively', () => {
    const t = tickets.all('orders')[3];
    const ref = t?.customerReference ?? '';
    const found = tickets.query('orders', { search: ref.toUpperCase() });
    expect(found.items).toContain(t);
    const street = t?.installationAddress?.street ?? '';
    expect(tickets.query('orders', { search: street.toLowerCase() }).items).toContain(t);
  });

  it('finds every word of a search, in any order and in different fields', () => {
    const t = tickets.all('incidents').find((x) => (x.subject ?? '').split(' ').length > 3);
    const [first, , third] = (t?.subject ?? '').split(' ');
    const found = tickets.query('incidents', {
      search: `  ${third ?? ''}   ${(first ?? '').toUpperCase()} ${t?.caseNumber ?? ''} `,
    });
    expect(found.items).toEqual([t]);
    expect(tickets.query('incidents', { search: `${first ?? ''} zzzznowhere` }).items).toEqual([]);
  });

  it('sorts empty values last in both directions', () => {
    const asc = tickets.query('incidents', {
      sortField: 'identificationNumber',
      order: 'ASC',
    }).items;
    const desc = tickets.query('incidents', {
      sortField: 'identificationNumber',
      order: 'DESC',
    }).items;
    expect(asc[0]?.identificationNumber).toBeTruthy();
    expect(desc[0]?.identificationNumber).toBeTruthy();
    expect(
      asc[0]?.identificationNumber?.localeCompare(desc[0]?.identificationNumber ?? ''),
    ).toBeLessThan(0);
  });
});
