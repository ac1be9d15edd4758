import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IncidentSummary } from '@/api/service-tickets/schemas';
import type { SessionUser } from '@/api/session';
import { formatNumber, localeOf } from '@/lib/format';
import { priorityLabel } from '@/features/tickets/labels';
import { sharedColumns, WithSecondLine } from '@/features/tickets/ticket-columns';
import type { Column } from '@/features/tickets/ticket-columns';
import { TicketList } from '@/features/tickets/ticket-list';
import { paths } from '@/config/paths';

export function IncidentList({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const columns = useMemo<Column<IncidentSummary>[]>(() => {
    const shared = sharedColumns('incidents', paths.incidents.detail, t);
    const plain = (
      field: 'productCategoryName' | 'incidentType' | 'location' | 'identificationNumber',
      hideBelow: 'lg' | 'xl',
    ): Column<IncidentSummary> => ({
      id: field,
      hideBelow,
      label: t(`fields.${field}`),
      sortField: field,
      render: (r) => r[field],
      text: (r) => r[field] ?? '',
    });
    return [
      shared.caseNumber,
      {
        id: 'subject',
        label: t('fields.subject'),
        sortField: 'subject',
        render: (r) => (
          <WithSecondLine
            second={[r.productCategoryName, r.incidentType, r.identificationNumber]
              .filter(Boolean)
              .join(' · ')}
          >
            {r.subject}
          </WithSecondLine>
        ),
        text: (r) => r.subject ?? '',
        width: 300,
        minWidth: 260,
      },
      shared.status,
      {
        id: 'priority',
        hideBelow: 'lg',
        label: t('fields.priority'),
        sortField: 'priority',
        render: (r) => priorityLabel(t, r.priority),
        text: (r) => priorityLabel(t, r.priority),
      },
      plain('productCategoryName', 'xl'),
      plain('incidentType', 'xl'),
      plain('location', 'xl'),
      plain('identificationNumber', 'xl'),
      shared.lastActivity,
      // From 1200 px the created date (the default order) shows; the location (most subjects
      // start with it) from 1536 px, where the subject keeps its width beside it.
      { ...shared.createdDate, hideBelow: 'lg' },
    ];
  }, [t]);

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
      cardDetails={(r) => [
        // The priority the list may be sorted by shows on a phone's cards too.
        r.priority && priorityLabel(t, r.priority),
        r.productCategoryName,
        r.incidentType,
        r.location,
        r.identificationNumber,
      ]}
    />
  );
}
