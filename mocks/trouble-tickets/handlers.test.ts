import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getResponse } from 'msw';
import { createNodeSandbox } from '../node';
import { createSandbox } from '../sandbox';

/*
 * The OSS/J trouble ticket sandbox as an API client sees it, and the provider's own samples
 * (../shared/api/samples/trouble-tickets): every request sample is taken — except where it breaks
 * its own document's schema, which gets a 400 saying how.
 */

const { server } = createNodeSandbox();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const BASE = 'http://sandbox.test/troubleTicket';
const AUTH = { Authorization: 'Bearer token-1' };
const JSON_AUTH = { ...AUTH, 'Content-Type': 'application/json' };

const SAMPLES = path.resolve(process.cwd(), '../shared/api/samples/trouble-tickets');
const sample = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(SAMPLES, file), 'utf8')) as Record<string, unknown>;

async function call(suffix: string, init: RequestInit = {}) {
  const response = await fetch(`${BASE}${suffix}`, init);
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    headers: response.headers,
  };
}

const post = (body: unknown) =>
  call('', { method: 'POST', headers: JSON_AUTH, body: JSON.stringify(body) });
const patch = (id: string, body: unknown) =>
  call(`/${id}`, { method: 'PATCH', headers: JSON_AUTH, body: JSON.stringify(body) });

/** A ticket of our own, from the create sample with real values. */
async function created(overrides: Record<string, unknown> = {}) {
  const r = await post({
    ...sample('post-troubleticket.request.json'),
    mirrorKey: `ONV-${Math.floor(Math.random() * 1e6)}`,
    attachments: [],
    ...overrides,
  });
  expect(r.status).toBe(201);
  return r.body as { ticketId: string; mirrorKey: string };
}

describe('the request samples', () => {
  it('walks every request sample in the folder', () => {
    const requests = fs.readdirSync(SAMPLES).filter((f) => /\.request(-multipart)?\.json$/.test(f));
    expect(requests.sort()).toEqual([
      'patch-troubleticket.request-multipart.json',
      'patch-troubleticket.request.json',
      'post-troubleticket.request-multipart.json',
      'post-troubleticket.request.json',
    ]);
  });

  it('POST /troubleTicket takes the JSON sample as written: 201 with the two ids', async () => {
    const r = await post(sample('post-troubleticket.request.json'));
    expect(r.status).toBe(201);
    expect(String(r.body?.ticketId)).toMatch(/^RED-\d+$/);
    expect(r.body).toEqual({ ticketId: r.body?.ticketId, mirrorKey: 'string' });
    const got = await call(`/${String(r.body?.ticketId)}`, { headers: AUTH });
    expect(got.body).toMatchObject({
      baseTroubleTicketState: 'OPENACTIVE',
      troubleDectectionTime: '2025-01-15T10:30:00Z',
      preferredPriority: 1,
      wh1Parameter: 'cliente',
    });
  });

  it('takes the multipart create: `data` the ticket, files under `attachment`', async () => {
    const rendering = sample('post-troubleticket.request-multipart.json');
    expect(Object.keys(rendering)).toEqual(['data', 'attachment']);
    const form = new FormData();
    form.append(
      'data',
      JSON.stringify({ ...sample('post-troubleticket.request.json'), attachments: [] }),
    );
    form.append('attachment', new File(['ONT log'], 'ont.txt', { type: 'text/plain' }));
    const r = await call('', { method: 'POST', headers: AUTH, body: form });
    expect(r.status).toBe(201);
  });

  it('checks a multipart `data` part as a JSON body: no unpaired surrogate escape', async () => {
    const form = new FormData();
    const ticket = JSON.stringify({
      ...sample('post-troubleticket.request.json'),
      attachments: [],
    });
    form.append('data', ticket.replace('"troubleDescription":"', '"troubleDescription":"\\ud800'));
    const r = await call('', { method: 'POST', headers: AUTH, body: form });
    expect(r.status).toBe(400);
    expect(String(r.body?.illegalArgumentException)).toContain('not valid Unicode');
  });

  it('refuses the multipart rendering as written: its `data` is an empty object', async () => {
    const rendering = sample('post-troubleticket.request-multipart.json') as {
      data: unknown;
      attachment: string[];
    };
    const form = new FormData();
    form.append('data', JSON.stringify(rendering.data));
    // Its attachment is a text part, "in base64" as the document says.
    for (const part of rendering.attachment) form.append('attachment', part);
    const r = await call('', { method: 'POST', headers: AUTH, body: form });
    expect(r.status).toBe(400);
    // The document's own 400 example starts the same way.
    expect(String(r.body?.illegalArgumentException)).toMatch(
      /^required fields: baseTroubleTicketState,mirrorKey,dialog,troubleType,/,
    );
  });

  it('refuses the PATCH sample as written, saying why: its ids are "<write here …>" placeholders', async () => {
    const r = await patch('RED-84', sample('patch-troubleticket.request.json'));
    expect(r.status).toBe(400);
    expect(r.body).toEqual({
      illegalArgumentException: 'ticketId must have at most 15 characters',
    });
  });

  it('takes the PATCH sample with its placeholders filled in, both `mimeType` and `mimetype`', async () => {
    const { ticketId, mirrorKey } = await created();
    const body = { ...sample('patch-troubleticket.request.json'), ticketId, mirrorKey };
    const r = await patch(ticketId, body);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      ticketId,
      dialog: '<write here additional information>',
      troubleType: 'string',
      troubleDescription: 'string',
      preferredPriority: '1',
      customerTroubleNum: 'string',
      wh1Parameter: 'cliente',
    });
  });

  it('takes the multipart update: `data` as text, files under `attachments`', async () => {
    const { ticketId, mirrorKey } = await created();
    expect(Object.keys(sample('patch-troubleticket.request-multipart.json'))).toEqual([
      'data',
      'attachments',
    ]);
    const form = new FormData();
    form.append(
      'data',
      JSON.stringify({
        baseTroubleTicketState: 'OPENACTIVE',
        ticketId,
        mirrorKey,
        dialog: 'Photo',
      }),
    );
    form.append('attachments', new File(['a'], 'a.txt', { type: 'text/plain' }));
    form.append('attachments', new File(['b'], 'b.txt', { type: 'text/plain' }));
    const r = await call(`/${ticketId}`, { method: 'PATCH', headers: AUTH, body: form });
    expect(r.status).toBe(200);
  });
});

