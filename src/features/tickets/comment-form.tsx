import { useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import SendIcon from '@mui/icons-material/Send';
import { useAddComment } from '@/api/service-tickets/mutations';
import { LIMITS } from '@/api/service-tickets/schemas';
import type { TicketKind } from '@/api/service-tickets/schemas';
import { describeError } from '@/components/describe-error';
import { notify } from '@/components/notifications';
import { useTextDraft } from './drafts';

/**
 * Add a comment: it shows in the timeline at once; if the server refuses it, it is taken out again
 * and the text goes back in the box, so nothing typed is lost. What is typed is kept as a draft
 * (per ticket and user) until it is sent, so a reload does not lose it either.
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
  const draft = useTextDraft(`comment.${kind}.${id}`, userName);
  const [text, setText] = useState(draft.initial);
  const [problem, setProblem] = useState<string | null>(null);
  const addComment = useAddComment(kind, id);
  const hintId = useId();
  // The text being sent, until the server has it: set at once, so a second press (a double click)
  // does not send it twice, and kept in the draft meanwhile with what is typed since.
  const sending = useRef<string | null>(null);
  const typed = useRef(text);

  const show = (next: string, { now = false } = {}) => {
    typed.current = next;
    setText(next);
    draft.save(sending.current === null ? next : joinTexts(sending.current, next), { now });
  };

  const submit = () => {
    if (sending.current !== null) return;
    if (text.trim() === '') {
      setProblem(t('comments.empty'));
      return;
    }
    if (text.length > LIMITS.comment) {
      setProblem(t('validation.tooLongNow', { max: LIMITS.comment, count: text.length }));
      return;
    }
    const sent = text;
    sending.current = sent;
    setProblem(null);
    show('', { now: true });
    // The promise, not mutate's callbacks: it settles even when the page was left meanwhile, so
    // the draft ends right then too (kept if the comment failed, cleared once it is sent).
    addComment.mutateAsync(sent).then(
      () => {
        sending.current = null;
        show(typed.current, { now: true });
        notify(t('comments.added'));
      },
      (error: unknown) => {
        sending.current = null;
        show(joinTexts(sent, typed.current), { now: true });
        setProblem(
          t('comments.failed', {
            reason: describeError(error, t).title,
            detail: error instanceof Error ? error.message : '',
          }),
        );
      },
    );
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
      <TextField
        label={t('comments.label')}
        multiline
        minRows={3}
        maxRows={12}
        value={text}
        onChange={(e) => {
          show(e.target.value);
          if (problem) setProblem(null);
        }}
        onKeyDown={onKeyDown}
        error={problem !== null}
        slotProps={{ htmlInput: { 'aria-describedby': hintId } }}
        helperText={<span id={hintId}>{t('comments.hint')}</span>}
      />
      {problem && (
        <Alert severity="error" role="alert">
          {problem}
        </Alert>
      )}
      <div>
        <Button
          type="submit"
          variant="contained"
          endIcon={<SendIcon />}
          loading={addComment.isPending}
        >
          {t('comments.send')}
        </Button>
      </div>
    </Stack>
  );
}

/** A text sent back to the box, with what was typed since. */
function joinTexts(sent: string, current: string) {
  return current ? `${sent}\n${current}` : sent;
}
