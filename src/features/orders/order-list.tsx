import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { OrderSummary } from '@/api/service-tickets/schemas';
import type { SessionUser } from '@/api/session';
import { paths } from '@/config/paths';
import { DateTime } from '@/components/relative-time';
import { formatDateTime, formatNumber, localeOf } from '@/lib/format';
import { activitySummary, statusLabel } from '@/features/tickets/labels';
import { LastActivity } from '@/features/tickets/last-activity';
import { StatusChip } from '@/features/tickets/status-chip';
import { TicketLink, TicketList } from '@/features/tickets/ticket-list';
import type { Column } from '@/features/tickets/ticket-list';
import { formatAddress } from './address';
import { reasonLabel } from './labels';

export function OrderList({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const columns = useMemo<Column<OrderSummary>[]>(() => {
    const reasonAndType = (r: OrderSummary) =>
      [reasonLabel(t, r.reason), r.type && r.type !== r.reason ? reasonLabel(t, r.type) : undefined]
        .filter(Boolean)
        .join(' / ');
    const quantity = (r: OrderSummary) =>
      r.quantity === null ? t('common.unknown') : formatNumber(r.quantity, locale);
    return [
      {
        id: 'caseNumber',
        label: t('fields.caseNumber'),
        sortField: 'caseNumber',
        render: (r) =>
          r.id ? (
            <TicketLink to={paths.orders.detail(r.id)}>{r.caseNumber}</TicketLink>
          ) : (
            r.caseNumber
          ),
        text: (r) => r.caseNumber ?? '',
      },
      {
        id: 'subject',
        label: t('fields.subject'),
        sortField: 'subject',
        render: (r) => r.subject,
        text: (r) => r.subject ?? '',
        width: 260,
      },
      {
        id: 'status',
        label: t('fields.status'),
        sortField: 'status',
        render: (r) => <StatusChip kind="orders" status={r.status} />,
        text: (r) => statusLabel(t, r.status),
      },
      {
        id: 'reason',
        hideBelow: 'lg',
        label: t('orders.reasonAndType'),
        render: reasonAndType,
        text: reasonAndType,
      },
      {
        id: 'product',
        hideBelow: 'lg',
        label: t('fields.product'),
        sortField: 'productCategoryName',
        render: (r) => (
          <>
            {r.productName || r.product}
            <Typography
              component="span"
              variant="body2"
              color="text.secondary"
              sx={{ display: 'block' }}
            >
              {r.productCategoryName}
            </Typography>
          </>
        ),
        text: (r) =>
          [r.productName || r.product, r.productCategoryName].filter(Boolean).join(' – '),
      },
      {
        id: 'quantity',
        hideBelow: 'xl',
        label: t('fields.quantity'),
        render: quantity,
        text: quantity,
      },
      {
        id: 'installationAddress',
        hideBelow: 'lg',
        label: t('fields.installationAddress'),
        sortField: 'location',
        render: (r) => formatAddress(r.installationAddress) || r.location,
        text: (r) => formatAddress(r.installationAddress) || (r.location ?? ''),
        width: 200,
      },
      {
        id: 'references',
        hideBelow: 'xl',
        label: t('orders.references'),
        render: (r) => (
          <>
            {r.orderReference}
            <Typography
              component="span"
              variant="body2"
              color="text.secondary"
              sx={{ display: 'block' }}
            >
              {r.customerReference}
            </Typography>
          </>
        ),
        text: (r) => [r.orderReference, r.customerReference].filter(Boolean).join(' / '),
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
    ];
  }, [t, locale]);
  return (
    <TicketList
      kind="orders"
      user={user}
      title={t('orders.title')}
      columns={columns}
      detailPath={paths.orders.detail}
      newAction={{ to: paths.orders.new, label: t('orders.place') }}
      texts={{
        empty: t('orders.empty'),
        emptyFiltered: t('orders.emptyFiltered'),
        count: (n) => t('orders.count', { count: n, formatted: formatNumber(n, locale) }),
        exportName: t('orders.exportName'),
      }}
      renderCard={(r) => (
        <Stack spacing={0.5}>
          <Stack
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', justifyContent: 'space-between' }}
          >
            {r.id ? (
              <TicketLink to={paths.orders.detail(r.id)}>{r.caseNumber}</TicketLink>
            ) : (
              r.caseNumber
            )}
            <StatusChip kind="orders" status={r.status} />
          </Stack>
          <Typography>{r.subject}</Typography>
          <Typography variant="body2" color="text.secondary">
            {[
              r.reason ? reasonLabel(t, r.reason) : undefined,
              r.productName || r.product,
              formatAddress(r.installationAddress),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography>
          <LastActivity activity={r.lastActivity} />
        </Stack>
      )}
    />
  );
}
