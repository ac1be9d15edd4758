import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/use-page-title';
import { IncidentList } from '@/features/incidents/incident-list';
import { useCurrentUser } from '../../session';

export function Component() {
  const { t } = useTranslation();
  usePageTitle(t('incidents.title'));
  return <IncidentList user={useCurrentUser()} />;
}
