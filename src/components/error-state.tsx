import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
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
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
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
