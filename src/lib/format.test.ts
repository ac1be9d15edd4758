import { describe, expect, it, onTestFinished } from 'vitest';
import {
  formatBytes,
  formatDateTime,
  formatPhone,
  formatRelative,
  formatSpreadsheetDateTime,
} from './format';

/** The rest of the test runs in Oslo's time zone (not UTC, so a UTC rendering would show). */
function inOslo() {
  const zone = process.env.TZ;
  process.env.TZ = 'Europe/Oslo';
  onTestFinished(() => {
    // (Set to undefined, it would read "undefined": UTC.)
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
}

describe('formatters', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  it('relative time per locale', () => {
    expect(formatRelative('2026-11-20T12:00:00.000+0000', 'en-GB', now)).toBe('3 days ago');
    expect(formatRelative('2026-11-20T12:00:00.000+0000', 'nb-NO', now)).toMatch(
      /^for 3 (dager|døgn) siden$/,
    );
    expect(formatRelative('string', 'en-GB', now)).toBeUndefined();
  });
  it('two times on the same day read alike, and the day before today is yesterday', () => {
    inOslo();
    // Thursday 3 December, 14:00 in Oslo; two times on Thursday 19 November.
    const thursday = Date.parse('2026-12-03T13:00:00Z');
    expect(formatRelative('2026-11-19T14:33:00.000+0000', 'en-GB', thursday)).toBe('2 weeks ago');
    expect(formatRelative('2026-11-19T12:44:00.000+0000', 'en-GB', thursday)).toBe('2 weeks ago');
    expect(formatRelative('2026-12-02T08:00:00.000+0000', 'en-GB', thursday)).toBe('yesterday');
    expect(formatRelative('2026-12-01T22:30:00.000+0000', 'en-GB', thursday)).toBe('2 days ago');
    expect(formatRelative('2026-12-03T10:00:00.000+0000', 'en-GB', thursday)).toBe('3 hours ago');
    expect(formatRelative('2026-11-25T13:00:00.000+0000', 'en-GB', thursday)).toBe('last week');
    expect(formatRelative('2026-10-01T13:00:00.000+0000', 'en-GB', thursday)).toBe('2 months ago');
    expect(formatRelative('2025-12-20T13:00:00.000+0000', 'en-GB', thursday)).toBe('last year');
  });
  it('dates per locale, from the provider format', () => {
    expect(formatDateTime('2017-10-09T17:21:47.000+000', 'nb-NO')).toMatch(/9\. okt\. 2017/);
  });
  it('dates for a spreadsheet: sortable, local time', () => {
    inOslo();
    expect(formatSpreadsheetDateTime('2026-11-19T12:44:05.000+0000')).toBe('2026-11-19 13:44');
    expect(formatSpreadsheetDateTime('string')).toBeUndefined();
  });
  it('Norwegian phone numbers as people write them; anything else as it came', () => {
    expect(formatPhone('4792345678')).toBe('+47 923 45 678');
    expect(formatPhone('+4722334455')).toBe('+47 22 33 44 55');
    expect(formatPhone('22 33 44 55')).toBe('+47 22 33 44 55');
    expect(formatPhone('+46 8 123 456 78')).toBe('+46 8 123 456 78');
    expect(formatPhone('12345')).toBe('12345');
  });
  it('bytes', () => {
    expect(formatBytes(0, 'en-GB')).toBe('0 B');
    expect(formatBytes(14, 'en-GB')).toBe('14 B');
    expect(formatBytes(1536, 'nb-NO')).toBe('1,5 KB');
    expect(formatBytes(10 * 1024 * 1024, 'en-GB')).toBe('10 MB');
    // Just over the 10 MB limit does not read as the limit itself.
    expect(formatBytes(11_000_000, 'en-GB')).toBe('10.5 MB');
    expect(formatBytes(10 * 1024 * 1024 + 1, 'en-GB')).toBe('10.1 MB');
    expect(formatBytes(250 * 1024, 'en-GB')).toBe('250 KB');
  });
});
