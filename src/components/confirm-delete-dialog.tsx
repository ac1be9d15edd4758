import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import { FocusedDialogTitle, useGuardedClose } from './dialog';
import { useEverTrue } from '@/lib/use-ever-true';

/**
 * "Delete …?" with Cancel and the delete button. While the deletion runs (`busy`) it cannot be
 * closed (closed, it would hide the outcome; opened again, it would delete what is already gone);
 * a refusal (`error`) shows inside it, so the user can try again or cancel.
 */
export function ConfirmDeleteDialog({
  open,
  title,
  body,
  confirmLabel,
  error,
  busy,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  /** Why the last attempt failed, if it did. */
  error?: ReactNode;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const used = useEverTrue(open);
  const close = useGuardedClose(open, onCancel, { busy });
  if (!used) return null;
  return (
    <Dialog open={open} {...close} aria-labelledby={titleId}>
      <FocusedDialogTitle id={titleId}>{title}</FocusedDialogTitle>
      <DialogContent>
        <DialogContentText sx={{ overflowWrap: 'anywhere' }}>{body}</DialogContentText>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          {t('actions.cancel')}
        </Button>
        <Button color="error" variant="contained" loading={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
