import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_BODY_BYTES, answerUnparsableRequests, createHttpApp } from './http-app';
import { createSandbox } from './sandbox';

/* The sandbox over a real HTTP server (`npm run mock-server`), as curl or any client sees it. */

const sandbox = createSandbox();
let server: http.Server;
let port = 0;
beforeAll(async () => {
  server = http.createServer(
    createHttpApp(sandbox, { allowedOrigins: [], baseUrl: 'http://127.0.0.1' }),
  );
  answerUnparsableRequests(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A request written byte for byte: header values go on the wire as their UTF-8 bytes. */
function send(method: string, path: string, headers: Record<string, string>, body = '') {
  return new Promise<{ status: number; body: Record<string, unknown> | null }>(
    (resolve, reject) => {
      const payload = Buffer.from(body, 'utf8');
      const head = [
        `${method} ${path} HTTP/1.1`,
        `Host: 127.0.0.1:${port}`,
        'Connection: close',
        `Content-Length: ${payload.length}`,
        ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
        '',
        '',
      ].join('\r\n');
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end(Buffer.concat([Buffer.from(head, 'utf8'), payload]));
      });
      const chunks: Buffer[] = [];
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('error', reject);
      socket.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const [top = '', ...rest] = raw.split('\r\n\r\n');
        const text = rest.join('\r\n\r\n');
        resolve({
          status: Number(top.split(' ')[1]),
          body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
        });
      });
    },
  );
}

const AUTH = { Authorization: 'Bearer token-1', 'Content-Type': 'application/json' };

describe('X-User-Name over HTTP', () => {
  const create = (userName: string) =>
    send(
      'POST',
      '/service-tickets/v2/incidents',
      { ...AUTH, 'X-User-Name': userName },
      JSON.stringify({ subject: 'Linje nede', description: 'Ingen signal' }),
    );
  const creatorOf = async (id: unknown) => {
    const r = await send('GET', `/service-tickets/v2/incidents/${String(id)}`, AUTH);
    return (r.body?.createdBy as { userName?: string } | undefined)?.userName;
  };

  it('reads raw UTF-8 as UTF-8 ("Bjørn Ødegård", not "BjÃ¸rn Ã\u0098degÃ¥rd")', async () => {
    const r = await create('Bjørn Ødegård');
    expect(r.status).toBe(201);
    expect(await creatorOf(r.body?.id)).toBe('Bjørn Ødegård');
  });

  it('still reads a percent-encoded name, and plain ASCII', async () => {
    const encoded = await create(encodeURIComponent('Åse Ørsted'));
    expect(await creatorOf(encoded.body?.id)).toBe('Åse Ørsted');
    const ascii = await create('Ola Nordmann');
    expect(await creatorOf(ascii.body?.id)).toBe('Ola Nordmann');
  });
});

describe('a request Node cannot parse', () => {
  it('gets a 400 in the API’s error shape, saying what to do', async () => {
    const r = await send('GET', '/service-tickets/v2/incidents?search=Bodø', AUTH);
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: '400002' });
    expect(String(r.body?.message)).toMatch(/percent-encoded/);
    const encoded = await send(
      'GET',
      `/service-tickets/v2/incidents?count=1&search=${encodeURIComponent('Bodø')}`,
      AUTH,
    );
    expect(encoded.status).toBe(200);
  });
});