describe('POST /troubleTicket', () => {
  it('lists every missing field the way the document does', async () => {
    const r = await post({ baseTroubleTicketState: 'OPENACTIVE', mirrorKey: 'ONV-1' });
    expect(r).toMatchObject({
      status: 400,
      body: {
        illegalArgumentException:
          'required fields: dialog,troubleType,troubleDescription,troubleDetectionTime,preferredPriority,troubledObject,customerTroubleNum,wh1Parameter,clearencePerson',
      },
    });
  });

  it('says what is wrong with a field that is there', async () => {
    const base = sample('post-troubleticket.request.json');
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ baseTroubleTicketState: 'CLOSED.CLEARED' }, /baseTroubleTicketState must be OPENACTIVE/],
      [{ preferredPriority: 4 }, /preferredPriority must be 1, 2 or 3/],
      [{ preferredPriority: '1' }, /preferredPriority must be 1, 2 or 3/],
      [
        { wh1Parameter: 'Incidencia Mutualizada' },
        /wh1Parameter must be cliente \(client\) or red/,
      ],
      [{ troubleType: 'x'.repeat(36) }, /troubleType .*35/],
      [{ troubleDetectionTime: 'yesterday' }, /troubleDetectionTime must be an ISO 8601 date-time/],
      [{ color: 'red' }, /color is not a field of a trouble ticket/],
    ];
    for (const [change, message] of cases) {
      const r = await post({ ...base, ...change });
      expect(r.status, JSON.stringify(change)).toBe(400);
      expect(String(r.body?.illegalArgumentException)).toMatch(message);
    }
  });

  it('takes the issue type in any letter case, as the provider writes it ("Red")', async () => {
    await created({ wh1Parameter: 'Red' });
  });

  it('never takes an executable, by name or by content', async () => {
    const base = sample('post-troubleticket.request.json');
    for (const attachment of [
      { name: 'setup.exe', mimeType: 'application/octet-stream', content: 'AAAA' },
      { name: 'notes.txt', mimeType: 'text/plain', content: btoa('MZ\x90\x00') },
    ]) {
      const r = await post({ ...base, attachments: [attachment] });
      expect(r.status).toBe(400);
      expect(String(r.body?.illegalArgumentException)).toMatch(/executable/);
    }
    const form = new FormData();
    form.append('data', JSON.stringify({ ...base, attachments: [] }));
    form.append('attachment', new File(['#!/bin/sh'], 'run.sh'));
    const r = await call('', { method: 'POST', headers: AUTH, body: form });
    expect(String(r.body?.illegalArgumentException)).toMatch(/executable/);
  });

  it('refuses content that is not base64', async () => {
    const r = await post({
      ...sample('post-troubleticket.request.json'),
      attachments: [{ name: 'a.txt', mimeType: 'text/plain', content: 'not base64!' }],
    });
    expect(r.status).toBe(400);
    expect(String(r.body?.illegalArgumentException)).toMatch(/content must be base64/);
  });

  it('asks for a bearer token (401, with a challenge) and says so in the exception shape', async () => {
    const r = await call('', { method: 'POST', body: '{}' });
    expect(r.status).toBe(401);
    expect(r.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    expect(Object.keys(r.body ?? {})).toEqual(['authenticationException']);
  });
});

