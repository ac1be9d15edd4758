import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useEffectEvent,
  useId,
  useRef,
  useState,
} from 'react';
import type { MouseEvent as ReactMouseEvent, ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { BusyButton } from '@/components/busy-button';
import ListItemIcon from '@mui/material/ListItemIcon';
import FormControl from '@mui/material/FormControl';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import InputLabel from '@mui/material/InputLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Link from '@mui/material/Link';
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
import TableSortLabel from '@mui/material/TableSortLabel';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import AddIcon from '@mui/icons-material/Add';
import CheckIcon from '@mui/icons-material/Check';
import ClearIcon from '@mui/icons-material/Clear';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import SearchIcon from '@mui/icons-material/Search';
import TuneIcon from '@mui/icons-material/Tune';
import { ticketQueries } from '@/api/service-tickets/queries';
import { ticketApis } from '@/api/service-tickets/tickets';
import type { SummaryOf } from '@/api/service-tickets/tickets';
import type { TicketKind, TicketSortField } from '@/api/service-tickets/schemas';
import { isClosedStatus, STATUSES } from '@/api/service-tickets/workflow';
import { ErrorState } from '@/components/error-state';
import { describeError } from '@/components/describe-error';
import { useEverTrue } from '@/lib/use-ever-true';
import { notify } from '@/components/notifications';
import { awaitsSignIn } from '@/api/http';
import type { SessionUser } from '@/api/session';
import { toCsv, saveFile } from './csv';
import { statusLabel } from './labels';
import { ListPager } from './list-pager';
import { TicketCards } from './ticket-cards';
import type { Column } from './ticket-columns';
import {
  DEFAULT_LIST_STATE,
  PAGE_SIZES,
  isFiltered,
  toApiParams,
  useListState,
} from './list-state';
import type { ListState } from './list-state';
import { forgetLeftTicket, leftTicket, useRememberListView } from './list-memory';
import { onFirstScreen, useRevealCount } from '@/lib/use-reveal-count';
import { isRewrittenAddress, rewrittenAddress } from '@/lib/rewritten-address';
import { localIsoDate } from '@/lib/format';

/*
 * Cell styles live once on the table (by class), not in an `sx` per cell: a list re-renders on
 * every filter, sort and page change, and per-cell styles cost more than the rows themselves.
 */
const hideClass = (hideBelow: Column<unknown>['hideBelow']) =>
  hideBelow ? `hide-below-${hideBelow}` : undefined;
/** A column with a least width (the subject) breaks a long unbroken word inside it instead of
 * pushing every other column off the screen. */
const cellClass = (c: Pick<Column<unknown>, 'hideBelow' | 'minWidth'>) =>
  [hideClass(c.hideBelow), c.minWidth !== undefined ? 'wrap-anywhere' : undefined]
    .filter(Boolean)
    .join(' ') || undefined;

/** Out of sight until the keyboard reaches it; then beside the heading (under it on a phone). */
const SKIP_LINK_SX = {
  alignSelf: { xs: 'flex-start', sm: 'center' },
  p: 1,
  whiteSpace: 'nowrap',
  '&:not(:focus)': {
    position: 'absolute',
    clipPath: 'inset(50%)',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    p: 0,
  },
} as const;

const TABLE_SX = {
  '& th': { fontWeight: 600, whiteSpace: 'nowrap' },
  '& tbody td': { verticalAlign: 'top' },
  '& .wrap-anywhere': { overflowWrap: 'anywhere' },
  '& .hide-below-lg': { display: { xs: 'none', lg: 'table-cell' } },
  '& .hide-below-xl': { display: { xs: 'none', xl: 'table-cell' } },
} as const;

interface RowProps<T> {
  row: T;
  columns: Column<T>[];
  onPrefetch: (id: string | undefined) => void;
}

/** One row; unchanged rows (same data, same columns) are not rendered again. */
const TicketRow = memo(function TicketRow<T extends { id?: string }>({
  row,
  columns,
  onPrefetch,
}: RowProps<T>) {
  return (
    <TableRow
      hover
      onMouseEnter={() => onPrefetch(row.id)}
      onFocusCapture={() => onPrefetch(row.id)}
    >
      {columns.map((c) => (
        <TableCell key={c.id} className={cellClass(c)}>
          {c.render(row)}
        </TableCell>
      ))}
    </TableRow>
  );
}) as <T extends { id?: string }>(props: RowProps<T>) => ReactNode;

/**
 * The table's rows; on the portal's first screen they build up a few per task, and each step
 * renders these rows only, not the page around them.
 */
type RowsProps<T> = Omit<RowProps<T>, 'row'> & { rows: T[] };

const TicketRows = memo(function TicketRows<T extends { id?: string }>({
  rows,
  columns,
  onPrefetch,
}: RowsProps<T>) {
  const revealed = useRevealCount(rows.length);
  return rows
    .slice(0, revealed)
    .map((row) => <TicketRow key={row.id} row={row} columns={columns} onPrefetch={onPrefetch} />);
}) as <T extends { id?: string }>(props: RowsProps<T>) => ReactNode;

export interface TicketListProps<K extends TicketKind> {
  kind: K;
  user: SessionUser;
  title: string;
  columns: Column<SummaryOf<K>>[];
  /** The compact form of a row, for narrow screens: below its number, status and subject. */
  cardDetails: (row: SummaryOf<K>) => (string | undefined)[];
  detailPath: (id: string) => string;
  newAction?: { to: string; label: string };
  /** Labels that differ per kind ("No incidents match", "{{count}} orders"…). */
  texts: { empty: string; emptyFiltered: string; count: (n: number) => string; exportName: string };
}

const CASE_NUMBER = /^case-\d{4,}$/i;

function SearchField({
  value,
  onSearch,
  onJump,
}: {
  value: string;
  onSearch: (q: string) => void;
  onJump: (caseNumber: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const pushed = useRef(value);
  // The URL changed under us (back button, a link): show what it says. (The list draws each
  // address it pushes at once: had a Back come before that address was drawn, `value` would seem
  // not to change and the field would keep showing what Back undid.)
  useEffect(() => {
    if (value !== pushed.current) {
      pushed.current = value;
      setText(value);
    }
  }, [value]);
  // An effect event: the list's callbacks are new on every render, and the wait must not start
  // again each time the list re-renders (rows revealed, a fetch settling) while the user waits.
  const settle = useEffectEvent((typed: string) => {
    if (typed === pushed.current) return;
    const q = typed.trim();
    void (async () => {
      if (CASE_NUMBER.test(q) && (await onJump(q))) return;
      pushed.current = typed;
      onSearch(typed);
    })();
  });
  useEffect(() => {
    if (text === pushed.current) return;
    const timer = setTimeout(() => settle(text), 300);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <TextField
      type="search"
      label={t('list.search')}
      placeholder={t('list.searchPlaceholder')}
      value={text}
      onChange={(e) => setText(e.target.value)}
      size="small"
      sx={{ minWidth: { xs: '100%', sm: 280 }, flex: { sm: 1 } }}
      slotProps={{
        htmlInput: { maxLength: 200 },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon />
            </InputAdornment>
          ),
          endAdornment: text ? (
            <InputAdornment position="end">
              <IconButton
                size="small"
                aria-label={t('list.clearSearch')}
                onClick={() => setText('')}
              >
                <ClearIcon fontSize="small" />
              </IconButton>
            </InputAdornment>
          ) : undefined,
        },
      }}
    />
  );
}

function MultiSelect({
  id,
  label,
  values,
  options,
  optionLabel,
  onChange,
}: {
  id: string;
  label: string;
  values: string[];
  options: string[];
  optionLabel: (v: string) => string;
  /** Applies the change to the values as they are now (`current`), not as last rendered. */
  onChange: (next: (current: string[]) => string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormControl size="small" sx={{ minWidth: 180, maxWidth: { sm: 260 } }}>
      <InputLabel id={`${id}-label`}>{label}</InputLabel>
      <Select
        labelId={`${id}-label`}
        id={id}
        multiple
        value={values}
        label={label}
        onChange={(e) => {
          const v = e.target.value;
          const picked = typeof v === 'string' ? v.split(',') : v;
          // The option this press toggled, toggled in the values as they are by then: quick
          // presses, before the list has re-rendered with the last one, all count (the same
          // option twice ticks and unticks it).
          const pressed = [
            ...picked.filter((o) => !values.includes(o)),
            ...values.filter((o) => !picked.includes(o)),
          ];
          onChange((current) => [
            ...current.filter((o) => !pressed.includes(o)),
            ...pressed.filter((o) => !current.includes(o)),
          ]);
        }}
        renderValue={(selected) =>
          selected.length > 2
            ? t('list.nSelected', { count: selected.length })
            : selected.map(optionLabel).join(', ')
        }
      >
        {options.map((o) => (
          <MenuItem key={o} value={o}>
            <ListItemIcon sx={{ minWidth: 32 }}>
              {values.includes(o) && <CheckIcon fontSize="small" />}
            </ListItemIcon>
            <ListItemText primary={optionLabel(o)} />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}

/**
 * Back from a ticket (the browser's, or the page's link to the list), the keyboard returns to that
 * ticket's row, as a reader would find their place, instead of starting over at the top. Only
 * when nothing else took focus meanwhile (the shell gives it to the main region on arriving).
 */
function useFocusLeftRow(kind: TicketKind, detailPath: (id: string) => string, shown: boolean) {
  // Read once the page is in: the ticket's page says it was left as it goes, after this one has
  // rendered.
  const left = useRef<string | undefined>(undefined);
  useEffect(() => {
    left.current = leftTicket(kind);
  }, [kind]);
  const done = useRef(false);
  useEffect(() => {
    const id = left.current;
    if (!id || !shown || done.current) return;
    // After the shell's own move of focus (it runs after this page's effects), and again while
    // a phone's cards are still being laid out in batches, for up to a second.
    let tries = 0;
    let timer: ReturnType<typeof setTimeout>;
    // The user doing anything meanwhile (a click, a key, a scroll) ends it: focus is theirs.
    const userActs = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
    const listen = (on: boolean) => {
      for (const type of userActs) {
        if (on) window.addEventListener(type, stop, { capture: true });
        else window.removeEventListener(type, stop, { capture: true });
      }
    };
    const finish = () => {
      done.current = true;
      forgetLeftTicket();
      listen(false);
    };
    const stop = () => {
      clearTimeout(timer);
      finish();
    };
    const attempt = () => {
      const main = document.getElementById('main');
      const active = document.activeElement;
      // Someone already moved on: leave focus where it is.
      const free = main !== null && (active === main || active === document.body);
      const href = detailPath(id);
      const link = free
        ? Array.from(main.querySelectorAll('a')).find((a) => a.getAttribute('href') === href)
        : undefined;
      if (link) link.focus();
      if (!free || link || ++tries >= 20) finish();
      else timer = setTimeout(attempt, 50);
    };
    listen(true);
    timer = setTimeout(attempt);
    return () => {
      clearTimeout(timer);
      listen(false);
    };
  }, [shown, detailPath]);
}

export function TicketList<K extends TicketKind>(props: TicketListProps<K>) {
  const { kind, user, title, columns, cardDetails, detailPath, newAction, texts } = props;
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'), { noSsr: true });
  const phone = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  const wide = useMediaQuery(theme.breakpoints.up('lg'), { noSsr: true });
  const widest = useMediaQuery(theme.breakpoints.up('xl'), { noSsr: true });
  const [showFilters, setShowFilters] = useState(false);
  // Folded away on a phone, the filters are not built until first unfolded (then they stay).
  const filtersBuilt = useEverTrue(!phone || showFilters);
  const filtersId = useId();
  const resultsId = useId();
  const countId = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const queries = ticketQueries(kind);
  const { state, problems, update } = useListState(kind);
  // Where the table leaves out the column the list is sorted by (the screen is too narrow), the
  // order is said, and can be changed, by the sort choice the cards have: it is never invisible.
  // So it is for an order no column shows (`sort=lastModifiedDate`, from a link). Once shown, the
  // choice stays: picking an order whose column shows must not take the keyboard's place away.
  const sortedColumn = columns.find((c) => c.sortField === state.sort);
  const sortedColumnHidden =
    sortedColumn === undefined ||
    (sortedColumn.hideBelow !== undefined && !(sortedColumn.hideBelow === 'lg' ? wide : widest));
  const showSortChoice = useEverTrue(narrow || sortedColumnHidden);
  const sortChoices = columns.flatMap((c) =>
    c.sortField ? [{ id: c.id, field: c.sortField, label: c.label }] : [],
  );
  if (!sortedColumn)
    sortChoices.push({ id: state.sort, field: state.sort, label: t(`fields.${state.sort}`) });
  const activeFilters =
    Number(state.state !== DEFAULT_LIST_STATE.state) +
    Number(state.scope !== DEFAULT_LIST_STATE.scope) +
    state.status.length +
    state.category.length;
  useRememberListView(kind, user.userName);
  const params = toApiParams(state, user.userName);
  const list = useQuery(queries.list(params));
  const categories = useQuery(queries.categories());
  // A setting the list does not understand (an old or mistyped address: `?page=-5`, `sort=zzz`),
  // and a category the API does not have (once the categories are known), leave the address: it
  // is rewritten to the view shown, so a copied link is that view. The page says so on the entry
  // it rewrote (its history state), until the next change.
  const location = useLocation();
  const unknownCategory =
    categories.data !== undefined &&
    state.category.some((c) => !categories.data.some((k) => k.productCatName === c));
  const misread = problems.length > 0;
  useEffect(() => {
    if (!unknownCategory && !misread) return;
    const known = unknownCategory ? new Set(categories.data.map((k) => k.productCatName)) : null;
    // Built from the understood view, so only what differs from the defaults stays.
    update((current) => (known ? { category: current.category.filter((c) => known.has(c)) } : {}), {
      replace: true,
      flushSync: false,
      state: rewrittenAddress(),
      ownChange: true,
    });
  }, [unknownCategory, misread, categories.data, update]);
  const rewritten = isRewrittenAddress(location.state);
  const [exporting, setExporting] = useState(false);
  useFocusLeftRow(kind, detailPath, list.data !== undefined);

  const prefetch = useCallback(
    (id: string | undefined) => {
      if (id) queryClient.query(ticketQueries(kind).detail(id)).catch(() => undefined);
    },
    [queryClient, kind],
  );

  const jump = async (caseNumber: string) => {
    try {
      const found = await queryClient.query(queries.list({ caseNumber, count: 2 }));
      const only = found.items.length === 1 ? found.items[0] : undefined;
      if (only?.id) {
        void navigate(detailPath(only.id));
        return true;
      }
    } catch {
      /* fall back to a normal search */
    }
    return false;
  };

  const exportCsv = async () => {
    setExporting(true);
    try {
      const all = await ticketApis[kind].list(toApiParams(state, user.userName, { all: true }));
      const csv = toCsv(
        columns.map((c) => c.label),
        all.items.map((row) => columns.map((c) => c.text(row))),
        i18n.language === 'nb' ? ';' : ',',
      );
      // The user's own date (an export just after midnight in Oslo is not named after yesterday).
      const date = localIsoDate(new Date());
      saveFile(
        new Blob([csv], { type: 'text/csv;charset=utf-8' }),
        `${texts.exportName}-${date}.csv`,
      );
      notify(t('list.exported', { count: all.items.length }));
    } catch (error) {
      notify(t('list.exportFailed', { reason: describeError(error, t).title }), 'error');
    } finally {
      setExporting(false);
    }
  };

  // A failed refresh keeps the last rows on screen (with the error above them).
  const [lastGood, setLastGood] = useState(list.data);
  if (list.data && list.data !== lastGood) setLastGood(list.data);
  // The rows render in the background (interruptible, in slices) when new data arrives, instead of
  // in one long task that would block typing and scrolling.
  const latest = list.data ?? (list.isError ? lastGood : undefined);
  // What stays on screen after a failed search or filter is another query's: it is said so.
  const earlier = list.isError && !list.data && !!lastGood;
  // On the portal's first screen the page commits first with placeholder rows and the rows follow
  // in a render of their own: two shorter tasks instead of one long one while the portal starts.
  // Later (another page, the way back from a detail) the rows come at once, for scroll restoration.
  const [firstScreen] = useState(onFirstScreen);
  // (`undefined`: no initial value — the rows at once, and no second render.)
  const data = useDeferredValue(latest, firstScreen ? null : undefined) ?? undefined;
  // Busy until the rows on screen are the newest ones (fetched and rendered).
  const busy = list.isFetching || data !== latest;
  const total = data?.totalSize ?? 0;
  // A page past the end (an old link, a shrunken result): go to the last page that has rows.
  const lastPage = Math.max(1, Math.ceil((list.data?.totalSize ?? 0) / state.size));
  const pastTheEnd =
    !!list.data && list.data.items.length === 0 && list.data.totalSize > 0 && state.page > lastPage;
  useEffect(() => {
    if (pastTheEnd)
      update({ page: lastPage }, { replace: true, flushSync: false, ownChange: true });
  }, [pastTheEnd, lastPage, update]);
  const rows = data?.items ?? [];
  // An empty page of a list that has rows (past the end, or the clamp still loading) is not
  // "no incidents": it shows the placeholder rows until the rows come.
  const shown = rows.length === 0 && total > 0 && (pastTheEnd || busy) ? undefined : data;
  const nothingFound = !!shown && rows.length === 0;
  // What an empty result says: the words searched, and whether filters narrowed the search
  // (open or closed only is one: tickets of the other kind were not searched).
  const searched = state.q.trim();
  const emptyTitle = searched
    ? t(
        isFiltered({ ...state, q: '' }) || state.state !== 'all'
          ? 'list.searchNoneFiltered'
          : 'list.searchNone',
        { q: searched },
      )
    : isFiltered(state)
      ? texts.emptyFiltered
      : texts.empty;
  // Filters and search go; the sort and the page size stay as the user chose them.
  const clearFilters = () =>
    update({ ...DEFAULT_LIST_STATE, sort: state.sort, dir: state.dir, size: state.size });
  const sortBy = (field: TicketSortField) =>
    update((current) => ({
      sort: field,
      dir: current.sort === field && current.dir === 'asc' ? 'desc' : 'asc',
    }));
  const change = (c: Partial<ListState>) => update(c);

  // Past the filters for a keyboard: to the first result (or, without one, the count).
  const skipToResults = (event: ReactMouseEvent) => {
    event.preventDefault();
    const first = document.getElementById(resultsId)?.querySelector<HTMLElement>('a[href]');
    (first ?? document.getElementById(countId))?.focus();
  };
  return (
    <Stack spacing={2}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={1}
        sx={{ alignItems: { sm: 'center' } }}
      >
        <Typography variant="h1" sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        <Link href={`#${resultsId}`} onClick={skipToResults} sx={SKIP_LINK_SX}>
          {t('list.skipToResults')}
        </Link>
        <BusyButton
          variant="outlined"
          startIcon={<DownloadIcon />}
          onClick={() => void exportCsv()}
          busy={exporting}
          disabled={!data || total === 0}
        >
          {t('list.exportCsv')}
        </BusyButton>
        {newAction && (
          <Button variant="contained" startIcon={<AddIcon />} href={newAction.to}>
            {newAction.label}
          </Button>
        )}
      </Stack>

      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('list.filters')}>
        <Stack
          direction="row"
          spacing={1.5}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        >
          <SearchField
            value={state.q}
            // A new search, and clearing one, are steps Back returns from; refining a search is
            // not. (Clearing in place left the address as it was before the search twice in a
            // row: a Back that changed nothing.) Only spaces is no search: not kept in the
            // address, nor counted as a filter.
            onSearch={(q) => {
              const next = q.trim() ? q : '';
              update({ q: next }, { replace: state.q !== '' && next !== '' });
            }}
            onJump={jump}
          />
          {phone && (
            <Button
              variant="outlined"
              startIcon={<TuneIcon />}
              aria-expanded={showFilters}
              aria-controls={filtersId}
              onClick={() => setShowFilters((shown) => !shown)}
            >
              {activeFilters > 0
                ? t('list.showFiltersCount', { count: activeFilters })
                : t('list.showFilters')}
            </Button>
          )}
          {/* On a phone the filters fold away behind that button: the rows start on the first
              screen, not under 850 px of controls; sorting and Clear filters stay in view.
              Elsewhere they are simply part of the row. */}
          <Box
            id={filtersId}
            sx={
              phone
                ? { display: showFilters ? 'flex' : 'none', flexWrap: 'wrap', gap: 1.5 }
                : { display: 'contents' }
            }
          >
            {filtersBuilt && (
              <>
                <ToggleButtonGroup
                  size="small"
                  exclusive
                  value={state.state}
                  onChange={(_e, v: ListState['state'] | null) => v && change({ state: v })}
                  aria-label={t('list.openClosed')}
                >
                  <ToggleButton value="open">{t('list.open')}</ToggleButton>
                  <ToggleButton value="closed">{t('list.closed')}</ToggleButton>
                  <ToggleButton value="all">{t('list.all')}</ToggleButton>
                </ToggleButtonGroup>
                <ToggleButtonGroup
                  size="small"
                  exclusive
                  value={state.scope}
                  onChange={(_e, v: ListState['scope'] | null) => v && change({ scope: v })}
                  aria-label={t('list.scope')}
                >
                  <ToggleButton value="org">{t('list.myOrganization')}</ToggleButton>
                  <ToggleButton value="mine">{t('list.mine')}</ToggleButton>
                </ToggleButtonGroup>
                <MultiSelect
                  id={`${kind}-status`}
                  label={t('list.status')}
                  values={state.status}
                  // Only statuses the open/closed choice can show (a closed status under "Open" would
                  // only ever find nothing); one already chosen stays, to be unticked.
                  options={[
                    ...new Set([
                      ...STATUSES[kind].filter(
                        (s) =>
                          state.state === 'all' ||
                          isClosedStatus(kind, s) === (state.state === 'closed'),
                      ),
                      ...state.status,
                    ]),
                  ]}
                  optionLabel={(s) => statusLabel(t, s)}
                  onChange={(next) => update((current) => ({ status: next(current.status) }))}
                />
                <MultiSelect
                  id={`${kind}-category`}
                  label={t('list.category')}
                  values={state.category}
                  options={[
                    ...new Set([
                      ...(categories.data ?? []).map((c) => c.productCatName ?? '').filter(Boolean),
                      ...state.category,
                    ]),
                  ]}
                  optionLabel={(c) => c}
                  onChange={(next) => update((current) => ({ category: next(current.category) }))}
                />
              </>
            )}
          </Box>
          {showSortChoice && (
            <FormControl size="small" sx={{ minWidth: 220 }}>
              <InputLabel id={`${kind}-sort-label`}>{t('list.sortBy')}</InputLabel>
              <Select
                labelId={`${kind}-sort-label`}
                label={t('list.sortBy')}
                value={`${state.sort}:${state.dir}`}
                onChange={(e) => {
                  const [sort, dir] = e.target.value.split(':') as [
                    TicketSortField,
                    'asc' | 'desc',
                  ];
                  update({ sort, dir });
                }}
              >
                {sortChoices.flatMap((c) =>
                  (['asc', 'desc'] as const).map((dir) => (
                    <MenuItem key={`${c.id}:${dir}`} value={`${c.field}:${dir}`}>
                      {t(dir === 'asc' ? 'list.sortAsc' : 'list.sortDesc', { column: c.label })}
                    </MenuItem>
                  )),
                )}
              </Select>
            </FormControl>
          )}
          {/* With nothing found, the empty result offers it instead: one button, not two. */}
          {isFiltered(state) && !nothingFound && (
            <Button onClick={clearFilters}>{t('list.clearFilters')}</Button>
          )}
        </Stack>
      </Paper>

      {(misread || rewritten) && <Alert severity="info">{t('list.urlProblems')}</Alert>}
      {/* Not while they load again, nor for an expired session: signing in again (the prompt) loads them with the rest. */}
      {categories.isError && !categories.isFetching && !awaitsSignIn(categories.error) && (
        <Alert severity="warning">{t('list.categoriesFailed')}</Alert>
      )}

      <Box role="status" aria-live="polite" id={countId} tabIndex={-1}>
        {data ? (
          <Typography color="textSecondary">
            {earlier
              ? t('list.earlierResults', { results: texts.count(total) })
              : texts.count(total)}
          </Typography>
        ) : (
          !list.isError && <Typography color="textSecondary">{t('shell.loading')}</Typography>
        )}
      </Box>

      {list.isError && (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} compact={!!data} />
      )}

      {!data && list.isError ? null : nothingFound ? (
        <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}>
          <Typography variant="h2" gutterBottom sx={{ overflowWrap: 'anywhere' }}>
            {emptyTitle}
          </Typography>
          {isFiltered(state) && (
            <Button
              onClick={() => {
                clearFilters();
                // The button goes with the empty result: focus to the count of what is shown now.
                document.getElementById(countId)?.focus();
              }}
            >
              {t('list.clearFilters')}
            </Button>
          )}
        </Paper>
      ) : narrow ? (
        <TicketCards
          id={resultsId}
          kind={kind}
          rows={shown ? rows : undefined}
          label={title}
          detailPath={detailPath}
          cardDetails={cardDetails}
          onPrefetch={prefetch}
        />
      ) : (
        <TableContainer
          id={resultsId}
          component={Paper}
          variant="outlined"
          sx={{ position: 'relative', opacity: list.isPlaceholderData || earlier ? 0.6 : 1 }}
        >
          <Table size="small" aria-label={title} aria-busy={busy} sx={TABLE_SX}>
            <TableHead>
              <TableRow>
                {columns.map((c) => (
                  <TableCell
                    key={c.id}
                    className={hideClass(c.hideBelow)}
                    style={
                      c.width === undefined && c.minWidth === undefined
                        ? undefined
                        : { width: c.width, minWidth: c.minWidth }
                    }
                    aria-sort={
                      c.sortField && state.sort === c.sortField
                        ? state.dir === 'asc'
                          ? 'ascending'
                          : 'descending'
                        : undefined
                    }
                  >
                    {c.sortField ? (
                      <TableSortLabel
                        active={state.sort === c.sortField}
                        direction={state.sort === c.sortField ? state.dir : 'asc'}
                        onClick={() => c.sortField && sortBy(c.sortField)}
                      >
                        {c.label}
                      </TableSortLabel>
                    ) : (
                      c.label
                    )}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {shown ? (
                <TicketRows rows={rows} columns={columns} onPrefetch={prefetch} />
              ) : (
                Array.from({ length: Math.min(state.size, 10) }, (_, i) => (
                  <TableRow key={i}>
                    {columns.map((c) => (
                      <TableCell key={c.id} className={hideClass(c.hideBelow)}>
                        <Skeleton variant="text" />
                      </TableCell>
                    ))}
                  </TableRow>
                ))
              )}
            </TableBody>
          </Table>
        </TableContainer>
      )}

      {/* Nothing to page through: no pager saying "0–0 of 0". */}
      {data && !nothingFound && (
        <ListPager
          total={total}
          page={state.page - 1}
          size={state.size}
          sizes={PAGE_SIZES}
          onPageChange={(page) => {
            update({ page: page + 1 });
            window.scrollTo({ top: 0 });
          }}
          onSizeChange={(size) => update({ size, page: 1 })}
        />
      )}
    </Stack>
  );
}
