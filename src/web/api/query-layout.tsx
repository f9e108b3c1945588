import { QueryClientProvider } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { appQueryClient } from './query-client';

/**
 * Route layout that gives its pages the app's one query cache. Only the routes that talk to the API sit
 * under it (the staff workspace, the patient app, the public admission form), so the public content pages
 * render without downloading the query library.
 */
export function QueryLayout() {
  return (
    <QueryClientProvider client={appQueryClient()}>
      <Outlet />
    </QueryClientProvider>
  );
}
