import { type ComponentType, lazy, Suspense } from 'react';
import { BrowserRouter, Outlet, Route, Routes, useLocation } from 'react-router';
import { PageLoader } from './components/page-loader';
import { ScrollToTop } from './components/scroll-to-top';
import { CONTENT_PAGES } from './routes/public/public-pages';
import { RouteErrorBoundary } from './routes/route-error';

/**
 * Each area (public site, staff workspace, patient app) is one lazily loaded module, so a visitor of the
 * public site never downloads the workspace. The routes are declared as elements (React Router's declarative
 * mode) rather than with a data router: the site loads nothing through route loaders, and the data router
 * alone would add ~20 KB (gzip) to every public page's first load (issue "Public site", part 6).
 * Navigations run in a React transition, so the current page stays up while the next chunk downloads.
 */
function area<M>(load: () => Promise<M>) {
  return <K extends { [N in keyof M]: M[N] extends ComponentType<never> ? N : never }[keyof M]>(name: K) =>
    lazy(async () => ({ default: (await load())[name] as M[K] & ComponentType<object> }));
}
const publicArea = area(() => import('./routes/public'));
const staffArea = area(() => import('./routes/staff'));
const patientArea = area(() => import('./routes/patient'));

// The public area's layout is one chunk and each page another, so the first page downloads only itself.
const PublicLayout = publicArea('PublicLayout');
const NotFoundPage = publicArea('NotFoundPage');
const HomePage = lazy(async () => ({ default: (await import('./routes/public/home-page')).HomePage }));
const EmergencyPage = lazy(async () => ({
  default: (await import('./routes/public/emergency-page')).EmergencyPage,
}));
const ContentPage = lazy(async () => ({
  default: (await import('./routes/public/content/content-page')).ContentPage,
}));
const SignsPage = lazy(async () => ({ default: (await import('./routes/public/signs-page')).SignsPage }));
// Its own small chunk: the only public page with a form library; its checks load once the form is used.
const AdmissionRequestPage = lazy(async () => ({
  default: (await import('./features/admissions/public/admission-request-page')).AdmissionRequestPage,
}));
// The center finder: its own chunk (Leaflet loads later still, only when the map is opened).
const FinderPage = lazy(async () => ({
  default: (await import('./features/centers/finder-page')).FinderPage,
}));
/** Pages under this layout share the query cache; see api/query-layout.tsx. */
const QueryLayout = lazy(async () => ({ default: (await import('./api/query-layout')).QueryLayout }));

const StaffRoutes = staffArea('StaffRoutes');

const PatientShell = patientArea('PatientShell');
const PatientLoginPage = patientArea('PatientLoginPage');
const PatientHomePage = patientArea('PatientHomePage');
const PatientDisclosuresPage = patientArea('PatientDisclosuresPage');

/** The error boundary resets on navigation, so a failed page does not stick to the next one. */
function Root() {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary resetKey={pathname}>
      <ScrollToTop />
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </RouteErrorBoundary>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Root />}>
        <Route element={<PublicLayout />}>
          <Route index element={<HomePage />} />
          <Route path="signs" element={<SignsPage />} />
          <Route path="emergency" element={<EmergencyPage />} />
          {CONTENT_PAGES.map((slug) => (
            <Route key={slug} path={slug} element={<ContentPage slug={slug} />} />
          ))}
          <Route path="admission" element={<AdmissionRequestPage />} />
          <Route path="find" element={<FinderPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="staff/*" element={<StaffRoutes />} />
        <Route path="app" element={<QueryLayout />}>
          <Route path="login" element={<PatientLoginPage />} />
          <Route element={<PatientShell />}>
            <Route index element={<PatientHomePage />} />
            <Route path="disclosures" element={<PatientDisclosuresPage />} />
          </Route>
        </Route>
      </Route>
    </Routes>
  );
}

/** The whole client-side routing: the browser's history and the route table. */
export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
