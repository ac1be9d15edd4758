import { z } from '@/lib/zod';

/*
 * Text fields of request bodies, by the same rules in every API the portal writes to (and the
 * sandbox checks them with): a length limit, and no control characters — a one-line field takes
 * none, a text takes tab and line breaks. Shared by the clients (which refuse before sending) and
 * the sandbox (which answers 400 naming the field).
 */

const CONTROL = /\p{Cc}/u;

/** `required` (at least one character), then at most `max`, without control characters. */
export function oneLineText(max: number, { required = false } = {}) {
  return z.string().check(
    z.minLength(required ? 1 : 0, { error: 'must not be empty' }),
    z.maxLength(max, { error: `at most ${max} characters` }),
    z.refine((v) => !CONTROL.test(v), { error: 'control characters are not allowed' }),
  );
}

/** As `oneLineText`, but tab and line breaks are text. */
export function multiLineText(max: number, { required = false } = {}) {
  return z.string().check(
    z.minLength(required ? 1 : 0, { error: 'must not be empty' }),
    z.maxLength(max, { error: `at most ${max} characters` }),
    z.refine((v) => !CONTROL.test(v.replace(/[\t\n\r]/g, '')), {
      error: 'control characters are not allowed',
    }),
  );
}

export const EMAIL_PATTERN = /^[^\s@\p{Cc}]+@[^\s@\p{Cc}]+\.[^\s@\p{Cc}]{2,}$/u;
/**
 * Phone numbers as people write them: 5 to 17 digits, optionally a leading +, with spaces, dashes,
 * dots or brackets between them (`+47 22-33-44-55`, `+44 (20) 7946 0958`).
 */
export const PHONE_PATTERN = /^\+?\(?[0-9](?:[ ().-]{0,2}[0-9]){4,16}$/;
