import { useCallback, useRef, useState } from 'react';
import { isApiError } from '@/api/http';
import { checkAttachment } from '@/api/service-tickets/attachment-rules';
import type { AttachmentProblem } from '@/api/service-tickets/attachment-rules';
import type { UploadProgress } from '@/api/http';

/*
 * Files on their way to the server: checked in the browser first (size, executables, how many),
 * then uploaded one by one with progress; each can be cancelled or retried. Where they go is the
 * caller's `upload` function; the target (a ticket id, say) may be known only later.
 */

export type UploadStatus = 'rejected' | 'waiting' | 'uploading' | 'failed' | 'done' | 'cancelled';

export type UploadProblem = AttachmentProblem | { reason: 'too-many'; max: number };

export interface UploadItem<R = unknown> {
  key: number;
  file: File;
  status: UploadStatus;
  progress: number;
  problem?: UploadProblem;
  error?: unknown;
  /** What the server answered, once done. */
  result?: R;
}

export type UploadFn<T, R> = (
  file: File,
  target: T,
  options: { signal: AbortSignal; onProgress: (p: UploadProgress) => void },
) => Promise<R>;

async function headOf(file: File): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.slice(0, 4).arrayBuffer());
  } catch {
    return new Uint8Array();
  }
}

export function useUploadQueue<T, R>(upload: UploadFn<T, R>, options: { max?: number } = {}) {
  const [items, setItems] = useState<UploadItem<R>[]>([]);
  const itemsRef = useRef<UploadItem<R>[]>([]);
  const controllers = useRef(new Map<number, AbortController>());
  const nextKey = useRef(1);
  const max = options.max;

  const update = useCallback((fn: (list: UploadItem<R>[]) => UploadItem<R>[]) => {
    itemsRef.current = fn(itemsRef.current);
    setItems(itemsRef.current);
  }, []);

  const patch = useCallback(
    (key: number, change: Partial<UploadItem<R>>) =>
      update((list) => list.map((i) => (i.key === key ? { ...i, ...change } : i))),
    [update],
  );

  /** Checks the files and queues the acceptable ones; returns the new items. */
  const add = useCallback(
    async (files: File[]): Promise<UploadItem<R>[]> => {
      const checked = await Promise.all(
        files.map(async (file) => ({
          file,
          problem: checkAttachment({
            name: file.name,
            type: file.type,
            size: file.size,
            head: await headOf(file),
          }),
        })),
      );
      let accepted = itemsRef.current.filter((i) => i.status !== 'rejected').length;
      const added = checked.map(({ file, problem }): UploadItem<R> => {
        let reason: UploadProblem | null = problem;
        if (!reason && max !== undefined && accepted >= max) reason = { reason: 'too-many', max };
        if (!reason) accepted++;
        return {
          key: nextKey.current++,
          file,
          status: reason ? 'rejected' : 'waiting',
          progress: 0,
          ...(reason ? { problem: reason } : {}),
        };
      });
      update((list) => [...list, ...added]);
      return added;
    },
    [max, update],
  );

  const uploadOne = useCallback(
    async (target: T, item: UploadItem<R>): Promise<boolean> => {
      const controller = new AbortController();
      controllers.current.set(item.key, controller);
      patch(item.key, { status: 'uploading', progress: 0, error: undefined });
      try {
        const result = await upload(item.file, target, {
          signal: controller.signal,
          onProgress: ({ loaded, total }) =>
            patch(item.key, { progress: total ? loaded / total : 0 }),
        });
        patch(item.key, { status: 'done', progress: 1, result });
        return true;
      } catch (error) {
        const cancelled = isApiError(error) && error.kind === 'aborted';
        patch(item.key, { status: cancelled ? 'cancelled' : 'failed', error });
        return false;
      } finally {
        controllers.current.delete(item.key);
      }
    },
    [upload, patch],
  );

  /** Uploads the given items (default: all waiting) one after another; true when all succeeded. */
  const start = useCallback(
    async (target: T, only?: readonly { key: number }[]): Promise<boolean> => {
      const keys = only && new Set(only.map((i) => i.key));
      const queue = itemsRef.current.filter((i) =>
        keys ? keys.has(i.key) : i.status === 'waiting',
      );
      let ok = true;
      for (const item of queue) ok = (await uploadOne(target, item)) && ok;
      return ok;
    },
    [uploadOne],
  );

  const cancel = useCallback((key: number) => controllers.current.get(key)?.abort(), []);
  const remove = useCallback(
    (key: number) => {
      controllers.current.get(key)?.abort();
      update((list) => list.filter((i) => i.key !== key));
    },
    [update],
  );
  const reset = useCallback(() => update(() => []), [update]);

  return { items, add, start, cancel, remove, reset, max };
}

export interface UploadQueue {
  items: UploadItem[];
  add: (files: File[]) => Promise<UploadItem[]>;
  cancel: (key: number) => void;
  remove: (key: number) => void;
  max?: number;
}
