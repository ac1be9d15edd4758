import { alpha } from '@mui/material/styles';
import type { Theme } from '@mui/material/styles';

/*
 * MUI's small chip and its link, as rules for plain elements (`<span class="chip warning">`,
 * `<a class="link">`), for long lists on a page's first screen: one rule set on the list instead
 * of an MUI component (and its Emotion styles) per chip and link in every row. Put them on the
 * list's own styled element; they look as `Chip size="small"` (with WRAPPING_CHIP_SX) and `Link`.
 */

/** Chip tones: `info` and `warning` (and `success`) filled, `plain` outlined. */
export type ChipTone = 'info' | 'warning' | 'success' | 'plain';

export function plainChipRules({ palette, typography, spacing }: Theme) {
  const filled = (tone: { main: string; contrastText: string }) => ({
    backgroundColor: tone.main,
    color: tone.contrastText,
  });
  return {
    '& .chip': {
      ...typography.body2,
      fontSize: typography.pxToRem(13),
      display: 'inline-flex',
      alignItems: 'center',
      maxWidth: '100%',
      minHeight: 24,
      boxSizing: 'border-box',
      borderRadius: 12,
      padding: spacing(0.25, 1),
      border: '1px solid transparent',
      // As WRAPPING_CHIP_SX: a long label wraps between words.
      overflowWrap: 'break-word',
      ...filled(palette.info),
    },
    '& .chip.warning': filled(palette.warning),
    '& .chip.success': filled(palette.success),
    '& .chip.plain': {
      backgroundColor: 'transparent',
      color: palette.text.primary,
      borderColor: palette.mode === 'light' ? palette.grey[400] : palette.grey[700],
      paddingInline: 7,
    },
  } as const;
}

export function plainLinkRules({ palette, focusVisible }: Theme) {
  return {
    '& a.link': {
      color: palette.primary.main,
      textDecorationColor: alpha(palette.primary.main, 0.4),
      '&:hover': { textDecorationColor: 'inherit' },
      // The theme's keyboard focus ring, as on MUI's links (not the browser's own).
      ...(focusVisible && { '&:focus-visible': focusVisible }),
    },
    '& a.link.strong': { fontWeight: 600 },
  } as const;
}
