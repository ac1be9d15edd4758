import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditIcon from '@mui/icons-material/EditOutlined';
import FlagIcon from '@mui/icons-material/FlagOutlined';
import { incidentQueries } from '@/api/service-tickets/queries';
import type { Incident } from '@/api/service-tickets/schemas';
import type { SessionUser } from '@/api/session';
import {
  WAITING_ON_CUSTOMER,
  allowedIncidentTransitions,
  isClosedStatus,
} from '@/api/service-tickets/workflow';
import { DetailList } from '@/components/detail-list';
import { ErrorState } from '@/components/error-state';
import { PageSkeleton } from '@/components/page-skeleton';
import { DateTime } from '@/components/relative-time';
import { Section } from '@/components/section';
import { usePageTitle } from '@/components/use-page-title';
import { AttachmentsPanel } from '@/features/tickets/attachments-panel';
import { CommentForm } from '@/features/tickets/comment-form';
import { ContactCard } from '@/features/tickets/contact-card';
import { priorityLabel } from '@/features/tickets/labels';
import { StatusChip } from '@/features/tickets/status-chip';
import { TicketTimeline } from '@/features/tickets/ticket-timeline';
import { paths } from '@/config/paths';
import { StatusDialog } from './status-dialog';

function IncidentView({
  incident,
  user,
  backTo,
}: {
  incident: Incident;
  user: SessionUser;
  backTo: string;
}) {
  const { t } = useTranslation();
  usePageTitle(`${incident.caseNumber ?? ''} ${incident.subject ?? ''}`.trim());
  const [changingStatus, setChangingStatus] = useState(false);
  const id = incident.id ?? '';
  const allowed = allowedIncidentTransitions(incident.status, user.role);
  const waiting =
    incident.status !== undefined && WAITING_ON_CUSTOMER.incidents.includes(incident.status);
  const closed = isClosedStatus('incidents', incident.status);
  const showRootCause =
    incident.rootCause || incident.rootCauseDescription || incident.statusReason;

  return (
    <Stack spacing={2}>
      <div>
        <Link href={backTo} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <ArrowBackIcon fontSize="small" /> {t('incidents.backToList')}
        </Link>
      </div>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        sx={{ alignItems: { md: 'flex-start' } }}
      >
        <Stack spacing={0.5} sx={{ flexGrow: 1, minWidth: 0 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h1">{incident.caseNumber}</Typography>
            <StatusChip kind="incidents" status={incident.status} />
          </Stack>
          <Typography variant="h2" component="p" sx={{ fontWeight: 400, overflowWrap: 'anywhere' }}>
            {incident.subject}
          </Typography>
        </Stack>
        <Stack direction="row" spacing={1} sx={{ flexShrink: 0 }}>
          {!closed && (
            <Button variant="outlined" startIcon={<EditIcon />} href={paths.incidents.edit(id)}>
              {t('actions.edit')}
            </Button>
          )}
          {allowed.length > 0 && (
            <Button
              variant="contained"
              startIcon={<FlagIcon />}
              onClick={() => setChangingStatus(true)}
            >
              {t('status.change')}
            </Button>
          )}
        </Stack>
      </Stack>

      {waiting && (
        <Alert severity="warning">
          {incident.status === 'Solved'
            ? t('incidents.waitingSolved')
            : t('incidents.waitingAnswer')}
        </Alert>
      )}

      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 8 }}>
          <Stack spacing={2}>
            <Section title={t('incidents.description')}>
              <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {incident.description || t('common.none')}
              </Typography>
            </Section>
            {showRootCause && (
              <Section title={t('incidents.resolution')}>
                <DetailList
                  items={[
                    { label: t('fields.statusReason'), value: incident.statusReason },
                    { label: t('fields.rootCause'), value: incident.rootCause },
                    {
                      label: t('fields.rootCauseDescription'),
                      value: incident.rootCauseDescription,
                    },
                  ]}
                />
              </Section>
            )}
            <Section title={t('timeline.title')}>
              <Stack spacing={2}>
                <CommentForm kind="incidents" id={id} />
                <TicketTimeline kind="incidents" id={id} />
              </Stack>
            </Section>
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <Stack spacing={2}>
            <Section title={t('incidents.details')}>
              <DetailList
                items={[
                  {
                    label: t('fields.status'),
                    value: <StatusChip kind="incidents" status={incident.status} />,
                  },
                  { label: t('fields.priority'), value: priorityLabel(t, incident.priority) },
                  { label: t('fields.productCategoryName'), value: incident.productCategoryName },
                  { label: t('fields.incidentType'), value: incident.incidentType },
                  { label: t('fields.identificationNumber'), value: incident.identificationNumber },
                  { label: t('fields.location'), value: incident.location },
                  { label: t('fields.organizationNumber'), value: incident.organizationNumber },
                ]}
              />
            </Section>
            <Section title={t('incidents.peopleAndDates')}>
              <DetailList
                items={[
                  { label: t('fields.createdBy'), value: incident.createdBy?.userName },
                  { label: t('fields.assignedTo'), value: incident.assignedTo },
                  {
                    label: t('fields.createdDate'),
                    value: <DateTime value={incident.createdDate} />,
                  },
                  {
                    label: t('fields.lastModifiedDate'),
                    value: <DateTime value={incident.lastModifiedDate} />,
                  },
                  {
                    label: t('fields.closedDate'),
                    value: incident.closedDate ? (
                      <DateTime value={incident.closedDate} />
                    ) : undefined,
                  },
                ]}
              />
            </Section>
            <Section title={t('contact.title')}>
              <Stack spacing={2}>
                <ContactCard kind="incidents" id={id} role="contact" contact={incident.contact} />
                <ContactCard
                  kind="incidents"
                  id={id}
                  role="localContact"
                  contact={incident.localContact}
                />
              </Stack>
            </Section>
            <Section title={t('attachments.title')}>
              <AttachmentsPanel kind="incidents" id={id} />
            </Section>
          </Stack>
        </Grid>
      </Grid>
      {changingStatus && (
        <StatusDialog
          incidentId={id}
          current={incident.status}
          allowed={allowed}
          onClose={() => setChangingStatus(false)}
        />
      )}
    </Stack>
  );
}

export function IncidentDetail({
  id,
  user,
  backTo,
}: {
  id: string;
  user: SessionUser;
  backTo: string;
}) {
  const incident = useQuery(incidentQueries.detail(id));
  if (incident.data) {
    return (
      <>
        {incident.isError && (
          <ErrorState compact error={incident.error} onRetry={() => void incident.refetch()} />
        )}
        <IncidentView incident={incident.data} user={user} backTo={backTo} />
      </>
    );
  }
  if (incident.isError)
    return <ErrorState error={incident.error} onRetry={() => void incident.refetch()} />;
  return <PageSkeleton />;
}
