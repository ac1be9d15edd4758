import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/use-page-title';
import { CaseList } from '@/features/cases/case-list';
import { useCurrentUser } from '../../session';

export function Component() {
  const { t } = useTranslation();
  usePageTitle(t('cases.title'));
  return <CaseList user={useCurrentUser()} />;
}
