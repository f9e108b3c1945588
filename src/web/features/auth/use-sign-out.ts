import { useNavigate } from 'react-router';
import { useLogout } from '../../api/auth';

/** Signs out (clearing cached data even if the server is unreachable) and opens a sign-in page. */
export function useSignOut(loginPath: string) {
  const logout = useLogout();
  const navigate = useNavigate();
  const signOut = async () => {
    try {
      await logout.mutateAsync();
    } catch {
      // The local session data is gone either way; the cookie expires on its own.
    }
    await navigate(loginPath, { replace: true });
  };
  return { signOut, pending: logout.isPending };
}
