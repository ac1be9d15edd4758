import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { API, API_URL, customer, setupApiSandbox } from '@/testing/api-sandbox';
import { ticketApis, incidentApi } from './tickets';
import type { TicketKind } from './schemas';

/*
 * Walks the providers' own samples (../shared/api/samples/service-tickets): the client must parse
 * every response sample, quirks included, and the sandbox must accept every request sample.
 */

const SAMPLES = path.resolve(process.cwd(), '../shared/api/samples/service-tickets');
const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.json'));
const read = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(SAMPLES, file), 'utf8'));

const sandbox = setupApiSandbox();
const ID = '5004E000003uH0YQAU';
const SUB = 'a0u7A0000002msNQAQ';

/** `get-incidents--_incidentId_--comments` → the client call that reads that endpoint. */
function clientCallFor(name: string): () => Promise<unknown> {
  const match = /^(get|post)-(incidents|orders)(.*)$/.exec(name);
  if (!match) throw new Error(`unmapped sample ${name}`);
  const [, method, kind, rest] = match as unknown as [string, string, TicketKind, string];
  const api = ticketApis[kind];
  const calls: Record<string, () => Promise<unknown>> = {
    'get:': () => api.list({}),
    'post:': () => api.create({ subject: 's' }),
    'get:--activities': () => api.activities({}),
    'get:--count': () => api.count({}),
    'get:--productcategories': () => api.productCategories(),
    'get:--_id_': () => api.get(ID),
    'get:--_id_--activities': () => api.itemActivities(ID, {}),
    'get:--_id_--activities--_activityId_': () => api.activity(ID, SUB),
    'get:--_id_--attachments': () => api.attachments(ID),
    'post:--_id_--attachments': () =>
      api.uploadAttachment(ID, new File(['x'], 'a.txt', { type: 'text/plain' })),
    'get:--_id_--attachments--_attachmentId_': () => api.downloadAttachment(ID, SUB),
    'get:--_id_--comments': () => api.comments(ID),
    'post:--_id_--comments': () => api.addComment(ID, 'hi'),
  };
  const key = `${method}:${rest.replace(/_(incidentId|orderId)_/, '_id_')}`;
  const call = calls[key];
  if (!call) throw new Error(`unmapped sample ${name}`);
  return call;
}

function urlFor(name: string, ids: Record<string, string>, base = API) {
  const slug = name.replace(/^(get|post|put|delete)-/, '');
  return `${base}/${slug.replace(/--/g, '/').replace(/_(\w+?)_/g, (_m, p: string) => ids[p] ?? p)}`;
}

describe('response samples parse with the client', () => {
  const responses = files.filter((f) => f.endsWith('.response.json'));

  it('covers every response sample in the folder', () => {
    expect(responses.length).toBe(26);
  });

  it.each(responses)('%s', async (file) => {
    const name = file.replace('.response.json', '');
    const method = name.startsWith('post') ? 'post' : 'get';
    const url = urlFor(name, { incidentId: ID, orderId: ID, activityId: SUB, attachmentId: SUB });
    sandbox.server.use(http[method](url, () => HttpResponse.json(read(file) as object)));
    await expect(clientCallFor(name)()).resolves.toBeDefined();
  });

  it('maps the quirks to honest values', async () => {
    sandbox.server.use(
      http.get(`${API}/orders`, () =>
        HttpResponse.json(read('get-orders.response.json') as object),
      ),
      http.get(`${API}/orders/${ID}`, () =>
        HttpResponse.json(read('get-orders--_orderId_.response.json') as object),
      ),
      http.get(`${API}/incidents/productcategories`, () =>
        HttpResponse.json(read('get-incidents--productcategories.response.json') as object),
      ),
    );
    const orders = await ticketApis.orders.list({});
    expect(orders.totalSize).toBe(1); // "int" is no number: fall back to the rows present
    expect(orders.items[0]?.quantity).toBeNull(); // "number"
    const order = await ticketApis.orders.get(ID);
    expect(order.quantity).toBeNull(); // "N/A"
    expect(order.createdBy?.internalUser).toBeNull(); // "N/A"
    const [category] = await incidentApi.productCategories();
    expect(category?.incidentTypes).toEqual([
      'Annen type feil',
      'Ikke på nett',
      'Treghet',
      'Ustabilitet',
    ]);
  });
});

describe('request samples are accepted by the sandbox', () => {
  const requests = files.filter((f) => f.endsWith('.request.json'));

  it.each(requests)('%s', async (file) => {
    const name = file.replace('.request.json', '');
    const kind: TicketKind = name.includes('-orders') ? 'orders' : 'incidents';
    // A fresh ticket of the right kind to address.
    const { id } = await ticketApis[kind].create({ subject: 'Sample target', description: 'd' });
    const method = name.split('-')[0]?.toUpperCase() ?? 'GET';
    const response = await fetch(
      urlFor(name, { incidentId: id ?? '', orderId: id ?? '' }, API_URL),
      {
        method,
        headers: {
          Authorization: 'Bearer sample-test',
          'X-User-Name': customer.userName,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(read(file)),
      },
    );
    expect(response.status, await response.clone().text()).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(300);
  });

  it('finds every request sample of the folder', () => {
    expect(requests).toHaveLength(11);
  });

  it.each(requests.filter((f) => f.startsWith('post-') && !f.includes('--')))(
    "%s without X-User-Name (POST documents none [ST-7]): the creator is the body's",
    async (file) => {
      const kind: TicketKind = file.includes('-orders') ? 'orders' : 'incidents';
      const sample = read(file) as { createdBy: { userName: string } };
      const response = await fetch(`${API_URL}/${kind}`, {
        method: 'POST',
        headers: { Authorization: 'Bearer sample-test', 'Content-Type': 'application/json' },
        body: JSON.stringify(sample),
      });
      expect(response.status, await response.clone().text()).toBe(201);
      const { id } = (await response.json()) as { id: string };
      const created = await ticketApis[kind].get(id);
      // The integration's "N/A" is kept, as the provider's own answers show it.
      expect(created.createdBy).toEqual({
        userName: sample.createdBy.userName,
        internalUser: null,
      });
    },
  );
});
