/** The public site's layout (each page is its own lazily loaded chunk; see src/web/router.tsx). */
export { NotFoundPage } from './not-found-page';
export { PublicLayout } from './public-layout';
