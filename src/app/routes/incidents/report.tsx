import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/components/use-page-title';
import { ReportIncident } from '@/features/incidents/report-incident';
import { useCurrentUser } from '../../session';

export function Component() {
  const { t } = useTranslation();
  usePageTitle(t('report.title'));
  return <ReportIncident user={useCurrentUser()} />;
}