describe('what a strict HTTP client expects', () => {
  const url = (path: string) => `http://127.0.0.1:${port}/service-tickets/v2${path}`;

  it('a malformed percent-escape in the path is a 400, not a crash', async () => {
    for (const path of ['/incidents/%ZZ', '/orders/abc%', '/nothing/%E0']) {
      const r = await fetch(url(path), { headers: AUTH });
      expect(r.status).toBe(400);
      expect(await r.json()).toMatchObject({
        code: '400002',
        message: expect.stringContaining('not valid percent-encoding') as unknown,
      });
    }
  });

  it('a path segment that is . or .. (written %2E%2E) is a 400: it would act on the parent', async () => {
    const order = `/tenants/demo/stores/oslo/service-orders/so-1011`;
    for (const path of [
      `${order}/items/%2E%2E`,
      `${order}/events/%2e`,
      '/troubleTicket/%2E%2E',
      // URL parsing reads a backslash as a slash.
      `${order}/items\\..`,
      `${order}/items\\%2e%2e`,
    ]) {
      const r = await send('DELETE', path, AUTH);
      expect(r.status, path).toBe(400);
      // In each API's own error shape.
      const text = path.startsWith('/troubleTicket')
        ? r.body?.illegalArgumentException
        : r.body?.message;
      expect(String(text)).toMatch(/the path segment "(%2[Ee]|\.)+" is not a valid reference/);
    }
    const still = await fetch(`http://127.0.0.1:${port}${order}`);
    expect(still.status).toBe(200);
  });

  it('takes a request target in absolute form, as a proxy sends it (RFC 9112 §3.2.2)', async () => {
    const r = await send('GET', `http://127.0.0.1:${port}/troubleTicket/RED-84`, AUTH);
    expect(r.status).toBe(200);
    expect(r.body?.ticketId).toBe('RED-84');
  });

  it('answers faults in the error shape of the API they hit', async () => {
    sandbox.faults.set([
      { kind: 'status', status: 503, path: '^/tenants/' },
      { kind: 'status', status: 500, path: '^/troubleTicket' },
    ]);
    try {
      const so = await fetch(`http://127.0.0.1:${port}/tenants/demo/service-types`);
      expect(await so.json()).toMatchObject({ status: 503, error: 'Service Unavailable' });
      const tt = await fetch(`http://127.0.0.1:${port}/troubleTicket/RED-84`, { headers: AUTH });
      expect(Object.keys((await tt.json()) as object)).toEqual(['remoteException']);
    } finally {
      sandbox.faults.clear();
    }
  });

  it('answers a path no API has in the shape of the API it is under', async () => {
    const tt = await fetch(`http://127.0.0.1:${port}/troubleTicket/RED-84/extra`, {
      headers: AUTH,
    });
    expect(await tt.json()).toEqual({
      objectNotFoundException: 'no such resource: /troubleTicket/RED-84/extra',
    });
    const big = await fetch(`http://127.0.0.1:${port}/troubleTicket`, {
      method: 'POST',
      headers: AUTH,
      body: 'x'.repeat(MAX_JSON_BODY_BYTES + 1),
    });
    expect(big.status).toBe(413);
    expect(Object.keys((await big.json()) as object)).toEqual(['illegalArgumentException']);
  });

  it('serves each API under its prefix as the document spells it, in no other letter case', async () => {
    for (const wrong of [
      '/SERVICE-TICKETS/V2/ORDERS/COUNT',
      '/Case-Management/V2/Tickets/11150929',
      '/tenants/demo/Service-Types',
    ]) {
      const r = await fetch(`http://127.0.0.1:${port}${wrong}`, { headers: AUTH });
      expect(r.status, wrong).toBe(404);
    }
    const right = await fetch(`http://127.0.0.1:${port}/case-management/v2/tickets/11150929`, {
      headers: AUTH,
    });
    expect(right.status).toBe(200);
  });

  it('TRACE gets each API’s answer for a method it does not have, not a 500', async () => {
    const st = await send('TRACE', '/service-tickets/v2/incidents', AUTH);
    expect(st).toMatchObject({ status: 404, body: { code: '404001' } });
    expect(String(st.body?.message)).toContain('TRACE');
    const so = await send('TRACE', '/tenants/demo/service-types', AUTH);
    expect(so.status).toBe(405);
    expect(String(so.body?.message)).toMatch(/^TRACE is not an operation here; use GET/);
    const cases = await send('TRACE', '/case-management/v2/tickets/11150929', AUTH);
    expect(cases.status).toBe(404);
    const tt = await send('TRACE', '/troubleTicket/RED-84', AUTH);
    expect(tt.status).toBeGreaterThanOrEqual(400);
    expect(tt.status).toBeLessThan(500);
    expect(JSON.stringify(tt.body)).not.toContain('UNSERVED');
  });

  it('a method HTTP does not know is a 501 saying so', async () => {
    const r = await send('FOO', '/service-tickets/v2/incidents', AUTH);
    expect(r).toMatchObject({ status: 501, body: { code: '404001' } });
    expect(String(r.body?.message)).toContain('method is not one this server knows');
  });

  it('a JSON body sent as another media type (or none) is a 415 in each API’s shape', async () => {
    const write = (path: string, type: string | undefined, body: unknown, method = 'POST') =>
      send(
        method,
        path,
        {
          Authorization: 'Bearer token-1',
          'X-User-Name': 'Kari Nordmann',
          ...(type ? { 'Content-Type': type } : {}),
        },
        JSON.stringify(body),
      );
    const incident = { subject: 'Sent as text', description: 'd' };
    const st = await write('/service-tickets/v2/incidents', 'text/plain', incident);
    expect(st).toMatchObject({ status: 415, body: { code: '400002' } });
    expect(String(st.body?.message)).toBe(
      'Invalid Inputs: the body is sent as text/plain; send JSON with Content-Type: application/json',
    );
    const none = await write('/service-tickets/v2/incidents', undefined, incident);
    expect(none.status).toBe(415);
    expect(String(none.body?.message)).toContain('sent as no media type');
    const form = await write('/case-management/v2/tickets', 'application/x-www-form-urlencoded', {
      code: '0000-0000',
      description: 'd',
      primaryId: 'p',
    });
    expect(form).toMatchObject({ status: 415, body: { code: '400002' } });
    const tt = await write('/troubleTicket', 'text/plain', { mirrorKey: 'MK-1' });
    expect(tt.status).toBe(415);
    expect(Object.keys(tt.body ?? {})).toEqual(['illegalArgumentException']);
    const so = await write('/tenants/demo/stores/oslo/service-orders', 'text/plain', {
      title: 'cross-site',
    });
    expect(so).toMatchObject({ status: 415, body: { error: 'Unsupported Media Type' } });
    // JSON with parameters, or a JSON-based type, is JSON.
    const charset = await write(
      '/service-tickets/v2/incidents',
      'application/json; charset=utf-8',
      incident,
    );
    expect(charset.status).toBe(201);
    // Nothing was made by the refused ones.
    const list = await fetch(url('/incidents?search=Sent%20as%20text'), { headers: AUTH });
    expect(((await list.json()) as { totalSize: number }).totalSize).toBe(1);
  });

  it('HEAD answers as GET does, without the body', async () => {
    const get = await fetch(url('/incidents?count=2'), { headers: AUTH });
    const head = await fetch(url('/incidents?count=2'), { method: 'HEAD', headers: AUTH });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(await head.text()).toBe('');
  });

  it('a 401 says how to authenticate', async () => {
    const r = await fetch(url('/incidents'));
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
    const expired = await fetch(url('/incidents'), {
      headers: { Authorization: 'Bearer expired-1' },
    });
    expect(expired.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });

  it('a body over the limit is refused with 413 before it is read', async () => {
    const r = await fetch(url('/incidents'), {
      method: 'POST',
      headers: { ...AUTH, 'X-User-Name': 'Ola Nordmann' },
      body: JSON.stringify({ subject: 'S', description: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(r.status).toBe(413);
    expect(await r.json()).toMatchObject({
      code: '400002',
      message: 'Invalid Inputs: the body is larger than 1048576 bytes',
    });
    // Sent without a declared length (chunked), the answer is the same, not a broken connection.
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/service-tickets/v2/incidents',
          headers: { ...AUTH, 'X-User-Name': 'Ola Nordmann', 'Transfer-Encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      const piece = Buffer.alloc(256 * 1024, 'x');
      for (let i = 0; i < 12; i++) req.write(piece);
      req.end();
    });
    expect(chunked.status).toBe(413);
    expect(chunked.body).toContain('the body is larger than 1048576 bytes');
    // A long field under the limit still gets the field's own refusal.
    const long = await fetch(url('/incidents'), {
      method: 'POST',
      headers: { ...AUTH, 'X-User-Name': 'Ola Nordmann' },
      body: JSON.stringify({ subject: 'S', description: 'x'.repeat(100_000) }),
    });
    expect(long.status).toBe(400);
    expect(((await long.json()) as { message: string }).message).toContain(
      'description at most 32000 characters',
    );
  });
});
