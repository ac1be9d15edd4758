import { lazy, Suspense, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { CacheProvider } from '@emotion/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { Notifications } from '@/components/notifications';
import type { Language } from '@/lib/format';
import { createAppQueryClient } from './app-query-client';
import { createPortalEmotionCache } from './emotion-cache';
import { SessionExpiredDialog } from './session';
import { createPortalTheme } from './theme';

const ReactQueryDevtools = import.meta.env.DEV
  ? lazy(() =>
      import('@tanstack/react-query-devtools').then((m) => ({ default: m.ReactQueryDevtools })),
    )
  : () => null;

const emotionCache = createPortalEmotionCache();

export function AppProvider({
  children,
  queryClient: given,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
}) {
  const [queryClient] = useState(() => given ?? createAppQueryClient());
  const { i18n: instance } = useTranslation();
  const language: Language = instance.language === 'nb' ? 'nb' : 'en';
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)', { noSsr: true });
  const theme = useMemo(
    () => createPortalTheme(instance.getFixedT(language), { reducedMotion }),
    [instance, language, reducedMotion],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <CacheProvider value={emotionCache}>
        <ThemeProvider theme={theme} defaultMode="system">
          <CssBaseline />
          {children}
          <SessionExpiredDialog />
          <Notifications />
        </ThemeProvider>
      </CacheProvider>
      <Suspense>
        <ReactQueryDevtools buttonPosition="bottom-left" />
      </Suspense>
    </QueryClientProvider>
  );
}
