import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SentenceWithValue } from '@/components/sentence-with-value';
import { usePageTitle } from '@/components/use-page-title';
import { CaseNumberForm } from './case-number-form';

/**
 * No case has this number — or it is not a case or order number at all (`malformed`), which is
 * said as such rather than as "there is no case".
 */
export function CaseNotFound({
  number,
  malformed = false,
}: {
  number: string;
  malformed?: boolean;
}) {
  const { t } = useTranslation();
  const title = t(malformed ? 'cases.malformedTitle' : 'cases.notFoundTitle');
  usePageTitle(title);
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }}>
      <Typography variant="h1">{title}</Typography>
      <Typography sx={{ overflowWrap: 'anywhere' }}>
        <SentenceWithValue
          sentence={(v) => t(malformed ? 'cases.malformed' : 'cases.notFound', { number: v })}
          value={number}
        />
      </Typography>
      <CaseNumberForm autoFocus />
    </Stack>
  );
}
