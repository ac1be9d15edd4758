import useMediaQuery from '@mui/material/useMediaQuery';

/**
 * A touch screen with no mouse (a phone, a tablet): keyboard shortcuts and "drop files here" are
 * not offered where they cannot be used.
 */
export const useCoarsePointer = () =>
  useMediaQuery('(hover: none) and (pointer: coarse)', { noSsr: true });
