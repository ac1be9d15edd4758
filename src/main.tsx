// First: in the built portal it is a script of its own that has already run (see first-script.ts).
import { language } from './first-script';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { env } from '@/config/env';
import i18n from 'i18next';
import { setupI18n } from '@/app/i18n';
import { createAppQueryClient } from '@/app/app-query-client';
import { createRouter, flushRouterUpdate } from '@/app/router';
import { registerSandboxControls } from '@/app/sandbox-controls';
import type { QueryClient } from '@tanstack/react-query';

async function startSandboxIfEnabled() {
  // The literal comparison lets the normal build drop the sandbox entirely.
  if (import.meta.env.VITE_API_MOCKING === 'true') {
    const { startSandbox, resetSandboxData } = await import('../mocks/browser');
    const sandbox = await startSandbox({
      seedSize: env.seedSize,
      faults: env.sandboxFaults,
    });
    registerSandboxControls({
      resetData: () => {
        resetSandboxData();
        window.location.reload();
      },
      faults: sandbox.faults,
    });
  }
}

type AppProviderComponent = (typeof import('@/app/provider'))['AppProvider'];

function render(
  AppProvider: AppProviderComponent,
  router: ReturnType<typeof createRouter>,
  queryClient: QueryClient,
) {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  // A transition: the first render yields to the browser instead of blocking it in one long task.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <AppProvider queryClient={queryClient}>
          <RouterProvider router={router} flushSync={flushRouterUpdate} />
        </AppProvider>
      </StrictMode>,
    );
  });
}

/** A start that fails (e.g. a malformed `VITE_SANDBOX_FAULTS`) says why instead of a blank page. */
function showStartFailure(error: unknown) {
  console.error(error);
  const root = document.getElementById('root');
  if (!root) return;
  const message = error instanceof Error ? error.message : String(error);
  const heading = document.createElement('h1');
  heading.textContent = i18n.isInitialized
    ? i18n.t('app.startFailed')
    : 'The portal could not start';
  const detail = document.createElement('p');
  detail.textContent = message; // text, never HTML
  root.replaceChildren(heading, detail);
}

/**
 * Lets the browser breathe between start-up steps: each step is a task of its own instead of one
 * long task that blocks input (Lighthouse's TBT counts every task over 50 ms).
 */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The code of the first screen, run a part per task: evaluating it all at once (the styling engine,
 * the UI kit, the schemas of the API clients) is one long task. index.html preloads every part, so
 * awaiting them in turn costs no round trip.
 */
async function loadProvider() {
  await import('@/app/boot/styling');
  await yieldToBrowser();
  await import('@/app/boot/ui-kit');
  await yieldToBrowser();
  // The portal's shared modules ('app-common' in vite.config.ts), with the API clients' schemas.
  await import('@/api/service-tickets/schemas');
  await yieldToBrowser();
  return import('@/app/provider');
}

async function start() {
  // The theme and the UI kit behind it are not part of the entry, which stays small:
  // index.html preloads them (vite.config.ts, preloadFirstScreen) and they run here, a part per
  // task, while the texts and the page's own code load.
  const provider = loadProvider();
  const texts = setupI18n(language);
  for (const pending of [texts, provider]) pending.catch(() => undefined); // awaited below
  await yieldToBrowser();
  // The router starts loading the page's code (and its data) while the texts load — but only
  // once the embedded sandbox, when there is one, is ready to answer.
  await startSandboxIfEnabled();
  const queryClient = createAppQueryClient();
  const router = createRouter(queryClient);
  await texts;
  render((await provider).AppProvider, router, queryClient);
}

start().catch(showStartFailure);
