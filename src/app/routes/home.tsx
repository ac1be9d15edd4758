import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { incidentQueries, orderQueries } from '@/api/service-tickets/queries';
import { ErrorState } from '@/components/error-state';
import { usePageTitle } from '@/components/use-page-title';
import { formatNumber, localeOf } from '@/lib/format';
import { useCurrentUser } from '../session';

function CountCard({
  label,
  query,
}: {
  label: string;
  query: ReturnType<typeof useQuery<number>>;
}) {
  const { i18n } = useTranslation();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h2" component="h2" gutterBottom>
          {label}
        </Typography>
        {query.data !== undefined ? (
          <Typography sx={{ fontSize: '2.5rem', fontWeight: 600 }}>
            {formatNumber(query.data, localeOf(i18n.language))}
          </Typography>
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} compact />
        ) : (
          <Skeleton variant="text" width={80} height={60} />
        )}
      </CardContent>
    </Card>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  usePageTitle(t('home.title'));
  const openIncidents = useQuery(incidentQueries.count({ isClosed: false }));
  const openOrders = useQuery(orderQueries.count({ isClosed: false }));
  return (
    <>
      <Typography variant="h1" gutterBottom>
        {t('home.greeting', { name: user.userName })}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('home.intro', { organization: user.organizationName })}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
          <CountCard label={t('home.openIncidents')} query={openIncidents} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, lg: 4 }}>
          <CountCard label={t('home.openOrders')} query={openOrders} />
        </Grid>
      </Grid>
    </>
  );
}

export const Component = HomePage;
