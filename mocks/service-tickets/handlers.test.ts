import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeSandbox } from '../node';

/* The sandbox over HTTP semantics: status codes, error codes and bodies as the document gives. */

const { server, tickets } = createNodeSandbox();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const BASE = 'http://sandbox.test/service-tickets/v2';
const AUTH = { Authorization: 'Bearer token-1' };
const AUDIT = { ...AUTH, 'X-User-Name': 'Ola Nordmann' };
const JSON_HEADERS = { ...AUDIT, 'Content-Type': 'application/json' };

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`${BASE}${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  };
}

const open = () => {
  const t = tickets.all('incidents').find((x) => x.status === 'In Progress');
  if (!t) throw new Error('seed has no incident in progress');
  return t;
};

describe('auth and audit', () => {
  it('401 without a bearer token', async () => {
    const r = await call('/incidents?count=1');
    expect(r.status).toBe(401);
    expect(r.body).toMatchObject({ code: '401002' });
  });

  it('401003 for an expired token', async () => {
    const r = await call('/incidents?count=1', {
      headers: { Authorization: 'Bearer expired-abc' },
    });
    expect(r).toMatchObject({ status: 401, body: { code: '401003' } });
  });

  it('400001 when a write marked X-User-Name comes without it', async () => {
    const r = await call(`/incidents/${open().id}/comments`, {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'hello' }),
    });
    expect(r).toMatchObject({ status: 400, body: { code: '400001' } });
    expect(String(r.body?.message)).toContain('X-User-Name');
  });

  it('requires the SAML headers on GET /orders/{id}/attachments only [ST-6]', async () => {
    const order = tickets.all('orders')[0];
    const without = await call(`/orders/${order?.id}/attachments`, { headers: AUTH });
    expect(without).toMatchObject({ status: 400, body: { code: '400001' } });
    const withHeaders = await call(`/orders/${order?.id}/attachments`, {
      headers: { ...AUTH, 'X-Saml-Token': 's', 'X-Application-Id': 'portal' },
    });
    expect(withHeaders.status).toBe(200);
    const incident = await call(`/incidents/${open().id}/attachments`, { headers: AUTH });
    expect(incident.status).toBe(200);
  });
});

describe('bad input', () => {
  it('400001 for missing mandatory fields, naming them', async () => {
    const r = await call('/incidents', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ location: 'Oslo' }),
    });
    expect(r).toMatchObject({ status: 400, body: { code: '400001' } });
    expect(r.body?.fieldErrors).toEqual([
      { field: 'subject', message: 'is required' },
      { field: 'description', message: 'is required' },
    ]);
  });

  it('400002 for malformed JSON, bad values and absurd lengths', async () => {
    const malformed = await call('/incidents', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{"subject": ',
    });
    expect(malformed).toMatchObject({ status: 400, body: { code: '400002' } });
    const email = await call(`/incidents/${open().id}/contact`, {
      method: 'PUT',
      headers: JSON_HEADERS,
      body: JSON.stringify({ name: 'A', email: 'nope' }),
    });
    expect(email).toMatchObject({ status: 400, body: { code: '400002' } });
    const long = await call('/incidents', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ subject: 'x'.repeat(100_000), description: 'd' }),
    });
    expect(long).toMatchObject({
      status: 400,
      body: { code: '400002', fieldErrors: [{ field: 'subject' }] },
    });
    const paging = await call('/incidents?count=-1', { headers: AUTH });
    expect(paging).toMatchObject({ status: 400, body: { code: '400002' } });
    const sort = await call('/incidents?sortField=colour', { headers: AUTH });
    expect(sort).toMatchObject({ status: 400, body: { code: '400002' } });
    const closed = await call('/incidents?isClosed=maybe', { headers: AUTH });
    expect(closed).toMatchObject({ status: 400, body: { code: '400002' } });
  });

  it('400002 for an executable upload, by name or by content', async () => {
    for (const [name, bytes] of [
      ['setup.exe', [1, 2, 3]],
      ['report.txt', [0x7f, 0x45, 0x4c, 0x46]],
      // Saved by Windows as setup.exe: trailing dots and spaces are dropped.
      ['setup.exe.', [1, 2, 3]],
      ['setup.EXE . .', [1, 2, 3]],
      ['setup.exe ', [1, 2, 3]],
      // Scripts.
      ['fix.py', [1, 2, 3]],
      ['fix.pl', [1, 2, 3]],
      ['fix.rb', [1, 2, 3]],
      ['fix.php', [1, 2, 3]],
      ['fix.ps1', [1, 2, 3]],
      // Shortcuts, manifests, add-ins and macro documents run code when opened.
      ['invoice.url', [1, 2, 3]],
      ['settings.settingcontent-ms', [1, 2, 3]],
      ['update.application', [1, 2, 3]],
      ['tool.xll', [1, 2, 3]],
      ['report.docm', [1, 2, 3]],
      ['disk.iso', [1, 2, 3]],
      // Saved by Windows as run.exe (a stream of it), or by a browser as notes.txt_run.exe.
      ['run.exe::$DATA', [1, 2, 3]],
      ['notes.txt:run.exe', [1, 2, 3]],
    ] as const) {
      const form = new FormData();
      form.append('file', new File([new Uint8Array(bytes)], name));
      const r = await call(`/incidents/${open().id}/attachments`, {
        method: 'POST',
        headers: AUDIT,
        body: form,
      });
      expect(r, name).toMatchObject({
        status: 400,
        body: { code: '400002', fieldErrors: [{ field: 'file' }] },
      });
    }
    const form = new FormData();
    form.append('file', new File([new Uint8Array([1, 2, 3])], 'python-notes.txt'));
    const ok = await call(`/incidents/${open().id}/attachments`, {
      method: 'POST',
      headers: AUDIT,
      body: form,
    });
    expect(ok.status).toBe(201);
  });

  it('400001 when a DELETE attachment has no fileName [ST-8]', async () => {
    const t = tickets.all('incidents').find((x) => x.attachments.length > 0);
    const r = await call(`/incidents/${t?.id}/attachments/${t?.attachments[0]?.id}`, {
      method: 'DELETE',
      headers: AUDIT,
    });
    expect(r).toMatchObject({ status: 400, body: { code: '400001' } });
  });

  it('404002 for unknown ids, 404001 for unknown paths', async () => {
    expect(await call('/incidents/5004E0000000000ZZZ', { headers: AUTH })).toMatchObject({
      status: 404,
      body: { code: '404002' },
    });
    const order = tickets.all('orders')[0];
    expect(await call(`/incidents/${order?.id}`, { headers: AUTH })).toMatchObject({ status: 404 });
    expect(await call('/productcategories/incidents', { headers: AUTH })).toMatchObject({
      status: 404,
      body: { code: '404001' },
    });
    expect(
      await call(`/orders/${order?.id}/status`, {
        method: 'PUT',
        headers: JSON_HEADERS,
        body: '{}',
      }),
    ).toMatchObject({
      status: 404,
      body: { code: '404001' },
    });
  });

  it('404001 for a method the literal paths (count, activities, productcategories) do not take', async () => {
    for (const [method, p] of [
      ['PUT', '/incidents/count'],
      ['PUT', '/incidents/activities'],
      ['PUT', '/orders/productcategories'],
      ['POST', '/incidents/count/comments'],
    ] as const) {
      const r = await call(p, { method, headers: JSON_HEADERS, body: '{}' });
      expect(r, `${method} ${p}`).toMatchObject({ status: 404, body: { code: '404001' } });
    }
  });

  it('403001 for a status change the workflow does not allow', async () => {
    const closed = tickets.all('incidents').find((x) => x.status === 'Closed');
    const r = await call(`/incidents/${closed?.id}/status`, {
      method: 'PUT',
      headers: JSON_HEADERS,
      body: JSON.stringify({ status: 'In Progress' }),
    });
    expect(r).toMatchObject({ status: 403, body: { code: '403001' } });
  });
});

describe('documented success codes [ST-4]', () => {
  it('201 for creates, 204 for PUTs, 200 for the order comment and status', async () => {
    const created = await call('/orders', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ subject: 'New line' }),
    });
    expect(created.status).toBe(201);
    const id = String(created.body?.id);
    const put = await fetch(`${BASE}/orders/${id}`, {
      method: 'PUT',
      headers: JSON_HEADERS,
      body: '{"location":"Bodø"}',
    });
    expect(put.status).toBe(204);
    const comment = await call(`/orders/${id}/comments`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{"text":"hei"}',
    });
    expect(comment.status).toBe(200);
    const detail = await call(`/orders/${id}`, { headers: AUTH });
    expect(detail.body).toMatchObject({ priority: 'High', location: 'Bodø' });
  });

  it('an order names its product by default, from the catalogue', async () => {
    const created = await call('/orders', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({
        subject: 'Two more lines',
        productCategoryName: 'Mobil',
        productId: '01tb0000002oaA1AAI',
      }),
    });
    const detail = await call(`/orders/${String(created.body?.id)}`, { headers: AUTH });
    expect(detail.body).toMatchObject({
      product: 'Mobil Bedrift Fri',
      productName: 'Mobil Bedrift Fri',
    });
  });

  it('takes phone numbers as people write them, and any zip code text', async () => {
    const order = tickets.all('orders')[1];
    for (const phone of ['+47 22-33-44-55', '+1-2342343333', '+44 (20) 7946 0958']) {
      const r = await fetch(`${BASE}/orders/${order?.id}/contact`, {
        method: 'PUT',
        headers: JSON_HEADERS,
        body: JSON.stringify({ name: 'Kari', phone }),
      });
      expect(r.status, phone).toBe(204);
    }
    const bad = await call(`/orders/${order?.id}/contact`, {
      method: 'PUT',
      headers: JSON_HEADERS,
      body: JSON.stringify({ name: 'Kari', phone: '12 ab' }),
    });
    expect(bad).toMatchObject({ status: 400, body: { code: '400002' } });
    const address = await fetch(`${BASE}/orders/${order?.id}`, {
      method: 'PUT',
      headers: JSON_HEADERS,
      body: JSON.stringify({ installationAddress: { zipCode: 'SE-123 45' } }),
    });
    expect(address.status).toBe(204);
  });
});

describe('PUT /incidents/{id}/status: interim statuses and roles', () => {
  const SUPPORT = { ...JSON_HEADERS, 'X-User-Name': 'Per Haugen' };
  const sample = fs.readFileSync(
    path.resolve(
      process.cwd(),
      '../shared/api/samples/service-tickets/put-incidents--_incidentId_--status.request.json',
    ),
    'utf8',
  );
  const setStatus = (id: string, body: string, headers: Record<string, string>) =>
    call(`/incidents/${id}/status`, { method: 'PUT', headers, body });
  const inProgress = () => {
    const list = tickets.all('incidents').filter((x) => x.status === 'In Progress');
    const t = list[list.length - 1 - used++];
    if (!t) throw new Error('seed has too few incidents in progress');
    return t.id;
  };
  let used = 0;

  it('after the document\'s own sample (status "string"), the incident moves on as an open one', async () => {
    const id = inProgress();
    expect((await setStatus(id, sample, SUPPORT)).status).toBe(200);
    expect((await call(`/incidents/${id}`, { headers: AUTH })).body?.status).toBe('string');
    const solved = await setStatus(id, JSON.stringify({ status: 'Solved' }), SUPPORT);
    expect(solved.status).toBe(200);
    expect((await call(`/incidents/${id}`, { headers: AUTH })).body?.status).toBe('Solved');
  });

  it('a status PUT sent again finds the status it asks for: 200, nothing changes', async () => {
    const id = inProgress();
    const before = tickets.get('incidents', id)?.activities.length;
    const again = await setStatus(id, JSON.stringify({ status: 'In Progress' }), SUPPORT);
    expect(again.status).toBe(200);
    expect(tickets.get('incidents', id)?.activities.length).toBe(before);
    // With a text of its own, the text is kept (and sent again, not twice).
    const answer = JSON.stringify({ status: 'In Progress', text: 'Svar: ruteren er byttet' });
    expect((await setStatus(id, answer, SUPPORT)).status).toBe(200);
    expect((await setStatus(id, answer, SUPPORT)).status).toBe(200);
    const texts = tickets.get('incidents', id)?.activities.map((a) => a.content) ?? [];
    expect(texts.filter((c) => c === 'Svar: ruteren er byttet')).toHaveLength(1);
    const customer = { ...JSON_HEADERS, 'X-User-Name': 'Ola Nordmann' };
    expect((await setStatus(id, JSON.stringify({ status: 'Cancelled' }), customer)).status).toBe(
      200,
    );
    expect((await setStatus(id, JSON.stringify({ status: 'cancelled' }), customer)).status).toBe(
      200,
    );
    expect(tickets.get('incidents', id)?.status).toBe('Cancelled');
  });

  it('a company user may cancel from an interim status; Solved is refused for the role', async () => {
    const id = inProgress();
    expect((await setStatus(id, sample, JSON_HEADERS)).status).toBe(200);
    const solved = await setStatus(id, JSON.stringify({ status: 'Solved' }), JSON_HEADERS);
    expect(solved).toMatchObject({ status: 403, body: { code: '403001' } });
    expect(String(solved.body?.message)).toContain('only support staff can set Solved');
    // Nor by another spelling of it.
    for (const variant of ['Solved.', ' solved ', 'SOLVED!']) {
      const r = await setStatus(id, JSON.stringify({ status: variant }), JSON_HEADERS);
      expect(r).toMatchObject({ status: 403, body: { code: '403001' } });
    }
    const cancelled = await setStatus(id, JSON.stringify({ status: 'Cancelled' }), JSON_HEADERS);
    expect(cancelled.status).toBe(200);
  });

  it('says it is the role when a company user sets In Progress on a new incident', async () => {
    const fresh = tickets.all('incidents').find((x) => x.status === 'New');
    const r = await setStatus(
      String(fresh?.id),
      JSON.stringify({ status: 'In Progress' }),
      JSON_HEADERS,
    );
    expect(r).toMatchObject({ status: 403, body: { code: '403001' } });
    expect(String(r.body?.message)).toMatch(/only support staff can set In Progress/);
    expect(String(r.body?.message)).not.toContain('cannot change');
  });
});

describe('every missing or invalid field at once', () => {
  const NO_USER = { ...AUTH, 'Content-Type': 'application/json' };
  const post = (path: string, body: unknown) =>
    call(path, { method: 'POST', headers: NO_USER, body: JSON.stringify(body) });

  it('POST /orders {} names the missing subject', async () => {
    const r = await post('/orders', {});
    expect(r).toMatchObject({ status: 400, body: { code: '400001' } });
    expect(r.body?.fieldErrors).toEqual([{ field: 'subject', message: 'is required' }]);
    expect(r.body?.message).toBe('Missing Mandatory Inputs: subject is required');
  });

  it('a required field inside an object is missing too (400001), as in PUT …/contact', async () => {
    const r = await post('/orders', { subject: 'Fiber', contact: { email: 'kari@example.no' } });
    expect(r).toMatchObject({ status: 400, body: { code: '400001' } });
    expect(r.body?.fieldErrors).toEqual([{ field: 'contact.name', message: 'is required' }]);
  });

  it('an empty body names its missing fields as {} does', async () => {
    const r = await call('/incidents', { method: 'POST', headers: NO_USER });
    expect(r).toMatchObject({ status: 400, body: { code: '400001' } });
    expect(r.body?.message).toBe(
      'Missing Mandatory Inputs: subject is required; description is required',
    );
  });

  it('refuses a body that is not UTF-8 instead of storing it garbled', async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('{"subject":"Bj'),
      0xf8,
      ...new TextEncoder().encode('rn","description":"d"}'),
    ]);
    const r = await call('/incidents', { method: 'POST', headers: NO_USER, body: latin1 });
    expect(r).toMatchObject({ status: 400, body: { code: '400002' } });
    expect(String(r.body?.message)).toContain('not valid UTF-8');
  });

  it('POST /incidents {} names subject and description', async () => {
    const r = await post('/incidents', {});
    expect(r.body?.fieldErrors).toEqual([
      { field: 'subject', message: 'is required' },
      { field: 'description', message: 'is required' },
    ]);
  });

  it('reports missing and invalid fields in one answer', async () => {
    const r = await post('/orders', { quantity: -1, contact: { name: 'A', email: 'nope' } });
    expect(r).toMatchObject({ status: 400, body: { code: '400001' } });
    expect((r.body?.fieldErrors as { field: string }[]).map((f) => f.field)).toEqual([
      'subject',
      'contact.email',
      'quantity',
    ]);
    expect(String(r.body?.message)).toContain('quantity must be a positive number');
  });

  it('the creator comes from the body, else the header, else is unknown ("N/A")', async () => {
    const creatorOf = async (headers: Record<string, string>, body: unknown) => {
      const r = await call('/orders', { method: 'POST', headers, body: JSON.stringify(body) });
      expect(r.status).toBe(201);
      const { id } = r.body as { id: string };
      return (await call(`/orders/${id}`, { headers: AUTH })).body?.createdBy;
    };
    expect(
      await creatorOf(NO_USER, { subject: 'Ny linje', createdBy: { userName: 'API' } }),
    ).toEqual({ userName: 'API', internalUser: false });
    expect(await creatorOf(JSON_HEADERS, { subject: 'Ny linje' })).toEqual({
      userName: 'Ola Nordmann',
      internalUser: false,
    });
    // The document marks no field required [ST-21] and POST has no X-User-Name [ST-7].
    expect(await creatorOf(NO_USER, { subject: 'Ny linje' })).toEqual({
      userName: 'N/A',
      internalUser: 'N/A',
    });
    // Without the header, the creator the body names is who registered it.
    expect(
      await creatorOf(NO_USER, { subject: 'Ny linje', createdBy: { userName: 'Per Haugen' } }),
    ).toEqual({ userName: 'Per Haugen', internalUser: true });
  });

  it('the body cannot make a company user a case handling agent', async () => {
    const r = await call('/orders', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ subject: 'Ny linje', createdBy: { internalUser: true } }),
    });
    const { id } = r.body as { id: string };
    const detail = await call(`/orders/${id}`, { headers: AUTH });
    expect(detail.body?.createdBy).toEqual({ userName: 'Ola Nordmann', internalUser: false });
  });

  it('refuses a field the ticket does not have instead of dropping it', async () => {
    const id = open().id;
    const put = await call(`/incidents/${id}`, {
      method: 'PUT',
      headers: JSON_HEADERS,
      body: JSON.stringify({ quantity: 'abc', contact: { name: 'A', fax: '1' } }),
    });
    expect(put).toMatchObject({ status: 400, body: { code: '400002' } });
    expect(put.body?.fieldErrors).toEqual([
      { field: 'quantity', message: 'is not a field of an incident' },
      { field: 'contact.fax', message: 'is not a field of contact' },
    ]);
    const comment = await call(`/incidents/${id}/comments`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ text: 'Hei', visibility: 'INTERNAL' }),
    });
    expect(comment).toMatchObject({ status: 400, body: { code: '400002' } });
    expect(String(comment.body?.message)).toContain('visibility is not a field of a comment');
  });

  it('says what a wrong type is', async () => {
    const r = await post('/incidents', {
      subject: 5,
      description: 'd',
      createdBy: { userName: 'API' },
    });
    expect(r).toMatchObject({
      status: 400,
      body: {
        code: '400002',
        fieldErrors: [{ field: 'subject', message: 'must be a string, not a number' }],
      },
    });
  });

  it('says a number too large to read is one (JSON 1e999 is Infinity)', async () => {
    const r = await call('/orders', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{"subject":"s","quantity":1e999}',
    });
    expect(r.body?.fieldErrors).toEqual([
      { field: 'quantity', message: 'is a number too large to read' },
    ]);
  });
});

describe('PUT /incidents/{id} and /orders/{id}: a field sent meets the rule it has on create', () => {
  const put = (path: string, body: unknown) =>
    call(path, { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify(body) });

  it('refuses a blank subject or description on an incident, and leaves it as it was', async () => {
    const t = open();
    const before = await call(`/incidents/${t.id}`, { headers: AUTH });
    const r = await put(`/incidents/${t.id}`, { subject: '   ', description: '' });
    expect(r).toMatchObject({ status: 400, body: { code: '400001' } });
    expect(r.body?.fieldErrors).toEqual([
      { field: 'subject', message: 'must not be blank' },
      { field: 'description', message: 'must not be blank' },
    ]);
    const after = await call(`/incidents/${t.id}`, { headers: AUTH });
    expect(after.body).toMatchObject({
      subject: before.body?.subject,
      description: before.body?.description,
    });
  });

  it('refuses a blank subject on an order; a blank description is allowed, as on create', async () => {
    const order = tickets.all('orders')[1];
    const r = await put(`/orders/${order?.id}`, { subject: '   ', description: '' });
    expect(r).toMatchObject({
      status: 400,
      body: { code: '400001', fieldErrors: [{ field: 'subject', message: 'must not be blank' }] },
    });
    const ok = await fetch(`${BASE}/orders/${order?.id}`, {
      method: 'PUT',
      headers: JSON_HEADERS,
      body: JSON.stringify({ description: '' }),
    });
    expect(ok.status).toBe(204);
  });

  it('leaves fields that are not sent unchanged', async () => {
    const t = open();
    const before = await call(`/incidents/${t.id}`, { headers: AUTH });
    const r = await fetch(`${BASE}/incidents/${t.id}`, {
      method: 'PUT',
      headers: JSON_HEADERS,
      body: JSON.stringify({ location: 'Tromsø' }),
    });
    expect(r.status).toBe(204);
    const after = await call(`/incidents/${t.id}`, { headers: AUTH });
    expect(after.body).toMatchObject({ location: 'Tromsø', subject: before.body?.subject });
  });
});

describe("sortField: each list sorts on its own items' fields", () => {
  const list = async (path: string) => {
    const r = await call(path, { headers: AUTH });
    return {
      ...r,
      items: (r.body?.orders ?? r.body?.incidents ?? []) as Record<string, unknown>[],
    };
  };
  const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

  it('sorts orders on order fields: customerReference, type, reason, productName, quantity', async () => {
    for (const field of ['customerReference', 'type', 'reason', 'productName']) {
      const r = await list(`/orders?sortField=${field}&order=ASC`);
      expect(r.status).toBe(200);
      const values = r.items.map((o) => String(o[field])).filter((v) => v !== '');
      expect(values.length).toBeGreaterThan(1);
      expect(values).toEqual([...values].sort(collator.compare));
    }
    const byQuantity = await list('/orders?sortField=quantity&order=DESC');
    const quantities = byQuantity.items.map((o) => o.quantity).filter((q) => typeof q === 'number');
    expect(quantities).toEqual([...quantities].sort((a, b) => b - a));
  });

  it('an order without a sortField turns the default (newest first) around', async () => {
    const dates = async (path: string, key: 'incidents' | 'activities', field: string) =>
      (((await call(path, { headers: AUTH })).body?.[key] ?? []) as Record<string, string>[]).map(
        (x) => String(x[field]),
      );
    const newest = await dates('/incidents?count=5', 'incidents', 'createdDate');
    expect(newest).toEqual([...newest].sort().reverse());
    expect(await dates('/incidents?count=5&order=DESC', 'incidents', 'createdDate')).toEqual(
      newest,
    );
    const oldest = await dates('/incidents?count=5&order=ASC', 'incidents', 'createdDate');
    expect(oldest).toEqual([...oldest].sort());
    expect(String(oldest[0]) < String(newest[0])).toBe(true);
    const feed = await dates('/incidents/activities?count=5&order=ASC', 'activities', 'date');
    expect(feed).toEqual([...feed].sort());
    const feedNewest = await dates('/incidents/activities?count=5', 'activities', 'date');
    expect(feedNewest).toEqual([...feedNewest].sort().reverse());
  });

  it('refuses incident-only fields on orders, and order-only fields on incidents', async () => {
    for (const path of [
      '/orders?sortField=incidentType',
      '/orders?sortField=identificationNumber',
      '/incidents?sortField=customerReference',
    ]) {
      expect(await call(path, { headers: AUTH })).toMatchObject({
        status: 400,
        body: { code: '400002', fieldErrors: [{ field: 'sortField' }] },
      });
    }
    for (const field of [
      'caseNumber',
      'status',
      'location',
      'identificationNumber',
      'incidentType',
      'lastActivity',
    ]) {
      expect((await call(`/incidents?sortField=${field}&count=3`, { headers: AUTH })).status).toBe(
        200,
      );
    }
  });
});

describe('array filters: repeated keys or comma-joined values', () => {
  const total = async (path: string) =>
    Number((await call(path, { headers: AUTH })).body?.totalSize ?? NaN);
  const count = async (path: string) =>
    Number((await call(path, { headers: AUTH })).body?.count ?? NaN);

  it('status=New,Solved is status=New&status=Solved, on the list and the count', async () => {
    const one = (await total('/incidents?status=New')) + (await total('/incidents?status=Solved'));
    expect(one).toBeGreaterThan(0);
    expect(await total('/incidents?status=New,Solved')).toBe(one);
    expect(await total('/incidents?status=New%2C%20Solved')).toBe(one);
    expect(await total('/incidents?status=New&status=Solved')).toBe(one);
    expect(await count('/incidents/count?status=New,Solved')).toBe(one);
  });

  it('productCategoryName takes both forms too, for orders as for incidents', async () => {
    const names = [...new Set(tickets.all('orders').map((o) => o.productCategoryName))]
      .filter(Boolean)
      .slice(0, 2) as string[];
    const q = (n: string) => encodeURIComponent(n);
    const repeated = await total(
      `/orders?productCategoryName=${q(names[0] ?? '')}&productCategoryName=${q(names[1] ?? '')}`,
    );
    expect(repeated).toBeGreaterThan(0);
    expect(await total(`/orders?productCategoryName=${q(names.join(','))}`)).toBe(repeated);
    expect(await count(`/orders/count?productCategoryName=${q(names.join(','))}`)).toBe(repeated);
  });
});

describe('free-text search runs on all parameters of the list item', () => {
  /** The list items an API client would find by reading every value of the whole list. */
  const expected = (items: Record<string, unknown>[], words: string[]) =>
    items.filter((item) => {
      const values: string[] = [];
      const walk = (v: unknown) => {
        if (typeof v === 'string' || typeof v === 'number') values.push(String(v).toLowerCase());
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk(item);
      return words.every((w) => values.some((v) => v.includes(w.toLowerCase())));
    });

  it('finds text of the last activity and dates as they are on the wire', async () => {
    const all = (await call('/incidents', { headers: AUTH })).body?.incidents as Record<
      string,
      unknown
    >[];
    const wan = all.find((i) =>
      String((i.lastActivity as { content?: string } | null)?.content).includes('WAN-lampen'),
    );
    const wanDay = String((wan?.lastActivity as { date?: string } | undefined)?.date).slice(0, 10);
    for (const search of [
      'WAN-lampen',
      '2026-11-19',
      `${wanDay} wan-LAMPEN`,
      'STATUS_CHANGED',
      String(all[3]?.lastModifiedDate),
    ]) {
      const want = expected(all, search.split(' '));
      expect(want.length, search).toBeGreaterThan(0);
      const r = await call(`/incidents?search=${encodeURIComponent(search)}`, { headers: AUTH });
      const got = r.body?.incidents as { id: string }[];
      expect(got.map((t) => t.id).sort(), search).toEqual(want.map((t) => t.id).sort());
    }
  });

  it('every word must match, in any order and any field', async () => {
    const t = tickets.all('orders')[5];
    const words = `${t?.caseNumber ?? ''} ${t?.status ?? ''}`;
    const r = await call(`/orders?search=${encodeURIComponent(words)}`, { headers: AUTH });
    expect((r.body?.orders as { id: string }[]).map((o) => o.id)).toEqual([t?.id]);
    const none = await call(`/orders?search=${encodeURIComponent(`${words} zzzyx`)}`, {
      headers: AUTH,
    });
    expect(none.body?.totalSize).toBe(0);
  });
});

describe('activity lists sort on their own fields or on their tickets’ [ST-15]', () => {
  type Act = { date: string; ticket?: { status?: string; location?: string } };
  const feed = async (query: string) => {
    const r = await call(`/incidents/activities?${query}`, { headers: AUTH });
    return { status: r.status, items: (r.body?.activities ?? []) as Act[], body: r.body };
  };

  it('sortField=location orders the global feed by the location of each activity’s incident', async () => {
    const r = await feed('sortField=location&order=ASC&count=400');
    expect(r.status).toBe(200);
    const locations = r.items.map((a) => a.ticket?.location ?? '').filter(Boolean);
    const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });
    expect(locations.length).toBeGreaterThan(10);
    expect(locations).toEqual([...locations].sort(collator.compare));
    const down = await feed('sortField=location&order=DESC&count=400');
    const downward = down.items.map((a) => a.ticket?.location ?? '').filter(Boolean);
    expect(downward).toEqual([...downward].sort((a, b) => collator.compare(b, a)));
    const byDate = await feed('count=400');
    expect(r.items.map((a) => a.date)).not.toEqual(byDate.items.map((a) => a.date));
  });

  it('an order’s activity names its ticket as the sample does, incidentType included [ST-14]', async () => {
    const r = await call('/orders/activities?count=5', { headers: AUTH });
    expect(r.status).toBe(200);
    const keys = (r.body?.activities as { ticket: object }[]).map((a) => Object.keys(a.ticket));
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys)
      expect(k.sort()).toEqual(
        ['caseNumber', 'id', 'incidentType', 'location', 'productCategoryName', 'subject'].sort(),
      );
  });

  it('an unknown field is a 400 that lists every field it takes', async () => {
    const r = await feed('sortField=subjectx');
    expect(r.status).toBe(400);
    const message = String(r.body?.message);
    for (const field of ['date', 'lastActivity', 'activityId', 'caseId', 'status', 'location'])
      expect(message).toContain(field);
  });
});

describe('what the wire leaves out, and what it refuses', () => {
  it('an open incident has no closedDate and a ticket without a local contact no localContact: absent, not null', async () => {
    const t = open();
    const r = await call(`/incidents/${t.id}`, { headers: AUTH });
    expect(r.body).not.toHaveProperty('closedDate');
    expect(Object.values(r.body ?? {})).not.toContain(null);
    const list = await call('/orders?count=50', { headers: AUTH });
    for (const o of list.body?.orders as Record<string, unknown>[])
      expect(Object.values(o)).not.toContain(null);
  });

  it('a count beyond 999999999 says so', async () => {
    const r = await call('/incidents?count=99999999999999999999', { headers: AUTH });
    expect(r).toMatchObject({
      status: 400,
      body: { fieldErrors: [{ field: 'count', message: 'must be at most 999999999' }] },
    });
    expect((await call('/incidents?count=0000000002', { headers: AUTH })).status).toBe(200);
  });

  it('stores an uploaded file under its bare name, and refuses two files in one request', async () => {
    const id = open().id;
    const form = new FormData();
    form.append('file', new File(['log'], '../../etc/pass\u0007wd.txt', { type: 'text/plain' }));
    const r = await call(`/incidents/${id}/attachments`, {
      method: 'POST',
      headers: AUDIT,
      body: form,
    });
    expect(r.status).toBe(201);
    const list = await call(`/incidents/${id}/attachments`, { headers: AUTH });
    const stored = (list.body as unknown as { id: string; name: string }[]).find(
      (a) => a.id === r.body?.id,
    );
    expect(stored?.name).toBe('passwd.txt');
    // Direction marks would show `report\u202excod.pdf` as "reportfdp.docx"; a long name keeps
    // its extension when it is cut to 255 characters.
    const named = async (name: string) => {
      const f = new FormData();
      f.append('file', new File(['x'], name, { type: 'text/plain' }));
      const created = await call(`/incidents/${id}/attachments`, {
        method: 'POST',
        headers: AUDIT,
        body: f,
      });
      const all = await call(`/incidents/${id}/attachments`, { headers: AUTH });
      return (all.body as unknown as { id: string; name: string }[]).find(
        (a) => a.id === created.body?.id,
      )?.name;
    };
    expect(await named('report\u202excod.pdf')).toBe('reportxcod.pdf');
    const long = await named(`${'a'.repeat(300)}.txt`);
    expect(long).toHaveLength(255);
    expect(long?.endsWith('a.txt')).toBe(true);
    const two = new FormData();
    two.append('file', new File(['a'], 'a.txt'));
    two.append('file', new File(['b'], 'b.txt'));
    const refused = await call(`/incidents/${id}/attachments`, {
      method: 'POST',
      headers: AUDIT,
      body: two,
    });
    expect(refused).toMatchObject({ status: 400, body: { code: '400002' } });
    // A part the document's form does not have is refused, not dropped unread.
    const extra = new FormData();
    extra.append('file', new File(['a'], 'a.txt'));
    extra.append('description', 'the router log');
    const withExtra = await call(`/incidents/${id}/attachments`, {
      method: 'POST',
      headers: AUDIT,
      body: extra,
    });
    expect(withExtra).toMatchObject({
      status: 400,
      body: {
        code: '400002',
        message:
          'Invalid Inputs: description is not a part of an upload; it takes file and contentType',
      },
    });
  });
});

describe('idempotent writes and lenient paths', () => {
  it('the same contact sent twice logs one change', async () => {
    const id = open().id;
    const put = () =>
      call(`/incidents/${id}/contact`, {
        method: 'PUT',
        headers: JSON_HEADERS,
        body: JSON.stringify({ name: 'Same Person', email: 'same@example.no' }),
      });
    const logged = () =>
      tickets.get('incidents', id)?.activities.filter((a) => a.fieldName === 'contact').length ?? 0;
    const before = logged();
    expect((await put()).status).toBe(204);
    expect((await put()).status).toBe(204);
    expect(logged()).toBe(before + 1);
  });

  it('a read shows the contact as it was last sent, when only empty fields differ', async () => {
    const id = open().id;
    const put = (contact: object) =>
      call(`/incidents/${id}/contact`, {
        method: 'PUT',
        headers: JSON_HEADERS,
        body: JSON.stringify(contact),
      });
    const read = async () => (await call(`/incidents/${id}`, { headers: AUTH })).body?.contact;
    for (const contact of [{ name: 'A', phone: '' }, { name: 'A', email: '' }, { name: 'A' }]) {
      expect((await put(contact)).status).toBe(204);
      expect(await read()).toEqual(contact);
    }
  });

  it('incidents sort on closedDate, owner and organizationNumber as orders do', async () => {
    for (const field of ['closedDate', 'owner', 'organizationNumber']) {
      const r = await call(`/incidents?count=3&sortField=${field}`, { headers: AUTH });
      expect(r.status).toBe(200);
    }
    const closed = await call('/incidents?isClosed=true&sortField=closedDate&order=DESC', {
      headers: AUTH,
    });
    const dates = (closed.body?.incidents as { closedDate: string }[]).map((i) =>
      Date.parse(i.closedDate.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')),
    );
    expect(dates.length).toBeGreaterThan(2);
    expect(dates.every(Number.isFinite)).toBe(true);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('answers a path only as the document spells it: no other letter case, no trailing slash', async () => {
    const t = open();
    for (const wrong of [
      '/INCIDENTS/COUNT',
      '/incidents/productCategories',
      `/incidents/${t.id}/localContact`,
      '/incidents/',
    ]) {
      const r = await call(wrong, { headers: AUTH });
      expect(r, wrong).toMatchObject({ status: 404, body: { code: '404001' } });
    }
    expect((await call('/incidents/count', { headers: AUTH })).status).toBe(200);
  });

  it('a collection path in another case is still no ticket id', async () => {
    const r = await call('/INCIDENTS/COUNT', { method: 'PUT', headers: JSON_HEADERS, body: '{}' });
    expect(r).toMatchObject({ status: 404, body: { code: '404001' } });
  });
});

describe('text that is no text, and who is writing', () => {
  it('refuses an unpaired surrogate escape anywhere in a body, naming the field', async () => {
    const body = '{"subject":"x\\ud800y","description":"d"}';
    const r = await call('/incidents', { method: 'POST', headers: JSON_HEADERS, body });
    expect(r).toMatchObject({
      status: 400,
      body: { code: '400002', fieldErrors: [{ field: 'subject' }] },
    });
    expect(String(r.body?.message)).toContain('not valid Unicode');
    const comment = await call(`/incidents/${open().id}/comments`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{"text":"\\udc00"}',
    });
    expect(comment).toMatchObject({ status: 400, body: { fieldErrors: [{ field: 'text' }] } });
    // A real pair is one character, and welcome.
    const emoji = await call('/incidents', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: '{"subject":"Ruter \\ud83d\\ude00","description":"d"}',
    });
    expect(emoji.status).toBe(201);
  });

  it('a name in X-User-Name is at most 255 characters: it is stored as the author', async () => {
    const r = await call(`/incidents/${open().id}/comments`, {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'X-User-Name': 'a'.repeat(256) },
      body: JSON.stringify({ text: 'hello' }),
    });
    expect(r).toMatchObject({ status: 400, body: { fieldErrors: [{ field: 'X-User-Name' }] } });
  });

  it('a create says where the new ticket is (Location)', async () => {
    const response = await fetch(`${BASE}/incidents`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ subject: 's', description: 'd' }),
    });
    const { id } = (await response.json()) as { id: string };
    expect(response.status).toBe(201);
    expect(response.headers.get('Location')).toBe(`/service-tickets/v2/incidents/${id}`);
    const there = await fetch(`http://sandbox.test${response.headers.get('Location')}`, {
      headers: AUTH,
    });
    expect(there.status).toBe(200);
  });
});

