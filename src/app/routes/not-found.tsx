import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { usePageTitle } from '@/components/use-page-title';

const SECTIONS = {
  incidents: 'nav.incidents',
  orders: 'nav.orders',
  cases: 'nav.cases',
} as const;

export function NotFoundPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  // Under a section (an old link to an incident, say), the way back to that section's list.
  const first = useLocation().pathname.split('/')[1] ?? '';
  const section = Object.hasOwn(SECTIONS, first) ? (first as keyof typeof SECTIONS) : null;
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <Typography variant="h1">{t('notFound.title')}</Typography>
      <Typography>{message ?? t('notFound.body')}</Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {section && (
          <Button href={`/${section}`} variant="contained">
            {t('notFound.toSection', { section: t(SECTIONS[section]) })}
          </Button>
        )}
        <Button href="/" variant={section ? 'outlined' : 'contained'}>
          {t('notFound.home')}
        </Button>
      </Stack>
    </Stack>
  );
}

export function Component() {
  return <NotFoundPage />;
}
