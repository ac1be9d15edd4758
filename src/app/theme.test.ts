import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { createPortalTheme } from './theme';

const t = ((key: string) => key) as unknown as TFunction;

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(color: string) {
  const hex = /^#[0-9a-f]{3}$/i.test(color)
    ? `#${color.slice(1).replace(/./g, (c) => c + c)}`
    : color;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the keyboard focus ring', () => {
  const theme = createPortalTheme(t);
  // The colours each scheme resolves (the theme's own type does not list its schemes).
  type SchemePalette = {
    primary: { main: string };
    background: { default: string; paper: string };
  };
  const schemes = (
    theme as unknown as { colorSchemes: Record<'light' | 'dark', { palette: SchemePalette }> }
  ).colorSchemes;

  // In the dark scheme MUI builds it again from the dark primary (e2e/shell.spec.ts checks).
  it('is a 2px solid outline off the control, in the primary colour', () => {
    expect(theme.focusVisible).toMatchObject({
      outlineStyle: 'solid',
      outlineWidth: 2,
      outlineColor: '#0b5cad',
    });
    expect(String(theme.focusVisible && theme.focusVisible.outlineOffset)).toContain('2px');
  });

  it.each(['light', 'dark'] as const)(
    'stands out 3:1 against the page and the cards in %s mode',
    (mode) => {
      const { palette } = schemes[mode];
      const ring = palette.primary.main;
      expect(contrast(ring, palette.background.default)).toBeGreaterThanOrEqual(3);
      expect(contrast(ring, palette.background.paper)).toBeGreaterThanOrEqual(3);
    },
  );
});
