import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';

/**
 * "What you left unsent is back": said once a form opens with a draft, with the way to throw it
 * away. A status, not an alert: nothing went wrong.
 */
export function DraftNotice({
  message,
  discardLabel,
  onDiscard,
  onClose,
}: {
  message: string;
  discardLabel: string;
  onDiscard: () => void;
  /** Without it, the notice stays until the draft is sent or discarded. */
  onClose?: () => void;
}) {
  return (
    <Alert
      severity="info"
      role="status"
      onClose={onClose}
      action={
        <Button color="inherit" size="small" onClick={onDiscard}>
          {discardLabel}
        </Button>
      }
    >
      {message}
    </Alert>
  );
}
