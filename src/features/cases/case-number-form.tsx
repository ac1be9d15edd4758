import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { isCaseOrOrderNumber } from '@/api/cases/schemas';
import { paths } from '@/config/paths';
import { normalizeCaseNumber } from '@/features/tickets/case-number';

/** Open any case by its case number (8 characters) or order number (14–100). */
export function CaseNumberForm({ autoFocus }: { autoFocus?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  return (
    <Stack
      component="form"
      direction={{ xs: 'column', sm: 'row' }}
      spacing={1}
      sx={{ alignItems: { sm: 'flex-start' } }}
      onSubmit={(e) => {
        e.preventDefault();
        const number = value.trim();
        // An incident's or order's number ("Case-00010224", "case 10224", as the app bar's look-up
        // reads them) is found elsewhere: say where.
        if (/^case/i.test(number) && normalizeCaseNumber(number)) {
          setError(t('cases.numberIsTicket', { number }));
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
      <Button type="submit" variant="outlined">
        {t('cases.open')}
      </Button>
    </Stack>
  );
}
