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

export function plainChipRules({ palette, typography }: Theme) {
  const filled = (tone: { main: string; contrastText: string }) => ({
    backgroundColor: tone.main,
    color: tone.contrastText,
  });
  return {
    '& .chip': {
      fontFamily: typography.fontFamily,
      fontSize: typography.pxToRem(13),
      lineHeight: 1.5,
      display: 'inline-flex',
      alignItems: 'center',
      verticalAlign: 'middle',
      maxWidth: '100%',
      minHeight: 24,
      boxSizing: 'border-box',
      borderRadius: 16,
      // MUI's 2 px above and below the label and 8 px beside it, 1 px of it a border: transparent
      // on a filled chip (it shows in forced-colours mode), grey on an outlined one.
      padding: '1px 7px',
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
