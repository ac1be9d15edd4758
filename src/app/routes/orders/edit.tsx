import { useParams } from 'react-router';
import { EditOrder } from '@/features/orders/edit-order';

import { useCurrentUser } from '../../session';

export function Component() {
  const { orderId = '' } = useParams();
  return <EditOrder key={orderId} id={orderId} userName={useCurrentUser().userName} />;
}
