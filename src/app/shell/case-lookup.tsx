import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import Typography from '@mui/material/Typography';
import SearchIcon from '@mui/icons-material/Search';
import { isApiError } from '@/api/http';
import { isCaseOrOrderNumber } from '@/api/cases/numbers';
// For its effect: what the user sent to cases is cleared when they sign out or another user signs
// in, and the app bar is on every signed-in page, so this holds even when no case page was opened
// since the last reload. The module starts that watch itself, once, when it loads.
import '@/api/cases/sent';
import { paths } from '@/config/paths';
import { normalizeCaseNumber } from '@/features/tickets/case-number';
import { findTicketPage } from '@/features/tickets/find-ticket';
import { describeError } from '@/components/describe-error';
import { useNavigateIfStill } from '@/lib/use-navigate-if-still';

/** Find an incident, order or case by its number, from any page. */
export function CaseLookup({ onDone, dense }: { onDone?: () => void; dense?: boolean }) {
  const { t } = useTranslation();
  const beginNavigation = useNavigateIfStill();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const messageId = useId();

  const lookUp = async () => {
    const raw = text.trim();
    const caseNumber = normalizeCaseNumber(raw);
    // Case Management numbers: 8 characters, or an order number of 14–100 [CM-7].
    const managedCase =
      !/^case-/i.test(raw) && /^[\w-]+$/.test(raw) && isCaseOrOrderNumber(raw) ? raw : null;
    if (!caseNumber && !managedCase) {
      setMessage(raw ? t('lookup.invalidText', { text: raw }) : t('lookup.invalid'));
      return;
    }
    setBusy(true);
    setMessage(null);
    // A user who went elsewhere while the look-up ran is not pulled away from there.
    const navigateIfStill = beginNavigation();
    const go = (to: string) => {
      if (!navigateIfStill(to)) return;
      setText('');
      onDone?.();
    };
    // The case API's code loads only when a look-up needs it (not with every page's app bar).
    const findCase = async (number: string) =>
      queryClient.query((await import('@/api/cases/queries')).caseQueries.detail(number)).then(
        () => true,
        (error: unknown) => {
          if (isApiError(error) && (error.status === 404 || error.status === 400)) return false;
          throw error;
        },
      );
    try {
      const [ticketPage, found] = await Promise.all([
        caseNumber ? findTicketPage(queryClient, caseNumber) : undefined,
        managedCase ? findCase(managedCase) : false,
      ]);
      if (found && managedCase) go(paths.cases.detail(managedCase));
      else if (ticketPage) go(ticketPage);
      // What the user typed, not the normalised form: "99999999" is not called "Case-99999999".
      else setMessage(t('lookup.notFound', { number: raw }));
    } catch (error) {
      setMessage(describeError(error, t).title);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box
      component="form"
      role="search"
      aria-label={t('lookup.label')}
      onSubmit={(e) => {
        e.preventDefault();
        void lookUp();
      }}
      sx={{ position: 'relative' }}
    >
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          borderRadius: 1,
          bgcolor: dense ? 'action.hover' : 'rgba(255,255,255,0.15)',
          pl: 1.5,
        }}
      >
        <label
          htmlFor={inputId}
          style={{
            position: 'absolute',
            width: 1,
            height: 1,
            overflow: 'hidden',
            clip: 'rect(0 0 0 0)',
          }}
        >
          {t('lookup.label')}
        </label>
        <InputBase
          id={inputId}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setMessage(null);
          }}
          placeholder={t('lookup.placeholder')}
          inputProps={{
            'aria-describedby': message ? messageId : undefined,
            maxLength: 40,
            autoComplete: 'off',
          }}
          sx={{ color: 'inherit', width: dense ? '100%' : { sm: 150, md: 200 } }}
        />
        <IconButton
          type="submit"
          color="inherit"
          aria-label={t('lookup.submit')}
          disabled={busy}
          size="small"
        >
          <SearchIcon fontSize="small" />
        </IconButton>
      </Box>
      {message && (
        <Typography
          id={messageId}
          role="alert"
          variant="body2"
          sx={
            dense
              ? { mt: 1, color: 'error.main' }
              : {
                  position: 'absolute',
                  top: '100%',
                  right: 0,
                  mt: 1,
                  p: 1,
                  width: 280,
                  bgcolor: 'background.paper',
                  color: 'text.primary',
                  boxShadow: 4,
                  borderRadius: 1,
                }
          }
        >
          {message}
        </Typography>
      )}
    </Box>
  );
}
