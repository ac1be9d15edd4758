import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupApiSandbox } from '@/testing/api-sandbox';
import { ApiError } from '../http';
import { createTroubleTicket, getTroubleTicket, updateTroubleTicket } from './trouble-tickets';
import type { CreateTroubleTicket } from './schemas';

/*
 * The OSS/J trouble ticket client against the providers' own response samples
 * (../shared/api/samples/trouble-tickets), quirks included, and against the sandbox.
 */

const SAMPLES = path.resolve(process.cwd(), '../shared/api/samples/trouble-tickets');
const read = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(SAMPLES, file), 'utf8')) as Record<string, unknown>;

const sandbox = setupApiSandbox();

const ticket: Omit<CreateTroubleTicket, 'baseTroubleTicketState'> = {
  mirrorKey: 'ONV-2001',
  dialog: 'No light on the ONT since the storm',
  troubleType: 'FTTH_SIN_SERVICIO',
  troubleDescription: 'No service on a single home',
  troubleDetectionTime: '2026-11-30T07:45:00Z',
  preferredPriority: 3,
  troubledObject: 'ONT',
  customerTroubleNum: 'O10000000999',
  wh1Parameter: 'cliente',
  clearencePerson: 'agent-021',
};

/** Each response sample, answered as written, through the client call that reads it. */
const calls: Record<string, { method: 'get' | 'post' | 'patch'; call: () => Promise<unknown> }> = {
  'post-troubleticket.response.json': { method: 'post', call: () => createTroubleTicket(ticket) },
  'get-troubleticket.response.json': { method: 'get', call: () => getTroubleTicket('RED-84') },
  'patch-troubleticket.response.json': {
    method: 'patch',
    call: () =>
      updateTroubleTicket('RED-84', {
        baseTroubleTicketState: 'OPENACTIVE',
        mirrorKey: 'ONV-1024',
        dialog: 'This is a comment example',
      }),
  },
};

describe('response samples parse with the client', () => {
  const responses = fs.readdirSync(SAMPLES).filter((f) => /\.response(-\d+)?\.json$/.test(f));

  it('covers every response sample in the folder', () => {
    expect(responses.sort()).toEqual([
      'get-troubleticket.response.json',
      'patch-troubleticket.response-400.json',
      'patch-troubleticket.response.json',
      'post-troubleticket.response-400.json',
      'post-troubleticket.response.json',
    ]);
  });

  it.each(responses)('%s', async (file) => {
    const ok = file.replace(/-400(?=\.json$)/, '');
    const entry = calls[ok];
    if (!entry) throw new Error(`unmapped sample ${file}`);
    const { method, call } = entry;
    const status = file === ok ? (method === 'post' ? 201 : 200) : 400;
    const url = method === 'post' ? '*/troubleTicket' : '*/troubleTicket/:id';
    sandbox.server.use(http[method](url, () => HttpResponse.json(read(file), { status })));
    if (status === 400) {
      // The exception's text is the error's message [TT-12].
      await expect(call()).rejects.toMatchObject({
        status: 400,
        message: 'required fields: baseTroubleTicketState,mirrorKey,dialog',
      });
    } else {
      await expect(call()).resolves.toBeDefined();
    }
  });

  it('maps the quirks to honest values', async () => {
    sandbox.server.use(
      http.get('*/troubleTicket/:id', () =>
        HttpResponse.json(read('get-troubleticket.response.json')),
      ),
      http.patch('*/troubleTicket/:id', () =>
        HttpResponse.json(read('patch-troubleticket.response.json')),
      ),
    );
    // The misspelled `troubleDectectionTime` [TT-1]; `customer` sent as a number [TT-4].
    await expect(getTroubleTicket('RED-84')).resolves.toMatchObject({
      troubleDetectionTime: '2020-09-15T00:00:00Z',
      customer: '100',
      preferredPriority: 1,
      wh1Parameter: 'Red',
    });
    // `"preferredPriority": "4"`, a string out of range, read as the number it says [TT-3].
    await expect(
      updateTroubleTicket('RED-84', {
        baseTroubleTicketState: 'OPENACTIVE',
        mirrorKey: 'ONV-1024',
        dialog: 'x',
      }),
    ).resolves.toMatchObject({ preferredPriority: 4, wh1Parameter: 'Incidencia Mutualizada' });
  });
});

describe('the client against the sandbox', () => {
  it('creates, reads and closes a ticket', async () => {
    const created = await createTroubleTicket(ticket);
    expect(created.ticketId).toMatch(/^RED-\d+$/);
    expect(created.mirrorKey).toBe('ONV-2001');
    await expect(getTroubleTicket(created.ticketId)).resolves.toMatchObject({
      baseTroubleTicketState: 'OPENACTIVE',
      troubleDetectionTime: '2026-11-30T07:45:00Z',
      dialog: ticket.dialog,
    });
    await updateTroubleTicket(created.ticketId, {
      baseTroubleTicketState: 'CLOSED.CLEARED',
      mirrorKey: 'ONV-2001',
      dialog: 'ONT replaced',
      closeOutType: 'REPARACION',
      closeOutNarr: 'ONT replaced',
      serviceRestoredTime: '2026-11-30T12:00:00Z',
    });
    await expect(getTroubleTicket(created.ticketId)).resolves.toMatchObject({
      baseTroubleTicketState: 'CLOSED.CLEARED',
      dialog: 'ONT replaced',
      closeOutNarr: 'ONT replaced',
    });
  });

  it('says which ticket is not there, in the exception’s words', async () => {
    await expect(getTroubleTicket('RED-999999')).rejects.toMatchObject({
      status: 404,
      isNotFound: true,
      message: 'no trouble ticket with ticketId RED-999999',
    });
  });

  it('refuses a bad body before sending it, naming the field', async () => {
    let sent = false;
    sandbox.server.use(
      http.post('*/troubleTicket', () => {
        sent = true;
        return HttpResponse.json({});
      }),
    );
    const error = await createTroubleTicket({ ...ticket, preferredPriority: 5 as 3 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      fieldErrors: [{ field: 'preferredPriority', message: 'must be 1, 2 or 3' }],
    });
    expect(sent).toBe(false);
  });
});
