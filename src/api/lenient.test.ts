import { describe, expect, it } from 'vitest';
import { commaList, lenientBoolean, lenientNumber, parseApiDate } from './lenient';
import { fileNameFromDisposition } from './http';

describe('parseApiDate [ST-2]', () => {
  it.each([
    ['2017-10-09T17:21:47.000+0000', '2017-10-09T17:21:47.000Z'],
    ['2017-10-09T01:20:06.000+000', '2017-10-09T01:20:06.000Z'],
    ['2017-10-09T19:21:47.000+02:00', '2017-10-09T17:21:47.000Z'],
    ['2017-10-09T19:21:47+0200', '2017-10-09T17:21:47.000Z'],
    ['2017-10-09T17:21:47Z', '2017-10-09T17:21:47.000Z'],
    ['2006-05-04', '2006-05-04T00:00:00.000Z'],
  ])('%s', (raw, iso) => {
    expect(parseApiDate(raw)?.toISOString()).toBe(iso);
  });

  it.each(['string', '', 'N/A', '2017-13-45T99:99:99+0000'])('gives null for %j', (raw) => {
    expect(parseApiDate(raw)).toBeNull();
  });
});

describe('lenient decoders', () => {
  it('booleans: "N/A" and other strings are unknown [ST-1]', () => {
    expect(lenientBoolean.parse(true)).toBe(true);
    expect(lenientBoolean.parse('false')).toBe(false);
    expect(lenientBoolean.parse('N/A')).toBeNull();
    expect(lenientBoolean.parse(undefined)).toBeNull();
  });

  it('numbers: placeholders are unknown [ST-3]', () => {
    expect(lenientNumber.parse(3)).toBe(3);
    expect(lenientNumber.parse('12')).toBe(12);
    expect(lenientNumber.parse('int')).toBeNull();
    expect(lenientNumber.parse('N/A')).toBeNull();
    expect(lenientNumber.parse(' ')).toBeNull();
  });

  it('comma strings and arrays [ST-12]', () => {
    expect(commaList.parse('A, B,C')).toEqual(['A', 'B', 'C']);
    expect(commaList.parse(['A', 'B'])).toEqual(['A', 'B']);
    expect(commaList.parse(null)).toEqual([]);
  });
});

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="M_leskjema.pdf"; filename*=UTF-8''M%C3%A5leskjema.pdf`,
      ),
    ).toBe('Måleskjema.pdf');
    expect(fileNameFromDisposition('attachment; filename="a \\"b\\".txt"')).toBe('a "b".txt');
    expect(fileNameFromDisposition(null)).toBeUndefined();
  });
});

describe('absent fields', () => {
  it('lenient decoders accept a missing key', async () => {
    const { z } = await import('zod');
    const s = z.object({ a: lenientBoolean, b: lenientNumber });
    expect(s.parse({})).toEqual({ a: null, b: null });
  });
});
