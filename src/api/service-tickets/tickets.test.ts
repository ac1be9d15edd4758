import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { ApiError } from '../http';
import { parseApiDate } from '../lenient';
import { API, customer, signIn, supportUser, setupApiSandbox } from '@/testing/api-sandbox';
import { incidentApi, orderApi, ticketApis } from './tickets';
import { CLOSED_STATUSES } from './workflow';
import type { TicketKind } from './schemas';

const sandbox = setupApiSandbox();

function firstOpen(kind: TicketKind) {
  const t = sandbox.tickets.all(kind).find((x) => !CLOSED_STATUSES[kind].includes(x.status));
  if (!t) throw new Error('no open ticket in the seed');
  return t;
}

async function expectApiError(promise: Promise<unknown>, status: number, code?: string) {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).status).toBe(status);
  if (code) expect((error as ApiError).code).toBe(code);
  return error as ApiError;
}

describe.each(['incidents', 'orders'] as const)('%s client', (kind) => {
  const api = ticketApis[kind];

  it('GET list: pages with skip/count and reports the whole match as totalSize', async () => {
    const all = await api.list({});
    const page = await api.list({ skip: 5, count: 10 });
    expect(page.items).toHaveLength(10);
    expect(page.totalSize).toBe(all.totalSize);
    expect(page.items.map((t) => t.id)).toEqual(all.items.slice(5, 15).map((t) => t.id));
    expect(page.items.every((t) => t.lastActivity?.action)).toBe(true);
  });

  it('GET list: filters by isClosed, repeated status and category, loggedBy and search', async () => {
    const closed = await api.list({ isClosed: true });
    expect(closed.items.length).toBeGreaterThan(0);
    expect(closed.items.every((t) => CLOSED_STATUSES[kind].includes(t.status ?? ''))).toBe(true);
    expect(closed.items.every((t) => parseApiDate(t.closedDate) !== null)).toBe(true);

    const two = await api.list({ status: ['New', 'In Progress'] });
    expect(new Set(two.items.map((t) => t.status))).toEqual(new Set(['New', 'In Progress']));

    const cats = await api.list({ productCategoryName: ['Mobil', 'Nordic Connect'] });
    expect(
      cats.items.every((t) => ['Mobil', 'Nordic Connect'].includes(t.productCategoryName ?? '')),
    ).toBe(true);

    const mine = await api.list({ loggedBy: customer.userName });
    expect(mine.totalSize).toBeGreaterThan(0);
    expect(mine.items.every((t) => t.createdBy?.userName === customer.userName)).toBe(true);

    const target = (await api.list({ count: 1, skip: 7 })).items[0];
    const found = await api.list({ search: target?.caseNumber?.toLowerCase() });
    expect(found.items.map((t) => t.id)).toContain(target?.id);
    const byNumber = await api.list({ caseNumber: target?.caseNumber });
    expect(byNumber.items.map((t) => t.id)).toEqual([target?.id]);
  });

  it('GET list: sorts both ways', async () => {
    const asc = await api.list({ sortField: 'caseNumber', order: 'ASC', count: 20 });
    const numbers = asc.items.map((t) => t.caseNumber ?? '');
    expect(numbers).toEqual([...numbers].sort());
    const desc = await api.list({ sortField: 'lastActivity', order: 'DESC', count: 20 });
    const dates = desc.items.map((t) => parseApiDate(t.lastActivity?.date)?.getTime() ?? 0);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('GET count: agrees with the list for the same filter', async () => {
    const filter = { isClosed: false, productCategoryName: ['Mobil'] };
    expect(await api.count(filter)).toBe((await api.list(filter)).totalSize);
  });

  it('GET productcategories: categories with products', async () => {
    const categories = await api.productCategories();
    expect(categories.length).toBeGreaterThanOrEqual(4);
    expect(categories.every((c) => c.productCatName && c.products.length > 0)).toBe(true);
  });

  it('GET activities: newest first, paged, each with its ticket', async () => {
    const page = await api.activities({ count: 15 });
    expect(page.activities).toHaveLength(15);
    expect(page.totalSize).toBeGreaterThan(15);
    const dates = page.activities.map((a) => parseApiDate(a.date)?.getTime() ?? 0);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(page.activities.every((a) => a.ticket?.caseNumber)).toBe(true);
    const oldest = await api.activities({ sortField: 'date', order: 'ASC', count: 1 });
    expect(parseApiDate(oldest.activities[0]?.date)?.getTime()).toBeLessThan(dates.at(-1) ?? 0);
  });

  it('POST create: assigns an id and a case number, findable at once', async () => {
    const { id } = await api.create({
      subject: `Test ${kind} Øvre Slottsgate`,
      description: 'Created by the client test',
      location: 'Oslo',
    });
    expect(id).toMatch(/^[A-Za-z0-9]{18}$/);
    const created = await api.get(id ?? '');
    expect(created.caseNumber).toMatch(/^Case-\d{8}$/);
    expect(created.createdBy?.userName).toBe(customer.userName);
    expect(created.activities[0]?.action).toBe('CREATED');
    const listed = await api.list({ search: 'Øvre Slottsgate' });
    expect(listed.items.map((t) => t.id)).toContain(id);
  });

  it('GET by id: every field, 404 with 404002 for an unknown id', async () => {
    const seeded = firstOpen(kind);
    const detail = await api.get(seeded.id);
    expect(detail.caseNumber).toBe(seeded.caseNumber);
    expect(detail.assignedTo).toBeTruthy();
    await expectApiError(api.get('5004E0000000000XXX'), 404, '404002');
  });

  it('PUT update: changes the fields, records UPDATED activities and lastModifiedDate', async () => {
    const seeded = firstOpen(kind);
    const before = await api.get(seeded.id);
    await api.update(seeded.id, { subject: 'Updated subject from test', location: 'Hamar' });
    const after = await api.get(seeded.id);
    expect(after.subject).toBe('Updated subject from test');
    expect(after.location).toBe('Hamar');
    expect(parseApiDate(after.lastModifiedDate)?.getTime()).toBeGreaterThan(
      parseApiDate(before.lastModifiedDate)?.getTime() ?? 0,
    );
    const updated = after.activities.find(
      (a) => a.action === 'UPDATED' && a.fieldName === 'subject',
    );
    expect(updated?.newValue).toBe('Updated subject from test');
    expect(updated?.user?.userName).toBe(customer.userName);
  });

  it('GET item activities and one activity by id', async () => {
    const seeded = firstOpen(kind);
    const page = await api.itemActivities(seeded.id, { count: 2 });
    expect(page.totalSize).toBe(seeded.activities.length);
    expect(page.activities[0]?.ticket?.id).toBe(seeded.id);
    const one = await api.activity(seeded.id, page.activities[0]?.id ?? '');
    expect(one.id).toBe(page.activities[0]?.id);
    await expectApiError(api.activity(seeded.id, 'a0z4E0000000000XXX'), 404, '404002');
  });

  it('comments: POST adds one (with its activity), GET lists it', async () => {
    const seeded = firstOpen(kind);
    const { id } = await api.addComment(seeded.id, 'Linje 1\n<b>not bold</b>');
    const comments = await api.comments(seeded.id);
    expect(comments.at(-1)).toMatchObject({ id, commentBody: 'Linje 1\n<b>not bold</b>' });
    const detail = await api.get(seeded.id);
    expect(detail.activities[0]).toMatchObject({
      action: 'COMMENTED',
      content: 'Linje 1\n<b>not bold</b>',
    });
  });

  it('attachments: upload, list, download unchanged, delete with the exact fileName', async () => {
    const seeded = firstOpen(kind);
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 255]);
    const file = new File([bytes], 'Måleskjema ø.pdf', { type: 'application/pdf' });
    const { id } = await api.uploadAttachment(seeded.id, file);
    const list = await api.attachments(seeded.id);
    const meta = list.find((a) => a.id === id);
    expect(meta).toMatchObject({
      name: 'Måleskjema ø.pdf',
      size: 8,
      contentType: 'application/pdf',
    });

    const download = await api.downloadAttachment(seeded.id, id ?? '');
    expect(download.fileName).toBe('Måleskjema ø.pdf');
    expect(download.contentType).toBe('application/pdf');
    expect(new Uint8Array(await download.blob.arrayBuffer())).toEqual(bytes);

    await expectApiError(api.deleteAttachment(seeded.id, id ?? '', 'wrong.pdf'), 400, '400002');
    await api.deleteAttachment(seeded.id, id ?? '', 'Måleskjema ø.pdf');
    expect((await api.attachments(seeded.id)).map((a) => a.id)).not.toContain(id);
  });

  it('attachments: executables are refused with 400002', async () => {
    const seeded = firstOpen(kind);
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0])], 'invoice.pdf', {
      type: 'application/pdf',
    });
    const error = await expectApiError(api.uploadAttachment(seeded.id, exe), 400, '400002');
    expect(error.fieldErrors[0]?.field).toBe('file');
  });

  it('contacts: PUT contact and local contact, DELETE local contact', async () => {
    const seeded = firstOpen(kind);
    await api.updateContact(seeded.id, {
      name: 'Astrid Ås',
      email: 'astrid@nordvikbygg.no',
      phone: '4790000001',
    });
    await api.updateLocalContact(seeded.id, { name: 'Kåre Vakt', phone: '4790000002' });
    let detail = await api.get(seeded.id);
    expect(detail.contact?.name).toBe('Astrid Ås');
    expect(detail.localContact?.name).toBe('Kåre Vakt');
    await api.deleteLocalContact(seeded.id);
    detail = await api.get(seeded.id);
    expect(detail.localContact).toBeUndefined();
    await expectApiError(
      api.updateContact(seeded.id, { name: 'X', email: 'not-an-email' }),
      400,
      '400002',
    );
  });
});

