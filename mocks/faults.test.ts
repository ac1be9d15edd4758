import { describe, expect, it } from 'vitest';
import { createFaults, parseFaults } from './faults';
import { createSandbox } from './sandbox';
import { getResponse } from 'msw';

describe('fault switch configuration', () => {
  it('reads a JSON list, or one fault, and nothing from empty text', () => {
    expect(parseFaults(undefined)).toEqual([]);
    expect(parseFaults('  ')).toEqual([]);
    expect(parseFaults('{"kind":"latency","delayMs":300}')).toEqual([
      { kind: 'latency', delayMs: 300 },
    ]);
    expect(
      parseFaults(
        '[{"kind":"status","status":503,"method":"GET","path":"^/incidents$","times":2}]',
      ),
    ).toEqual([{ kind: 'status', status: 503, method: 'GET', path: '^/incidents$', times: 2 }]);
  });

  it.each([
    ['{bad', /not JSON/],
    ['[{"kind":"explode"}]', /0\.kind/],
    ['[{"kind":"status","status":200}]', /0\.status/],
    ['[{"kind":"network","path":"(("}]', /0\.path: not a valid regular expression/],
    ['[{"kind":"network","method":"FETCH"}]', /0\.method/],
    ['[{"kind":"network","times":0}]', /0\.times/],
    ['[{"kind":"network","typo":1}]', /typo/],
  ])('refuses %s with a message that says what is wrong', (text, message) => {
    expect(() => parseFaults(text)).toThrow(message);
  });
});

describe('fault switch state', () => {
  it('keeps one snapshot until the faults change, counting down limited faults', async () => {
    const sandbox = createSandbox();
    const seen: number[] = [];
    sandbox.faults.subscribe((active) => seen.push(active.length));
    sandbox.faults.set([{ kind: 'status', status: 503, path: '^/incidents$', times: 2 }]);
    const first = sandbox.faults.active();
    expect(sandbox.faults.active()).toBe(first);
    expect(first).toEqual([{ kind: 'status', status: 503, path: '^/incidents$', times: 2 }]);

    const request = () =>
      getResponse(
        sandbox.handlers,
        new Request('http://sandbox.test/service-tickets/v2/incidents?count=1', {
          headers: { Authorization: 'Bearer t' },
        }),
      );
    expect((await request())?.status).toBe(503);
    expect(sandbox.faults.active()).toEqual([{ ...first[0], times: 1 }]);
    expect((await request())?.status).toBe(503);
    expect(sandbox.faults.active()).toEqual([]);
    expect((await request())?.status).toBe(200);
    expect(seen).toEqual([1, 1, 0]);
  });

  it('leaves other endpoints and methods alone', async () => {
    const faults = createFaults();
    faults.set([{ kind: 'network', method: 'POST', path: '^/incidents$' }]);
    const sandbox = createSandbox();
    const handlers = [...faults.handlers, ...sandbox.handlers];
    const get = await getResponse(
      handlers,
      new Request('http://sandbox.test/service-tickets/v2/incidents?count=1', {
        headers: { Authorization: 'Bearer t' },
      }),
    );
    expect(get?.status).toBe(200);
    const post = await getResponse(
      handlers,
      new Request('http://sandbox.test/service-tickets/v2/incidents', {
        method: 'POST',
        headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' },
        body: '{}',
      }),
    );
    expect(post?.type).toBe('error');
  });

  it('reaches the OSS/J trouble ticket API, whose paths have no prefix', async () => {
    const sandbox = createSandbox();
    sandbox.faults.set([{ kind: 'status', status: 503, method: 'GET', path: '^/troubleTicket/' }]);
    const get = (url: string) =>
      getResponse(sandbox.handlers, new Request(url, { headers: { Authorization: 'Bearer t' } }));
    expect((await get('http://sandbox.test/troubleTicket/RED-84'))?.status).toBe(503);
    expect((await get('http://sandbox.test/service-tickets/v2/incidents?count=1'))?.status).toBe(
      200,
    );
    sandbox.faults.clear();
    expect((await get('http://sandbox.test/troubleTicket/RED-84'))?.status).toBe(200);
  });
});
