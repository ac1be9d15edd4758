import { useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useGuardedClose } from './dialog';
import { keepFieldFocus } from '@/components/keep-focus';

/**
 * A dialog that asks why before it does something that cannot be taken back (cancel a case, ask
 * to cancel an order): the reason is required and has a length limit, both said beside the field,
 * where the keyboard goes. While `busy` it neither closes nor sends again; a reason typed is not
 * lost to a stray click beside the dialog (and a caller keeps it as a draft, for a reload or the
 * next time the dialog opens). What it does, and its error, are the caller's.
 */
export function ReasonDialog({
  title,
  body,
  label,
  hint,
  missing,
  max,
  keepLabel,
  submitLabel,
  destructive = false,
  busy,
  error,
  initial = '',
  onEdit,
  onSubmit,
  onDiscard,
  onClose,
}: {
  title: string;
  /** What will happen: read with the title, as the field takes the focus. */
  body: string;
  label: string;
  hint?: string;
  /** Said when no reason is given (by default: "Required."). */
  missing?: string;
  max: number;
  keepLabel: string;
  submitLabel: string;
  destructive?: boolean;
  busy: boolean;
  /** The caller's message when what it did failed. */
  error?: ReactNode;
  /** The reason the field starts with (a draft kept from before). */
  initial?: string;
  /** The reason was edited (a caller clears its error, keeps it as a draft). */
  onEdit?: (reason: string) => void;
  onSubmit: (reason: string) => void;
  /** The keep button was pressed: what was typed is not wanted (Escape only closes). */
  onDiscard?: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const close = useGuardedClose(true, onClose, { keep: () => reason.trim() !== '', busy });
  return (
    <Dialog
      open
      {...close}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      fullWidth
      maxWidth="sm"
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (busy) return;
          const text = reason.trim();
          if (text === '' || text.length > max) {
            setProblem(
              text === ''
                ? (missing ?? t('validation.required'))
                : t('validation.tooLongNow', { max, count: text.length }),
            );
            // The keyboard goes where the problem is, as on the full-page forms.
            box.current?.focus();
            return;
          }
          onSubmit(text);
        }}
      >
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText id={bodyId}>{body}</DialogContentText>
            <TextField
              label={label}
              required
              multiline
              minRows={3}
              maxRows={15}
              autoFocus
              value={reason}
              inputRef={box}
              onChange={(e) => {
                setReason(e.target.value);
                setProblem(null);
                onEdit?.(e.target.value);
              }}
              error={problem !== null}
              helperText={problem ?? hint}
            />
            {error && (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button
            onClick={() => {
              onDiscard?.();
              onClose();
            }}
            disabled={busy}
          >
            {keepLabel}
          </Button>
          <Button
            type="submit"
            color={destructive ? 'error' : 'primary'}
            variant="contained"
            loading={busy}
            onMouseDown={keepFieldFocus}
          >
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
