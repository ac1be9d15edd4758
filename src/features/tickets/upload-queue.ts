import { useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/http';
import { invalidateTicket } from '@/api/service-tickets/mutations';
import { checkAttachment } from '@/api/service-tickets/attachment-rules';
import type { AttachmentProblem } from '@/api/service-tickets/attachment-rules';
import { ticketApis } from '@/api/service-tickets/tickets';
import type { TicketKind } from '@/api/service-tickets/schemas';

/*
 * Files on their way to a ticket: checked in the browser first (size, executables), then uploaded
 * one by one with progress; each can be cancelled or retried. The ticket id may come later (the
 * report form uploads after the incident exists).
 */

export type UploadStatus = 'rejected' | 'waiting' | 'uploading' | 'failed' | 'done' | 'cancelled';

export interface UploadItem {
  key: number;
  file: File;
  status: UploadStatus;
  progress: number;
  problem?: AttachmentProblem;
  error?: unknown;
}

async function headOf(file: File): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.slice(0, 4).arrayBuffer());
  } catch {
    return new Uint8Array();
  }
}

export function useUploadQueue(kind: TicketKind) {
  const queryClient = useQueryClient();
  const [items, setItems] = useState<UploadItem[]>([]);
  const controllers = useRef(new Map<number, AbortController>());
  const nextKey = useRef(1);

  const patch = useCallback((key: number, change: Partial<UploadItem>) => {
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...change } : i)));
  }, []);

  /** Checks the files and queues the acceptable ones; returns the new items. */
  const add = useCallback(async (files: File[]): Promise<UploadItem[]> => {
    const added = await Promise.all(
      files.map(async (file): Promise<UploadItem> => {
        const problem = checkAttachment({
          name: file.name,
          type: file.type,
          size: file.size,
          head: await headOf(file),
        });
        return {
          key: nextKey.current++,
          file,
          status: problem ? 'rejected' : 'waiting',
          progress: 0,
          ...(problem ? { problem } : {}),
        };
      }),
    );
    setItems((list) => [...list, ...added]);
    return added;
  }, []);

  const uploadOne = useCallback(
    async (ticketId: string, item: UploadItem): Promise<boolean> => {
      const controller = new AbortController();
      controllers.current.set(item.key, controller);
      patch(item.key, { status: 'uploading', progress: 0, error: undefined });
      try {
        await ticketApis[kind].uploadAttachment(ticketId, item.file, {
          signal: controller.signal,
          onProgress: ({ loaded, total }) =>
            patch(item.key, { progress: total ? loaded / total : 0 }),
        });
        patch(item.key, { status: 'done', progress: 1 });
        return true;
      } catch (error) {
        const cancelled = isApiError(error) && error.kind === 'aborted';
        patch(item.key, { status: cancelled ? 'cancelled' : 'failed', error });
        return false;
      } finally {
        controllers.current.delete(item.key);
      }
    },
    [kind, patch],
  );

  /** Uploads the given items (default: all waiting) one after another; true when all succeeded. */
  const start = useCallback(
    async (ticketId: string, only?: UploadItem[]): Promise<boolean> => {
      const queue = only ?? items.filter((i) => i.status === 'waiting');
      let ok = true;
      for (const item of queue) ok = (await uploadOne(ticketId, item)) && ok;
      await invalidateTicket(queryClient, kind, ticketId, { branches: ['attachments'] });
      return ok;
    },
    [items, uploadOne, queryClient, kind],
  );

  const cancel = useCallback((key: number) => controllers.current.get(key)?.abort(), []);
  const remove = useCallback((key: number) => {
    controllers.current.get(key)?.abort();
    setItems((list) => list.filter((i) => i.key !== key));
  }, []);
  const clearFinished = useCallback(() => {
    setItems((list) => list.filter((i) => i.status !== 'done'));
  }, []);

  return { items, add, start, cancel, remove, clearFinished };
}

export type UploadQueue = ReturnType<typeof useUploadQueue>;
