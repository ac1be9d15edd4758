import { useLocation, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { OrderDetail } from '@/features/orders/order-detail';
import { useCurrentUser } from '../../session';

export function Component() {
  const { orderId = '' } = useParams();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return (
    <OrderDetail
      key={orderId}
      id={orderId}
      user={useCurrentUser()}
      backTo={from?.startsWith(paths.orders.list) ? from : paths.orders.list}
    />
  );
}
