import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import EditIcon from '@mui/icons-material/EditOutlined';
import CancelIcon from '@mui/icons-material/CancelOutlined';
import type { Order } from '@/api/service-tickets/schemas';
import type { SessionUser } from '@/api/session';
import { WAITING_ON_CUSTOMER, isClosedStatus } from '@/api/service-tickets/workflow';
import { paths } from '@/config/paths';
import { DetailList } from '@/components/detail-list';
import { DateTime } from '@/components/relative-time';
import { Section } from '@/components/section';
import { formatDateTime, formatNumber, localeOf } from '@/lib/format';
import { priorityLabel } from '@/features/tickets/labels';
import { StatusChip } from '@/features/tickets/status-chip';
import { TicketDetailLayout, TicketForDetail } from '@/features/tickets/ticket-detail-layout';
import { CancelRequestDialog } from './cancel-request-dialog';
import { reasonLabel } from './labels';
import { useCancelRequest } from './use-cancel-request';

function OrderView({ order, user, backTo }: { order: Order; user: SessionUser; backTo: string }) {
  const { t, i18n } = useTranslation();
  const id = order.id ?? '';
  const a = order.installationAddress;
  const waiting = order.status !== undefined && WAITING_ON_CUSTOMER.orders.includes(order.status);
  const closed = isClosedStatus('orders', order.status);
  const hasAddress = !!(a?.street || a?.city || a?.zipCode || a?.addressId);
  const [askingToCancel, setAskingToCancel] = useState(false);
  // A request already sent is not offered again: it is said instead.
  const cancelRequest = useCancelRequest(id, order.activities, user.role === 'customer' && !closed);
  const requestedAt = formatDateTime(cancelRequest?.comment.createdDate, localeOf(i18n.language));
  // The button that opened the dialog is gone once the request is sent: the keyboard is given to
  // the note that replaces it (after the dialog has closed and handed focus back).
  const note = useRef<HTMLDivElement>(null);
  const focusNote = useRef(false);
  useEffect(() => {
    if (focusNote.current && !askingToCancel && cancelRequest) {
      focusNote.current = false;
      note.current?.focus();
    }
  }, [askingToCancel, cancelRequest]);
  return (
    <>
      <TicketDetailLayout
        kind="orders"
        id={id}
        userName={user.userName}
        caseNumber={order.caseNumber}
        subject={order.subject}
        status={order.status}
        description={order.description}
        contact={order.contact}
        localContact={order.localContact}
        back={{ to: backTo, label: t('orders.backToList') }}
        readOnly={closed}
        actions={
          !closed && (
            <>
              {/* Only support can cancel an order: the customer asks them to [ST-19]. */}
              {user.role === 'customer' && !cancelRequest && (
                <Button
                  variant="outlined"
                  startIcon={<CancelIcon />}
                  onClick={() => setAskingToCancel(true)}
                >
                  {t('orders.cancelRequest.open')}
                </Button>
              )}
              <Button variant="outlined" startIcon={<EditIcon />} href={paths.orders.edit(id)}>
                {t('actions.edit')}
              </Button>
            </>
          )
        }
        banner={
          (waiting || cancelRequest) && (
            <>
              {waiting &&
                (user.role === 'customer' ? (
                  <Alert severity="warning" role="note">
                    {t('orders.waiting')}
                  </Alert>
                ) : (
                  <Alert severity="info" role="note">
                    {t('orders.supportWaiting')}
                  </Alert>
                ))}
              {cancelRequest && (
                <Alert severity="info" role="note" ref={note} tabIndex={-1}>
                  {cancelRequestText(t, cancelRequest.by, user.userName, requestedAt)}
                </Alert>
              )}
            </>
          )
        }
        side={
          <>
            <Section title={t('orders.orderDetails')}>
              <DetailList
                items={[
                  {
                    label: t('fields.status'),
                    value: <StatusChip kind="orders" status={order.status} />,
                  },
                  { label: t('fields.reason'), value: reasonLabel(t, order.reason) },
                  { label: t('fields.type'), value: reasonLabel(t, order.type) },
                  { label: t('fields.productCategoryName'), value: order.productCategoryName },
                  { label: t('fields.product'), value: order.productName || order.product },
                  { label: t('fields.productId'), value: order.productId },
                  {
                    label: t('fields.quantity'),
                    value:
                      order.quantity === null
                        ? t('common.unknown')
                        : formatNumber(order.quantity, localeOf(i18n.language)),
                  },
                  { label: t('fields.priority'), value: priorityLabel(t, order.priority) },
                  { label: t('fields.location'), value: order.location },
                  { label: t('fields.orderReference'), value: order.orderReference },
                  { label: t('fields.customerReference'), value: order.customerReference },
                  {
                    label: t('fields.internalSubSystemReference'),
                    value: order.internalSubSystemReference,
                  },
                  { label: t('fields.originDetail'), value: order.originDetail },
                  { label: t('fields.organizationNumber'), value: order.organizationNumber },
                ]}
              />
            </Section>
            <Section title={t('fields.installationAddress')}>
              {hasAddress ? (
                <>
                  <Box component="address" sx={{ fontStyle: 'normal', mb: 1 }}>
                    {a.street && <div>{a.street}</div>}
                    {a.floor && <div>{t('address.floorValue', { floor: a.floor })}</div>}
                    {(a.zipCode || a.city) && (
                      <div>{[a.zipCode, a.city].filter(Boolean).join(' ')}</div>
                    )}
                  </Box>
                  <DetailList items={[{ label: t('address.addressId'), value: a.addressId }]} />
                </>
              ) : (
                t('common.none')
              )}
            </Section>
            <Section title={t('detail.peopleAndDates')}>
              <DetailList
                items={[
                  { label: t('fields.createdBy'), value: order.createdBy?.userName },
                  { label: t('fields.owner'), value: order.owner },
                  { label: t('fields.createdDate'), value: <DateTime value={order.createdDate} /> },
                  {
                    label: t('fields.lastModifiedDate'),
                    value: <DateTime value={order.lastModifiedDate} />,
                  },
                  {
                    label: t('fields.closedDate'),
                    value: order.closedDate ? <DateTime value={order.closedDate} /> : undefined,
                  },
                ]}
              />
            </Section>
          </>
        }
      />
      {askingToCancel && (
        <CancelRequestDialog
          orderId={id}
          onSent={() => {
            focusNote.current = true;
          }}
          onClose={() => setAskingToCancel(false)}
        />
      )}
    </>
  );
}

/** "You asked …", "Ola Nordmann asked …", or who asked unknown; with the time when known. */
function cancelRequestText(
  t: TFunction,
  by: string | undefined,
  userName: string,
  when: string | undefined,
): string {
  if (by === undefined) {
    return when
      ? t('orders.cancelRequest.pendingUnknown', { when })
      : t('orders.cancelRequest.pendingUnknownUndated');
  }
  if (by.toLowerCase() === userName.toLowerCase()) {
    return when
      ? t('orders.cancelRequest.pending', { when })
      : t('orders.cancelRequest.pendingUndated');
  }
  return when
    ? t('orders.cancelRequest.pendingBy', { name: by, when })
    : t('orders.cancelRequest.pendingByUndated', { name: by });
}

export function OrderDetail({
  id,
  user,
  backTo,
}: {
  id: string;
  user: SessionUser;
  backTo: string;
}) {
  return (
    <TicketForDetail kind="orders" id={id}>
      {(order) => <OrderView order={order} user={user} backTo={backTo} />}
    </TicketForDetail>
  );
}
