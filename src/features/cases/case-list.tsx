import { useEffect, useId, useRef, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import IconButton from '@mui/material/IconButton';
import InputLabel from '@mui/material/InputLabel';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Select from '@mui/material/Select';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import AddIcon from '@mui/icons-material/Add';
import RemoveFromListIcon from '@mui/icons-material/PlaylistRemove';
import { parseApiDate } from '@/api/lenient';
import { caseQueries } from '@/api/cases/queries';
import { CASE_STATUSES } from '@/api/cases/schemas';
import type { Case } from '@/api/cases/schemas';
import type { SessionUser } from '@/api/session';
import { paths } from '@/config/paths';
import { describeError } from '@/components/describe-error';
import { ErrorState } from '@/components/error-state';
import { DateTime } from '@/components/relative-time';
import { VisuallyHidden } from '@/components/visually-hidden';
import {
  forgetRewrittenAddresses,
  isRewrittenAddress,
  rewrittenAddress,
} from '@/lib/rewritten-address';
import { CaseNumberForm } from './case-number-form';
import { CaseStatusChip } from './case-status-chip';
import { caseStatusLabel } from './labels';
import { useRecentCases } from './recent-cases';
import type { RecentCase } from './recent-cases';

type Sort = 'newest' | 'oldest';

/** The cases this user created or opened on this device, with their live status. */
/** Columns that a phone leaves out (the case's own page has them all). */
const WIDE_ONLY = {
  sm: { display: { xs: 'none', sm: 'table-cell' } },
  md: { display: { xs: 'none', md: 'table-cell' } },
} as const;

export function CaseList({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { list, forget, restore } = useRecentCases(user.userName);
  // Below `sm` the description column is left out (WIDE_ONLY): it goes under the number instead.
  const narrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });
  // The case last removed from the list, until it is put back or another is removed: a removal
  // that one click did is undone by one click, and focus goes to that button (the row's is gone).
  // (All its entries: one made by its order number goes with the one under its case number.)
  const [removed, setRemoved] = useState<{ shown: RecentCase; all: RecentCase[] } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Where focus goes once the notice goes (its buttons with it): the case put back, or the page.
  const focusAfter = useRef<string | null>(null);
  const messageId = useId();
  useEffect(() => {
    if (removed) {
      undoRef.current?.focus();
      return;
    }
    const target = focusAfter.current;
    if (target === null) return;
    focusAfter.current = null;
    const link = target
      ? document.querySelector<HTMLElement>(`[data-case-link="${CSS.escape(target)}"]`)
      : null;
    (link ?? headingRef.current)?.focus();
  }, [removed, list]);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  // A status or order the list does not know (an old or mistyped address) is the default, and
  // the page says so, as the ticket lists do.
  const rawStatus = params.get('status') ?? '';
  const status = (CASE_STATUSES as readonly string[]).includes(rawStatus) ? rawStatus : '';
  const rawSort = params.get('sort');
  const sort: Sort = rawSort === 'oldest' ? 'oldest' : 'newest';
  const misread =
    status !== rawStatus || (rawSort !== null && rawSort !== 'oldest' && rawSort !== 'newest');
  // The address is rewritten to the view shown (a copied link is that view); the page says so on
  // the entry it rewrote (its history state), until the next change.
  const location = useLocation();
  useEffect(() => {
    if (!misread) return;
    const next = new URLSearchParams(params);
    if (status !== rawStatus) next.delete('status');
    if (rawSort !== null && rawSort !== sort) next.delete('sort');
    setParams(next, { replace: true, state: rewrittenAddress() });
  }, [misread, params, setParams, status, rawStatus, rawSort, sort]);
  const urlProblems = misread || isRewrittenAddress(location.state);
  const searchRef = useRef<HTMLInputElement>(null);
  const set = (k: string, v: string) => {
    forgetRewrittenAddresses(); // the user's own view from here
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (v) next.set(k, v);
        else next.delete(k);
        return next;
      },
      // Drawn at once: a text field must not wait for a transition (keys typed meanwhile would
      // be undone), and the next change builds on this one, not on the address before it.
      { replace: k === 'q', flushSync: true },
    );
  };

  const results = useQueries({ queries: list.map((c) => caseQueries.detail(c.number)) });
  // One row per case: an entry made by its order number (before those opened at the case's own
  // address) is the same case as the one under its case number.
  const listed = new Set(list.map((c) => c.number));
  const seen = new Set<string>();
  const rows = list
    .map((entry, i) => ({ entry, query: results[i] }))
    .filter(({ entry, query }) => {
      const own = query?.data?.id || entry.number;
      if ((own !== entry.number && listed.has(own)) || seen.has(own)) return false;
      seen.add(own);
      return true;
    });
  const failed = rows.filter(({ query }) => query?.isError);
  const needle = q.trim().toLowerCase();
  const matches = (c: Case | undefined, number: string) =>
    !needle ||
    [
      number,
      c?.id,
      c?.orderId,
      c?.otherDetails?.description,
      c?.accountName,
      c?.customerReferenceId,
    ]
      .filter(Boolean)
      .some((v) => String(v).toLowerCase().includes(needle));
  const time = (c: Case | undefined, addedAt: number) =>
    parseApiDate(c?.createdDateTime)?.getTime() ?? addedAt;
  const shown = rows
    .filter(({ entry, query }) => matches(query?.data, entry.number))
    .filter(({ query }) => !status || query?.data?.status === status)
    .sort((a, b) => {
      // Cases that need the customer come first.
      const ar = a.query?.data?.status === 'ACTION_REQUIRED' ? 0 : 1;
      const br = b.query?.data?.status === 'ACTION_REQUIRED' ? 0 : 1;
      if (ar !== br) return ar - br;
      const d = time(a.query?.data, a.entry.addedAt) - time(b.query?.data, b.entry.addedAt);
      return sort === 'newest' ? -d : d;
    });

  return (
    <Stack spacing={2}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ alignItems: { sm: 'center' } }}
      >
        <Typography variant="h1" sx={{ flexGrow: 1 }} ref={headingRef} tabIndex={-1}>
          {t('cases.title')}
        </Typography>
        <Button variant="contained" startIcon={<AddIcon />} href={paths.cases.new}>
          {t('cases.openNew')}
        </Button>
      </Stack>
      <Typography color="textSecondary">{t('cases.intro')}</Typography>
      <CaseNumberForm />
      {urlProblems && <Alert severity="info">{t('list.urlProblems')}</Alert>}
      {removed && (
        <Alert
          severity="info"
          role="status"
          action={
            <Button
              ref={undoRef}
              color="inherit"
              size="small"
              aria-describedby={messageId}
              onClick={() => {
                for (const entry of removed.all) restore(entry);
                setRemoved(null);
                focusAfter.current = removed.shown.number;
              }}
            >
              {t('cases.undoForget')}
            </Button>
          }
          onClose={() => {
            setRemoved(null);
            focusAfter.current = '';
          }}
          slotProps={{ closeButton: { 'aria-label': t('actions.close') } }}
        >
          <span id={messageId}>{t('cases.forgotten', { number: removed.shown.number })}</span>
        </Alert>
      )}

      {list.length > 0 && (
        <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('list.filters')}>
          <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <TextField
              type="search"
              size="small"
              label={t('list.search')}
              inputRef={searchRef}
              value={q}
              onChange={(e) => set('q', e.target.value)}
              sx={{ minWidth: 240 }}
            />
            <FormControl size="small" sx={{ minWidth: 200 }}>
              <InputLabel id="case-status-label">{t('list.status')}</InputLabel>
              <Select
                labelId="case-status-label"
                label={t('list.status')}
                value={status}
                onChange={(e) => set('status', e.target.value)}
              >
                <MenuItem value="">{t('cases.allStatuses')}</MenuItem>
                {CASE_STATUSES.map((s) => (
                  <MenuItem key={s} value={s}>
                    {caseStatusLabel(t, s)}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            <FormControl size="small" sx={{ minWidth: 180 }}>
              <InputLabel id="case-sort-label">{t('cases.sort')}</InputLabel>
              <Select
                labelId="case-sort-label"
                label={t('cases.sort')}
                value={sort}
                onChange={(e) => set('sort', e.target.value)}
              >
                <MenuItem value="newest">{t('cases.newest')}</MenuItem>
                <MenuItem value="oldest">{t('cases.oldest')}</MenuItem>
              </Select>
            </FormControl>
          </Stack>
        </Paper>
      )}

      {failed.length > 0 && (
        // The cases that could not be loaded, once above the table, with one retry for them all.
        <ErrorState
          error={failed[0]?.query?.error}
          onRetry={() => failed.forEach(({ query }) => void query?.refetch())}
          compact
        />
      )}

      {list.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 4 }}>
          <Typography variant="h2" gutterBottom>
            {t('cases.emptyTitle')}
          </Typography>
          <Typography>{t('cases.empty')}</Typography>
        </Paper>
      ) : shown.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 4 }}>
          <Typography variant="h2" gutterBottom>
            {t('cases.noMatch')}
          </Typography>
          {/* The way out of a search or filter that finds nothing, as on the ticket lists. */}
          <Button
            variant="outlined"
            onClick={() => {
              setParams(
                (p) => {
                  const next = new URLSearchParams(p);
                  next.delete('q');
                  next.delete('status');
                  return next;
                },
                { replace: true, flushSync: true },
              );
              // This button goes with the empty result: the keyboard goes to the search.
              searchRef.current?.focus();
            }}
          >
            {t('list.clearFilters')}
          </Button>
        </Paper>
      ) : (
        <TableContainer component={Paper} variant="outlined" sx={{ position: 'relative' }}>
          <Table size="small" aria-label={t('cases.title')}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ fontWeight: 600 }}>{t('cases.number')}</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>{t('fields.status')}</TableCell>
                <TableCell sx={{ fontWeight: 600, ...WIDE_ONLY.sm }}>
                  {t('fields.description')}
                </TableCell>
                <TableCell sx={{ fontWeight: 600, ...WIDE_ONLY.md }}>
                  {t('cases.account')}
                </TableCell>
                <TableCell sx={{ fontWeight: 600, ...WIDE_ONLY.md }}>
                  {t('fields.createdDate')}
                </TableCell>
                <TableCell>
                  <VisuallyHidden>{t('cases.removeColumn')}</VisuallyHidden>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.map(({ entry, query }) => (
                <TableRow key={entry.number} hover>
                  <TableCell>
                    <Link
                      href={paths.cases.detail(entry.number)}
                      sx={{ fontWeight: 600 }}
                      data-case-link={entry.number}
                    >
                      {entry.number}
                    </Link>
                    {/* On a phone, where its column is left out, the description goes here. */}
                    {narrow && query?.data?.otherDetails?.description && (
                      <Typography
                        variant="body2"
                        color="textSecondary"
                        sx={{
                          display: '-webkit-box',
                          WebkitLineClamp: 2,
                          WebkitBoxOrient: 'vertical',
                          overflow: 'hidden',
                          overflowWrap: 'anywhere',
                        }}
                      >
                        {query.data.otherDetails.description}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    {query?.data ? (
                      <CaseStatusChip status={query.data.status} />
                    ) : query?.isError ? (
                      <Alert severity="error" sx={{ py: 0 }}>
                        {describeError(query.error, t).title}
                      </Alert>
                    ) : (
                      <Skeleton width={90} />
                    )}
                  </TableCell>
                  <TableCell sx={{ maxWidth: 420, ...WIDE_ONLY.sm }}>
                    <Typography
                      variant="body2"
                      noWrap
                      title={query?.data?.otherDetails?.description}
                    >
                      {query?.data?.otherDetails?.description}
                    </Typography>
                  </TableCell>
                  <TableCell sx={WIDE_ONLY.md}>{query?.data?.accountName}</TableCell>
                  <TableCell sx={WIDE_ONLY.md}>
                    {query?.data ? <DateTime value={query.data.createdDateTime} /> : null}
                  </TableCell>
                  <TableCell>
                    <IconButton
                      aria-label={t('cases.forget', { number: entry.number })}
                      // Said on hover too: the icon alone could read as deleting the case.
                      title={t('cases.forget', { number: entry.number })}
                      onClick={() => {
                        const own = query?.data?.id || entry.number;
                        const all = list.filter(
                          (c, j) =>
                            c.number === entry.number ||
                            c.number === own ||
                            results[j]?.data?.id === own,
                        );
                        setRemoved({ shown: entry, all });
                        for (const c of all) forget(c.number);
                      }}
                    >
                      <RemoveFromListIcon />
                    </IconButton>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Stack>
  );
}

/** The user's cases that wait on them (for the home page). */
export function useCasesNeedingAction(userName: string) {
  const { list } = useRecentCases(userName);
  const results = useQueries({
    queries: list.map((c) => ({ ...caseQueries.detail(c.number), refetchInterval: 60_000 })),
  });
  return results.flatMap((r) => (r.data?.status === 'ACTION_REQUIRED' ? [r.data] : []));
}
