import { useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { orderQueries } from '@/api/service-tickets/queries';
import { ticketApis } from '@/api/service-tickets/tickets';
import { LIMITS } from '@/api/service-tickets/schemas';
import type { OrderSummary } from '@/api/service-tickets/schemas';
import { describeError } from '@/components/describe-error';
import { useGuardedClose } from '@/components/dialog';
import { paths } from '@/config/paths';
import { statusLabel } from '@/features/tickets/labels';
import { useDebounced } from '@/lib/use-debounced';
import { useSingleFlight } from '@/lib/use-single-flight';

/*
 * The document's rule: "If an order is being processed, any issues with that order must not be
 * reported as an incident. Please update the active order with comments instead." The form looks
 * for open orders in the chosen category at the same location or with the same number.
 */

export function useActiveOrders(category: string, location: string, identificationNumber: string) {
  const c = useDebounced(category.trim());
  const l = useDebounced(location.trim());
  const n = useDebounced(identificationNumber.replace(/\s/g, ''));
  const searches = [n.length >= 4 ? n.replace(/^LU-?/i, '') : '', l.length >= 2 ? l : ''].filter(
    Boolean,
  );
  const results = useQueries({
    queries: c
      ? searches.map((search) =>
          orderQueries.list({ isClosed: false, productCategoryName: [c], search, count: 5 }),
        )
      : [],
  });
  const seen = new Set<string>();
  const orders: OrderSummary[] = [];
  for (const r of results) {
    for (const o of r.data?.items ?? []) {
      if (o.id && !seen.has(o.id)) {
        seen.add(o.id);
        orders.push(o);
      }
    }
  }
  return orders.slice(0, 5);
}

function CommentOnOrderDialog({
  order,
  initialText,
  onClose,
  onDone,
}: {
  order: OrderSummary;
  initialText: string;
  onClose: () => void;
  onDone: (order: OrderSummary) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialText);
  const [error, setError] = useState<unknown>(null);
  // One comment per press (a double click sends one), and the dialog stays open while it is sent.
  const sending = useSingleFlight();
  const close = useGuardedClose(true, onClose, { busy: sending.busy });
  const send = () => {
    const orderId = order.id;
    if (!orderId || text.trim() === '' || text.length > LIMITS.comment) return;
    void sending.run(async () => {
      setError(null);
      try {
        await ticketApis.orders.addComment(orderId, text);
      } catch (e) {
        setError(e);
        return;
      }
      onDone(order);
    });
  };
  return (
    <Dialog open {...close} fullWidth maxWidth="sm" aria-labelledby="order-comment-title">
      <DialogTitle id="order-comment-title">
        {t('activeOrder.commentTitle', { caseNumber: order.caseNumber ?? '' })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2">{order.subject}</Typography>
          <TextField
            label={t('comments.label')}
            autoFocus
            multiline
            minRows={5}
            maxRows={15}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={text.trim() === '' || text.length > LIMITS.comment}
            helperText={
              text.trim() === ''
                ? t('comments.empty')
                : text.length > LIMITS.comment
                  ? t('validation.tooLongNow', { max: LIMITS.comment, count: text.length })
                  : undefined
            }
          />
          {error !== null && (
            <Alert severity="error" role="alert">
              {describeError(error, t).title}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={sending.busy}>
          {t('actions.cancel')}
        </Button>
        <Button variant="contained" loading={sending.busy} onClick={send}>
          {t('activeOrder.send')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

export function ActiveOrderNotice({
  orders,
  commentText,
  onCommented,
}: {
  orders: OrderSummary[];
  /** The comment to start from, read when the user chooses to comment instead. */
  commentText: () => string;
  onCommented: (order: OrderSummary) => void;
}) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<OrderSummary | null>(null);
  if (orders.length === 0) return null;
  return (
    <Alert severity="warning" role="status">
      <AlertTitle>{t('activeOrder.title')}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('activeOrder.body')}
      </Typography>
      <Stack component="ul" spacing={1} sx={{ pl: 2, m: 0 }}>
        {orders.map((o) => (
          <li key={o.id}>
            <Typography variant="body2">
              {o.id ? (
                <Link href={paths.orders.detail(o.id)} sx={{ fontWeight: 600 }}>
                  {o.caseNumber}
                </Link>
              ) : (
                <strong>{o.caseNumber}</strong>
              )}{' '}
              · {o.subject} · {statusLabel(t, o.status)}
            </Typography>
            <Button size="small" onClick={() => setTarget(o)}>
              {t('activeOrder.commentInstead', { caseNumber: o.caseNumber ?? '' })}
            </Button>
          </li>
        ))}
      </Stack>
      {target && (
        <CommentOnOrderDialog
          order={target}
          initialText={commentText()}
          onClose={() => setTarget(null)}
          onDone={(o) => {
            setTarget(null);
            onCommented(o);
          }}
        />
      )}
    </Alert>
  );
}
