import { useId, useLayoutEffect, useRef } from 'react';
import type { FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Typography from '@mui/material/Typography';
import FirstPageIcon from '@mui/icons-material/FirstPage';
import LastPageIcon from '@mui/icons-material/LastPage';
import PreviousIcon from '@mui/icons-material/KeyboardArrowLeft';
import NextIcon from '@mui/icons-material/KeyboardArrowRight';
import { formatNumber, localeOf } from '@/lib/format';

const ACTIONS = [
  ['first', FirstPageIcon],
  ['previous', PreviousIcon],
  ['next', NextIcon],
  ['last', LastPageIcon],
] as const;

interface ListPagerProps<S extends number> {
  total: number;
  /** The page asked for, from 0; past the last page (the list shrank), the last is shown. */
  page: number;
  size: S;
  sizes: readonly S[];
  onPageChange: (page: number) => void;
  onSizeChange: (size: S) => void;
}

/**
 * A list's pager: rows per page, "11–20 of 312", first / previous / next / last. It does what
 * MUI's TablePagination does for the lists, without that component's buttons' tooltips (Tooltip
 * and its positioning engine, ~8 kB that a list's first screen waited for; the buttons are named
 * for screen readers and by their icons all the same).
 */
export function ListPager<S extends number>({
  total,
  page: asked,
  size,
  sizes,
  onPageChange,
  onSizeChange,
}: ListPagerProps<S>) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const labelId = useId();
  const lastPage = Math.max(0, Math.ceil(total / size) - 1);
  const page = Math.min(asked, lastPage);
  const target = { first: 0, previous: page - 1, next: page + 1, last: lastPage };
  const from = total === 0 ? 0 : page * size + 1;
  const to = Math.min(total, (page + 1) * size);

  // A button that turns disabled under the keyboard's focus (Next, on reaching the last page)
  // hands the focus on to its neighbour instead of dropping it to the page's start.
  const group = useRef<HTMLDivElement>(null);
  const focused = useRef<HTMLButtonElement | null>(null);
  useLayoutEffect(() => {
    const button = focused.current;
    if (!button?.disabled) return;
    focused.current = null;
    const active = document.activeElement;
    if (active && active !== button && active !== document.body) return;
    const buttons = Array.from(group.current?.querySelectorAll('button') ?? []);
    const at = buttons.indexOf(button);
    [...buttons.slice(at + 1), ...buttons.slice(0, at).reverse()].find((b) => !b.disabled)?.focus();
  });
  const onFocus = (e: FocusEvent) => {
    focused.current = e.target instanceof HTMLButtonElement ? e.target : null;
  };
  const onBlur = (e: FocusEvent) => {
    // Disabling a focused button can blur it before the layout effect runs.
    if (!(e.target instanceof HTMLButtonElement && e.target.disabled) || e.relatedTarget)
      focused.current = null;
  };

  return (
    <Box
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'flex-end',
        columnGap: 2,
        minHeight: 52,
      }}
    >
      <Typography id={labelId} variant="body2">
        {t('list.pageSize')}
      </Typography>
      <Select
        value={size}
        onChange={(e) => {
          // One of the sizes offered, as that size (its type), not the event's bare number.
          const picked = sizes.find((s) => s === e.target.value);
          if (picked !== undefined) onSizeChange(picked);
        }}
        labelId={labelId}
        input={<InputBase sx={{ typography: 'body2' }} />}
        sx={{ mr: 2 }}
      >
        {sizes.map((s) => (
          <MenuItem key={s} value={s}>
            {formatNumber(s, locale)}
          </MenuItem>
        ))}
      </Select>
      <Typography variant="body2">
        {t('list.displayed', {
          from: formatNumber(from, locale),
          to: formatNumber(to, locale),
          count: formatNumber(total, locale),
        })}
      </Typography>
      <Box ref={group} onFocus={onFocus} onBlur={onBlur} sx={{ display: 'flex', flexShrink: 0 }}>
        {ACTIONS.map(([action, Icon]) => (
          <IconButton
            key={action}
            aria-label={t(`list.goTo.${action}`)}
            disabled={action === 'first' || action === 'previous' ? page <= 0 : page >= lastPage}
            onClick={() => onPageChange(target[action])}
          >
            <Icon />
          </IconButton>
        ))}
      </Box>
    </Box>
  );
}
