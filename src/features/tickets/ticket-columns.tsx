import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import type { TFunction } from 'i18next';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { TicketKind, TicketSortField } from '@/api/service-tickets/schemas';
import type { SummaryOf } from '@/api/service-tickets/tickets';
import { DateTime } from '@/components/relative-time';
import { formatSpreadsheetDateTime } from '@/lib/format';
import { activitySummary, statusLabel } from './labels';
import { LastActivity } from './last-activity';
import { StatusChip } from './status-chip';

/** One column of a ticket list: its cell, and the same cell as plain text for CSV. */
export interface Column<T> {
  id: string;
  label: string;
  sortField?: TicketSortField;
  render: (row: T) => ReactNode;
  /** The cell as plain text, for CSV. */
  text: (row: T) => string;
  width?: number | string;
  /** The least it may shrink to beside the other columns (the subject: not a few words a line). */
  minWidth?: number;
  /** Left out on screens narrower than this (the card view and CSV still have it). */
  hideBelow?: 'lg' | 'xl';
}

/** A link to a ticket, showing its case number. */
export function TicketLink({ to, children }: { to: string; children: ReactNode }) {
  // The detail page's "back" link returns to this exact view of the list.
  const location = useLocation();
  return (
    <Link
      component={RouterLink}
      to={to}
      state={{ from: `${location.pathname}${location.search}` }}
      sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
    >
      {children}
    </Link>
  );
}

/** A ticket's case number, as a link to it when it has an id. */
export function TicketNumber({
  ticket,
  detailPath,
}: {
  ticket: { id?: string; caseNumber?: string };
  detailPath: (id: string) => string;
}) {
  return ticket.id ? (
    <TicketLink to={detailPath(ticket.id)}>{ticket.caseNumber}</TicketLink>
  ) : (
    ticket.caseNumber
  );
}

/** A cell's main text with a quieter second line under it. */
export function WithSecondLine({ children, second }: { children: ReactNode; second: ReactNode }) {
  return (
    <>
      {children}
      <Typography component="span" variant="body2" color="textSecondary" sx={{ display: 'block' }}>
        {second}
      </Typography>
    </>
  );
}

/** The columns incidents and orders share: case number, status, last activity, created. */
export function sharedColumns<K extends TicketKind>(
  kind: K,
  detailPath: (id: string) => string,
  t: TFunction,
) {
  type Row = SummaryOf<K>;
  return {
    caseNumber: {
      id: 'caseNumber',
      label: t('fields.caseNumber'),
      sortField: 'caseNumber',
      render: (r) => <TicketNumber ticket={r} detailPath={detailPath} />,
      text: (r) => r.caseNumber ?? '',
    },
    status: {
      id: 'status',
      label: t('fields.status'),
      sortField: 'status',
      render: (r) => <StatusChip kind={kind} status={r.status} />,
      text: (r) => statusLabel(t, r.status),
    },
    lastActivity: {
      id: 'lastActivity',
      label: t('fields.lastActivity'),
      sortField: 'lastActivity',
      render: (r) => <LastActivity activity={r.lastActivity} />,
      text: ({ lastActivity: a }) =>
        a
          ? `${a.user?.userName ?? ''}: ${activitySummary(t, a)} (${formatSpreadsheetDateTime(a.date) ?? ''})`
          : '',
    },
    createdDate: {
      id: 'createdDate',
      label: t('fields.createdDate'),
      sortField: 'createdDate',
      render: (r) => <DateTime value={r.createdDate} />,
      text: (r) => formatSpreadsheetDateTime(r.createdDate) ?? '',
    },
  } satisfies Record<string, Column<Row>>;
}
