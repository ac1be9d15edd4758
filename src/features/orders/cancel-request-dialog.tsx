import { useTranslation } from 'react-i18next';
import { useAddComment } from '@/api/service-tickets/mutations';
import { LIMITS } from '@/api/service-tickets/schemas';
import { errorSentence } from '@/components/describe-error';
import { notify } from '@/components/notifications';
import { ReasonDialog } from '@/components/reason-dialog';
import { useCurrentUser } from '@/app/session';
import { clearDraft, useTextDraft } from '@/features/tickets/drafts';
import { useSingleFlight } from '@/lib/use-single-flight';

/**
 * The API has no way to change an order's status (only an incident's) [ST-19]: a customer who
 * wants an order cancelled asks customer service in a comment on it, with the reason, and they
 * cancel it. This dialog writes that comment, and says plainly that it is a request.
 */
export function CancelRequestDialog({
  orderId,
  onSent,
  onClose,
}: {
  orderId: string;
  /** The request is on the order (just before the dialog closes). */
  onSent?: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const addComment = useAddComment('orders', orderId);
  // One request at a time; the comment's own send checks a send that got no answer before
  // sending again, so it is never posted twice.
  const send = useSingleFlight();
  // The reason goes into the comment's text, which has the comment's limit.
  const max = LIMITS.comment - t('orders.cancelRequest.comment', { reason: '' }).length;
  // The reason survives a reload, or closing the dialog, until it is sent.
  const { userName } = useCurrentUser();
  const draftName = `cancel-request.${orderId}`;
  const draft = useTextDraft(draftName, userName);
  return (
    <ReasonDialog
      title={t('orders.cancelRequest.title')}
      body={t('orders.cancelRequest.intro')}
      label={t('orders.cancelRequest.reason')}
      hint={t('orders.cancelRequest.reasonHint')}
      missing={t('orders.cancelRequest.reasonMissing')}
      max={max}
      keepLabel={t('orders.cancelRequest.keep')}
      submitLabel={t('orders.cancelRequest.submit')}
      busy={send.busy}
      error={addComment.error && errorSentence(addComment.error, t)}
      initial={draft.initial}
      onEdit={(reason) => {
        draft.save(reason);
        if (addComment.isError) addComment.reset();
      }}
      onSubmit={(reason) =>
        void send.run(async () => {
          await addComment.mutateAsync(t('orders.cancelRequest.comment', { reason }));
          clearDraft(draftName, userName);
          notify(t('orders.cancelRequest.sent'));
          onSent?.();
          onClose();
        })
      }
      onDiscard={() => clearDraft(draftName, userName)}
      onClose={onClose}
    />
  );
}
