import { z } from '@/lib/zod';
import { EMAIL_PATTERN, LIMITS, PHONE_PATTERN } from '@/api/service-tickets/schemas';

/* Building blocks for the portal's forms; messages are keys (see validation.ts). */

const CONTROL = /[\p{Cc}]/u;

export const requiredLine = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1, { error: 'required' }),
    z.maxLength(max, { error: `tooLong:${max}` }),
    z.refine((v) => !CONTROL.test(v), { error: 'controlChars' }),
  );

export const optionalLine = (max: number) =>
  z.string().check(
    z.trim(),
    z.maxLength(max, { error: `tooLong:${max}` }),
    z.refine((v) => !CONTROL.test(v), { error: 'controlChars' }),
  );

export const requiredText = (max: number) =>
  z.string().check(
    z.minLength(1, { error: 'required' }),
    z.maxLength(max, { error: `tooLong:${max}` }),
    z.refine((v) => v.trim() !== '', { error: 'required' }),
    z.refine((v) => !CONTROL.test(v.replace(/[\t\n\r]/g, '')), { error: 'controlChars' }),
  );

export const emailField = z.string().check(
  z.trim(),
  z.maxLength(LIMITS.email, { error: `tooLong:${LIMITS.email}` }),
  z.refine((v) => v === '' || EMAIL_PATTERN.test(v), { error: 'email' }),
);

export const phoneField = z.string().check(
  z.trim(),
  z.refine((v) => v === '' || PHONE_PATTERN.test(v), { error: 'phone' }),
);

/** A contact person: a name, and at least one way to reach them. */
export const ContactFormSchema = z
  .object({ name: requiredLine(LIMITS.name), email: emailField, phone: phoneField })
  .check(
    z.refine((c) => c.email !== '' || c.phone !== '', { error: 'contactWay', path: ['email'] }),
  );
export type ContactForm = z.infer<typeof ContactFormSchema>;

export const emptyContact: ContactForm = { name: '', email: '', phone: '' };

/**
 * Phone numbers are sent the way the API writes them: digits (and a leading +), without the
 * spaces, dashes, dots or brackets people type between them.
 */
export function toContactWrite(c: ContactForm) {
  return {
    name: c.name.trim(),
    email: c.email.trim(),
    phone: c.phone.replace(/[\s().-]/g, ''),
  };
}
