import type { Me } from '../../../shared/auth';
import { useMe } from '../../api/auth';

/** The user inside an area shell, which only renders its pages once `/me` answered. */
export function useSignedInUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInUser used outside a signed-in area shell');
  return data;
}
