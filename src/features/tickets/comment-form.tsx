import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { DraftNotice } from '@/components/draft-notice';
import { BusyButton } from '@/components/busy-button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SendIcon from '@mui/icons-material/Send';
import { useAddComment } from '@/api/service-tickets/mutations';
import { LIMITS } from '@/api/service-tickets/schemas';
import type { TicketKind } from '@/api/service-tickets/schemas';
import { isApiError, isUnanswered } from '@/api/http';
import { sessionStore } from '@/api/session';
import { failureReason } from '@/components/describe-error';
import { notify } from '@/components/notifications';
import { useSingleFlight } from '@/lib/use-single-flight';
import { clearDraft, readDraft, saveDraft, useTextDraft } from './drafts';
import { useCoarsePointer } from '@/components/use-coarse-pointer';

/**
 * Add a comment: it shows in the timeline at once; if the server refuses it, it is taken out again
 * and the text goes back in the box, so nothing typed is lost. What is typed is kept as a draft
 * (per ticket and user) until it is sent, so a reload does not lose it either.
 *
 * The text being sent is not in the draft but in a record of its own until the server has it: a
 * form opened meanwhile (the page left and opened again, or reloaded) starts empty, and says a
 * comment was on its way, with the text at hand — the server may have it already, so it is not
 * put back in the box unasked, where Send would post it twice.
 */
export function CommentForm({
  kind,
  id,
  userName,
}: {
  kind: TicketKind;
  id: string;
  userName: string;
}) {
  const { t } = useTranslation();
  const touch = useCoarsePointer();
  const name = `comment.${kind}.${id}`;
  const draft = useTextDraft(name, userName);
  const pending = `${name}.pending`;
  // Read once, when the form opens: a send that was never confirmed.
  const [unconfirmed, setUnconfirmed] = useState(
    () => readDraft(pending, userName, { text: '' })?.text || null,
  );
  const [text, setText] = useState(draft.initial);
  // A comment left unsent (a reload, an expired sign-in) is back: say so, once.
  const [restored, setRestored] = useState(() => draft.initial.trim() !== '');
  // What is wrong, and whether it is "sign in again" (which goes once the user has).
  const [shown, setShown] = useState<{ text: string; untilSignIn: boolean } | null>(null);
  const problem = shown?.text ?? null;
  const setProblem = (text: string | null, { untilSignIn = false } = {}) =>
    setShown(text === null ? null : { text, untilSignIn });
  useEffect(
    () =>
      sessionStore.subscribe(() => {
        if (sessionStore.get()) setShown((s) => (s?.untilSignIn ? null : s));
      }),
    [],
  );
  const addComment = useAddComment(kind, id);
  // One comment per press: a double click sends it once.
  const sending = useSingleFlight();
  const hintId = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const typed = useRef(text);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const show = (next: string, { now = false } = {}) => {
    typed.current = next;
    setText(next);
    draft.save(next, { now });
  };

  const putBack = () => {
    if (unconfirmed === null) return;
    show(joinTexts(unconfirmed, typed.current), { now: true });
    clearDraft(pending, userName);
    setUnconfirmed(null);
    box.current?.focus();
  };

  // Ends the record of `sent` — unless it is already another send's (one from a form opened
  // meanwhile), which it must not take away.
  const endPending = (sent: string) => {
    if (readDraft(pending, userName, { text: '' })?.text === sent) clearDraft(pending, userName);
  };

  const dismiss = () => {
    clearDraft(pending, userName);
    setUnconfirmed(null);
  };

  const submit = () => {
    if (sending.busy) return;
    if (text.trim() === '') {
      setProblem(t('comments.empty'));
      return;
    }
    if (text.length > LIMITS.comment) {
      setProblem(t('validation.tooLongNow', { max: LIMITS.comment, count: text.length }));
      return;
    }
    const sent = text;
    setProblem(null);
    setRestored(false);
    // Awaited here, not in mutate's callbacks: it settles even when the page was left meanwhile,
    // so the records end right then too.
    void sending.run(async () => {
      saveDraft(pending, userName, { text: sent });
      show('', { now: true });
      try {
        await addComment.mutateAsync(sent);
      } catch (error) {
        // Not sent: the text goes back to the box, or to the draft if the form is gone.
        endPending(sent);
        if (mounted.current) {
          show(joinTexts(sent, typed.current), { now: true });
          // An expired session: the prompt to sign in again is up, and this says no more once
          // the user has (the text is still in the box, to send again).
          const expired = isApiError(error) && error.isUnauthorized;
          setProblem(
            expired
              ? t('comments.failedSignIn')
              : isUnanswered(error)
                ? t('comments.unanswered')
                : t('comments.failed', { reason: failureReason(error, t) }),
            { untilSignIn: expired },
          );
        } else {
          const now = readDraft(name, userName, { text: '' })?.text ?? '';
          saveDraft(name, userName, { text: joinTexts(sent, now) });
        }
        return;
      }
      endPending(sent);
      notify(t('comments.added'));
    });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <Stack
      component="form"
      spacing={1}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-label={t('comments.formLabel')}
    >
      {unconfirmed !== null && (
        <Alert severity="warning" role="status" onClose={dismiss}>
          {t('comments.unconfirmed')}
          <Typography
            component="blockquote"
            variant="body2"
            sx={{
              m: 0,
              my: 1,
              pl: 1.5,
              borderLeft: 3,
              borderColor: 'divider',
              whiteSpace: 'pre-wrap',
              overflowWrap: 'anywhere',
              // The start of it, to recognise in the timeline; the whole text is a press away.
              display: '-webkit-box',
              WebkitBoxOrient: 'vertical',
              WebkitLineClamp: 4,
              overflow: 'hidden',
            }}
          >
            {unconfirmed}
          </Typography>
          <Button color="inherit" size="small" variant="outlined" onClick={putBack}>
            {t('comments.putBack')}
          </Button>
        </Alert>
      )}
      {restored && (
        <DraftNotice
          message={t('comments.draftRestored')}
          discardLabel={t('comments.discardDraft')}
          onDiscard={() => {
            show('', { now: true });
            setRestored(false);
            box.current?.focus();
          }}
          onClose={() => setRestored(false)}
        />
      )}
      <TextField
        label={t('comments.label')}
        multiline
        minRows={3}
        maxRows={12}
        value={text}
        inputRef={box}
        onChange={(e) => {
          show(e.target.value);
          if (problem) setProblem(null);
        }}
        onKeyDown={onKeyDown}
        error={problem !== null}
        // The shortcut is not offered on a touch screen, where there is no Ctrl key to press.
        slotProps={{ htmlInput: { 'aria-describedby': touch ? undefined : hintId } }}
        helperText={touch ? undefined : <span id={hintId}>{t('comments.hint')}</span>}
      />
      {problem && (
        <Alert severity="error" role="alert">
          {problem}
        </Alert>
      )}
      <div>
        <BusyButton type="submit" variant="contained" endIcon={<SendIcon />} busy={sending.busy}>
          {t('comments.send')}
        </BusyButton>
      </div>
    </Stack>
  );
}

/** A text sent back to the box, with what was typed since. */
function joinTexts(sent: string, current: string) {
  return current ? `${sent}\n${current}` : sent;
}
