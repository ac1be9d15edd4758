import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { parseApiDate } from '@/api/lenient';
import { orderQueries } from '@/api/service-tickets/queries';
import type { Activity, Comment } from '@/api/service-tickets/schemas';
import { LANGUAGES, loadTexts } from '@/app/languages';
import type { Texts } from '@/app/languages';

/*
 * Whether the customer already asked for this order to be cancelled: the request is a comment
 * [ST-19] that starts as the portal writes it, in whichever language it was written in (a user
 * may have switched since), so both languages' wording is looked for.
 */

const TEMPLATE = ['orders', 'cancelRequest', 'comment'] as const;

/** "Please cancel this order. Reason: {{reason}}" → "Please cancel this order. Reason:". */
function prefixIn(texts: Texts): string | undefined {
  let node: unknown = texts;
  for (const key of TEMPLATE)
    node = node && typeof node === 'object' ? (node as Texts)[key] : undefined;
  if (typeof node !== 'string') return undefined;
  const prefix = node.split('{{reason}}')[0]?.trim();
  return prefix || undefined;
}

/** The latest cancel request among `comments`, if any. */
function latestCancelRequest(comments: Comment[], prefixes: string[]): Comment | undefined {
  const time = (c: Comment) => parseApiDate(c.createdDate)?.getTime() ?? 0;
  return comments
    .filter((c) => prefixes.some((p) => (c.commentBody ?? '').trimStart().startsWith(p)))
    .sort((a, b) => time(b) - time(a))[0];
}

/**
 * Who wrote `comment`: a comment has no author on the wire, the order's COMMENTED activity with
 * its text does (the nearest in time, if the same text was sent twice).
 */
function authorOf(comment: Comment, activities: readonly Activity[]): string | undefined {
  const body = (comment.commentBody ?? '').trim();
  const at = parseApiDate(comment.createdDate)?.getTime() ?? 0;
  const distance = (a: Activity) => Math.abs((parseApiDate(a.date)?.getTime() ?? 0) - at);
  return activities
    .filter((a) => a.action === 'COMMENTED' && (a.content ?? '').trim() === body)
    .sort((a, b) => distance(a) - distance(b))[0]?.user?.userName;
}

export interface CancelRequest {
  comment: Comment;
  /** Who asked, when the order's activities say. */
  by: string | undefined;
}

/** The request this order already has, for a customer looking at an open order. */
export function useCancelRequest(
  orderId: string,
  activities: readonly Activity[],
  enabled: boolean,
): CancelRequest | undefined {
  const comments = useQuery({ ...orderQueries.comments(orderId), enabled });
  const prefixes = useQuery({
    queryKey: ['texts', ...TEMPLATE],
    queryFn: async () =>
      (await Promise.all(LANGUAGES.map(loadTexts)))
        .map(prefixIn)
        .filter((p): p is string => p !== undefined),
    staleTime: Infinity,
    enabled,
  });
  return useMemo(() => {
    if (!enabled || !comments.data || !prefixes.data) return undefined;
    const comment = latestCancelRequest(comments.data, prefixes.data);
    return comment && { comment, by: authorOf(comment, activities) };
  }, [enabled, comments.data, prefixes.data, activities]);
}
