import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isApiError } from '@/api/http';
import { describeError } from '@/components/describe-error';
import { usePageTitle } from '@/components/use-page-title';
import { NotFoundPage } from './not-found';

/** The error boundary of every route: a missing thing is a 404 page, anything else says so. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const notFound =
    (isRouteErrorResponse(error) && error.status === 404) ||
    (isApiError(error) && error.isNotFound);
  const { title, detail } = describeError(error, t);
  usePageTitle(notFound ? t('notFound.title') : title);
  if (notFound) return <NotFoundPage />;
  return (
    <Stack spacing={2} sx={{ maxWidth: 640 }} role="alert">
      <Typography variant="h1">{title}</Typography>
      <Typography>{detail}</Typography>
      <div>
        <Button variant="contained" onClick={() => window.location.reload()}>
          {t('actions.reload')}
        </Button>
      </div>
    </Stack>
  );
}
