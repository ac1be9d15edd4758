import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { ApiError } from '../http';
import { customer, setupApiSandbox, signIn, supportUser } from '@/testing/api-sandbox';
import {
  addCaseNote,
  cancelCase,
  createCase,
  getCase,
  modifyCase,
  uploadCaseAttachment,
} from './cases';
import { CASE_CODES } from './codes';
import { CaseSchema, CreateCaseResultSchema, NoteResultSchema } from './schemas';

const SAMPLES = path.resolve(process.cwd(), '../shared/api/samples/case-management');
const read = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(SAMPLES, file), 'utf8'));
const CASES = '*/case-management/v2';

const sandbox = setupApiSandbox();

describe('the provider samples and the quirks of §5.2', () => {
  it('parses the GET sample, quirks included', () => {
    const c = CaseSchema.parse(read('get-case.response.json'));
    expect(c.id).toBe('ex: 11150929 or 1-204976070710'); // example text as a value [CM-6]
    expect(c.location.ibx).toEqual(['SV5']);
    expect(c.otherDetails?.requestedTerminationDate).toBeUndefined(); // "" is no date [CM-13]
    expect(c.otherDetails?.reOpen).toBe(false); // boolean here…
    const line = c.otherDetails?.details[0];
    expect(line?.reOpen).toBe(false); // …"NOT_ALLOWED" there [CM-11]
    expect(line?.ibx).toEqual(['DA3']); // a string here, an array above [CM-17]
    expect(line?.purchaseOrder).toEqual({}); // an empty object [CM-15]
    expect(line?.status).toBe('CREATED'); // not a case status [CM-16]
    expect(line?.additionalInfo[0]?.value).toBe(true); // boolean value…
    expect(c.otherDetails?.additionalInfo[0]?.value).toBe('CHILD'); // …and a string [CM-12]
    expect(c.otherDetails?.statusHistory[0]).toEqual({
      status: 'IN_PROGRESS',
      createdDate: '2023-09-13T04:57:27.430Z',
    }); // createdDate, not createdDateTime [CM-10]
    expect(line?.estimatedCompletion?.originalDateTime).toBe('2023-10-26T18:00:00Z'); // no milliseconds [CM-10]
    expect(c.otherDetails?.updatedByFullName).toBe('0052H000003iLJjQAM'); // an id in a name field [CM-14]
  });

  it('parses the create and note/cancel results, PascalCase and all [CM-8, CM-9, CM-19]', () => {
    expect(CreateCaseResultSchema.parse(read('create-case.response.json'))).toEqual({
      id: 'ex: 11150929 or 1-204976070710',
      type: 'CASE',
    });
    for (const file of ['add-note.response.json', 'cancel-case.response.json']) {
      expect(NoteResultSchema.parse(read(file))).toEqual({
        caseId: '5007i00000AUPOIAA5',
        noteId: 'a067i000007miaAAAQ',
        caseNumber: '11150929',
      });
    }
    expect(NoteResultSchema.parse({})).toEqual({
      caseId: undefined,
      noteId: undefined,
      caseNumber: undefined,
    });
    expect(NoteResultSchema.parse(undefined).caseNumber).toBeUndefined();
  });

  it('survives unknown statuses, missing objects and odd types', () => {
    const c = CaseSchema.parse({
      status: 'ON_HOLD',
      location: null,
      otherDetails: { reOpen: 'maybe', statusHistory: null },
    });
    expect(c.status).toBe('ON_HOLD');
    expect(c.location.ibx).toEqual([]);
    expect(c.otherDetails?.reOpen).toBeNull();
    expect(c.otherDetails?.statusHistory).toEqual([]);
  });

  it('knows all 165 codes', () => {
    expect(CASE_CODES).toHaveLength(165);
    expect(new Set(CASE_CODES).size).toBe(165);
  });
});

describe('request samples against the sandbox', () => {
  it('refuses the create sample clearly: its code 0013-0102 is not in the enum [CM-3]', async () => {
    const error = await createCase(read('create-case.request.json') as never).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).fieldErrors).toContainEqual({
      field: 'code',
      message: '"0013-0102" is not one of the documented ticket codes (e.g. 0000-0000)',
    });
  });

  it('accepts the note and cancel samples on the sample case', async () => {
    const note = await modifyCase('11150929', read('add-note.request.json') as never);
    expect(note.caseNumber).toBe('11150929');
    const cancelled = await cancelCase(
      '1-204976070710',
      (read('cancel-case.request.json') as { reason: string }).reason,
    );
    expect(cancelled.caseNumber).toBe('11150929');
    expect((await getCase('11150929')).status).toBe('CANCELLED');
  });
});

