import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import IconButton from '@mui/material/IconButton';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import PreviewIcon from '@mui/icons-material/VisibilityOutlined';
import { useDeleteAttachment } from '@/api/service-tickets/mutations';
import { ticketQueries } from '@/api/service-tickets/queries';
import { ticketApis } from '@/api/service-tickets/tickets';
import type { Attachment, TicketKind } from '@/api/service-tickets/schemas';
import { ErrorState } from '@/components/error-state';
import { describeError, errorSentence } from '@/components/describe-error';
import { ConfirmDeleteDialog } from '@/components/confirm-delete-dialog';
import { FocusedDialogTitle, useGuardedClose } from '@/components/dialog';
import { notify } from '@/components/notifications';
import { RelativeTime } from '@/components/relative-time';
import { formatBytes, localeOf } from '@/lib/format';
import { useSingleFlight } from '@/lib/use-single-flight';
import { AttachmentPicker } from '@/components/attachment-picker';
import { safeFileName, saveFile } from './csv';
import { useTicketUploadQueue } from './upload-queue';
import type { UploadItem } from './upload-queue';

const previewKind = (a: Attachment): 'image' | 'pdf' | null => {
  const type = (a.contentType ?? '').toLowerCase();
  const name = (a.name ?? '').toLowerCase();
  if (/^image\/(png|jpe?g|gif|webp|bmp)$/.test(type) || /\.(png|jpe?g|gif|webp|bmp)$/.test(name))
    return 'image';
  if (type === 'application/pdf' || name.endsWith('.pdf')) return 'pdf';
  return null;
};

