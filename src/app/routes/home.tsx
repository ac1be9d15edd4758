import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import { parseApiDate } from '@/api/lenient';
import { TICKET_KINDS } from '@/api/service-tickets/schemas';
import type {
  Activity,
  IncidentSummary,
  OrderSummary,
  TicketKind,
} from '@/api/service-tickets/schemas';
import { paths } from '@/config/paths';
import { ErrorState } from '@/components/error-state';
import { RelativeTime } from '@/components/relative-time';
import { Section } from '@/components/section';
import { usePageTitle } from '@/components/use-page-title';
import { formatNumber, localeOf } from '@/lib/format';
import { TICKET_MARK, activityOnTicket, statusLabel } from '@/features/tickets/labels';
import { statusTone } from '@/features/tickets/status-chip';
import { plainChipRules, plainLinkRules } from '@/components/plain-styles';
import { useCasesNeedingAction } from '@/features/cases/case-list';
import { caseStatusTone } from '@/features/cases/case-status-chip';
import { caseStatusLabel } from '@/features/cases/labels';
import type { Role } from '@/api/session';
import { useCurrentUser } from '../session';
import { homeQueries, waitingStatuses } from './home-queries';

/** Home refreshes gently while open (and on window focus); a failed refresh keeps what is shown. */
const detailPath = (kind: TicketKind, id: string) =>
  kind === 'incidents' ? paths.incidents.detail(id) : paths.orders.detail(id);

function retryAll(queries: UseQueryResult[]) {
  for (const q of queries) if (q.isError) void q.refetch();
}

function CountCard({
  label,
  to,
  linkLabel,
  query,
}: {
  label: string;
  to: string;
  linkLabel: string;
  query: UseQueryResult<number>;
}) {
  const { i18n } = useTranslation();
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {label}
        </Typography>
        {query.data !== undefined ? (
          <Typography sx={{ fontSize: '2.5rem', fontWeight: 600 }} data-testid={`count-${to}`}>
            {formatNumber(query.data, localeOf(i18n.language))}
          </Typography>
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} compact />
        ) : (
          <Skeleton variant="text" width={80} height={60} />
        )}
        <Link href={to}>{linkLabel}</Link>
      </CardContent>
    </Card>
  );
}

/*
 * What waits and what happened are built from plain elements styled once, by class, on the list
 * (as the narrow ticket list's cards are): the home page is the portal's first screen, and twenty
 * rows of MUI chips, links and typographies cost more there than the text in them.
 */
const PlainList = styled('ul')(({ theme }) => ({
  listStyle: 'none',
  padding: 0,
  margin: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: theme.spacing(1.5),
  '& p': { margin: 0 },
  '& .head': { display: 'flex', gap: theme.spacing(1), alignItems: 'center', flexWrap: 'wrap' },
  '& .text': { ...theme.typography.body1, overflowWrap: 'anywhere' },
  '& .small': theme.typography.body2,
  '& .quiet': { color: theme.palette.text.secondary },
  '& .one-line': {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    overflowWrap: 'anywhere',
  },
  '& .divided': {
    borderBottom: `1px solid ${theme.palette.divider}`,
    paddingBottom: theme.spacing(1.5),
  },
  ...plainChipRules(theme),
  ...plainLinkRules(theme),
}));

type Waiting = { kind: TicketKind; ticket: IncidentSummary | OrderSummary };

const waitingList = (list: string, role: Role, kind: TicketKind) =>
  `${list}?${new URLSearchParams(waitingStatuses(role, kind).map((s) => ['status', s])).toString()}`;

function WaitingOnYou({ userName, role }: { userName: string; role: Role }) {
  const { t } = useTranslation();
  const support = role === 'support';
  const cases = useCasesNeedingAction(userName).filter(() => !support);
  const results = useQueries({ queries: homeQueries.waiting(role) });
  const loaded = results.every((r) => r.data);
  const items: Waiting[] = TICKET_KINDS.flatMap((kind, i) =>
    (results[i]?.data?.items ?? []).map((ticket) => ({ kind, ticket })),
  )
    .sort(
      (a, b) =>
        (parseApiDate(b.ticket.lastActivity?.date)?.getTime() ?? 0) -
        (parseApiDate(a.ticket.lastActivity?.date)?.getTime() ?? 0),
    )
    .slice(0, 8);
  const total = results.reduce((n, r) => n + (r.data?.totalSize ?? 0), 0);
  const failed = results.find((r) => r.isError);
  return (
    <Section title={t('home.waitingTitle')}>
      {failed && (
        <ErrorState error={failed.error} compact={loaded} onRetry={() => retryAll(results)} />
      )}
      {!loaded && !failed ? (
        <Stack spacing={1}>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} variant="rounded" height={56} />
          ))}
        </Stack>
      ) : items.length === 0 && cases.length === 0 && loaded ? (
        <Typography color="textSecondary">{t('home.waitingNone')}</Typography>
      ) : (
        <PlainList aria-label={t('home.waitingTitle')}>
          {cases.map((c) => (
            <li key={`case-${c.id ?? ''}`} className="divided">
              <div className="head">
                <span className="chip plain">{t('home.case')}</span>
                <RouterLink className="link strong" to={paths.cases.detail(c.id ?? '')}>
                  {c.id}
                </RouterLink>
                <span className={`chip ${caseStatusTone(c.status)}`}>
                  {caseStatusLabel(t, c.status)}
                </span>
              </div>
              <p className="text">{c.otherDetails?.description}</p>
              <p className="small quiet">{t('home.caseNeedsAction')}</p>
            </li>
          ))}
          {items.map(({ kind, ticket }) => (
            <li key={`${kind}-${ticket.id ?? ''}`} className="divided">
              <div className="head">
                <span className="chip plain">
                  {t(kind === 'incidents' ? 'home.incident' : 'home.order')}
                </span>
                {ticket.id ? (
                  <RouterLink className="link strong" to={detailPath(kind, ticket.id)}>
                    {ticket.caseNumber}
                  </RouterLink>
                ) : (
                  <span>{ticket.caseNumber}</span>
                )}
                <span className={`chip ${statusTone(kind, ticket.status)}`}>
                  {statusLabel(t, ticket.status)}
                </span>
              </div>
              <p className="text">{ticket.subject}</p>
              <p className="small quiet">
                {support
                  ? t('home.needsTriage')
                  : ticket.status === 'Solved'
                    ? t('home.needsAcceptance')
                    : t('home.needsAnswer')}
                {ticket.lastActivity && (
                  <>
                    {' · '}
                    <RelativeTime value={ticket.lastActivity.date} />
                  </>
                )}
              </p>
            </li>
          ))}
        </PlainList>
      )}
      {loaded && total > items.length && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t('home.waitingMore', { count: total - items.length })}{' '}
          {/* The lists of what waits on this user: the customer's to-do, or support's new ones. */}
          <Link href={waitingList(paths.incidents.list, role, 'incidents')}>
            {t('home.seeIncidents')}
          </Link>
          {' · '}
          <Link href={waitingList(paths.orders.list, role, 'orders')}>{t('home.seeOrders')}</Link>
        </Typography>
      )}
    </Section>
  );
}

