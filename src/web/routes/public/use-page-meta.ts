import { useEffect } from 'react';
import { usePageTitle } from '../../components/use-page-title';

/** Sets the page title and `<meta name="description">`; the previous description comes back on leaving. */
export function usePageMeta(title: string, description: string): void {
  usePageTitle(title);
  useEffect(() => {
    let meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'description';
      document.head.append(meta);
    }
    const previous = meta.content;
    meta.content = description;
    return () => {
      if (meta) meta.content = previous;
    };
  }, [description]);
}
