import type { TFunction } from 'i18next';
import type { FieldError as FormFieldError } from 'react-hook-form';

/*
 * Form schemas carry message *keys* (`required`, `tooLong:255`, `email`…) so they stay free of
 * UI text; this turns them into the user's language. Server messages pass through as written.
 */

const KEYS = new Set([
  'required',
  'tooLong',
  'email',
  'phone',
  'msisdn',
  'mbb',
  'pots',
  'lu',
  'zipCode',
  'positive',
  'integer',
  'controlChars',
  'inFuture',
  'contactWay',
  'caseCode',
  'dateTime',
  'tooMany',
]);

export function validationMessage(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const [key, param] = message.split(':');
  if (key && KEYS.has(key)) return t(`validation.${key}` as 'validation.required', { max: param });
  return message;
}

export function fieldErrorText(
  t: TFunction,
  error: FormFieldError | undefined,
): string | undefined {
  return validationMessage(t, error?.message);
}

/**
 * A length-limited field's helper text: its problem if it has one, else its count; both when
 * the text is too long, so how much to cut stays in view.
 */
export function problemOrCount(problem: string | undefined, count: string, tooLong: boolean) {
  if (!problem) return count;
  return tooLong ? `${problem} ${count}` : problem;
}
