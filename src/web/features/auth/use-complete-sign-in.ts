import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { meQueryOptions } from '../../api/auth';
import { ApiError } from '../../api/client';
import { destinationFor, readFrom } from './destination';

/** After the server says `ok`: load the user and go to their area (by role, not by login page). */
export function useCompleteSignIn(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  return async () => {
    const me = await queryClient.fetchQuery({ ...meQueryOptions(), staleTime: 0 });
    if (!me) throw new ApiError({ status: 401, code: 'SESSION_MISSING', message: 'Session missing' });
    await navigate(destinationFor(me.role, readFrom(location.state)), { replace: true });
  };
}
