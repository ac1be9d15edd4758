import { describe, expect, it } from 'vitest';
import { safeFileName, toCsv } from './csv';

describe('csv', () => {
  it('quotes, keeps UTF-8 and neutralises formulas', () => {
    const csv = toCsv(
      ['Sak', 'Emne'],
      [
        ['Case-1', 'Oslo, "hoved"kontor'],
        ['Case-2', '=HYPERLINK("x")'],
      ],
    );
    expect(csv).toBe(
      '\uFEFFSak,Emne\r\nCase-1,"Oslo, ""hoved""kontor"\r\nCase-2,"\'=HYPERLINK(""x"")"\r\n',
    );
  });
  it('makes file names safe', () => {
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('a\u0000b<c>.txt')).toBe('a_b_c_.txt');
    expect(safeFileName('')).toBe('download');
  });
});
