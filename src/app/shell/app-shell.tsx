import { lazy, Suspense, useDeferredValue, useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import MenuIcon from '@mui/icons-material/Menu';
import { CaseLookup } from './case-lookup';
import { NAV_ITEMS } from './nav-items';
import { PreferencesMenu } from './preferences-menu';
import { UserMenu } from './user-menu';
import { OfflineBanner } from '@/components/offline-banner';
import { PageSkeleton } from '@/components/page-skeleton';
import { useEverTrue } from '@/lib/use-ever-true';

import { getSandboxControls } from '../sandbox-controls';

const DRAWER_WIDTH = 232;

const FaultSwitchBanner = lazy(() =>
  import('./sandbox-fault-switch').then((m) => ({ default: m.FaultSwitchBanner })),
);

/**
 * The first time the shell shows, it commits alone (bar, navigation, a placeholder) and the page
 * follows in a render of its own: two shorter tasks instead of one long one, and the shell is on
 * screen while the page's rows are still being built. Later navigations render the page at once.
 */
function FirstShellThenPage() {
  const showPage = useDeferredValue(true, false);
  return showPage ? <Outlet /> : <PageSkeleton />;
}

function Navigation({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  return (
    <List component="ul" sx={{ px: 1 }}>
      {NAV_ITEMS.map((item) => (
        <li key={item.to}>
          <ListItemButton
            component={NavLink}
            to={item.to}
            end={item.end}
            onClick={onNavigate}
            sx={{
              borderRadius: 1,
              '&.active': { bgcolor: 'action.selected', fontWeight: 600 },
            }}
          >
            <ListItemIcon sx={{ minWidth: 40 }}>
              <item.icon />
            </ListItemIcon>
            <ListItemText primary={t(item.label)} />
          </ListItemButton>
        </li>
      ))}
    </List>
  );
}

export function AppShell() {
  const { t } = useTranslation();
  const [mobileOpen, setMobileOpen] = useState(false);
  const location = useLocation();
  const navigation = useNavigation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const sandbox = getSandboxControls();
  // One navigation drawer, not two hidden by CSS: the phone drawer (a modal with its transition)
  // costs a noticeable part of the first render on the devices that least afford it.
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('md'), { noSsr: true });
  // The bar's case look-up fits from tablet width; on a phone it is in the drawer. Never built on a
  // phone that stays narrow; once built it stays (hidden by CSS when narrow), with what is typed.
  const lookupInBar = useEverTrue(
    !useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true }),
  );
  // The phone drawer is built when the menu button is first pressed or focused, not with the first
  // screen; built before the click that opens it, it still slides in (MUI skips the transition
  // of a drawer that mounts open).
  const [drawerWanted, setDrawerWanted] = useState(false);
  const drawerBuilt = useEverTrue(drawerWanted || mobileOpen);
  // A phone drawer left open must not reopen by itself when a wide window narrows again.
  if (wide && mobileOpen) setMobileOpen(false);
  // Crossing the desktop width swaps one navigation for the other: focus that was in the one that
  // went away (it falls to the page's body) moves to the main content, not to the top of the page.
  const wasWide = useRef(wide);
  useEffect(() => {
    if (wasWide.current === wide) return;
    wasWide.current = wide;
    if (document.activeElement === document.body) mainRef.current?.focus({ preventScroll: true });
  }, [wide]);

  // After a navigation, move focus to the new page so keyboard and screen-reader users start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <ScrollRestoration />
      <Link
        href="#main"
        component="a"
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: (theme) => theme.zIndex.tooltip + 1,
          bgcolor: 'background.paper',
          p: 1,
          borderRadius: 1,
          '&:focus': { top: 8 },
        }}
      >
        {t('shell.skipToContent')}
      </Link>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 1 }}>
          <IconButton
            color="inherit"
            edge="start"
            aria-label={t('shell.openNavigation')}
            onPointerDown={() => setDrawerWanted(true)}
            onFocus={() => setDrawerWanted(true)}
            onClick={() => setMobileOpen(true)}
            sx={{ display: { md: 'none' } }}
          >
            <MenuIcon />
          </IconButton>
          <Box
            component="img"
            src="/favicon.svg"
            alt=""
            width={28}
            height={28}
            // Not beside the menu button (below desktop width), where its lines read as a second
            // menu button, and where the app's name needs the room.
            sx={{ display: { xs: 'none', md: 'block' }, flexShrink: 0 }}
          />
          <Typography
            component={NavLink}
            to="/"
            variant="h6"
            noWrap
            // On the narrowest phones (320 px) the name gives way (ellipsis) to the menu buttons.
            sx={{ color: 'inherit', textDecoration: 'none', fontWeight: 600, minWidth: 0 }}
          >
            {t('app.name')}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          {lookupInBar && (
            <Box sx={{ display: { xs: 'none', sm: 'block' } }}>
              <CaseLookup />
            </Box>
          )}
          <PreferencesMenu />
          <UserMenu />
        </Toolbar>
        {navigation.state === 'loading' && (
          <LinearProgress
            aria-label={t('shell.loadingPage')}
            sx={{ position: 'absolute', bottom: 0, left: 0, right: 0 }}
          />
        )}
      </AppBar>
      {wide ? (
        <Box
          component="nav"
          aria-label={t('nav.label')}
          sx={{ width: DRAWER_WIDTH, flexShrink: 0 }}
        >
          <Drawer
            variant="permanent"
            open
            sx={{ '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}
          >
            <Toolbar />
            <Navigation />
          </Drawer>
        </Box>
      ) : (
        drawerBuilt && (
          <Drawer
            variant="temporary"
            open={mobileOpen}
            onClose={() => setMobileOpen(false)}
            slotProps={{ paper: { 'aria-label': t('nav.label') } }}
            sx={{ '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}
          >
            <Toolbar />
            <Box sx={{ px: 2, pt: 2, display: { sm: 'none' } }}>
              <CaseLookup dense onDone={() => setMobileOpen(false)} />
            </Box>
            <Box component="nav" aria-label={t('nav.label')}>
              <Navigation onNavigate={() => setMobileOpen(false)} />
            </Box>
          </Drawer>
        )
      )}
      <Box
        component="main"
        id="main"
        ref={mainRef}
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, outline: 'none' }}
      >
        <Toolbar />
        <OfflineBanner />
        {sandbox && (
          <Suspense fallback={null}>
            <FaultSwitchBanner faults={sandbox.faults} />
          </Suspense>
        )}
        <Container maxWidth="xl" sx={{ py: 3 }}>
          <Suspense fallback={<PageSkeleton />}>
            <FirstShellThenPage />
          </Suspense>
        </Container>
      </Box>
    </Box>
  );
}

export const Component = AppShell;
