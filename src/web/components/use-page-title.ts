import { useEffect } from 'react';

/** Sets `document.title` to "<page> | Haven". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} | Haven`;
  }, [title]);
}
