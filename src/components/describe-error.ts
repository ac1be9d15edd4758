import type { TFunction } from 'i18next';
import { isApiError } from '@/api/http';
import { isCodeLoadError } from '@/lib/code-load-error';

/** A failure the portal itself describes, already in the user's language. */
export class UserFacingError extends Error {}

/** A human sentence for any failure, by kind: what happened and what to do. */
export function describeError(error: unknown, t: TFunction): { title: string; detail: string } {
  if (error instanceof UserFacingError) return { title: error.message, detail: '' };
  if (isApiError(error)) {
    if (error.kind === 'network')
      return { title: t('errors.network.title'), detail: t('errors.network.detail') };
    if (error.kind === 'timeout')
      return { title: t('errors.timeout.title'), detail: t('errors.timeout.detail') };
    if (error.kind === 'invalid-response')
      return {
        title: t('errors.invalidResponse.title'),
        detail: t('errors.invalidResponse.detail'),
      };
    if (error.kind === 'aborted') return { title: t('errors.aborted.title'), detail: '' };
    if (error.status === 401 && error.signedInSince)
      return { title: t('errors.signedInAgain.title'), detail: t('errors.signedInAgain.detail') };
    if (error.status === 401)
      return { title: t('errors.unauthorized.title'), detail: t('errors.unauthorized.detail') };
    if (error.status === 403) return { title: t('errors.forbidden.title'), detail: error.message };
    if (error.status === 404)
      return { title: t('errors.notFound.title'), detail: t('errors.notFound.detail') };
    if (error.status === 409) return { title: t('errors.conflict.title'), detail: error.message };
    if (error.status === 429)
      return { title: t('errors.tooMany.title'), detail: t('errors.tooMany.detail') };
    if (error.status >= 500)
      return {
        title: t('errors.server.title'),
        detail: t('errors.server.detail', { code: error.code ?? String(error.status) }),
      };
    return { title: t('errors.badRequest.title'), detail: error.message };
  }
  if (isCodeLoadError(error))
    return { title: t('errors.codeLoad.title'), detail: t('errors.codeLoad.detail') };
  return { title: t('errors.unknown.title'), detail: t('errors.unknown.detail') };
}

/**
 * A sentence of its own for a failure: the kind of failure in the user's words, then what to do
 * (or, for a refused input, what the server said) — never a 5xx's internal text.
 */
export function errorSentence(error: unknown, t: TFunction): string {
  const { title, detail } = describeError(error, t);
  // Two sentences: the detail is one of its own ("…did not answer in time. It may be busy.").
  return detail ? `${title}. ${detail}` : title;
}

/**
 * The short form of `errorSentence`, to sit inside another sentence: why an action failed, for a sentence like "Your comment was not saved (…)": the kind of failure
 * in the user's words, and the server's own words only where they are about the input (400, 403,
 * 409) — not a timeout's or a 5xx's text, which would repeat the title or say nothing to a user.
 */
export function failureReason(error: unknown, t: TFunction): string {
  const { title, detail } = describeError(error, t);
  const aboutTheInput =
    isApiError(error) && error.kind === 'http' && [400, 403, 409].includes(error.status);
  return aboutTheInput && detail ? `${title}: ${detail}` : title;
}
