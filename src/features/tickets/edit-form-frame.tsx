import type { ReactNode, SyntheticEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DraftNotice } from '@/components/draft-notice';
import { ticketQueries } from '@/api/service-tickets/queries';
import type { TicketKind } from '@/api/service-tickets/schemas';
import type { DetailOf } from '@/api/service-tickets/tickets';
import { isClosedStatus } from '@/api/service-tickets/workflow';
import { errorSentence } from '@/components/describe-error';
import { PageError } from '@/components/page-error';
import { PageSkeleton } from '@/components/page-skeleton';
import { Section } from '@/components/section';
import { usePageTitle } from '@/components/use-page-title';
import { ClosedNotice } from './closed-notice';
import type { useEditFlow } from './edit-flow';
import { UnsavedChangesGuard } from './unsaved-changes';
import { keepFieldFocus } from '@/components/keep-focus';

/**
 * The page around an edit form, the same for incidents and orders: the unsaved-changes guard, the
 * restored-draft notice, the fields, the server's refusal, and Save / Cancel.
 */
export function EditFormFrame(props: {
  title: string;
  sectionTitle: string;
  flow: ReturnType<typeof useEditFlow>;
  dirty: boolean;
  draft: { restored: boolean; discard: () => void };
  onSubmit: (event: SyntheticEvent) => void;
  children: ReactNode;
}) {
  const { title, sectionTitle, flow, dirty, draft, onSubmit, children } = props;
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Stack component="form" spacing={2} noValidate onSubmit={onSubmit} aria-labelledby="edit-title">
      <UnsavedChangesGuard dirty={dirty && !flow.saved} />
      {draft.restored && (
        <DraftNotice
          message={t('edit.draftRestored')}
          discardLabel={t('edit.discardDraft')}
          onDiscard={draft.discard}
        />
      )}
      <Typography variant="h1" id="edit-title">
        {title}
      </Typography>
      <Section title={sectionTitle}>{children}</Section>
      {flow.update.isError && (
        <Alert severity="error" role="alert">
          {errorSentence(flow.update.error, t)}
        </Alert>
      )}
      <Stack direction="row" spacing={1}>
        <Button
          type="submit"
          variant="contained"
          loading={flow.update.isPending}
          disabled={!dirty}
          onMouseDown={keepFieldFocus}
        >
          {t('actions.save')}
        </Button>
        <Button href={flow.detail}>{t('actions.cancel')}</Button>
      </Stack>
    </Stack>
  );
}

/**
 * Loads a ticket for its edit form, the same for incidents and orders: a closed ticket cannot be
 * edited (it says so); a failure offers a retry. The form itself starts from the loaded ticket.
 */
export function TicketForEdit<K extends TicketKind>({
  kind,
  id,
  children: form,
}: {
  kind: K;
  id: string;
  children: (ticket: DetailOf<K>) => ReactNode;
}) {
  const ticket = useQuery(ticketQueries(kind).detail(id));
  if (ticket.data) {
    if (isClosedStatus(kind, ticket.data.status)) return <ClosedNotice kind={kind} id={id} />;
    return form(ticket.data);
  }
  if (ticket.isError)
    return <PageError error={ticket.error} onRetry={() => void ticket.refetch()} />;
  return <PageSkeleton />;
}
