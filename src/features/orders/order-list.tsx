import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '@/api/service-tickets/schemas';
import type { SessionUser } from '@/api/session';
import { paths } from '@/config/paths';
import { formatNumber, localeOf } from '@/lib/format';
import { sharedColumns, WithSecondLine } from '@/features/tickets/ticket-columns';
import type { Column } from '@/features/tickets/ticket-columns';
import { TicketList } from '@/features/tickets/ticket-list';
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
    const shared = sharedColumns('orders', paths.orders.detail, t);
    return [
      shared.caseNumber,
      {
        id: 'subject',
        label: t('fields.subject'),
        sortField: 'subject',
        render: (r) => r.subject,
        text: (r) => r.subject ?? '',
        width: 260,
        minWidth: 220,
      },
      shared.status,
      {
        id: 'reason',
        hideBelow: 'xl',
        label: t('orders.reasonAndType'),
        render: reasonAndType,
        text: reasonAndType,
      },
      {
        id: 'product',
        hideBelow: 'lg',
        label: t('fields.product'),
        // Not sortable: the API sorts on the category, not the product name shown first.
        render: (r) => (
          <WithSecondLine second={r.productCategoryName}>
            {r.productName || r.product}
          </WithSecondLine>
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
        hideBelow: 'xl',
        label: t('fields.installationAddress'),
        // Not sortable: the API sorts on the location, not the street shown.
        render: (r) => formatAddress(r.installationAddress) || r.location,
        text: (r) => formatAddress(r.installationAddress) || (r.location ?? ''),
        width: 200,
      },
      {
        id: 'references',
        hideBelow: 'xl',
        label: t('orders.references'),
        render: (r) => (
          <WithSecondLine second={r.customerReference}>{r.orderReference}</WithSecondLine>
        ),
        text: (r) => [r.orderReference, r.customerReference].filter(Boolean).join(' / '),
      },
      shared.lastActivity,
      shared.createdDate,
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
      cardDetails={(r) => [
        r.reason ? reasonLabel(t, r.reason) : undefined,
        r.productName || r.product,
        formatAddress(r.installationAddress),
      ]}
    />
  );
}
