import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { usePageTitle } from '@/components/use-page-title';

export function NotFoundPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <Typography variant="h1">{t('notFound.title')}</Typography>
      <Typography>{message ?? t('notFound.body')}</Typography>
      <div>
        <Button href="/" variant="contained">
          {t('notFound.home')}
        </Button>
      </div>
    </Stack>
  );
}

export function Component() {
  return <NotFoundPage />;
}
