import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { isCaseOrOrderNumber } from '@/api/cases/schemas';
import { paths } from '@/config/paths';
import { describeError } from '@/components/describe-error';
import { normalizeCaseNumber } from '@/features/tickets/case-number';
import { findTicketPage } from '@/features/tickets/find-ticket';
import { useNavigateIfStill } from '@/lib/use-navigate-if-still';

/** Open any case by its case number (8 characters) or order number (14–100). */
export function CaseNumberForm({ autoFocus }: { autoFocus?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const beginNavigation = useNavigateIfStill();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const queryClient = useQueryClient();
  const id = useId();
  return (
    <Stack
      component="form"
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1}
      sx={{ alignItems: { sm: 'flex-start' } }}
      onSubmit={(e) => {
        e.preventDefault();
        if (busy) return;
        const number = value.trim();
        // An incident's or order's number ("Case-00010224", "case 10224", as the app bar's look-up
        // reads them) typed here opens that incident or order, as the app bar's look-up does.
        const ticketNumber = /^case/i.test(number) ? normalizeCaseNumber(number) : null;
        if (ticketNumber) {
          setBusy(true);
          // A user who went elsewhere while the look-up ran is not pulled away from there.
          const navigateIfStill = beginNavigation();
          findTicketPage(queryClient, ticketNumber)
            .then(
              (page) => {
                if (page) navigateIfStill(page);
                else setError(t('lookup.notFound', { number }));
              },
              (problem: unknown) => setError(describeError(problem, t).title),
            )
            .finally(() => setBusy(false));
          return;
        }
        if (number === '') {
          setError(t('cases.numberEmpty'));
          return;
        }
        if (!isCaseOrOrderNumber(number)) {
          setError(t('cases.numberInvalid'));
          return;
        }
        void navigate(paths.cases.detail(number));
      }}
      aria-label={t('cases.openByNumber')}
    >
      <TextField
        id={id}
        size="small"
        label={t('cases.numberLabel')}
        value={value}
        autoFocus={autoFocus}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
        error={error !== null}
        helperText={error ?? t('cases.numberHint')}
        slotProps={{ htmlInput: { maxLength: 100, autoComplete: 'off' } }}
        sx={{ minWidth: 280 }}
      />
      <Button type="submit" variant="outlined" loading={busy}>
        {t('cases.open')}
      </Button>
    </Stack>
  );
}
