import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { invalidateTicket } from '@/api/service-tickets/mutations';
import { ticketApis } from '@/api/service-tickets/tickets';
import type { TicketKind } from '@/api/service-tickets/schemas';
import { useUploadQueue } from '@/components/upload-queue';
import type { UploadItem } from '@/components/upload-queue';

export type { UploadItem };

/** Files for a ticket: the generic queue, uploading to `POST /{kind}/{id}/attachments`. */
export function useTicketUploadQueue(kind: TicketKind) {
  const queryClient = useQueryClient();
  const upload = useCallback(
    (
      file: File,
      ticketId: string,
      options: Parameters<(typeof ticketApis)[TicketKind]['uploadAttachment']>[2],
    ) => ticketApis[kind].uploadAttachment(ticketId, file, options),
    [kind],
  );
  const queue = useUploadQueue(upload);
  const start = useCallback(
    async (ticketId: string, only?: readonly { key: number }[]) => {
      const ok = await queue.start(ticketId, only);
      await invalidateTicket(queryClient, kind, ticketId, { branches: ['attachments'] });
      return ok;
    },
    [queue, queryClient, kind],
  );
  return { ...queue, start };
}

export type TicketUploadQueue = ReturnType<typeof useTicketUploadQueue>;
