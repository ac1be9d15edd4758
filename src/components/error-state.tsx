import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { awaitsSignIn } from '@/api/http';
import { describeError } from './describe-error';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** Shown above the data that is still on screen, instead of in its place. */
  compact?: boolean;
}

export function ErrorState({ error, onRetry, compact }: ErrorStateProps) {
  const { t } = useTranslation();
  const { title, detail } = describeError(error, t);
  // An expired session is answered by signing in again (the prompt over the page, which then
  // reloads what failed): a Try again here could only fail the same way.
  const retry = awaitsSignIn(error) ? undefined : onRetry;
  return (
    <Alert
      severity="error"
      role="alert"
      // In a narrow card the text wraps instead of scrolling inside the alert.
      sx={{
        my: compact ? 1 : 2,
        flexWrap: 'wrap',
        '& .MuiAlert-message': { overflow: 'visible', flex: '1 1 10rem', minWidth: 0 },
      }}
      action={
        retry ? (
          <Button color="inherit" size="small" onClick={retry}>
            {t('actions.retry')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title}</AlertTitle>
      {detail}
    </Alert>
  );
}
