import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupApiSandbox } from '@/testing/api-sandbox';
import * as api from './service-orders';
import { labelOf } from './schemas';
import type { StoreScope } from './service-orders';

/*
 * The Service Orders client, one call per documented operation (32), against the sandbox: what
 * each answers, as a caller reads it.
 */

const sandbox = setupApiSandbox();

/** A write's answer, which a server may leave empty; the sandbox always sends one. */
function answered<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the write answered nothing');
  return value;
}
const demo: StoreScope = { tenantId: 'demo', storeId: 'oslo' };

describe('service orders (#1, 2, 13, 17, 18, 19, 30)', () => {
  it('lists a store’s orders by serviceOrderUid, paged, filtered and sorted (#17)', async () => {
    const first = await api.listServiceOrders(demo, { pageSize: 5 });
    expect(first).toMatchObject({ page: 1, pageSize: 5, totalCount: 12 });
    expect(first.items.map((o) => o.serviceOrderUid)).toEqual([
      'so-1001',
      'so-1002',
      'so-1003',
      'so-1004',
      'so-1005',
    ]);
    const done = await api.listServiceOrders(demo, {
      state: ['DONE'],
      sortBy: 'createdAt',
      sortOrder: 'DESC',
    });
    expect(done.items.map((o) => o.state)).toEqual(['DONE', 'DONE', 'DONE']);
    expect(done.items.map((o) => o.serviceOrderUid)).toEqual(['so-1012', 'so-1008', 'so-1004']);
  });

  it('creates (#18), reads (#1), updates (#19) and deletes (#2) an order', async () => {
    const created = answered(
      await api.createServiceOrder(demo, {
        title: 'Screen flickers',
        customer: { name: 'Kari Nordmann', phone: '+47 912 34 567' },
        serviceType: 'repair',
        priority: 'HIGH',
      }),
    );
    const id = String(created.serviceOrderUid);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(created).toMatchObject({
      state: 'OPEN',
      title: 'Screen flickers',
      createdFromStore: 'oslo',
    });
    await expect(api.getServiceOrder(demo, id)).resolves.toMatchObject({ priority: 'HIGH' });
    await expect(api.updateServiceOrder(demo, id, { state: 'IN_PROGRESS' })).resolves.toMatchObject(
      {
        state: 'IN_PROGRESS',
        title: 'Screen flickers',
      },
    );
    await api.deleteServiceOrder(demo, id);
    await expect(api.getServiceOrder(demo, id)).rejects.toMatchObject({ status: 404 });
  });

  it('finds an order by its public page hash, which needs percent-encoding (#13)', async () => {
    const order = await api.getServiceOrder(demo, 'so-1003');
    const hash = String(order.publicHash);
    expect(hash).toMatch(/[+/=]/);
    const view = await api.getServiceOrderByHash(demo, hash);
    expect(view).toMatchObject({ serviceNumber: 'S-10003', title: order.title });
    expect(view).not.toHaveProperty('customer');
  });

  it('searches parts of words in any case: "anna" finds Anna and Johanna (#30)', async () => {
    const found = await api.searchServiceOrders(demo, { query: 'anna' });
    const names = found.items.map((o) => (o.customer as { name: string }).name);
    expect(new Set(names)).toEqual(new Set(['Anna Berg', 'Johanna Lie']));
    const byNumber = await api.searchServiceOrders(demo, { service: '10007' });
    expect(byNumber.items.map((o) => o.serviceNumber)).toEqual(['S-10007']);
  });
});

