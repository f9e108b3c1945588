import { QueryClientProvider } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { appQueryClient } from './query-client';

/**
 * Route layout that gives its pages the app's one query cache. Only the staff workspace and the patient app
 * sit under it: the public pages render without downloading the query library (those that talk to the API
 * use api/use-public-get.ts).
 */
export function QueryLayout() {
  return (
    <QueryClientProvider client={appQueryClient()}>
      <Outlet />
    </QueryClientProvider>
  );
}
