import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { isCaseOrOrderNumber } from '@/api/cases/schemas';
import { paths } from '@/config/paths';

/** An incident's or order's case number, as the Service Ticket API writes it (or its digits). */
const TICKET_NUMBER = /^case-\d{4,}$/i;

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
        // An incident's or order's number (Case-00010224) is found elsewhere: say where. (First:
        // a long one would pass for an order number.)
        if (TICKET_NUMBER.test(number)) {
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
