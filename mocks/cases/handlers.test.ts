import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeSandbox } from '../node';

/* The Case Management sandbox as an API client sees it: status codes, error codes and bodies. */

const { server } = createNodeSandbox();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const BASE = 'http://sandbox.test/case-management/v2';
const AUTH = { Authorization: 'Bearer token-1', 'Content-Type': 'application/json' };

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`${BASE}${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
  };
}

describe('add a note (PATCH /tickets/{caseNumber})', () => {
  const internal = JSON.stringify({ text: 'Intern merknad', visibility: 'INTERNAL' });

  it('takes an INTERNAL note from a plain API client, which sends no X-User-Name', async () => {
    const r = await call('/tickets/11150936', { method: 'PATCH', headers: AUTH, body: internal });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ result: { CaseNumber: '11150936' } });
  });

  it("refuses it from a caller naming itself as one of the portal's company users", async () => {
    const r = await call('/tickets/11150936', {
      method: 'PATCH',
      headers: { ...AUTH, 'X-User-Name': 'Kari Nordmann' },
      body: internal,
    });
    expect(r).toMatchObject({
      status: 403,
      body: { code: '403001', fieldErrors: [{ field: 'visibility' }] },
    });
    expect(String(r.body?.message)).toMatch(/only support staff.*Kari Nordmann is a company user/);
  });

  it('takes it from support staff', async () => {
    const r = await call('/tickets/11150936', {
      method: 'PATCH',
      headers: { ...AUTH, 'X-User-Name': 'Per Haugen' },
      body: internal,
    });
    expect(r.status).toBe(200);
  });
});

describe('GET and cancel by CaseOrOrderNumber, string [8 .. 100]', () => {
  it('looks up any id of 8 to 100 characters: an unknown one is 404, not 400', async () => {
    for (const id of ['123456789', '1-2049760707', '1234567890123']) {
      const get = await call(`/tickets/${id}`, { headers: AUTH });
      expect(get).toMatchObject({ status: 404, body: { code: '404002' } });
      const cancel = await call(`/tickets/${id}/cancel`, {
        method: 'POST',
        headers: AUTH,
        body: JSON.stringify({ reason: 'feil' }),
      });
      expect(cancel).toMatchObject({ status: 404, body: { code: '404002' } });
    }
    expect((await call('/tickets/1-204976070710', { headers: AUTH })).status).toBe(200);
  });

  it('400 outside the documented length', async () => {
    for (const id of ['1234567', 'x'.repeat(101)]) {
      const r = await call(`/tickets/${id}`, { headers: AUTH });
      expect(r).toMatchObject({
        status: 400,
        body: { code: '400002', fieldErrors: [{ field: 'id' }] },
      });
    }
  });
});

describe('create (POST /tickets) with details', () => {
  const sample = JSON.parse(
    fs.readFileSync(
      path.resolve(process.cwd(), '../shared/api/samples/case-management/create-case.request.json'),
      'utf8',
    ),
  ) as Record<string, unknown>;

  it("takes the provider's sample with a valid code, details included, and returns them on GET", async () => {
    const created = await call('/tickets', {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify({ ...sample, code: '0100-0000' }),
    });
    expect(created).toMatchObject({ status: 200, body: { type: 'CASE' } });
    const got = await call(`/tickets/${String(created.body?.id)}`, { headers: AUTH });
    expect(got.status).toBe(200);
    const other = got.body?.otherDetails as { additionalInfo: unknown[] };
    expect(other.additionalInfo).toContainEqual({
      key: 'documents',
      value: { transactionIds: ['1234567890'], type: 'DETAILED', formats: ['XLS', 'PDF'] },
    });
  });

  it('a code that is not text is refused with what it must be', async () => {
    const r = await call('/tickets', {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify({ ...sample, code: 13 }),
    });
    expect(r).toMatchObject({ status: 400, body: { code: '400002' } });
    expect(r.body?.fieldErrors).toContainEqual({
      field: 'code',
      message: 'must be one of the documented ticket codes, as text (e.g. "0000-0000")',
    });
  });

  it('refuses the verbatim sample clearly: its code 0013-0102 is not in the enum [CM-3]', async () => {
    const r = await call('/tickets', {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify(sample),
    });
    expect(r).toMatchObject({ status: 400, body: { code: '400002' } });
    expect(r.body?.fieldErrors).toEqual([
      {
        field: 'code',
        message: '"0013-0102" is not one of the documented ticket codes (e.g. 0000-0000)',
      },
    ]);
    expect(String(r.body?.message)).toMatch(/^Invalid Inputs: code /);
  });
});

describe('case codes: strict by default, lenient when configured [CM-3]', () => {
  const lenient = createNodeSandbox({ caseCodes: 'lenient' });
  beforeAll(() => {
    server.close();
    lenient.server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => {
    lenient.server.close();
    server.listen({ onUnhandledRequest: 'error' });
  });
  const sample = fs.readFileSync(
    path.resolve(process.cwd(), '../shared/api/samples/case-management/create-case.request.json'),
    'utf8',
  );

  it("takes the provider's sample verbatim", async () => {
    const created = await call('/tickets', { method: 'POST', headers: AUTH, body: sample });
    expect(created).toMatchObject({ status: 200, body: { type: 'CASE' } });
    const got = await call(`/tickets/${String(created.body?.id)}`, { headers: AUTH });
    expect(got.body).toMatchObject({ status: 'SUBMITTED' });
  });

  it('still refuses what is not a code at all', async () => {
    const body = { ...(JSON.parse(sample) as object), code: 'ROUTER' };
    const r = await call('/tickets', { method: 'POST', headers: AUTH, body: JSON.stringify(body) });
    expect(r).toMatchObject({ status: 400, body: { code: '400002' } });
    expect(r.body?.fieldErrors).toEqual([
      { field: 'code', message: 'must be a code of the form 0000-0000' },
    ]);
  });
});

describe('a field the model does not have is refused, not dropped', () => {
  it('on create, on a note and on a cancellation', async () => {
    const create = await call('/tickets', {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify({ code: '0100-0000', description: 'd', primaryId: 'p', priority: 1 }),
    });
    expect(create).toMatchObject({ status: 400, body: { code: '400002' } });
    expect(create.body?.fieldErrors).toEqual([
      { field: 'priority', message: 'is not a field of a case' },
    ]);
    // Inside a list too.
    const inList = await call('/tickets', {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify({
        code: '0100-0000',
        description: 'd',
        primaryId: 'p',
        attachments: [{ id: 'never-uploaded', colour: 'red' }],
      }),
    });
    expect(inList.body?.fieldErrors).toContainEqual({
      field: 'attachments.0.colour',
      message: 'is not a field of attachments',
    });
    const note = await call('/tickets/11150936', {
      method: 'PATCH',
      headers: AUTH,
      body: JSON.stringify({ text: 'Hei', author: 'x' }),
    });
    expect(note.body?.fieldErrors).toEqual([
      { field: 'author', message: 'is not a field of a note' },
    ]);
    const cancel = await call('/tickets/11150936/cancel', {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify({ reason: 'Feil', extra: 1 }),
    });
    expect(cancel).toMatchObject({ status: 400, body: { code: '400002' } });
    expect((await call('/tickets/11150936', { headers: AUTH })).body?.status).not.toBe('CANCELLED');
  });
});

describe('create: every problem at once, each saying what is wrong', () => {
  const create = (body: unknown) =>
    call('/tickets', { method: 'POST', headers: AUTH, body: JSON.stringify(body) });

  it('names all mandatory fields of an empty body', async () => {
    const r = await create({});
    expect(r).toMatchObject({ status: 400, body: { code: '400001' } });
    expect((r.body?.fieldErrors as { field: string }[]).map((f) => f.field)).toEqual([
      'code',
      'description',
      'primaryId',
    ]);
  });

  it('says which contact field is missing, for either form of contact', async () => {
    const r = await create({
      code: '0100-0000',
      description: 'Test',
      primaryId: 'P-1',
      contacts: [{ type: 'NOTIFICATION' }],
      attachments: [{ id: 'never-uploaded' }],
    });
    expect(r).toMatchObject({ status: 400, body: { code: '400002' } });
    expect(r.body?.fieldErrors).toEqual([
      {
        field: 'contacts.0',
        message:
          'matches none of the 2 allowed forms: either registeredUsers is required, or firstName is required and lastName is required',
      },
      { field: 'attachments.0.id', message: 'no uploaded file has the id never-uploaded' },
    ]);
    expect(String(r.body?.message)).toContain('contacts.0 matches none');
    expect(String(r.body?.message)).not.toContain('Invalid input');
  });
});

describe('texts are text: no control characters, no unpaired surrogates, no program names', () => {
  const create = (body: string) => call('/tickets', { method: 'POST', headers: AUTH, body });
  const valid = { code: '0100-0000', primaryId: 'P-1' };

  it('refuses a control character in a description, a note or a reason, as the ticket API does', async () => {
    const r = await create(JSON.stringify({ ...valid, description: 'x\u0007' }));
    expect(r).toMatchObject({
      status: 400,
      body: {
        fieldErrors: [{ field: 'description', message: 'control characters are not allowed' }],
      },
    });
    const note = await call('/tickets/11150929', {
      method: 'PATCH',
      headers: AUTH,
      body: JSON.stringify({ text: 'a\u0000b' }),
    });
    expect(note).toMatchObject({ status: 400, body: { fieldErrors: [{ field: 'text' }] } });
    // Line breaks and tabs are text.
    const ok = await create(JSON.stringify({ ...valid, description: 'Linje 1\n\tLinje 2' }));
    expect(ok.status).toBe(200);
  });

  it('refuses an unpaired surrogate escape, naming the field', async () => {
    const r = await create(`{"code":"0100-0000","primaryId":"P-1","description":"x\\ud800"}`);
    expect(r).toMatchObject({ status: 400, body: { fieldErrors: [{ field: 'description' }] } });
  });

  it('says "at most" and "must not be empty" in its own words', async () => {
    const r = await create(JSON.stringify({ ...valid, description: 'x'.repeat(4001) }));
    expect(r.body?.fieldErrors).toEqual([
      { field: 'description', message: 'at most 4000 characters' },
    ]);
  });

  it('an e-mail or phone number of a contact is checked as one', async () => {
    const person = (details: { type: string; value: string }[]) =>
      create(
        JSON.stringify({
          ...valid,
          description: 'd',
          contacts: [{ type: 'NOTIFICATION', firstName: 'Ola', lastName: 'N', details }],
        }),
      );
    const bad = await person([
      { type: 'EMAIL', value: 'nope' },
      { type: 'PHONE', value: 'ring meg' },
    ]);
    expect(bad).toMatchObject({ status: 400 });
    expect(bad.body?.fieldErrors).toEqual([
      { field: 'contacts.0.details.0.value', message: 'not a valid email address' },
      { field: 'contacts.0.details.1.value', message: 'not a valid phone number' },
    ]);
    const good = await person([
      { type: 'EMAIL', value: 'ola@example.no' },
      { type: 'PHONE', value: '+1-2342343333' },
    ]);
    expect(good.status).toBe(200);
  });

  it('an uploaded file cannot be referred to under a program’s name', async () => {
    const form = new FormData();
    form.append('file', new File(['hello'], 'hello.txt', { type: 'text/plain' }));
    const upload = await fetch(`${BASE}/attachments`, {
      method: 'POST',
      headers: { Authorization: AUTH.Authorization },
      body: form,
    });
    const { id } = (await upload.json()) as { id: string };
    const r = await create(
      JSON.stringify({ ...valid, description: 'd', attachments: [{ id, name: 'invoice.exe' }] }),
    );
    expect(r).toMatchObject({
      status: 400,
      body: { fieldErrors: [{ field: 'attachments.0.name' }] },
    });
  });
});

describe('who a note is from decides whether the case stops waiting on the customer', () => {
  const note = (caseNumber: string, userName: string, text: string) =>
    call(`/tickets/${caseNumber}`, {
      method: 'PATCH',
      headers: { ...AUTH, 'X-User-Name': userName },
      body: JSON.stringify({ text, visibility: 'EXTERNAL' }),
    });
  const status = async (caseNumber: string) =>
    (await call(`/tickets/${caseNumber}`, { headers: AUTH })).body?.status;

  it('a support note to the customer leaves it Action required; the customer’s answer moves it on', async () => {
    expect(await status('11150930')).toBe('ACTION_REQUIRED');
    expect((await note('11150930', 'Per Haugen', 'Vi trenger fortsatt godkjenning.')).status).toBe(
      200,
    );
    expect(await status('11150930')).toBe('ACTION_REQUIRED');
    expect((await note('11150930', 'Kari Nordmann', 'Godkjent, start på nytt.')).status).toBe(200);
    expect(await status('11150930')).toBe('IN_PROGRESS');
  });

  it('a resolved case cannot be cancelled', async () => {
    const c = await call('/tickets/11150932', { headers: AUTH });
    expect(c.body).toMatchObject({ status: 'RESOLVED', otherDetails: { cancellable: false } });
    const lines = (c.body?.otherDetails as { details: { cancellable: boolean }[] }).details;
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => !l.cancellable)).toBe(true);
    const r = await call('/tickets/11150932/cancel', {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify({ reason: 'Ikke lenger aktuelt' }),
    });
    expect(r.status).toBe(409);
  });
});
