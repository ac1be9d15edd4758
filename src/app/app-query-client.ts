import i18n from 'i18next';
import { describeError } from '@/components/describe-error';
import { notify } from '@/components/notifications';
import { createQueryClient } from './query-client';

/** The portal's query client: a background refresh that fails while data is shown says so. */
export function createAppQueryClient() {
  return createQueryClient((error) => {
    const { title } = describeError(error, i18n.t);
    notify(i18n.t('errors.backgroundRefresh', { reason: title }), 'warning');
  });
}
