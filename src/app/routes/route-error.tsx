import { isRouteErrorResponse, useParams, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isApiError } from '@/api/http';
import { sessionStore } from '@/api/session';
import { describeError } from '@/components/describe-error';
import { usePageTitle } from '@/components/use-page-title';
import { TicketNotFound } from '@/features/tickets/ticket-not-found';
import { NotFoundPage } from './not-found';

/**
 * The error boundary of every route: a missing incident or order says which it was and leads back
 * to its list, any other missing thing is the 404 page, anything else says what went wrong.
 */
export function RouteError() {
  const error = useRouteError();
  const { incidentId, orderId } = useParams();
  const notFound =
    (isRouteErrorResponse(error) && error.status === 404) ||
    (isApiError(error) && error.isNotFound);
  if (!notFound) return <RouteFailure error={error} />;
  // The loader of a ticket's page (or its edit form) found no such ticket.
  const userName = sessionStore.get()?.user.userName ?? '';
  if (incidentId !== undefined && isApiError(error))
    return <TicketNotFound kind="incidents" id={incidentId} userName={userName} />;
  if (orderId !== undefined && isApiError(error))
    return <TicketNotFound kind="orders" id={orderId} userName={userName} />;
  return <NotFoundPage />;
}

function RouteFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const { title, detail } = describeError(error, t);
  usePageTitle(title);
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
