import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getResponse } from 'msw';
import { createNodeSandbox } from '../node';
import { createSandbox } from '../sandbox';

/* The Service Orders sandbox as an API client sees it: refusals, and what the document leaves open. */

const { server, serviceOrders } = createNodeSandbox();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const TENANT = 'http://sandbox.test/tenants/demo';
const ORDERS = `${TENANT}/stores/oslo/service-orders`;

async function call(
  url: string,
  init: Omit<RequestInit, 'headers'> & { json?: unknown; headers?: Record<string, string> } = {},
) {
  const { json, ...rest } = init;
  const response = await fetch(url, {
    ...rest,
    headers: { 'Content-Type': 'application/json', ...rest.headers },
    body: json === undefined ? rest.body : JSON.stringify(json),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  };
}

const message = (r: { body: Record<string, unknown> | null }) => String(r.body?.message);

describe('lists', () => {
  it('refuses paging and sorting it cannot follow, saying what it takes', async () => {
    expect(message(await call(`${ORDERS}?page=0`))).toBe(
      'page must be a whole number from 1 to 1000000, not 0',
    );
    expect(message(await call(`${ORDERS}?pageSize=500`))).toMatch(
      /pageSize must be a whole number from 1 to 100/,
    );
    expect(message(await call(`${ORDERS}?sortOrder=UP`))).toBe('sortOrder must be ASC or DESC');
    const sort = await call(`${ORDERS}?sortBy=colour`);
    expect(sort.status).toBe(400);
    expect(message(sort)).toMatch(/^sortBy must be one of serviceOrderUid, serviceNumber, title/);
  });

  it('pages sales orders and hourly rates, and refuses a sort the document does not give them [SO-9]', async () => {
    for (const url of [`${TENANT}/hourly-rates`, `${ORDERS}/so-1001/sales-orders`]) {
      expect((await call(`${url}?page=1&pageSize=5`)).status).toBe(200);
      const sorted = await call(`${url}?sortBy=createdAt&sortOrder=ASC`);
      expect(sorted.status, url).toBe(400);
      expect(message(sorted)).toBe(
        'sortBy, sortOrder are not parameters here; it takes page, pageSize',
      );
    }
  });

  it('reads a sortBy of ASC or DESC as the direction [SO-5]', async () => {
    const r = await call(`${ORDERS}?sortBy=DESC&pageSize=1`);
    expect(r.body).toMatchObject({ items: [{ serviceOrderUid: 'so-1012' }], totalCount: 12 });
  });

  it('filters by repeated keys or comma lists, in any case', async () => {
    const repeated = await call(`${ORDERS}?priorities=HIGH&priorities=low&pageSize=100`);
    const comma = await call(`${ORDERS}?priorities=high,LOW&pageSize=100`);
    expect(repeated.body?.totalCount).toBe(6);
    expect(comma.body?.items).toEqual(repeated.body?.items);
  });

  it('gives an unknown tenant or store an empty list, and its orders 404', async () => {
    const r = await call('http://sandbox.test/tenants/acme/stores/x/service-orders');
    expect(r.body).toMatchObject({ items: [], totalCount: 0 });
    expect(
      (await call('http://sandbox.test/tenants/acme/stores/x/service-orders/so-1001')).status,
    ).toBe(404);
  });
});

describe('bodies', () => {
  it('checks the fields it knows and names each problem', async () => {
    const r = await call(ORDERS, {
      method: 'POST',
      json: { serviceOrderUid: 'mine', title: 7, serviceType: 'painting', priority: 'very high' },
    });
    expect(r.status).toBe(400);
    expect(message(r)).toBe(
      'serviceOrderUid is given by the server and cannot be sent; title must be text; ' +
        'serviceType painting does not exist (known: repair, installation, warranty); ' +
        'priority must be a reference of letters, digits, - and _ (or empty)',
    );
  });

  it('refuses a body that is not a JSON object', async () => {
    for (const body of ['[1]', '"x"', 'nope']) {
      const r = await call(ORDERS, { method: 'POST', body });
      expect(r.status).toBe(400);
      expect(message(r)).toMatch(/the body (must be a JSON object|is not valid JSON)/);
    }
  });

  it('keeps an id the same on update, and refuses to change it', async () => {
    const same = await call(`${ORDERS}/so-1001`, {
      method: 'PATCH',
      json: { serviceOrderUid: 'so-1001', title: 'T' },
    });
    expect(same.status).toBe(200);
    const other = await call(`${ORDERS}/so-1001`, {
      method: 'PUT',
      json: { serviceOrderUid: 'so-9' },
    });
    expect(message(other)).toBe('serviceOrderUid is given by the server and cannot be changed');
  });

  it('a new order says where it is (Location), and is there', async () => {
    const r = await call(ORDERS, {
      method: 'POST',
      json: { title: 'Skjermen flimrer', serviceType: 'repair' },
    });
    expect(r.status).toBe(201);
    const location = r.headers.get('Location') ?? '';
    expect(location).toBe(
      `/tenants/demo/stores/oslo/service-orders/${String(r.body?.serviceOrderUid)}`,
    );
    expect((await call(`http://sandbox.test${location}`)).body).toMatchObject({
      title: 'Skjermen flimrer',
    });
    const hours = await call(`${ORDERS}/so-1002/hours`, {
      method: 'POST',
      json: { date: '2026-12-03', hours: 1.5, hourlyRateId: 'standard' },
    });
    expect(hours.status).toBe(201);
    const entry = hours.headers.get('Location') ?? '';
    expect(entry).toMatch(/^\/tenants\/demo\/stores\/oslo\/service-orders\/so-1002\/hours\/.+/);
    expect((await call(`http://sandbox.test${entry}`)).body).toMatchObject({ hours: 1.5 });
    await call(`http://sandbox.test${entry}`, { method: 'DELETE' });
    // Gone again: later tests count the store's repair orders.
    expect(
      (await call(`http://sandbox.test${location}`, { method: 'DELETE' })).status,
    ).toBeLessThan(300);
  });

  it('checks hours against the tenant’s hourly rates', async () => {
    const r = await call(`${ORDERS}/so-1002/hours`, {
      method: 'POST',
      json: { date: '04.05.2006', hours: 25, hourlyRateId: 'night' },
    });
    expect(message(r)).toBe(
      'date must be a date of the form 2006-05-04; hours must be a number from 0.01 to 24; ' +
        'hourlyRateId night does not exist (known: standard, evening)',
    );
  });

  it('needs a position for a new status, a whole number from 1', async () => {
    const missing = await call(`${TENANT}/service-statuses`, {
      method: 'POST',
      json: { name: 'Q' },
    });
    expect(message(missing)).toBe('position is required');
    const half = await call(`${TENANT}/service-statuses`, {
      method: 'POST',
      json: { name: 'Q', position: 1.5 },
    });
    expect(message(half)).toBe('position must be a whole number from 1 to 1000');
  });
});

describe('search', () => {
  it('ignores customer and service when query is given [SO-8]', async () => {
    const r = await call(`${ORDERS}/search`, {
      method: 'POST',
      json: { query: 'fibre', customer: 'nobody', service: 'S-0' },
    });
    expect(r.body?.totalCount).toBe(2);
  });

  it('filters on the creation date, both ends included, and refuses another date form', async () => {
    const r = await call(`${ORDERS}/search`, {
      method: 'POST',
      json: { dateFrom: '2026-11-10', dateTo: '2026-11-12' },
    });
    const days = (r.body?.items as { createdAt: string }[]).map((o) => o.createdAt.slice(0, 10));
    expect(days).toEqual(['2026-11-10', '2026-11-11', '2026-11-12']);
    const bad = await call(`${ORDERS}/search`, { method: 'POST', json: { dateTo: 'tomorrow' } });
    expect(message(bad)).toBe('dateTo must be a date of the form 2006-05-04');
  });

  it('answers the same search by GET with query parameters', async () => {
    const post = await call(`${ORDERS}/search`, {
      method: 'POST',
      json: { customer: 'berg', state: ['OPEN'] },
    });
    const get = await call(`${ORDERS}/search?customer=berg&state=OPEN`);
    expect(get.body).toEqual(post.body);
  });
});

describe('reports, the public page, methods and tokens', () => {
  it('answers 406 to an Accept it cannot give', async () => {
    const r = await call(`${ORDERS}/so-1001/reports`, { headers: { Accept: 'text/html' } });
    expect(r.status).toBe(406);
    expect(message(r)).toMatch(/application\/octet-stream .* application\/json/);
  });

  it('shows the public page without contact details or assignee, and 404 for an unknown hash', async () => {
    const order = await call(`${ORDERS}/so-1002`);
    const page = await call(
      `${ORDERS}/public/${encodeURIComponent(String(order.body?.publicHash))}`,
    );
    expect(Object.keys(page.body ?? {}).sort()).toEqual([
      'createdAt',
      'serviceNumber',
      'state',
      'status',
      'title',
      'updatedAt',
    ]);
    expect((await call(`${ORDERS}/public/nope`)).status).toBe(404);
  });

  it('answers an operation the document does not have with 405 and Allow [SO-12]', async () => {
    const cases: [string, string, string][] = [
      ['GET', `${ORDERS}/so-1001/items/item-1`, 'PUT, PATCH, DELETE'],
      ['GET', `${ORDERS}/so-1001/items`, 'POST'],
      ['DELETE', `${TENANT}/service-statuses/received`, 'PUT, PATCH'],
      ['POST', `${TENANT}/service-types`, 'GET'],
      ['POST', `${ORDERS}/so-1001/notifications`, 'GET'],
    ];
    for (const [method, url, allow] of cases) {
      const r = await call(url, { method });
      expect(r.status, `${method} ${url}`).toBe(405);
      expect(r.headers.get('Allow')).toBe(allow);
    }
  });

  it('needs no token (auth is not documented), but refuses an expired one', async () => {
    expect((await call(`${ORDERS}/so-1001`)).status).toBe(200);
    const r = await call(`${ORDERS}/so-1001`, { headers: { Authorization: 'Bearer expired-1' } });
    expect(r.status).toBe(401);
    expect(r.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
  });
});

describe('after review: what a checker reading only the documents would try', () => {
  it('names the query parameters and search fields it takes, and reads the likely aliases', async () => {
    const unknown = await call(`${ORDERS}?colour=red`);
    expect(message(unknown)).toBe(
      'colour is not a parameter here; it takes page, pageSize, sortBy, sortOrder, state, serviceTypes, assignedUsers, createdFromStores, priorities, serviceType, assignedUser, createdFromStore, priority',
    );
    const byField = await call(`${ORDERS}?serviceType=repair&pageSize=100`);
    const byName = await call(`${ORDERS}?serviceTypes%5B%5D=repair&pageSize=100`);
    expect(byField.body?.totalCount).toBe(4);
    expect(byName.body?.items).toEqual(byField.body?.items);
    const field = await call(`${ORDERS}/search`, { method: 'POST', json: { titel: 'router' } });
    expect(message(field)).toMatch(
      /^titel is not a search field; the search takes query, customer/,
    );
    const typed = await call(`${ORDERS}/search`, { method: 'POST', json: { query: 10005 } });
    expect(message(typed)).toBe('query must be text');
    const paged = await call(`${ORDERS}/search`, {
      method: 'POST',
      json: { page: 2, pageSize: 5 },
    });
    expect(paged.body).toMatchObject({ page: 2, pageSize: 5, totalCount: 12 });
  });

  it('stores nothing for reads of tenants and stores that were never written to', async () => {
    const before = serviceOrders.tenants.size;
    expect((await call('http://sandbox.test/tenants/t-404/stores/x/service-orders')).status).toBe(
      200,
    );
    expect(
      (await call('http://sandbox.test/tenants/t-404/stores/x/service-orders/so-1')).status,
    ).toBe(404);
    expect((await call('http://sandbox.test/tenants/t-404/service-types')).body?.totalCount).toBe(
      3,
    );
    expect(serviceOrders.tenants.size).toBe(before);
    const odd = await call('http://sandbox.test/tenants/%C3%B8/service-types');
    expect(message(odd)).toBe('tenantId must be letters, digits, - and _ (at most 100), not ø');
  });

  it('asks for what the document marks, and only that', async () => {
    const status = await call(`${TENANT}/service-statuses`, {
      method: 'POST',
      json: { position: 6 },
    });
    expect(status.status).toBe(201);
    const rate = await call(`${TENANT}/hourly-rates`, { method: 'POST', json: { code: 'X1' } });
    expect(rate.status).toBe(201);
    const sales = await call(`${ORDERS}/so-1004/sales-orders`, { method: 'POST', json: {} });
    expect(message(sales)).toBe('customerId is required');
    const address = { street: 'Storgata 1', city: 'Oslo' };
    const same = await call(`${ORDERS}/so-1004/sales-orders`, {
      method: 'POST',
      json: { customerId: 'c-1', orderAddress: address, invoiceAddress: address },
    });
    expect(message(same)).toBe(
      'invoiceAddress is the same as orderAddress: send it only when it differs',
    );
  });

  it('keeps the service number the server’s, and answers an order with its items', async () => {
    const sent = await call(ORDERS, { method: 'POST', json: { serviceNumber: 'S-10001' } });
    expect(message(sent)).toBe('serviceNumber is given by the server and cannot be sent');
    const item = await call(`${ORDERS}/so-1009/items`, {
      method: 'POST',
      json: { name: 'Fan', quantity: 1, unitPrice: 199 },
    });
    const order = await call(`${ORDERS}/so-1009`);
    expect(order.body?.items).toContainEqual(item.body);
  });

  it('answers a path the document does not have 404 in this API’s shape, and no other prefix', async () => {
    const r = await call(`${ORDERS}/so-1004/notifications/notification-1`);
    expect(r).toMatchObject({
      status: 404,
      body: {
        status: 404,
        error: 'Not Found',
        message: expect.stringMatching(/^no such resource/) as unknown,
      },
    });
    const other = createSandbox();
    const response = await getResponse(
      other.handlers,
      new Request('http://sandbox.test/x/tenants/demo/stores/oslo/service-orders'),
    );
    expect(response).toBeUndefined();
  });

  it('follows Accept with its q-values for the report', async () => {
    const type = async (accept: string) =>
      (await fetch(`${ORDERS}/so-1001/reports`, { headers: { Accept: accept } })).headers.get(
        'Content-Type',
      );
    expect(await type('application/json;q=1, application/octet-stream;q=0.1')).toBe(
      'application/json',
    );
    expect(await type('application/octet-stream;q=0, application/json')).toBe('application/json');
    expect(await type('application/*')).toBe('application/json');
    expect(await type('application/octet-stream')).toBe('application/octet-stream');
    // Both answers say they depend on Accept, so a cache keeps them apart.
    for (const accept of ['application/json', 'application/octet-stream']) {
      const r = await fetch(`${ORDERS}/so-1001/reports`, { headers: { Accept: accept } });
      expect(r.headers.get('Vary')).toBe('Accept');
    }
  });

  it('takes real dates, plain page numbers, one direction, and no __proto__', async () => {
    const feb = await call(`${ORDERS}/search`, {
      method: 'POST',
      json: { dateFrom: '2026-02-30' },
    });
    expect(message(feb)).toBe('dateFrom must be a date of the form 2006-05-04');
    expect(message(await call(`${ORDERS}?page=0x2`))).toMatch(/^page must be a whole number/);
    expect(message(await call(`${ORDERS}?sortBy=ASC&sortOrder=DESC`))).toBe(
      'sortBy ASC and sortOrder DESC ask for opposite directions',
    );
    const proto = await call(`${ORDERS}/so-1001`, {
      method: 'PUT',
      body: '{"__proto__":{"polluted":true}}',
    });
    expect(message(proto)).toBe('__proto__ is not a field name');
    const deep = await call(ORDERS, {
      method: 'POST',
      body: `{"x":${'['.repeat(40)}${']'.repeat(40)}}`,
    });
    expect(message(deep)).toMatch(/nests deeper than 32 levels/);
  });

  it('sorts records without the value last, in either direction', async () => {
    const asc = await call(`${ORDERS}?sortBy=assignedUser&pageSize=100`);
    const desc = await call(`${ORDERS}?sortBy=assignedUser&sortOrder=DESC&pageSize=100`);
    for (const r of [asc, desc]) {
      const users = (r.body?.items as { assignedUser: string }[]).map((o) => o.assignedUser);
      expect(users.at(-1)).toBe('');
      expect(users[0]).not.toBe('');
    }
  });
});

describe('after the second review', () => {
  it('takes an order back as GET gave it, items and all, and refuses changed items', async () => {
    const got = await call(`${ORDERS}/so-1010`);
    const put = await call(`${ORDERS}/so-1010`, {
      method: 'PUT',
      json: { ...got.body, title: 'Router restarts at night' },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ title: 'Router restarts at night', items: got.body?.items });
    const changed = await call(`${ORDERS}/so-1010`, { method: 'PUT', json: { items: [] } });
    expect(message(changed)).toBe('items is given by the server and cannot be changed');
  });

  it('refuses paging of the wrong type in the search body', async () => {
    const r = await call(`${ORDERS}/search`, { method: 'POST', json: { page: [2] } });
    expect(message(r)).toBe('page must be a whole number');
  });

  it('takes paging in the query or the body, and refuses the two asking for different pages', async () => {
    const both = await call(`${ORDERS}/search?page=1`, {
      method: 'POST',
      json: { page: 2, pageSize: 5 },
    });
    expect(both.status).toBe(400);
    expect(message(both)).toBe('page is 1 in the query and 2 in the body; send it once');
    const same = await call(`${ORDERS}/search?page=2`, {
      method: 'POST',
      json: { page: 2, pageSize: 5 },
    });
    expect(same.body).toMatchObject({ page: 2, pageSize: 5 });
    const writtenTwoWays = await call(`${ORDERS}/search?sortOrder=asc&page=02`, {
      method: 'POST',
      json: { sortOrder: 'ASC', page: 2 },
    });
    expect(writtenTwoWays.status).toBe(200);
  });
});
