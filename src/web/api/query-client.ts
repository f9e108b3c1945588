import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import { meQueryKey } from './keys';

function isRetryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

/** One client per app. A 401 from any query means the session ended: forget the user. */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(meQueryKey, null);
      },
    }),
    mutationCache: new MutationCache(),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => isRetryable(error) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}

let shared: QueryClient | null = null;

/** The client every area shares (created on first use, so cached data survives moving between areas). */
export function appQueryClient(): QueryClient {
  shared ??= createQueryClient();
  return shared;
}
