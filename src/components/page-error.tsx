import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorState } from './error-state';
import { usePageTitle } from './use-page-title';

/** A page whose data could not be loaded: still a page, with a heading, the reason and a retry. */
export function PageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('errors.pageTitle'));
  return (
    <Stack spacing={1} sx={{ maxWidth: 720 }}>
      <Typography variant="h1">{t('errors.pageTitle')}</Typography>
      <ErrorState error={error} onRetry={onRetry} />
    </Stack>
  );
}