describe('an order’s items, events, hours, notifications, sales orders, report', () => {
  it('adds (#20), updates (#21) and deletes (#3) an item', async () => {
    const item = answered(
      await api.addServiceOrderItem(demo, 'so-1005', { name: 'Cable', quantity: 2 }),
    );
    const itemId = String(item.itemId);
    await expect(
      api.updateServiceOrderItem(demo, 'so-1005', itemId, { quantity: 3 }),
    ).resolves.toMatchObject({ name: 'Cable', quantity: 3 });
    await api.deleteServiceOrderItem(demo, 'so-1005', itemId);
    await expect(api.deleteServiceOrderItem(demo, 'so-1005', itemId)).rejects.toMatchObject({
      status: 404,
    });
  });

  it.each([
    [
      'events',
      api.serviceOrderEvents,
      { type: 'NOTE', text: 'Customer called' },
      { text: 'Called back' },
    ],
    [
      'hours',
      api.serviceOrderHours,
      { date: '2026-11-19', hours: 1.25, hourlyRateId: 'standard' },
      { hours: 2 },
    ],
  ] as const)(
    'lists, creates, reads, updates and deletes %s (#4–9, 22–25)',
    async (_n, child, body, change) => {
      const before = await child.list(demo, 'so-1002');
      const created = answered(await child.create(demo, 'so-1002', body));
      const childId = String(Object.values(created)[0]);
      expect((await child.list(demo, 'so-1002')).totalCount).toBe((before.totalCount ?? 0) + 1);
      await expect(child.get(demo, 'so-1002', childId)).resolves.toMatchObject(body);
      await expect(child.update(demo, 'so-1002', childId, change)).resolves.toMatchObject(change);
      await child.remove(demo, 'so-1002', childId);
      await expect(child.get(demo, 'so-1002', childId)).rejects.toMatchObject({ status: 404 });
    },
  );

  it('lists notifications, one more when the state changes (#10)', async () => {
    const before = await api.listServiceOrderNotifications(demo, 'so-1006');
    await api.updateServiceOrder(demo, 'so-1006', { state: 'DONE' });
    const after = await api.listServiceOrderNotifications(demo, 'so-1006', {
      sortBy: 'sentAt',
      sortOrder: 'DESC',
    });
    expect(after.totalCount).toBe((before.totalCount ?? 0) + 1);
    expect(after.items[0]?.message).toMatch(/S-10006 is now DONE/);
  });

  it('lists (#14) and creates (#29) sales orders', async () => {
    const created = await api.createSalesOrder(demo, 'so-1007', {
      customerId: 'cust-7',
      orderAddress: { street: 'Storgata 1', zip: '0155', city: 'Oslo' },
    });
    const list = await api.listSalesOrders(demo, 'so-1007');
    expect(list.items).toContainEqual(created);
  });

  it('gets the report as the file or as base64 JSON, by Accept (#15)', async () => {
    const file = await api.downloadServiceOrderReport(demo, 'so-1004');
    expect(file.fileName).toBe('service-order-S-10004.pdf');
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const json = await api.getServiceOrderReport(demo, 'so-1004');
    expect(atob(json.content)).toBe(new TextDecoder('latin1').decode(bytes));
  });
});