describe('case client and sandbox', () => {
  it('creates a case with uploaded attachments and both contact shapes, then reads it back', async () => {
    const file = await uploadCaseAttachment(
      new File(['rack photo'], 'rack.jpg', { type: 'image/jpeg' }),
    );
    const created = await createCase({
      code: '0305-0100',
      description: 'Strøm borte i rack 12',
      primaryId: 'RACK-12',
      occurredDateTime: '2026-11-20T07:00:00Z',
      attachments: [file],
      contacts: [
        { type: 'TECHNICAL', registeredUsers: [customer.userName] },
        {
          type: 'NOTIFICATION',
          firstName: 'Eirik',
          lastName: 'Dahl',
          details: [{ type: 'PHONE', value: '+4797890123' }],
        },
      ],
      details: { rack: 'OS1:01:0112' },
    });
    expect(created.id).toMatch(/^\d{8}$/);
    expect(created.type).toBe('TROUBLE');
    const c = await getCase(created.id ?? '');
    expect(c.status).toBe('SUBMITTED');
    // Answered as ContactResponse: the registered user comes back as that person.
    expect(c.contacts.map((x) => [x.type, x.firstName, x.lastName])).toEqual([
      ['TECHNICAL', ...customer.userName.split(' ')],
      ['NOTIFICATION', 'Eirik', 'Dahl'],
    ]);
    expect(c.contacts[0]?.details).toContainEqual({ type: 'EMAIL', value: customer.email });
    expect(c.contacts[1]?.details).toEqual([{ type: 'PHONE', value: '+4797890123' }]);
    expect(c.otherDetails?.statusHistory.map((h) => h.status)).toEqual(['SUBMITTED']);
  });

  it('enforces the documented limits', async () => {
    const base = { code: '0100-0100' as const, description: 'x', primaryId: 'p' };
    await expect(createCase({ ...base, description: 'x'.repeat(4001) })).rejects.toMatchObject({
      status: 400,
    });
    await expect(
      createCase({ ...base, attachments: Array.from({ length: 6 }, (_, i) => ({ id: `f${i}` })) }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(createCase({ ...base, primaryId: '' })).rejects.toMatchObject({
      status: 400,
      code: '400001',
    });
    await expect(getCase('123')).rejects.toMatchObject({ status: 400 });
    await expect(getCase('99999999')).rejects.toMatchObject({ status: 404 });
  });

  it('notes: external by default; internal only for support staff, refused by the client otherwise', async () => {
    let sent: unknown;
    sandbox.server.events.on('request:start', ({ request }) => {
      if (request.method === 'PATCH')
        void request
          .clone()
          .json()
          .then((b: unknown) => {
            sent = b;
          });
    });
    await addCaseNote('11150936', { text: 'Kan dere sjekke igjen?' });
    await expect.poll(() => sent).toMatchObject({ visibility: 'EXTERNAL' });
    await expect(
      addCaseNote('11150936', { text: 'intern', visibility: 'INTERNAL' }),
    ).rejects.toMatchObject({ status: 403 });
    signIn(supportUser);
    const ok = await addCaseNote('11150936', {
      text: 'Intern: kunden ringt',
      visibility: 'INTERNAL',
    });
    expect(ok.noteId).toBeTruthy();
    sandbox.server.events.removeAllListeners();
  });

  it('answering an ACTION_REQUIRED case moves it on; cancelling a closed one is 409', async () => {
    await addCaseNote('11150931', { text: 'Legitimasjon er sendt.' });
    const c = await getCase('11150931');
    expect(c.status).toBe('IN_PROGRESS');
    expect(c.otherDetails?.statusHistory.at(-1)?.status).toBe('IN_PROGRESS');
    await expect(cancelCase('11150933', 'ikke lenger aktuelt')).rejects.toMatchObject({
      status: 409,
    });
    await expect(cancelCase('11150936', 'ikke lenger aktuelt')).rejects.toMatchObject({
      status: 409,
    });
  });

  it('reads an error body it does not know without crashing', async () => {
    sandbox.server.use(
      http.get(
        `${CASES}/tickets/:id`,
        () => new HttpResponse('upstream exploded', { status: 500 }),
      ),
    );
    await expect(getCase('11150929')).rejects.toMatchObject({
      status: 500,
      message: 'upstream exploded',
    });
  });
});