describe('GET /troubleTicket/{ticketId}', () => {
  it('answers the seeded RED-84 as the provider sample shows it', async () => {
    const r = await call('/RED-84', { headers: AUTH });
    expect(r.status).toBe(200);
    expect(r.body).toEqual(sample('get-troubleticket.response.json'));
  });

  it('answers an unknown ticket 404 objectNotFoundException', async () => {
    const r = await call('/RED-999999', { headers: AUTH });
    expect(r).toMatchObject({
      status: 404,
      body: { objectNotFoundException: 'no trouble ticket with ticketId RED-999999' },
    });
  });

  it('answers another method with 405 and what is allowed', async () => {
    const r = await call('/RED-84', { method: 'DELETE', headers: AUTH });
    expect(r.status).toBe(405);
    expect(r.headers.get('Allow')).toBe('GET, PATCH');
  });
});

describe('PATCH /troubleTicket/{ticketId}', () => {
  it('adds each dialog line; GET shows the latest', async () => {
    const { ticketId, mirrorKey } = await created();
    const r = await patch(ticketId, {
      baseTroubleTicketState: 'DEFERRED.AWAITING-INFORMATION',
      ticketId,
      mirrorKey,
      dialog: 'Which port?',
      customer: 12,
    });
    expect(r.status).toBe(200);
    const got = await call(`/${ticketId}`, { headers: AUTH });
    expect(got.body).toMatchObject({
      baseTroubleTicketState: 'DEFERRED.AWAITING-INFORMATION',
      dialog: 'Which port?',
      customer: 12,
    });
  });

  it('closes only with the close-out fields, then takes no more updates', async () => {
    const { ticketId, mirrorKey } = await created();
    const close = {
      baseTroubleTicketState: 'CLOSED.CLEARED',
      ticketId,
      mirrorKey,
      dialog: 'Fixed',
    };
    const without = await patch(ticketId, close);
    expect(without.body).toEqual({
      illegalArgumentException: 'required fields: closeOutType,closeOutNarr,serviceRestoredTime',
    });
    const badTime = await patch(ticketId, {
      ...close,
      closeOutType: 'REPARACION',
      closeOutNarr: 'Fibre spliced',
      serviceRestoredTime: '2025-01-16T10:30:00.000+01:00',
    });
    expect(String(badTime.body?.illegalArgumentException)).toMatch(
      /serviceRestoredTime must be a UTC date-time of the form 2025-01-15T10:30:00Z/,
    );
    const closed = await patch(ticketId, {
      ...close,
      closeOutType: 'REPARACION',
      closeOutNarr: 'Fibre spliced',
      serviceRestoredTime: '2025-01-16T10:30:00Z',
    });
    expect(closed.status).toBe(200);
    const got = await call(`/${ticketId}`, { headers: AUTH });
    expect(got.body).toMatchObject({
      baseTroubleTicketState: 'CLOSED.CLEARED',
      closeOutType: 'REPARACION',
      serviceRestoredTime: '2025-01-16T10:30:00Z',
    });
    const again = await patch(ticketId, { ...close, baseTroubleTicketState: 'OPENACTIVE' });
    expect(String(again.body?.illegalArgumentException)).toMatch(
      /CLOSED.CLEARED: it takes no more updates/,
    );
  });

  it('refuses a body whose ids are not this ticket’s [TT-8]', async () => {
    const { ticketId, mirrorKey } = await created();
    const state = { baseTroubleTicketState: 'OPENACTIVE', dialog: 'x' };
    const wrongId = await patch(ticketId, { ...state, ticketId: 'RED-84', mirrorKey });
    expect(String(wrongId.body?.illegalArgumentException)).toMatch(
      /ticketId RED-84 in the body is not the ticket of the address/,
    );
    const wrongKey = await patch(ticketId, { ...state, ticketId, mirrorKey: 'ONV-1024' });
    expect(String(wrongKey.body?.illegalArgumentException)).toMatch(
      /mirrorKey ONV-1024 is not this ticket's/,
    );
  });

  it('answers an unknown ticket 400 objectNotFoundException, as documented [TT-11]', async () => {
    const r = await patch('RED-999999', {});
    expect(r).toMatchObject({
      status: 400,
      body: { objectNotFoundException: 'no trouble ticket with ticketId RED-999999' },
    });
  });

  it('lists the fields the documented 400 names', async () => {
    const r = await patch('RED-84', { ticketId: 'RED-84' });
    expect(r.body).toEqual({
      illegalArgumentException: 'required fields: baseTroubleTicketState,mirrorKey,dialog',
    });
  });
});

