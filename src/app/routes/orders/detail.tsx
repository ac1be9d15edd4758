import { useLocation, useParams } from 'react-router';
import { OrderDetail } from '@/features/orders/order-detail';
import { listViewToReturnTo } from '@/features/tickets/list-memory';
import { useCurrentUser } from '../../session';

export function Component() {
  const { orderId = '' } = useParams();
  const location = useLocation();
  const user = useCurrentUser();
  const from = (location.state as { from?: unknown } | null)?.from;
  return (
    <OrderDetail
      key={orderId}
      id={orderId}
      user={user}
      backTo={listViewToReturnTo('orders', user.userName, from)}
    />
  );
}
