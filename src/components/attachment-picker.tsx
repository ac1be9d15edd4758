import { useId, useState } from 'react';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CloseIcon from '@mui/icons-material/Close';
import ReplayIcon from '@mui/icons-material/Replay';
import UploadIcon from '@mui/icons-material/UploadFile';
import {
  MAX_ATTACHMENT_BYTES,
  extensionOf,
  isExecutableName,
} from '@/api/service-tickets/attachment-rules';
import { errorSentence } from './describe-error';
import { formatBytes, localeOf } from '@/lib/format';
import type { UploadItem, UploadQueue } from './upload-queue';
import { useCoarsePointer } from './use-coarse-pointer';
import { VisuallyHidden } from './visually-hidden';

function itemMessage(t: TFunction, item: UploadItem, locale: string): string {
  switch (item.status) {
    case 'rejected':
      if (item.problem?.reason === 'executable') {
        // Named by its kind where its name is what refused it (`.docm`); a file refused for
        // its contents or media type (a `.txt` that starts with `#!`) gets the kinds refused.
        return isExecutableName(item.file.name)
          ? t('attachments.rejectedExecutableExt', { ext: `.${extensionOf(item.file.name)}` })
          : t('attachments.rejectedExecutable');
      }
      if (item.problem?.reason === 'empty') return t('attachments.rejectedEmpty');
      if (item.problem?.reason === 'too-many')
        return t('attachments.rejectedTooMany', { max: item.problem.max });
      return t('attachments.rejectedTooLarge', {
        limit: formatBytes(MAX_ATTACHMENT_BYTES, locale),
      });
    case 'waiting':
      return t('attachments.waiting');
    case 'uploading':
      return t('attachments.uploading', { percent: Math.round(item.progress * 100) });
    case 'failed':
      // The server's refusal of the file (400, 403, 409) is shown; a 5xx's internal text is not.
      return t('attachments.failed', { reason: errorSentence(item.error, t) });
    case 'cancelled':
      return t('attachments.cancelled');
    case 'done':
      return t('attachments.done');
  }
}

/**
 * Choose files by picker or drag and drop; each is checked at once and shown with its state,
 * progress, and cancel / retry / remove.
 */
export function AttachmentPicker({
  queue,
  onAdded,
  onRetry,
  disabled,
  hideDone = false,
}: {
  queue: UploadQueue;
  /** Called with the accepted new items (e.g. to upload them at once). */
  onAdded?: (items: UploadItem[]) => void;
  onRetry?: (item: UploadItem) => void;
  disabled?: boolean;
  /** Uploaded files leave this list (where they are shown elsewhere, e.g. a ticket's files). */
  hideDone?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const touch = useCoarsePointer();
  const locale = localeOf(i18n.language);
  const [dragging, setDragging] = useState(false);
  const limitsId = useId();
  // One announcement per choice of files, not one alert per refused file.
  const [announced, setAnnounced] = useState<{ key: number; text: string } | null>(null);

  const addFiles = async (files: FileList | null) => {
    if (!files?.length) return;
    const added = await queue.add([...files]);
    const refused = added.filter((i) => i.status === 'rejected').length;
    setAnnounced((before) =>
      refused === 0
        ? null
        : {
            key: (before?.key ?? 0) + 1,
            text: t('attachments.refusedSummary', { count: refused, total: added.length }),
          },
    );
    onAdded?.(added.filter((i) => i.status === 'waiting'));
  };
  // The row with focus stays until focus leaves it (its Cancel pressed as the upload ended).
  const [focusedKey, setFocusedKey] = useState<number | null>(null);
  const shown = hideDone
    ? queue.items.filter((i) => i.status !== 'done' || i.key === focusedKey)
    : queue.items;

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (!disabled) void addFiles(e.dataTransfer.files);
  };

  return (
    <Stack spacing={1}>
      <Box
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        sx={{
          border: 2,
          borderStyle: 'dashed',
          borderColor: dragging ? 'primary.main' : 'divider',
          borderRadius: 1,
          p: 2,
          textAlign: 'center',
          bgcolor: dragging ? 'action.hover' : undefined,
        }}
      >
        <Button
          component="label"
          role={undefined}
          variant="outlined"
          tabIndex={-1}
          startIcon={<UploadIcon />}
          disabled={disabled}
        >
          {t('attachments.choose')}
          <input
            type="file"
            multiple
            aria-describedby={limitsId}
            onChange={(e) => {
              void addFiles(e.target.files);
              e.target.value = '';
            }}
            style={{
              clip: 'rect(0 0 0 0)',
              clipPath: 'inset(50%)',
              height: 1,
              overflow: 'hidden',
              position: 'absolute',
              bottom: 0,
              left: 0,
              whiteSpace: 'nowrap',
              width: 1,
            }}
          />
        </Button>
        <Typography variant="body2" color="textSecondary" sx={{ mt: 1 }} id={limitsId}>
          {t(touch ? 'attachments.limitsTouch' : 'attachments.limits', {
            limit: formatBytes(MAX_ATTACHMENT_BYTES, locale),
          })}
          {queue.max !== undefined && ` ${t('attachments.maxFiles', { count: queue.max })}`}
        </Typography>
      </Box>
      {/* Only while a refused file is listed: removed, there is nothing left to say. */}
      {announced && queue.items.some((i) => i.status === 'rejected') && (
        // Put in anew for each choice (its key), so the same words are said again.
        <VisuallyHidden key={announced.key}>
          <span role="alert">{announced.text}</span>
        </VisuallyHidden>
      )}
      {shown.length > 0 && (
        <Stack
          component="ul"
          spacing={1}
          sx={{ listStyle: 'none', p: 0, m: 0 }}
          aria-label={t('attachments.queue')}
        >
          {shown.map((item) => (
            <Box
              component="li"
              key={item.key}
              onFocus={() => setFocusedKey(item.key)}
              onBlur={(e) => {
                if (!e.currentTarget.contains(e.relatedTarget)) setFocusedKey(null);
              }}
              sx={{ display: 'grid', gridTemplateColumns: '1fr auto', gap: 1 }}
            >
              <div>
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  <strong>{item.file.name}</strong> · {formatBytes(item.file.size, locale)}
                </Typography>
                <Typography
                  variant="body2"
                  color={
                    item.status === 'rejected' || item.status === 'failed'
                      ? 'error'
                      : 'text.secondary'
                  }
                  // A failed upload comes later, on its own: said at once. (Refusals are summed up.)
                  role={item.status === 'failed' ? 'alert' : undefined}
                >
                  {itemMessage(t, item, locale)}
                </Typography>
                {item.status === 'uploading' && (
                  <LinearProgress
                    variant="determinate"
                    value={item.progress * 100}
                    aria-label={t('attachments.progressOf', { name: item.file.name })}
                  />
                )}
              </div>
              <Stack direction="row">
                {(item.status === 'failed' || item.status === 'cancelled') && onRetry && (
                  <IconButton
                    aria-label={t('attachments.retry', { name: item.file.name })}
                    onClick={() => onRetry(item)}
                  >
                    <ReplayIcon />
                  </IconButton>
                )}
                {item.status === 'uploading' ? (
                  <IconButton
                    aria-label={t('attachments.cancel', { name: item.file.name })}
                    onClick={() => queue.cancel(item.key)}
                  >
                    <CloseIcon />
                  </IconButton>
                ) : (
                  <IconButton
                    aria-label={t('attachments.remove', { name: item.file.name })}
                    onClick={() => queue.remove(item.key)}
                  >
                    <CloseIcon />
                  </IconButton>
                )}
              </Stack>
            </Box>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