describe('incident status', () => {
  it('PUT status: moves along the workflow and records old → new', async () => {
    const t = sandbox.tickets.all('incidents').find((x) => x.status === 'Solved');
    if (!t) throw new Error('no solved incident in the seed');
    await incidentApi.updateStatus(t.id, { status: 'Customer Accepted', text: 'Works now' });
    const detail = await incidentApi.get(t.id);
    expect(detail.status).toBe('Customer Accepted');
    expect(parseApiDate(detail.closedDate)).not.toBeNull();
    expect(detail.activities.find((a) => a.action === 'STATUS_CHANGED')).toMatchObject({
      oldValue: 'Solved',
      newValue: 'Customer Accepted',
    });
  });

  it('PUT status: a disallowed change is 403 with 403001', async () => {
    const t = sandbox.tickets.all('incidents').find((x) => x.status === 'New');
    if (!t) throw new Error('no new incident in the seed');
    // A company user cannot mark their own incident solved.
    await expectApiError(incidentApi.updateStatus(t.id, { status: 'Solved' }), 403, '403001');
    signIn(supportUser);
    await incidentApi.updateStatus(t.id, { status: 'In Progress' });
    expect((await incidentApi.get(t.id)).status).toBe('In Progress');
  });
});

describe('errors', () => {
  it('turns documented error bodies into one typed error', async () => {
    sandbox.server.use(
      http.get(`${API}/orders`, () =>
        HttpResponse.json({ code: '503001', message: 'External server error' }, { status: 503 }),
      ),
    );
    const error = await expectApiError(orderApi.list({}), 503, '503001');
    expect(error.isTransient).toBe(true);
  });

  it('reports an unreadable response as invalid-response, not a crash', async () => {
    sandbox.server.use(
      http.get(`${API}/incidents/count`, () => new HttpResponse('{oops', { status: 200 })),
    );
    const error = await incidentApi.count({}).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalid-response' });
  });

  it('reports a network failure as kind network', async () => {
    sandbox.server.use(http.get(`${API}/incidents/count`, () => HttpResponse.error()));
    await expect(incidentApi.count({})).rejects.toMatchObject({ kind: 'network', status: 0 });
  });

  it('accepts an empty 201 body where an id is expected', async () => {
    sandbox.server.use(
      http.post(`${API}/incidents`, () => new HttpResponse(null, { status: 201 })),
    );
    await expect(incidentApi.create({ subject: 's', description: 'd' })).resolves.toEqual({
      id: undefined,
    });
  });

  it('sends the signed-in user as X-User-Name and the bearer token', async () => {
    let seen: Headers | undefined;
    sandbox.server.use(
      http.get(`${API}/incidents/productcategories`, ({ request }) => {
        seen = request.headers;
        return HttpResponse.json([]);
      }),
    );
    await incidentApi.productCategories();
    expect(seen?.get('Authorization')).toBe(`Bearer test-${customer.userName.replace(/\s/g, '-')}`);
    expect(seen?.get('X-User-Name')).toBe(customer.userName);
    expect(seen?.get('X-Application-Id')).toBe('customer-portal');
  });

  it('cancels through the AbortSignal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(incidentApi.list({}, controller.signal)).rejects.toMatchObject({
      kind: 'aborted',
    });
  });
});