function PreviewDialog({
  kind,
  ticketId,
  attachment,
  onClose,
}: {
  kind: TicketKind;
  ticketId: string;
  attachment: Attachment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const file = useQuery({
    queryKey: [kind, 'detail', ticketId, 'attachments', 'file', attachment.id],
    queryFn: ({ signal }) =>
      ticketApis[kind].downloadAttachment(ticketId, attachment.id ?? '', signal),
    staleTime: Infinity,
  });
  const mode = previewKind(attachment);
  const downloaded = file.data;
  const close = useGuardedClose(true, onClose);
  // The preview shows the bytes under the type the portal expects, never as HTML or script.
  const url = useMemo(() => {
    if (!file.data) return null;
    const type = mode === 'pdf' ? 'application/pdf' : file.data.blob.type;
    return URL.createObjectURL(new Blob([file.data.blob], { type }));
  }, [file.data, mode]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return (
    <Dialog open {...close} maxWidth="lg" fullWidth aria-labelledby="preview-title">
      {/* The file's name first; the preview itself has nothing to operate. */}
      <FocusedDialogTitle id="preview-title" sx={{ overflowWrap: 'anywhere' }}>
        {attachment.name}
      </FocusedDialogTitle>
      <DialogContent sx={{ minHeight: 240, display: 'grid', placeItems: 'center' }}>
        {file.isError ? (
          <ErrorState error={file.error} onRetry={() => void file.refetch()} />
        ) : !url ? (
          <CircularProgress aria-label={t('shell.loading')} />
        ) : mode === 'image' ? (
          <Box
            component="img"
            src={url}
            alt={attachment.name ?? ''}
            sx={{ maxWidth: '100%', maxHeight: '70vh', imageRendering: 'auto' }}
          />
        ) : (
          <Box
            component="iframe"
            title={attachment.name ?? ''}
            src={url}
            sx={{ width: '100%', height: '70vh', border: 0 }}
          />
        )}
      </DialogContent>
      <DialogActions>
        {downloaded && (
          <Button
            startIcon={<DownloadIcon />}
            onClick={() =>
              saveFile(downloaded.blob, safeFileName(downloaded.fileName ?? attachment.name))
            }
          >
            {t('attachments.download')}
          </Button>
        )}
        <Button onClick={onClose}>{t('actions.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

export function AttachmentsPanel({
  kind,
  id,
  readOnly = false,
}: {
  kind: TicketKind;
  id: string;
  readOnly?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const list = useQuery(ticketQueries(kind).attachments(id));
  const queue = useTicketUploadQueue(kind);
  const remove = useDeleteAttachment(kind, id);
  const [preview, setPreview] = useState<Attachment | null>(null);
  const [confirm, setConfirm] = useState<Attachment | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  // One delete per press, and the question stays open until it is answered (opened again, it
  // would delete a file that is already gone).
  const deleting = useSingleFlight();
  // A file the ticket already has (the same name and size) waits for a yes before it goes again.
  const [again, setAgain] = useState<UploadItem[]>([]);
  const onTicket = (item: UploadItem) =>
    (list.data ?? []).some((a) => a.name === item.file.name && a.size === item.file.size);

  const download = async (a: Attachment) => {
    if (!a.id) return;
    setDownloading(a.id);
    try {
      const file = await ticketApis[kind].downloadAttachment(id, a.id);
      saveFile(file.blob, safeFileName(file.fileName ?? a.name));
    } catch (error) {
      notify(t('attachments.downloadFailed', { reason: describeError(error, t).title }), 'error');
    } finally {
      setDownloading(null);
    }
  };

  return (
    <Stack spacing={2} ref={panelRef} tabIndex={-1} sx={{ outline: 'none' }}>
      {list.isError && (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} compact={!!list.data} />
      )}
      {list.data ? (
        list.data.length === 0 ? (
          <Typography color="textSecondary">{t('attachments.none')}</Typography>
        ) : (
          <Stack
            component="ul"
            spacing={1}
            sx={{ listStyle: 'none', p: 0, m: 0 }}
            aria-label={t('attachments.title')}
          >
            {list.data.map((a) => (
              <Box
                component="li"
                key={a.id}
                sx={{
                  display: 'grid',
                  gridTemplateColumns: '1fr auto',
                  gap: 1,
                  alignItems: 'center',
                }}
              >
                <div>
                  <Typography sx={{ overflowWrap: 'anywhere', fontWeight: 500 }}>
                    {a.name}
                  </Typography>
                  <Typography variant="body2" color="textSecondary">
                    {[a.contentType, a.size !== null ? formatBytes(a.size, locale) : null]
                      .filter(Boolean)
                      .join(' · ')}
                    {' · '}
                    <RelativeTime value={a.createdDate} />
                  </Typography>
                </div>
                <Stack direction="row">
                  {previewKind(a) && (
                    <IconButton
                      aria-label={t('attachments.previewOf', { name: a.name })}
                      onClick={() => setPreview(a)}
                    >
                      <PreviewIcon />
                    </IconButton>
                  )}
                  <IconButton
                    aria-label={t('attachments.downloadOf', { name: a.name })}
                    onClick={() => void download(a)}
                    disabled={downloading === a.id}
                  >
                    <DownloadIcon />
                  </IconButton>
                  {!readOnly && (
                    <IconButton
                      aria-label={t('attachments.deleteOf', { name: a.name })}
                      onClick={() => setConfirm(a)}
                    >
                      <DeleteIcon />
                    </IconButton>
                  )}
                </Stack>
              </Box>
            ))}
          </Stack>
        )
      ) : (
        !list.isError && <Skeleton variant="rounded" height={48} />
      )}

      {!readOnly && again.length > 0 && (
        <Alert
          severity="warning"
          role="alert"
          action={
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  void queue.start(id, again);
                  setAgain([]);
                }}
              >
                {t('attachments.attachAgain')}
              </Button>
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  for (const item of again) queue.remove(item.key);
                  setAgain([]);
                }}
              >
                {t('attachments.dontAttach')}
              </Button>
            </Stack>
          }
        >
          {t('attachments.alreadyAttached', { names: again.map((i) => i.file.name).join(', ') })}
        </Alert>
      )}
      {!readOnly && (
        <AttachmentPicker
          queue={queue}
          // An uploaded file is in the ticket's list above: not listed twice.
          hideDone
          onAdded={(items) => {
            const fresh = items.filter((item) => !onTicket(item));
            if (fresh.length) void queue.start(id, fresh);
            const repeated = items.filter(onTicket);
            if (repeated.length) setAgain((waiting) => [...waiting, ...repeated]);
          }}
          onRetry={(item) => void queue.start(id, [item])}
        />
      )}

      {preview && (
        <PreviewDialog
          kind={kind}
          ticketId={id}
          attachment={preview}
          onClose={() => setPreview(null)}
        />
      )}

      <ConfirmDeleteDialog
        open={confirm !== null}
        title={t('attachments.deleteTitle')}
        body={t('attachments.deleteBody', { name: confirm?.name ?? '' })}
        confirmLabel={t('actions.delete')}
        error={remove.isError && errorSentence(remove.error, t)}
        busy={deleting.busy}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          const file = confirm;
          if (!file?.id) return;
          const attachmentId = file.id;
          void deleting.run(async () => {
            await remove.mutateAsync({ attachmentId, fileName: file.name ?? '' });
            // An upload of this page that made the file no longer says "Uploaded".
            for (const item of queue.items) {
              if (item.status === 'done' && item.result?.id === attachmentId)
                queue.remove(item.key);
            }
            notify(t('attachments.deleted', { name: file.name ?? '' }));
            setConfirm(null);
            remove.reset();
            // The button that opened the dialog is gone with the file: focus the list.
            setTimeout(() => panelRef.current?.focus(), 0);
          });
        }}
      />
    </Stack>
  );
}
