import type { SxProps, Theme } from '@mui/material/styles';

/**
 * A chip whose label wraps instead of being cut ("Venter på ku…"): a status in a narrow column,
 * a long product name on a phone.
 */
export const WRAPPING_CHIP_SX: SxProps<Theme> = {
  height: 'auto',
  minHeight: 24,
  maxWidth: '100%',
  '& .MuiChip-label': { whiteSpace: 'normal', overflowWrap: 'anywhere', py: 0.25 },
};