type FeedItem = { kind: TicketKind; activity: Activity };

/** "commented on Case-…": the sentence, with the ticket's link where it names the ticket. */
function FeedSentence({ sentence, ticket }: { sentence: string; ticket: ReactNode }) {
  const at = sentence.indexOf(TICKET_MARK);
  if (at < 0) return sentence;
  return (
    <>
      {sentence.slice(0, at)}
      {ticket}
      {sentence.slice(at + TICKET_MARK.length)}
    </>
  );
}

function RecentActivity() {
  const { t } = useTranslation();
  const results = useQueries({ queries: homeQueries.feed() });
  const loaded = results.every((r) => r.data);
  const failed = results.find((r) => r.isError);
  const items: FeedItem[] = TICKET_KINDS.flatMap((kind, i) =>
    (results[i]?.data?.activities ?? []).map((activity) => ({ kind, activity })),
  )
    .sort(
      (a, b) =>
        (parseApiDate(b.activity.date)?.getTime() ?? 0) -
        (parseApiDate(a.activity.date)?.getTime() ?? 0),
    )
    .slice(0, 12);
  return (
    <Section title={t('home.activityTitle')}>
      {failed && (
        <ErrorState error={failed.error} compact={loaded} onRetry={() => retryAll(results)} />
      )}
      {!loaded && !failed ? (
        <Stack spacing={1}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} variant="rounded" height={44} />
          ))}
        </Stack>
      ) : (
        <PlainList as="ol" aria-label={t('home.activityTitle')}>
          {items.map(({ kind, activity }) => {
            const ticket = activity.ticket;
            return (
              <li key={`${kind}-${activity.id ?? ''}`} className="small">
                <p>
                  <strong>{activity.user?.userName ?? t('common.unknownUser')}</strong>{' '}
                  <FeedSentence
                    sentence={activityOnTicket(t, activity)}
                    ticket={
                      ticket?.id ? (
                        <RouterLink className="link" to={detailPath(kind, ticket.id)}>
                          {ticket.caseNumber}
                        </RouterLink>
                      ) : (
                        (ticket?.caseNumber ?? t('common.unknown'))
                      )
                    }
                  />
                  {' · '}
                  <span className="quiet">
                    <RelativeTime value={activity.date} />
                  </span>
                </p>
                {activity.action === 'COMMENTED' && activity.content && (
                  <p className="quiet one-line">{activity.content}</p>
                )}
                {ticket?.subject && activity.action !== 'COMMENTED' && (
                  <p className="quiet one-line">{ticket.subject}</p>
                )}
              </li>
            );
          })}
        </PlainList>
      )}
    </Section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  usePageTitle(t('home.title'));
  const openIncidents = useQuery(homeQueries.openCount('incidents'));
  const openOrders = useQuery(homeQueries.openCount('orders'));
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('home.greeting', { name: user.userName })}
        </Typography>
        <Typography color="textSecondary">
          {t('home.intro', { organization: user.organizationName })}
        </Typography>
      </div>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <CountCard
            label={t('home.openIncidents')}
            to={paths.incidents.list}
            linkLabel={t('home.seeOpenIncidents')}
            query={openIncidents}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6, lg: 3 }}>
          <CountCard
            label={t('home.openOrders')}
            to={paths.orders.list}
            linkLabel={t('home.seeOpenOrders')}
            query={openOrders}
          />
        </Grid>
        <Grid size={{ xs: 12, lg: 6 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardContent>
              <Typography variant="h2" gutterBottom>
                {t('home.quickActions')}
              </Typography>
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                <Button variant="contained" href={paths.incidents.new}>
                  {t('incidents.report')}
                </Button>
                <Button variant="outlined" href={paths.orders.new}>
                  {t('orders.place')}
                </Button>
              </Stack>
            </CardContent>
          </Card>
        </Grid>
      </Grid>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <WaitingOnYou userName={user.userName} role={user.role} />
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <RecentActivity />
        </Grid>
      </Grid>
    </Stack>
  );
}

export const Component = HomePage;
