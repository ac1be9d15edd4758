import { forwardRef } from 'react';
import { createElement } from 'react';
import { Link as RouterLink } from 'react-router';
import type { LinkProps as RouterLinkProps } from 'react-router';
import { createTheme } from '@mui/material/styles';
import type { TFunction } from 'i18next';

/** MUI links and buttons with `href` navigate through the router, not by reloading the page. */
const LinkBehavior = forwardRef<
  HTMLAnchorElement,
  Omit<RouterLinkProps, 'to'> & { href: RouterLinkProps['to'] }
>(function LinkBehavior({ href, ...other }, ref) {
  return createElement(RouterLink, { ref, to: href, ...other });
});

/**
 * The portal's theme. The few texts MUI components carry themselves (a pick list's buttons, an
 * alert's close button) come from the portal's own translations, not from MUI's locale modules,
 * which build number formatters for every locale they hold as soon as they load.
 */
export function createPortalTheme(t: TFunction, { reducedMotion = false } = {}) {
  return createTheme({
    // Users who ask their system for less motion get none: fades, slides and collapses are
    // instant (MUI's own advice: every transition becomes `none`).
    ...(reducedMotion && { transitions: { create: () => 'none' } }),
    colorSchemes: {
      light: {
        palette: {
          primary: { main: '#0b5cad' },
          secondary: { main: '#6a3d9a' },
          // Darker than MUI's defaults so white text on them meets WCAG AA (4.5:1).
          info: { main: '#01579b' },
          warning: { main: '#8a4500' },
          success: { main: '#1b5e20' },
          error: { main: '#b71c1c' },
        },
      },
      dark: { palette: { primary: { main: '#8cc4ff' }, secondary: { main: '#d0b3ff' } } },
    },
    shape: { borderRadius: 8 },
    // A keyboard focus ring on every control (WCAG 2.4.7), instead of MUI's pale ripple alone:
    // 2px solid primary, 2px off the control, drawn inside where a parent would clip it (menus,
    // lists), over a halo of the page colour on coloured bars, alerts and snackbars. Primary is
    // at least 3:1 against the page in both modes (theme.test.ts checks).
    focusVisible: true,
    typography: {
      h1: { fontSize: '1.75rem', fontWeight: 600 },
      h2: { fontSize: '1.25rem', fontWeight: 600 },
      h3: { fontSize: '1.05rem', fontWeight: 600 },
    },
    components: {
      MuiLink: { defaultProps: { component: LinkBehavior } },
      MuiButtonBase: { defaultProps: { LinkComponent: LinkBehavior } },
      MuiAlert: { defaultProps: { closeText: t('common.close') } },
      MuiAutocomplete: {
        defaultProps: {
          clearText: t('picker.clear'),
          closeText: t('common.close'),
          loadingText: t('picker.loading'),
          noOptionsText: t('picker.noOptions'),
          openText: t('picker.open'),
        },
      },
    },
  });
}
