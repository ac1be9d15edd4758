import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ticketQueries } from '@/api/service-tickets/queries';
import type { TicketKind } from '@/api/service-tickets/schemas';
import { paths } from '@/config/paths';
import { SentenceWithValue } from '@/components/sentence-with-value';
import { usePageTitle } from '@/components/use-page-title';
import { listViewToReturnTo } from './list-memory';

/**
 * An incident or order address with an id the API does not know (or does not show this user).
 * An order's id under the incidents (or the other way round) leads to the order.
 */
export function TicketNotFound({
  kind,
  id,
  userName,
}: {
  kind: TicketKind;
  id: string;
  userName: string;
}) {
  const { t } = useTranslation();
  const incident = kind === 'incidents';
  const title = incident ? t('notFound.incidentTitle') : t('notFound.orderTitle');
  usePageTitle(title);
  const other = incident ? 'orders' : 'incidents';
  const elsewhere = useQuery({ ...ticketQueries(other).detail(id), retry: false }).data;
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <Typography variant="h1">{title}</Typography>
      <Typography sx={{ overflowWrap: 'anywhere' }}>
        <SentenceWithValue
          sentence={(v) =>
            incident ? t('notFound.incidentBody', { id: v }) : t('notFound.orderBody', { id: v })
          }
          value={id}
        />
      </Typography>
      {elsewhere && (
        <Alert
          severity="info"
          action={
            <Button
              color="inherit"
              href={incident ? paths.orders.detail(id) : paths.incidents.detail(id)}
            >
              {incident ? t('notFound.openOrder') : t('notFound.openIncident')}
            </Button>
          }
        >
          {t(incident ? 'notFound.isOrder' : 'notFound.isIncident', {
            caseNumber: elsewhere.caseNumber || id,
          })}
        </Alert>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Button href={listViewToReturnTo(kind, userName)} variant="contained">
          {incident ? t('notFound.toIncidents') : t('notFound.toOrders')}
        </Button>
        <Button href={paths.home} variant="outlined">
          {t('notFound.home')}
        </Button>
      </Stack>
    </Stack>
  );
}