describe('attachments and forms, every way in', () => {
  const base = () => ({ ...sample('post-troubleticket.request.json'), attachments: [] });
  const form = (parts: [string, string | File][]) => {
    const f = new FormData();
    f.append('data', JSON.stringify(base()));
    for (const [name, value] of parts) f.append(name, value);
    return f;
  };
  const postForm = (parts: [string, string | File][]) =>
    call('', { method: 'POST', headers: AUTH, body: form(parts) });

  it('refuses a form part it does not read, so no file is left out behind a success', async () => {
    for (const name of ['file', 'attachment[]']) {
      const r = await postForm([[name, new File(['@echo off'], 'run.bat')]]);
      expect(r.status).toBe(400);
      expect(String(r.body?.illegalArgumentException)).toBe(
        `${name} is not a part of the form: send data, and the files as attachment or attachments`,
      );
    }
  });

  it('reads a text part as the file in base64, and refuses one that is not', async () => {
    expect((await postForm([['attachment', btoa('ONT log')]])).status).toBe(201);
    const r = await postForm([['attachment', 'not base64!']]);
    expect(r.body).toEqual({ illegalArgumentException: 'attachment 1 must be base64-encoded' });
    const exe = await postForm([['attachment', btoa('MZ\x90\x00')]]);
    expect(String(exe.body?.illegalArgumentException)).toMatch(/executable/);
  });

  it('reads the type under any letter case of mimeType, and refuses two different ones', async () => {
    const inline = (item: Record<string, string>) =>
      post({ ...base(), attachments: [{ content: btoa('hello'), name: 'a.bin', ...item }] });
    expect((await inline({ MimeType: 'text/plain' })).status).toBe(201);
    const exe = await inline({ MIMETYPE: 'application/x-msdownload' });
    expect(String(exe.body?.illegalArgumentException)).toMatch(/executable/);
    const two = await inline({ mimeType: 'text/plain', mimetype: 'application/x-msdownload' });
    expect(two.body).toEqual({
      illegalArgumentException:
        'attachments.0 gives two types ("text/plain" and "application/x-msdownload"): send one mimeType',
    });
  });

  it('takes at most 10 attachments, inline and files together', async () => {
    const f = new FormData();
    const inline = Array.from({ length: 6 }, (_, i) => ({
      content: btoa(`log ${i}`),
      mimeType: 'text/plain',
      name: `log-${i}.txt`,
    }));
    f.append('data', JSON.stringify({ ...base(), attachments: inline }));
    for (let i = 0; i < 5; i++) f.append('attachment', new File([`x${i}`], `x${i}.txt`));
    const r = await call('', { method: 'POST', headers: AUTH, body: f });
    expect(r.body).toEqual({
      illegalArgumentException: 'send at most 10 attachments at a time',
    });
  });
});

