import { memo } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import Skeleton from '@mui/material/Skeleton';
import { styled } from '@mui/material/styles';
import { plainChipRules, plainLinkRules } from '@/components/plain-styles';
import type { TicketKind } from '@/api/service-tickets/schemas';
import type { SummaryOf } from '@/api/service-tickets/tickets';
import { RelativeTime } from '@/components/relative-time';
import { useRevealCount } from '@/lib/use-reveal-count';
import { activitySummary, statusLabel } from './labels';
import { statusTone } from './status-chip';

/*
 * The narrow screens' list of tickets, one card each. A phone shows it on the portal's first
 * screen, so it is built from plain elements styled once, by class, on the list: 25 cards of MUI
 * components (card, stacks, chip, link, four typographies each) cost Emotion and React several
 * times what the text in them does, in the task that paints the page's largest text. The cards
 * look as MUI's outlined card, small chip and link do, from the same theme.
 */
const CardList = styled('ul')(({ theme }) => {
  const { palette, typography, shape } = theme;
  return {
    listStyle: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1),
    // Cards below the fold are laid out and painted only as they scroll into view.
    '& > li': { contentVisibility: 'auto', containIntrinsicSize: 'auto 150px' },
    '& .card': {
      ...typography.body1,
      color: palette.text.primary,
      backgroundColor: palette.background.paper,
      border: `1px solid ${palette.divider}`,
      borderRadius: shape.borderRadius,
      padding: theme.spacing(2, 2, 3),
      display: 'flex',
      flexDirection: 'column',
      gap: theme.spacing(0.5),
    },
    '& .card p': { margin: 0 },
    '& .head': {
      display: 'flex',
      gap: theme.spacing(1),
      alignItems: 'center',
      justifyContent: 'space-between',
    },
    '& .number': { whiteSpace: 'nowrap' },
    '& .subject': { overflowWrap: 'anywhere' },
    '& .quiet, & .activity': { ...typography.body2 },
    '& .quiet, & .activity .when': { color: palette.text.secondary },
    '& .activity, & .activity .when': { display: 'block' },
    ...plainChipRules(theme),
    ...plainLinkRules(theme),
  };
});

interface TicketCardsProps<K extends TicketKind> {
  id?: string;
  kind: K;
  /** The rows, or nothing yet (placeholder cards). */
  rows: SummaryOf<K>[] | undefined;
  label: string;
  detailPath: (id: string) => string;
  /** The compact form of a row: below its number, status and subject. */
  cardDetails: (row: SummaryOf<K>) => (string | undefined)[];
  onPrefetch: (id: string | undefined) => void;
}

/** The rows as cards; on the portal's first screen they build up a few per task. */
export const TicketCards = memo(function TicketCards<K extends TicketKind>({
  id,
  kind,
  rows,
  label,
  detailPath,
  cardDetails,
  onPrefetch,
}: TicketCardsProps<K>) {
  const { t } = useTranslation();
  // The detail page's "back" link returns to this exact view of the list.
  const { pathname, search } = useLocation();
  const from = `${pathname}${search}`;
  const revealed = useRevealCount(rows?.length ?? 0);
  return (
    <CardList id={id} aria-label={label}>
      {rows
        ? rows.slice(0, revealed).map((row) => {
            const activity = row.lastActivity;
            return (
              <li
                key={row.id}
                onMouseEnter={() => onPrefetch(row.id)}
                onFocusCapture={() => onPrefetch(row.id)}
              >
                <div className="card">
                  <div className="head">
                    {row.id ? (
                      <RouterLink
                        className="link strong number"
                        to={detailPath(row.id)}
                        state={{ from }}
                      >
                        {row.caseNumber}
                      </RouterLink>
                    ) : (
                      <span>{row.caseNumber}</span>
                    )}
                    <span className={`chip ${statusTone(kind, row.status)}`}>
                      {statusLabel(t, row.status)}
                    </span>
                  </div>
                  <p className="subject">{row.subject}</p>
                  <p className="quiet">{cardDetails(row).filter(Boolean).join(' · ')}</p>
                  {activity ? (
                    <span className="activity">
                      <strong>{activity.user?.userName ?? t('common.unknownUser')}</strong> ·{' '}
                      {activitySummary(t, activity)}
                      <span className="when">
                        <RelativeTime value={activity.date} />
                      </span>
                    </span>
                  ) : (
                    <span>{t('common.none')}</span>
                  )}
                </div>
              </li>
            );
          })
        : Array.from({ length: 5 }, (_, i) => (
            <li key={i}>
              <Skeleton variant="rounded" height={132} />
            </li>
          ))}
    </CardList>
  );
}) as <K extends TicketKind>(props: TicketCardsProps<K>) => ReactNode;
