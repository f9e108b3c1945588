import type { Language } from '../../../i18n';
import type { ContentSlug } from '../public-pages';
import { type MarkdownDocument, parseMarkdown } from './markdown';

/**
 * The Markdown pages, one lazily loaded file each (Vite `?raw`), so the public area's chunk carries none of
 * them and a visitor downloads only the page and language they read.
 */
const files = import.meta.glob<string>('../../../content/*/*.md', { query: '?raw', import: 'default' });

const cache = new Map<string, Promise<MarkdownDocument>>();

export function loadContent(lang: Language, slug: ContentSlug): Promise<MarkdownDocument> {
  const key = `../../../content/${lang}/${slug}.md`;
  let pending = cache.get(key);
  if (!pending) {
    const load = files[key];
    if (!load) return Promise.reject(new Error(`No content file ${lang}/${slug}.md`));
    pending = load().then(parseMarkdown);
    // A failed load (offline) may be retried on the next visit.
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}
