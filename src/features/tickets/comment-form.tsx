import { useId, useState } from 'react';
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

/**
 * Add a comment: it shows in the timeline at once; if the server refuses it, it is taken out again
 * and the text goes back in the box, so nothing typed is lost.
 */
export function CommentForm({ kind, id }: { kind: TicketKind; id: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const addComment = useAddComment(kind, id);
  const hintId = useId();

  const submit = () => {
    if (addComment.isPending) return;
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
    setText('');
    addComment.mutate(sent, {
      onSuccess: () => notify(t('comments.added')),
      onError: (error) => {
        setText((current) => (current ? `${sent}\n${current}` : sent));
        setProblem(
          t('comments.failed', { reason: describeError(error, t).title, detail: error.message }),
        );
      },
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
      <TextField
        label={t('comments.label')}
        multiline
        minRows={3}
        maxRows={12}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
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
