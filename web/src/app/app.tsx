import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppErrorBoundary } from '../components/app-error-boundary';
import { setUnauthorizedHandler } from '../lib/api/client';
import { keepOfflineCopies } from '../lib/offline/offline-copies';
import { createQueryClient } from './query-client';
import { routes } from './router';

function createApp(): { queryClient: QueryClient; router: ReturnType<typeof createBrowserRouter> } {
  const queryClient = createQueryClient();
  const router = createBrowserRouter(routes);
  keepOfflineCopies(queryClient);
  // A 401 anywhere (session expired or revoked elsewhere): go to sign-in; leaving the signed-in screens forgets
  // the cached rows.
  setUnauthorizedHandler((signInPath) => {
    void router.navigate(signInPath, { replace: true });
  });
  return { queryClient, router };
}

export function App() {
  const [{ queryClient, router }] = useState(createApp);
  return (
    <AppErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </AppErrorBoundary>
  );
}
