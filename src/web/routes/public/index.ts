/** The public site: one lazily loaded chunk (content pages load their Markdown on demand). */
export { ContentPage } from './content/content-page';
export { EmergencyPage } from './emergency-page';
export { HomePage } from './home-page';
export { NotFoundPage } from './not-found-page';
export { PublicLayout } from './public-layout';
export { SignsPage } from './signs-page';
