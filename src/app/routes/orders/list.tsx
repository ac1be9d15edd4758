import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/use-page-title';
import { OrderList } from '@/features/orders/order-list';
import { useCurrentUser } from '../../session';

export function Component() {
  const { t } = useTranslation();
  usePageTitle(t('orders.title'));
  return <OrderList user={useCurrentUser()} />;
}
