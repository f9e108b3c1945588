/**
 * The public site's pages, shared by the router and the navigation. Kept free of components so the router can
 * import it without pulling the public area into the main chunk.
 */

/** Markdown pages under src/web/content/<lang>/<slug>.md, each at /<slug>. */
export const CONTENT_PAGES = [
  'how-addiction-develops',
  'programs',
  'what-to-expect',
  'privacy',
  'faq',
] as const;
export type ContentSlug = (typeof CONTENT_PAGES)[number];

export const EMERGENCY_PATH = '/emergency';
export const SIGNS_PATH = '/signs';
/** The center finder (src/web/features/centers/). */
export const FIND_PATH = '/find';
export const ADMISSION_PATH = '/admission';
