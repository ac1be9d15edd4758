import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { env } from '@/config/env';
import { setupI18n } from '@/app/i18n';
import { AppProvider, createAppQueryClient } from '@/app/provider';
import { createRouter } from '@/app/router';
import { registerSandboxControls } from '@/app/sandbox-controls';

async function startSandboxIfEnabled() {
  // The literal comparison lets the normal build drop the sandbox entirely.
  if (import.meta.env.VITE_API_MOCKING === 'true') {
    const { startSandbox, resetSandboxData } = await import('../mocks/browser');
    await startSandbox({ seedSize: env.seedSize });
    registerSandboxControls({
      resetData: () => {
        resetSandboxData();
        window.location.reload();
      },
    });
  }
}

function render() {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  const queryClient = createAppQueryClient();
  createRoot(root).render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={createRouter(queryClient)} />
      </AppProvider>
    </StrictMode>,
  );
}

void Promise.all([setupI18n(), startSandboxIfEnabled()]).then(render);