describe('what the document leaves open, read kindly but strictly', () => {
  it('takes the state in any letter case, and the GET spelling of the detection time', async () => {
    const { troubleDetectionTime, ...rest } = sample('post-troubleticket.request.json');
    const r = await post({
      ...rest,
      baseTroubleTicketState: 'openactive',
      troubleDectectionTime: troubleDetectionTime,
    });
    expect(r.status).toBe(201);
  });

  it('refuses a detection time in the future, and a restore before the detection', async () => {
    const future = await post({
      ...sample('post-troubleticket.request.json'),
      troubleDetectionTime: '2099-01-01T00:00:00Z',
    });
    expect(future.body).toEqual({
      illegalArgumentException: 'troubleDetectionTime is in the future',
    });
    const { ticketId, mirrorKey } = await created();
    const r = await patch(ticketId, {
      baseTroubleTicketState: 'CLOSED.CLEARED',
      ticketId,
      mirrorKey,
      dialog: 'Fixed',
      closeOutType: 'REPARACION',
      closeOutNarr: 'Spliced',
      serviceRestoredTime: '2020-01-01T00:00:00Z',
    });
    expect(String(r.body?.illegalArgumentException)).toBe(
      'serviceRestoredTime is before the trouble was detected (2025-01-15T10:30:00Z)',
    );
  });

  it('refuses a close-out sent with a state that does not close, rather than drop it', async () => {
    const { ticketId, mirrorKey } = await created();
    const r = await patch(ticketId, {
      baseTroubleTicketState: 'OPENACTIVE',
      ticketId,
      mirrorKey,
      dialog: 'y',
      closeOutType: 'X',
    });
    expect(r.body).toEqual({
      illegalArgumentException:
        'closeOutType is only taken when the state closes the ticket (CLOSED… or CLEARED)',
    });
  });

  it('says what a number of clients and a priority must be', async () => {
    const { ticketId, mirrorKey } = await created();
    const state = { baseTroubleTicketState: 'OPENACTIVE', ticketId, mirrorKey, dialog: 'x' };
    for (const customer of [-1, 'many']) {
      const r = await patch(ticketId, { ...state, customer });
      expect(String(r.body?.illegalArgumentException)).toMatch(/^customer /);
      expect(String(r.body?.illegalArgumentException)).not.toMatch(/Invalid|Too small/);
    }
    const r = await post({ ...sample('post-troubleticket.request.json'), preferredPriority: 1.5 });
    expect(r.body).toEqual({ illegalArgumentException: 'preferredPriority must be 1, 2 or 3' });
  });

  it('is served at the documented path only: no prefix, in its letter case', async () => {
    const sandbox = createSandbox();
    const get = (path: string) =>
      getResponse(
        sandbox.handlers,
        new Request(`http://sandbox.test${path}`, { headers: { Authorization: 'Bearer t' } }),
      );
    expect((await get('/troubleTicket/RED-84'))?.status).toBe(200);
    expect(await get('/foo/troubleTicket/RED-84')).toBeUndefined();
    expect(await get('/troubleticket/RED-84')).toBeUndefined();
    const below = await get('/troubleTicket/RED-84/extra');
    expect(below?.status).toBe(404);
    expect(await below?.json()).toEqual({
      objectNotFoundException: 'no such resource: /troubleTicket/RED-84/extra',
    });
  });
});

describe('after the second review', () => {
  it('refuses a restore time that is no real instant (month 13, 30 February)', async () => {
    const { ticketId, mirrorKey } = await created();
    for (const serviceRestoredTime of ['2025-13-45T99:99:99Z', '2025-02-30T00:00:00Z']) {
      const r = await patch(ticketId, {
        baseTroubleTicketState: 'CLOSED',
        ticketId,
        mirrorKey,
        dialog: 'd',
        closeOutType: 'X',
        closeOutNarr: 'Y',
        serviceRestoredTime,
      });
      expect(r.body).toEqual({
        illegalArgumentException:
          'serviceRestoredTime must be a UTC date-time of the form 2025-01-15T10:30:00Z',
      });
    }
    const got = await call(`/${ticketId}`, { headers: AUTH });
    expect(got.body?.baseTroubleTicketState).toBe('OPENACTIVE');
  });

  it('reads the same type in two letter cases as one', async () => {
    const r = await post({
      ...sample('post-troubleticket.request.json'),
      attachments: [
        { content: btoa('hi'), name: 'a.txt', mimeType: 'text/plain', mimetype: 'TEXT/PLAIN' },
      ],
    });
    expect(r.status).toBe(201);
  });

  it('says an expired token has expired, in the challenge too', async () => {
    const r = await call('/RED-84', { headers: { Authorization: 'Bearer expired-1' } });
    expect(r.status).toBe(401);
    expect(r.headers.get('WWW-Authenticate')).toMatch(/error="invalid_token"/);
  });
});
