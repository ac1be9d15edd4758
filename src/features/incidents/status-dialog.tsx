import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { isApiError } from '@/api/http';
import { useUpdateIncidentStatus } from '@/api/service-tickets/mutations';
import { LIMITS } from '@/api/service-tickets/schemas';
import { errorSentence } from '@/components/describe-error';
import { useGuardedClose } from '@/components/dialog';
import { notify } from '@/components/notifications';
import { useSingleFlight } from '@/lib/use-single-flight';
import { statusLabel } from '@/features/tickets/labels';
import { useCurrentUser } from '@/app/session';
import { clearDraft, useTextDraft } from '@/features/tickets/drafts';

/** Change an incident's status, with a text explaining why; only to statuses allowed from here. */
/**
 * Cancelling or reopening needs a reason, asking the customer needs the question, and solving
 * needs the resolution (the customer is asked to act on them); a plain step forward may go
 * without one.
 */
function needsText(from: string | undefined, to: string) {
  return (
    to === 'Cancelled' ||
    to === 'Awaiting Customer' ||
    to === 'Solved' ||
    (from === 'Solved' && to === 'In Progress')
  );
}

const HINTS = {
  'Awaiting Customer': 'status.textHintAwaiting',
  Solved: 'status.textHintSolved',
} as const;
const hintFor = (status: string) =>
  Object.hasOwn(HINTS, status) ? HINTS[status as keyof typeof HINTS] : 'status.textHint';

export function StatusDialog({
  incidentId,
  current,
  allowed,
  initial,
  onClose,
}: {
  incidentId: string;
  current: string | undefined;
  allowed: readonly string[];
  initial?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(
    initial && allowed.includes(initial) ? initial : (allowed[0] ?? ''),
  );
  // The text survives a reload, or closing the dialog, until the change is made.
  const { userName } = useCurrentUser();
  const draftName = `status.${incidentId}`;
  const draft = useTextDraft(draftName, userName);
  const [text, setText] = useState(draft.initial);
  const [missingText, setMissingText] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const update = useUpdateIncidentStatus(incidentId);
  // One change at a time, and the dialog stays open while it runs: a second press (a double click,
  // or Escape and Change status again before the new status shows) would send it again, refused
  // as a change to the status it now has.
  const change = useSingleFlight();
  const error = update.error;
  const forbidden = isApiError(error) && error.status === 403;
  const close = useGuardedClose(true, onClose, {
    keep: () => text.trim() !== '',
    busy: change.busy,
  });

  return (
    <Dialog open {...close} aria-labelledby="status-dialog-title" fullWidth maxWidth="sm">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (change.busy) return;
          if (
            (needsText(current, status) && text.trim() === '') ||
            text.length > LIMITS.statusText
          ) {
            setMissingText(true);
            // The keyboard goes where the problem is, as on the full-page forms.
            textRef.current?.focus();
            return;
          }
          // Refused or failed: the dialog stays, with the reason, and the user may try again.
          void change.run(async () => {
            await update.mutateAsync({ status, ...(text.trim() ? { text: text.trim() } : {}) });
            clearDraft(draftName, userName);
            notify(t('status.changed', { status: statusLabel(t, status) }));
            onClose();
          });
        }}
      >
        <DialogTitle id="status-dialog-title">{t('status.changeTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <FormLabel id="status-choice-label">
              {t('status.from', { status: statusLabel(t, current) })}
            </FormLabel>
            <RadioGroup
              aria-labelledby="status-choice-label"
              value={status}
              onChange={(e) => setStatus(e.target.value)}
            >
              {allowed.map((s) => (
                <FormControlLabel
                  key={s}
                  value={s}
                  // Focus starts on the choice, not on the dialog's container.
                  control={<Radio autoFocus={s === status} />}
                  label={statusLabel(t, s)}
                />
              ))}
            </RadioGroup>
            <TextField
              label={t('status.text')}
              required={needsText(current, status)}
              multiline
              minRows={3}
              maxRows={15}
              value={text}
              inputRef={textRef}
              onChange={(e) => {
                setText(e.target.value);
                draft.save(e.target.value);
                setMissingText(false);
              }}
              error={missingText}
              helperText={
                missingText
                  ? text.trim() === ''
                    ? t('validation.required')
                    : t('validation.tooLongNow', { max: LIMITS.statusText, count: text.length })
                  : t(hintFor(status))
              }
            />
            {error && (
              <Alert severity="error" role="alert">
                {forbidden
                  ? t('status.forbidden', { detail: error.message })
                  : errorSentence(error, t)}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button
            onClick={() => {
              // Cancelled on purpose: the text is not wanted (Escape only closes).
              clearDraft(draftName, userName);
              onClose();
            }}
            disabled={change.busy}
          >
            {/* Not "Cancel" beside "Cancel the incident": it keeps the incident as it is. */}
            {status === 'Cancelled' ? t('status.keepIncident') : t('actions.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={change.busy} disabled={!status}>
            {status === 'Cancelled'
              ? t('status.cancelIncident')
              : t('status.submitTo', { status: statusLabel(t, status) })}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
