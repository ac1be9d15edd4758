import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TicketKind } from '@/api/service-tickets/schemas';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/components/use-page-title';

/** A closed ticket is not edited: say so, with the way back. */
export function ClosedNotice({ kind, id }: { kind: TicketKind; id: string }) {
  const { t } = useTranslation();
  usePageTitle(t('edit.closedTitle'));
  const detail = kind === 'incidents' ? paths.incidents.detail(id) : paths.orders.detail(id);
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <Typography variant="h1">{t('edit.closedTitle')}</Typography>
      <Typography>{t('detail.closedReadOnly')}</Typography>
      <div>
        <Button href={detail} variant="contained">
          {t('edit.back')}
        </Button>
      </div>
    </Stack>
  );
}
