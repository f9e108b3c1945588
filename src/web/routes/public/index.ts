/** The public site: one lazily loaded chunk. */
export { HomePage } from './home-page';
export { NotFoundPage } from './not-found-page';
export { PublicLayout } from './public-layout';