describe('tenant catalogues', () => {
  it('lists (#11) and updates (#26) service types', async () => {
    const types = await api.listServiceTypes('demo');
    expect(types.items.map((t) => t.serviceTypeId)).toEqual(['installation', 'repair', 'warranty']);
    await expect(
      api.updateServiceType('demo', 'warranty', { name: 'Guarantee' }),
    ).resolves.toMatchObject({
      serviceTypeId: 'warranty',
      name: 'Guarantee',
    });
  });

  it('lists statuses in workflow order (#12), creates (#27) and moves (#28) one', async () => {
    const created = answered(
      await api.createServiceStatus('demo', { name: 'Quality check', position: 4 }),
    );
    await api.updateServiceStatus('demo', String(created.serviceStatusId), { position: 6 });
    const statuses = await api.listServiceStatuses('demo');
    expect(statuses.items.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(statuses.items.at(-1)?.name).toBe('Quality check');
  });

  it('lists (#16), creates (#31) and updates (#32) hourly rates', async () => {
    const rate = answered(
      await api.createHourlyRate('demo', {
        name: 'Weekend',
        code: 'WKD',
        ratePerHour: 1500,
        currency: 'NOK',
      }),
    );
    await api.updateHourlyRate('demo', String(rate.hourlyRateId), { ratePerHour: 1600 });
    const rates = await api.listHourlyRates('demo', { pageSize: 100 });
    expect(rates.items).toContainEqual(
      expect.objectContaining({ name: 'Weekend', ratePerHour: 1600 }) as unknown,
    );
  });
});

describe('reading what a server might send instead', () => {
  it('takes a bare array or another envelope as a page [SO-9]', async () => {
    sandbox.server.use(
      http.get('*/tenants/t/hourly-rates', () => HttpResponse.json([{ hourlyRateId: 'a' }])),
      http.get('*/tenants/t/service-types', () =>
        HttpResponse.json({
          content: [{ serviceTypeId: 'x' }],
          totalElements: 41,
          number: 2,
          size: 1,
        }),
      ),
      http.get('*/tenants/t/service-statuses', () =>
        HttpResponse.json({ _embedded: { serviceStatuses: [{ serviceStatusId: 's' }] }, total: 9 }),
      ),
    );
    // A bare array says nothing of the pages after it.
    await expect(api.listHourlyRates('t')).resolves.toEqual({
      items: [{ hourlyRateId: 'a' }],
      page: null,
      pageSize: null,
      totalCount: null,
    });
    // Spring's `number` counts from 0, the sandbox's `page` from 1: it is not read as a page.
    await expect(api.listServiceTypes('t')).resolves.toEqual({
      items: [{ serviceTypeId: 'x' }],
      page: null,
      pageSize: 1,
      totalCount: 41,
    });
    await expect(api.listServiceStatuses('t')).resolves.toMatchObject({
      items: [{ serviceStatusId: 's' }],
      totalCount: 9,
    });
  });

  it('reads an order whose fields are objects, and loses no record of a list', async () => {
    sandbox.server.use(
      http.get('*/tenants/t/stores/s/service-orders', () =>
        HttpResponse.json({
          serviceOrders: [
            { serviceOrderUid: 'a', state: 'OPEN' },
            { serviceOrderUid: 'b', state: { code: 'OPEN', name: 'Open' } },
            { serviceOrderUid: 'c', assignedUser: { id: 'u1', name: 'Per' } },
            { serviceOrderUid: 'd', serviceType: ['repair'] },
          ],
          totalCount: 4,
        }),
      ),
    );
    const page = await api.listServiceOrders({ tenantId: 't', storeId: 's' });
    expect(page.items.map((o) => o.serviceOrderUid)).toEqual(['a', 'b', 'c', 'd']);
    // Kept as sent (a state's code, a user's id), and shown by a label.
    expect(page.items[1]?.state).toEqual({ code: 'OPEN', name: 'Open' });
    expect(page.items[2]?.assignedUser).toEqual({ id: 'u1', name: 'Per' });
    expect(page.items.map((o) => [labelOf(o.state), labelOf(o.assignedUser)])).toEqual([
      ['OPEN', undefined],
      ['Open', undefined],
      [undefined, 'Per'],
      [undefined, undefined],
    ]);
    expect(labelOf(page.items[3]?.serviceType)).toBe('repair');
  });

  it('fails a page with a record that is not one, rather than drop it', async () => {
    sandbox.server.use(
      http.get('*/tenants/t/hourly-rates', () => HttpResponse.json({ items: [{ a: 1 }, 'b'] })),
    );
    await expect(api.listHourlyRates('t')).rejects.toMatchObject({ kind: 'invalid-response' });
  });

  it('takes an empty answer to a write as done (the document shows none) [SO-2]', async () => {
    sandbox.server.use(
      http.put(
        '*/tenants/t/stores/s/service-orders/:id',
        () => new HttpResponse(null, { status: 204 }),
      ),
      http.post('*/tenants/t/hourly-rates', () => new HttpResponse(null, { status: 201 })),
    );
    await expect(
      api.updateServiceOrder({ tenantId: 't', storeId: 's' }, 'x', { state: 'DONE' }),
    ).resolves.toBeUndefined();
    await expect(api.createHourlyRate('t', { name: 'x' })).resolves.toBeUndefined();
  });

  it('reads the report as a bare base64 string, and refuses one without the file [SO-11]', async () => {
    let answer: string | Record<string, string> = 'JVBERi0xLjQK';
    sandbox.server.use(
      http.get('*/tenants/t/stores/s/service-orders/:id/reports', () => HttpResponse.json(answer)),
    );
    const scope = { tenantId: 't', storeId: 's' };
    await expect(api.getServiceOrderReport(scope, 'x')).resolves.toMatchObject({
      content: 'JVBERi0xLjQK',
    });
    answer = { fileContent: 'JVBERi0=', name: 'r.pdf' };
    await expect(api.getServiceOrderReport(scope, 'x')).resolves.toMatchObject({
      content: 'JVBERi0=',
      fileName: 'r.pdf',
    });
    answer = { report: 'ready' };
    await expect(api.getServiceOrderReport(scope, 'x')).rejects.toMatchObject({
      kind: 'invalid-response',
    });
  });

  it('refuses an empty or dot reference before sending anything', async () => {
    let sent = false;
    sandbox.server.use(
      http.all('*/tenants/*', () => {
        sent = true;
        return HttpResponse.json({});
      }),
    );
    for (const id of ['', '.', '..']) {
      await expect(api.deleteServiceOrderItem(demo, 'so-1001', id)).rejects.toMatchObject({
        status: 400,
      });
      await expect(api.getServiceOrderByHash(demo, id)).rejects.toMatchObject({ status: 400 });
    }
    expect(sent).toBe(false);
  });

  it('says a list it cannot read is not one', async () => {
    sandbox.server.use(
      http.get('*/tenants/t/hourly-rates', () => HttpResponse.json({ rates: 'none' })),
    );
    await expect(api.listHourlyRates('t')).rejects.toMatchObject({ kind: 'invalid-response' });
  });

  it('percent-encodes every path segment [SO-3]', async () => {
    let seen = '';
    sandbox.server.use(
      http.get('*/tenants/:t/stores/:s/service-orders/:id', ({ request }) => {
        seen = new URL(request.url).pathname;
        return HttpResponse.json({ serviceOrderUid: 'x' });
      }),
    );
    await api.getServiceOrder({ tenantId: 'a/../b', storeId: 's 1' }, '?x');
    expect(seen).toBe('/tenants/a%2F..%2Fb/stores/s%201/service-orders/%3Fx');
  });
});
