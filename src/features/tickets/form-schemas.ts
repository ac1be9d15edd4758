import { z } from 'zod';
import { EMAIL_PATTERN, LIMITS, PHONE_PATTERN } from '@/api/service-tickets/schemas';

/* Building blocks for the portal's forms; messages are keys (see validation.ts). */

const CONTROL = /[\p{Cc}]/u;

export const requiredLine = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: `tooLong:${max}` })
    .refine((v) => !CONTROL.test(v), { error: 'controlChars' });

export const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `tooLong:${max}` })
    .refine((v) => !CONTROL.test(v), { error: 'controlChars' });

export const requiredText = (max: number) =>
  z
    .string()
    .min(1, { error: 'required' })
    .max(max, { error: `tooLong:${max}` })
    .refine((v) => v.trim() !== '', { error: 'required' })
    .refine((v) => !CONTROL.test(v.replace(/[\t\n\r]/g, '')), { error: 'controlChars' });

export const emailField = z
  .string()
  .trim()
  .max(LIMITS.email, { error: `tooLong:${LIMITS.email}` })
  .refine((v) => v === '' || EMAIL_PATTERN.test(v), { error: 'email' });

export const phoneField = z
  .string()
  .trim()
  .refine((v) => v === '' || PHONE_PATTERN.test(v), { error: 'phone' });

/** A contact person: a name, and at least one way to reach them. */
export const ContactFormSchema = z
  .object({ name: requiredLine(LIMITS.name), email: emailField, phone: phoneField })
  .refine((c) => c.email !== '' || c.phone !== '', { error: 'contactWay', path: ['email'] });
export type ContactForm = z.infer<typeof ContactFormSchema>;

export const emptyContact: ContactForm = { name: '', email: '', phone: '' };

/** Phone numbers are sent the way the API writes them: digits, no spaces. */
export function toContactWrite(c: ContactForm) {
  return {
    name: c.name.trim(),
    email: c.email.trim(),
    phone: c.phone.replace(/\s/g, ''),
  };
}
