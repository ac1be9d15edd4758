import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import ChatIcon from '@mui/icons-material/ChatBubbleOutlineOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import FlagIcon from '@mui/icons-material/FlagOutlined';
import StarIcon from '@mui/icons-material/StarOutlined';
import { parseApiDate } from '@/api/lenient';
import { ticketQueries } from '@/api/service-tickets/queries';
import type { Activity, Comment, TicketKind } from '@/api/service-tickets/schemas';
import { ErrorState } from '@/components/error-state';
import { RelativeTime } from '@/components/relative-time';
import { activitySummary } from './labels';

export interface TimelineEntry {
  key: string;
  time: number;
  date: string | undefined;
  author: string | undefined;
  /** A comment's text, or a status change's explanation. */
  body?: string;
  activity?: Activity;
  pending?: boolean;
}

const PAIR_WINDOW_MS = 5 * 60_000;

/**
 * One timeline from the activity feed and the comments: a comment and the COMMENTED activity it
 * produced become one entry (the comment's text, the activity's author); newest first.
 */
export function mergeTimeline(activities: Activity[], comments: Comment[]): TimelineEntry[] {
  const unpaired = [...activities];
  const entries: TimelineEntry[] = comments.map((c) => {
    const time = parseApiDate(c.createdDate)?.getTime() ?? 0;
    const index = unpaired.findIndex(
      (a) =>
        a.action === 'COMMENTED' &&
        a.content === c.commentBody &&
        Math.abs((parseApiDate(a.date)?.getTime() ?? 0) - time) <= PAIR_WINDOW_MS,
    );
    const [activity] = index >= 0 ? unpaired.splice(index, 1) : [];
    return {
      key: `c-${c.id ?? time}`,
      time,
      date: c.createdDate,
      author: activity?.user?.userName,
      body: c.commentBody ?? '',
      pending: c.id?.startsWith('pending-') ?? false,
    };
  });
  for (const a of unpaired) {
    const explanation =
      a.action === 'STATUS_CHANGED' && a.content && !a.content.startsWith('Status changed to')
        ? a.content
        : undefined;
    entries.push({
      key: `a-${a.id ?? a.date ?? ''}`,
      time: parseApiDate(a.date)?.getTime() ?? 0,
      date: a.date,
      author: a.user?.userName,
      activity: a,
      body: a.action === 'COMMENTED' ? (a.content ?? '') : explanation,
    });
  }
  return entries.sort((x, y) => y.time - x.time);
}

function EntryIcon({ entry }: { entry: TimelineEntry }) {
  const action = entry.activity?.action;
  const Icon =
    !entry.activity || action === 'COMMENTED'
      ? ChatIcon
      : action === 'STATUS_CHANGED' || action === 'CLOSED'
        ? FlagIcon
        : action?.includes('ATTACHMENT')
          ? AttachFileIcon
          : action === 'CREATED' || action === 'NEW'
            ? StarIcon
            : EditIcon;
  return <Icon fontSize="small" color="action" aria-hidden />;
}

const PAGE = 15;

export function TicketTimeline({ kind, id }: { kind: TicketKind; id: string }) {
  const { t } = useTranslation();
  const queries = ticketQueries(kind);
  const activities = useQuery(queries.itemActivities(id, {}));
  const comments = useQuery(queries.comments(id));
  const [shown, setShown] = useState(PAGE);

  if (!activities.data || !comments.data) {
    const error = activities.error ?? comments.error;
    if (error)
      return (
        <ErrorState
          error={error}
          onRetry={() => {
            void activities.refetch();
            void comments.refetch();
          }}
        />
      );
    return (
      <Stack spacing={1} aria-busy="true" aria-label={t('timeline.loading')}>
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} variant="rounded" height={56} />
        ))}
      </Stack>
    );
  }

  const entries = mergeTimeline(activities.data.activities, comments.data);
  const visible = entries.slice(0, shown);
  return (
    <Box>
      {(activities.isError || comments.isError) && (
        <ErrorState
          compact
          error={activities.error ?? comments.error}
          onRetry={() => {
            void activities.refetch();
            void comments.refetch();
          }}
        />
      )}
      <Box component="ol" aria-label={t('timeline.label')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {visible.map((entry) => (
          <Box
            component="li"
            key={entry.key}
            sx={{
              display: 'grid',
              gridTemplateColumns: '24px 1fr',
              gap: 1.5,
              py: 1.5,
              borderBottom: 1,
              borderColor: 'divider',
              opacity: entry.pending ? 0.7 : 1,
            }}
          >
            <Box sx={{ pt: 0.25 }}>
              <EntryIcon entry={entry} />
            </Box>
            <div>
              <Typography variant="body2">
                <strong>
                  {entry.author ?? (entry.pending ? t('timeline.you') : t('common.unknownUser'))}
                </strong>{' '}
                {entry.activity ? activitySummary(t, entry.activity) : t('activity.commented')}
                {' · '}
                <Typography component="span" variant="body2" color="textSecondary">
                  {entry.pending ? t('timeline.sending') : <RelativeTime value={entry.date} />}
                </Typography>
              </Typography>
              {entry.body && (
                <Typography
                  dir="auto"
                  variant="body1"
                  sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', mt: 0.5 }}
                >
                  {entry.body}
                </Typography>
              )}
            </div>
          </Box>
        ))}
      </Box>
      {entries.length === 0 && <Typography color="textSecondary">{t('timeline.empty')}</Typography>}
      {entries.length > shown && (
        <Button sx={{ mt: 1 }} onClick={() => setShown((n) => n + PAGE)}>
          {t('timeline.showOlder', { count: entries.length - shown })}
        </Button>
      )}
    </Box>
  );
}
