import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/use-page-title';
import { PlaceOrder } from '@/features/orders/place-order';
import { useCurrentUser } from '../../session';

export function Component() {
  const { t } = useTranslation();
  usePageTitle(t('orders.place'));
  return <PlaceOrder user={useCurrentUser()} />;
}
