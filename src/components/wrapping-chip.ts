import type { SxProps, Theme } from '@mui/material/styles';

/**
 * A chip whose label wraps instead of being cut ("Venter på ku…"): a status in a narrow column,
 * a long product name on a phone.
 */
export const WRAPPING_CHIP_SX: SxProps<Theme> = {
  height: 'auto',
  minHeight: 24,
  maxWidth: '100%',
  // `break-word`, not `anywhere`: a table sizes the column to the longest word, so "Krever
  // handling" wraps between its words instead of "Krev/er/hand/ling"; only a word wider than
  // the whole column is broken.
  '& .MuiChip-label': { whiteSpace: 'normal', overflowWrap: 'break-word', py: 0.25 },
};
