import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { ticketQueries } from '@/api/service-tickets/queries';
import type { Contact, TicketKind } from '@/api/service-tickets/schemas';
import type { DetailOf } from '@/api/service-tickets/tickets';
import { ErrorState } from '@/components/error-state';
import { PageError } from '@/components/page-error';
import { PageSkeleton } from '@/components/page-skeleton';
import { Section } from '@/components/section';
import { usePageTitle } from '@/components/use-page-title';
import { AttachmentsPanel } from './attachments-panel';
import { CommentForm } from './comment-form';
import { ContactCard } from './contact-card';
import { StatusChip } from './status-chip';
import { useRememberLeftTicket } from './list-memory';
import { TicketTimeline } from './ticket-timeline';

/**
 * The page of one ticket, whichever the kind: its header, then what the kind shows, then the
 * shared machinery — timeline with comments, contacts, attachments.
 */
export function TicketDetailLayout({
  kind,
  id,
  userName,
  caseNumber,
  subject,
  status,
  description,
  contact,
  localContact,
  back,
  actions,
  banner,
  main,
  side,
  readOnly = false,
}: {
  kind: TicketKind;
  id: string;
  /** The signed-in user (whose comment draft this is). */
  userName: string;
  caseNumber: string | undefined;
  subject: string | undefined;
  status: string | undefined;
  description: string | undefined;
  contact: Contact | undefined;
  localContact: Contact | undefined;
  back: { to: string; label: string };
  actions?: ReactNode;
  banner?: ReactNode;
  main?: ReactNode;
  side: ReactNode;
  /** A closed ticket: shown, not changed. */
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  usePageTitle(`${caseNumber ?? ''} ${subject ?? ''}`.trim());
  useRememberLeftTicket(kind, id);
  return (
    <Stack spacing={2}>
      <div>
        <Link href={back.to} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <ArrowBackIcon fontSize="small" /> {back.label}
        </Link>
      </div>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ alignItems: { md: 'flex-start' } }}
      >
        <Stack spacing={0.5} sx={{ flexGrow: 1, minWidth: 0 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h1">{caseNumber}</Typography>
            <StatusChip kind={kind} status={status} />
          </Stack>
          <Typography variant="h2" component="p" sx={{ fontWeight: 400, overflowWrap: 'anywhere' }}>
            {subject}
          </Typography>
        </Stack>
        {actions && (
          <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
            {actions}
          </Stack>
        )}
      </Stack>
      {banner}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Stack spacing={2}>
            <Section title={t('detail.description')}>
              <Typography dir="auto" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {description || t('common.none')}
              </Typography>
            </Section>
            {main}
            <Section title={t('timeline.title')}>
              <Stack spacing={2}>
                {readOnly ? (
                  <Alert severity="info">{t('detail.closedReadOnly')}</Alert>
                ) : (
                  <CommentForm kind={kind} id={id} userName={userName} />
                )}
                <TicketTimeline kind={kind} id={id} />
              </Stack>
            </Section>
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Stack spacing={2}>
            {side}
            <Section title={t('contact.title')}>
              <Stack spacing={2}>
                <ContactCard
                  kind={kind}
                  id={id}
                  role="contact"
                  contact={contact}
                  editable={!readOnly}
                />
                <ContactCard
                  kind={kind}
                  id={id}
                  role="localContact"
                  contact={localContact}
                  editable={!readOnly}
                />
              </Stack>
            </Section>
            <Section title={t('attachments.title')}>
              <AttachmentsPanel kind={kind} id={id} readOnly={readOnly} />
            </Section>
          </Stack>
        </Grid>
      </Grid>
    </Stack>
  );
}

/**
 * Loads a ticket for its page, the same for incidents and orders: a skeleton until it is there, a
 * failure with a retry; once shown, a failed refresh keeps it on screen and says so above it.
 */
export function TicketForDetail<K extends TicketKind>({
  kind,
  id,
  children: view,
}: {
  kind: K;
  id: string;
  children: (ticket: DetailOf<K>) => ReactNode;
}) {
  const ticket = useQuery(ticketQueries(kind).detail(id));
  const retry = () => void ticket.refetch();
  if (ticket.data) {
    return (
      <>
        {ticket.isError && <ErrorState compact error={ticket.error} onRetry={retry} />}
        {view(ticket.data)}
      </>
    );
  }
  if (ticket.isError) return <PageError error={ticket.error} onRetry={retry} />;
  return <PageSkeleton />;
}