describe('what a customer does with a ticket waiting on them', () => {
  it('an answer to an order awaiting the customer hands it back to support', async () => {
    const order = tickets.all('orders').find((o) => o.status === 'Awaiting Customer');
    if (!order) throw new Error('no order awaiting the customer in the seed');
    const r = await call(`/orders/${order.id}/comments`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ text: 'Adressen er Storgata 1.' }),
    });
    expect(r.status).toBe(200);
    expect((await call(`/orders/${order.id}`, { headers: AUTH })).body?.status).toBe('In Progress');
  });

  it('accepting a solution with a comment keeps support’s resolution', async () => {
    const support = { ...JSON_HEADERS, 'X-User-Name': 'Per Haugen' };
    const id = open().id;
    const put = (headers: Record<string, string>, body: unknown) =>
      call(`/incidents/${id}/status`, { method: 'PUT', headers, body: JSON.stringify(body) });
    expect((await put(support, { status: 'Solved', text: 'Byttet ruter.' })).status).toBe(200);
    expect((await put(JSON_HEADERS, { status: 'Customer Accepted', text: 'Takk!' })).status).toBe(
      200,
    );
    const detail = await call(`/incidents/${id}`, { headers: AUTH });
    expect(detail.body?.statusReason).toBe('Byttet ruter.');
  });

  it('a quoted phrase finds what its words find', async () => {
    const plain = await call('/incidents?search=Bergen', { headers: AUTH });
    const quoted = await call(`/incidents?search=${encodeURIComponent('"Bergen"')}`, {
      headers: AUTH,
    });
    expect(plain.body?.totalSize).toBeGreaterThan(0);
    expect(quoted.body?.totalSize).toBe(plain.body?.totalSize);
  });
});
