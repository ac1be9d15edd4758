import { useFocusFallback } from '@/components/dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import EditIcon from '@mui/icons-material/EditOutlined';
import FlagIcon from '@mui/icons-material/FlagOutlined';
import type { Incident } from '@/api/service-tickets/schemas';
import type { SessionUser } from '@/api/session';
import {
  WAITING_ON_CUSTOMER,
  allowedIncidentTransitions,
  isClosedStatus,
} from '@/api/service-tickets/workflow';
import { paths } from '@/config/paths';
import { DetailList } from '@/components/detail-list';
import { DateTime } from '@/components/relative-time';
import { Section } from '@/components/section';
import { priorityLabel } from '@/features/tickets/labels';
import { StatusChip } from '@/features/tickets/status-chip';
import { TicketDetailLayout, TicketForDetail } from '@/features/tickets/ticket-detail-layout';
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
  // The status dialog, open with this choice preselected.
  const [changingStatus, setChangingStatus] = useState<string | null>(null);
  const id = incident.id ?? '';
  const allowed = allowedIncidentTransitions(incident.status, user.role);
  const statusDialogClosed = useFocusFallback(`${incident.status ?? ''}|${allowed.join()}`);
  const waiting =
    incident.status !== undefined && WAITING_ON_CUSTOMER.incidents.includes(incident.status);
  const closed = isClosedStatus('incidents', incident.status);
  const showResolution =
    incident.rootCause || incident.rootCauseDescription || incident.statusReason;
  // Reopened since it was solved: what is shown is the resolution it had, not one it has.
  const resolved = ['Solved', 'Customer Accepted', 'Closed'].includes(incident.status ?? '');

  return (
    <>
      <TicketDetailLayout
        kind="incidents"
        id={id}
        userName={user.userName}
        caseNumber={incident.caseNumber}
        subject={incident.subject}
        status={incident.status}
        description={incident.description}
        contact={incident.contact}
        localContact={incident.localContact}
        back={{ to: backTo, label: t('incidents.backToList') }}
        readOnly={closed}
        actions={
          <>
            {!closed && (
              <Button variant="outlined" startIcon={<EditIcon />} href={paths.incidents.edit(id)}>
                {t('actions.edit')}
              </Button>
            )}
            {allowed.length > 0 && (
              <Button
                variant="contained"
                startIcon={<FlagIcon />}
                onClick={() => setChangingStatus('')}
              >
                {/* A company user's only change of a new incident is cancelling it: said so. */}
                {allowed.length === 1 && allowed[0] === 'Cancelled'
                  ? t('status.changeOnlyCancel')
                  : t('status.change')}
              </Button>
            )}
          </>
        }
        banner={
          waiting &&
          (user.role === 'customer' ? (
            // A standing note of the page, not an event: no alert role (read out on every visit).
            <Alert
              severity="warning"
              role="note"
              action={
                <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
                  {incident.status === 'Solved' && allowed.includes('Customer Accepted') && (
                    <Button
                      color="inherit"
                      variant="outlined"
                      onClick={() => setChangingStatus('Customer Accepted')}
                    >
                      {t('incidents.accept')}
                    </Button>
                  )}
                  {allowed.includes('In Progress') && (
                    <Button
                      color="inherit"
                      variant="outlined"
                      onClick={() => setChangingStatus('In Progress')}
                    >
                      {incident.status === 'Solved'
                        ? t('incidents.reopen')
                        : t('incidents.answered')}
                    </Button>
                  )}
                </Stack>
              }
            >
              {incident.status === 'Solved'
                ? t('incidents.waitingSolved')
                : t('incidents.waitingAnswer')}
            </Alert>
          ) : (
            // Support staff wait on the customer too, but the customer's buttons are not theirs:
            // they change the status with "Change status" like any other time.
            <Alert severity="info" role="note">
              {incident.status === 'Solved'
                ? t('incidents.supportWaitingSolved')
                : t('incidents.supportWaitingAnswer')}
            </Alert>
          ))
        }
        main={
          showResolution && (
            <Section
              title={resolved ? t('incidents.resolution') : t('incidents.earlierResolution')}
            >
              {!resolved && (
                <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
                  {t('incidents.earlierResolutionNote')}
                </Typography>
              )}
              <DetailList
                items={[
                  { label: t('fields.statusReason'), value: incident.statusReason },
                  { label: t('fields.rootCause'), value: incident.rootCause },
                  { label: t('fields.rootCauseDescription'), value: incident.rootCauseDescription },
                ]}
              />
            </Section>
          )
        }
        side={
          <>
            <Section title={t('detail.details')}>
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
            <Section title={t('detail.peopleAndDates')}>
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
          </>
        }
      />
      {changingStatus !== null && (
        <StatusDialog
          incidentId={id}
          current={incident.status}
          allowed={allowed}
          initial={changingStatus}
          onClose={() => {
            setChangingStatus(null);
            statusDialogClosed();
          }}
        />
      )}
    </>
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
  return (
    <TicketForDetail kind="incidents" id={id}>
      {(incident) => <IncidentView incident={incident} user={user} backTo={backTo} />}
    </TicketForDetail>
  );
}
