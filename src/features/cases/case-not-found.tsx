import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { usePageTitle } from '@/components/use-page-title';
import { CaseNumberForm } from './case-number-form';

export function CaseNotFound({ number }: { number: string }) {
  const { t } = useTranslation();
  usePageTitle(t('cases.notFoundTitle'));
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <Typography variant="h1">{t('cases.notFoundTitle')}</Typography>
      <Typography>{t('cases.notFound', { number })}</Typography>
      <CaseNumberForm autoFocus />
    </Stack>
  );
}
