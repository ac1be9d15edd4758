import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { IncidentSummary } from '@/api/service-tickets/schemas';
import type { SessionUser } from '@/api/session';
import { DateTime } from '@/components/relative-time';
import { formatDateTime, formatNumber, localeOf } from '@/lib/format';
import { activitySummary, priorityLabel, statusLabel } from '@/features/tickets/labels';
import { LastActivity } from '@/features/tickets/last-activity';
import { StatusChip } from '@/features/tickets/status-chip';
import { TicketLink, TicketList } from '@/features/tickets/ticket-list';
import type { Column } from '@/features/tickets/ticket-list';
import { paths } from '@/config/paths';

export function IncidentList({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const columns = useMemo<Column<IncidentSummary>[]>(
    () => [
      {
        id: 'caseNumber',
        label: t('fields.caseNumber'),
        sortField: 'caseNumber',
        render: (r) =>
          r.id ? (
            <TicketLink to={paths.incidents.detail(r.id)}>{r.caseNumber}</TicketLink>
          ) : (
            r.caseNumber
          ),
        text: (r) => r.caseNumber ?? '',
      },
      {
        id: 'subject',
        label: t('fields.subject'),
        sortField: 'subject',
        render: (r) => (
          <>
            {r.subject}
            <Typography
              component="span"
              variant="body2"
              color="text.secondary"
              sx={{ display: 'block' }}
            >
              {[r.productCategoryName, r.incidentType, r.identificationNumber]
                .filter(Boolean)
                .join(' · ')}
            </Typography>
          </>
        ),
        text: (r) => r.subject ?? '',
        width: 300,
      },
      {
        id: 'status',
        label: t('fields.status'),
        sortField: 'status',
        render: (r) => <StatusChip kind="incidents" status={r.status} />,
        text: (r) => statusLabel(t, r.status),
      },
      {
        id: 'priority',
        hideBelow: 'lg',
        label: t('fields.priority'),
        sortField: 'priority',
        render: (r) => priorityLabel(t, r.priority),
        text: (r) => priorityLabel(t, r.priority),
      },
      {
        id: 'productCategoryName',
        hideBelow: 'xl',
        label: t('fields.productCategoryName'),
        sortField: 'productCategoryName',
        render: (r) => r.productCategoryName,
        text: (r) => r.productCategoryName ?? '',
      },
      {
        id: 'incidentType',
        hideBelow: 'xl',
        label: t('fields.incidentType'),
        sortField: 'incidentType',
        render: (r) => r.incidentType,
        text: (r) => r.incidentType ?? '',
      },
      {
        id: 'location',
        hideBelow: 'lg',
        label: t('fields.location'),
        sortField: 'location',
        render: (r) => r.location,
        text: (r) => r.location ?? '',
      },
      {
        id: 'identificationNumber',
        hideBelow: 'xl',
        label: t('fields.identificationNumber'),
        sortField: 'identificationNumber',
        render: (r) => r.identificationNumber,
        text: (r) => r.identificationNumber ?? '',
      },
      {
        id: 'lastActivity',
        label: t('fields.lastActivity'),
        sortField: 'lastActivity',
        render: (r) => <LastActivity activity={r.lastActivity} />,
        text: (r) =>
          r.lastActivity
            ? `${r.lastActivity.user?.userName ?? ''}: ${activitySummary(t, r.lastActivity)} (${formatDateTime(r.lastActivity.date, locale) ?? ''})`
            : '',
      },
      {
        id: 'createdDate',
        label: t('fields.createdDate'),
        sortField: 'createdDate',
        render: (r) => <DateTime value={r.createdDate} />,
        text: (r) => formatDateTime(r.createdDate, locale) ?? '',
      },
    ],
    [t, locale],
  );

  return (
    <TicketList
      kind="incidents"
      user={user}
      title={t('incidents.title')}
      columns={columns}
      detailPath={paths.incidents.detail}
      newAction={{ to: paths.incidents.new, label: t('incidents.report') }}
      texts={{
        empty: t('incidents.empty'),
        emptyFiltered: t('incidents.emptyFiltered'),
        count: (n) => t('incidents.count', { count: n, formatted: formatNumber(n, locale) }),
        exportName: t('incidents.exportName'),
      }}
      renderCard={(r) => (
        <Stack spacing={0.5}>
          <Stack
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', justifyContent: 'space-between' }}
          >
            {r.id ? (
              <TicketLink to={paths.incidents.detail(r.id)}>{r.caseNumber}</TicketLink>
            ) : (
              r.caseNumber
            )}
            <StatusChip kind="incidents" status={r.status} />
          </Stack>
          <Typography>{r.subject}</Typography>
          <Typography variant="body2" color="text.secondary">
            {[r.productCategoryName, r.incidentType, r.location, r.identificationNumber]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
          <LastActivity activity={r.lastActivity} />
        </Stack>
      )}
    />
  );
}
