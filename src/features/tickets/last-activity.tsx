import { useTranslation } from 'react-i18next';
import Typography from '@mui/material/Typography';
import type { Activity } from '@/api/service-tickets/schemas';
import { RelativeTime } from '@/components/relative-time';
import { activitySummary } from './labels';

/** Who did what, and when: "Per Haugen · commented · 3 days ago". */
export function LastActivity({ activity }: { activity: Activity | undefined }) {
  const { t } = useTranslation();
  if (!activity) return <span>{t('common.none')}</span>;
  return (
    <Typography component="span" variant="body2" sx={{ display: 'block', minWidth: 160 }}>
      <strong>{activity.user?.userName ?? t('common.unknownUser')}</strong> ·{' '}
      {activitySummary(t, activity)}
      <Typography component="span" variant="body2" color="textSecondary" sx={{ display: 'block' }}>
        <RelativeTime value={activity.date} />
      </Typography>
    </Typography>
  );
}
