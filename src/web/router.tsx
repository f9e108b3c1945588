import type { ComponentType } from 'react';
import { createBrowserRouter, Outlet, type RouteObject, ScrollRestoration } from 'react-router';
import { PageLoader } from './components/page-loader';
import { CONTENT_PAGES, type ContentHandle } from './routes/public/public-pages';
import { RouteError } from './routes/route-error';
import { STAFF_NAV, STAFF_PAGES } from './routes/staff/staff-nav';

/**
 * Each area (public site, staff workspace, patient app) is one lazily loaded module, so a
 * visitor of the public site never downloads the workspace.
 */
function area<M>(load: () => Promise<M>) {
  return (name: { [K in keyof M]: M[K] extends ComponentType ? K : never }[keyof M]) =>
    async (): Promise<{ Component: ComponentType }> => ({ Component: (await load())[name] as ComponentType });
}
const publicArea = area(() => import('./routes/public'));
const staffArea = area(() => import('./routes/staff'));
const patientArea = area(() => import('./routes/patient'));

function Root() {
  return (
    <>
      <ScrollRestoration />
      <Outlet />
    </>
  );
}

export const routes: RouteObject[] = [
  {
    Component: Root,
    HydrateFallback: PageLoader,
    ErrorBoundary: RouteError,
    children: [
      {
        lazy: publicArea('PublicLayout'),
        children: [
          { index: true, lazy: publicArea('HomePage') },
          { path: 'signs', lazy: publicArea('SignsPage') },
          { path: 'emergency', lazy: publicArea('EmergencyPage') },
          ...CONTENT_PAGES.map((slug) => ({
            path: slug,
            lazy: publicArea('ContentPage'),
            handle: { contentSlug: slug } satisfies ContentHandle,
          })),
          // Its own small chunk: the only public page that needs the form library and zod.
          {
            path: 'admission',
            lazy: async () => ({
              Component: (await import('./features/admissions/public/admission-request-page'))
                .AdmissionRequestPage,
            }),
          },
          { path: '*', lazy: publicArea('NotFoundPage') },
        ],
      },
      {
        path: 'staff',
        children: [
          { path: 'login', lazy: staffArea('StaffLoginPage') },
          { path: 'mfa', lazy: staffArea('StaffMfaPage') },
          { path: 'mfa/enroll', lazy: staffArea('StaffMfaEnrollPage') },
          {
            lazy: staffArea('StaffShell'),
            children: [
              ...STAFF_NAV.map((entry) => ({
                ...(entry.path ? { path: entry.path } : { index: true }),
                lazy: entry.lazy,
                handle: { labelKey: entry.labelKey },
              })),
              ...STAFF_PAGES.map((page) => ({ path: page.path, lazy: page.lazy })),
            ],
          },
        ],
      },
      {
        path: 'app',
        children: [
          { path: 'login', lazy: patientArea('PatientLoginPage') },
          {
            lazy: patientArea('PatientShell'),
            children: [
              { index: true, lazy: patientArea('PatientHomePage') },
              { path: 'disclosures', lazy: patientArea('PatientDisclosuresPage') },
            ],
          },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
