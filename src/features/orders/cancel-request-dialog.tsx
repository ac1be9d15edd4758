import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useAddComment } from '@/api/service-tickets/mutations';
import { LIMITS } from '@/api/service-tickets/schemas';
import { errorSentence } from '@/components/describe-error';
import { useGuardedClose } from '@/components/dialog';
import { notify } from '@/components/notifications';
import { useSingleFlight } from '@/lib/use-single-flight';

/**
 * The API has no way to change an order's status (only an incident's) [ST-19]: a customer who
 * wants an order cancelled asks support in a comment on it, with the reason, and support cancels
 * it. This dialog writes that comment, so the request is never lost in a free-text box and says
 * plainly that it is a request.
 */
export function CancelRequestDialog({
  orderId,
  onClose,
}: {
  orderId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const introId = useId();
  const addComment = useAddComment('orders', orderId);
  // One request at a time; the comment's own send checks a send that got no answer before
  // sending again, so it is never posted twice.
  const send = useSingleFlight();
  const close = useGuardedClose(true, onClose, {
    keep: () => reason.trim() !== '',
    busy: send.busy,
  });
  const max = LIMITS.comment - t('orders.cancelRequest.comment', { reason: '' }).length;

  return (
    <Dialog
      open
      {...close}
      aria-labelledby="cancel-request-title"
      // Read with the title: the field takes the focus, and this is a request, not the cancel.
      aria-describedby={introId}
      fullWidth
      maxWidth="sm"
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (send.busy) return;
          const text = reason.trim();
          if (text === '' || text.length > max) {
            setProblem(
              text === ''
                ? t('orders.cancelRequest.reasonMissing')
                : t('validation.tooLongNow', { max, count: text.length }),
            );
            box.current?.focus();
            return;
          }
          void send.run(async () => {
            await addComment.mutateAsync(t('orders.cancelRequest.comment', { reason: text }));
            notify(t('orders.cancelRequest.sent'));
            onClose();
          });
        }}
      >
        <DialogTitle id="cancel-request-title">{t('orders.cancelRequest.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText id={introId} sx={{ mb: 2 }}>
            {t('orders.cancelRequest.intro')}
          </DialogContentText>
          <TextField
            label={t('orders.cancelRequest.reason')}
            required
            fullWidth
            multiline
            minRows={3}
            maxRows={15}
            autoFocus
            value={reason}
            inputRef={box}
            onChange={(e) => {
              setReason(e.target.value);
              setProblem(null);
              if (addComment.isError) addComment.reset();
            }}
            error={problem !== null}
            helperText={problem ?? t('orders.cancelRequest.reasonHint')}
          />
          {addComment.error && (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {errorSentence(addComment.error, t)}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={send.busy}>
            {t('orders.cancelRequest.keep')}
          </Button>
          <Button type="submit" variant="contained" loading={send.busy}>
            {t('orders.cancelRequest.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
