import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/use-page-title';
import { OpenCase } from '@/features/cases/open-case';
import { useCurrentUser } from '../../session';

export function Component() {
  const { t } = useTranslation();
  usePageTitle(t('openCase.title'));
  return <OpenCase user={useCurrentUser()} />;
}
