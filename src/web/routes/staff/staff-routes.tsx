import { Route, Routes } from 'react-router';
import { QueryLayout } from '../../api/query-layout';
import { StaffLoginPage } from './staff-login-page';
import { StaffMfaEnrollPage } from './staff-mfa-enroll-page';
import { StaffMfaPage } from './staff-mfa-page';
import { STAFF_NAV, STAFF_PAGES } from './staff-nav';
import { StaffShell } from './staff-shell';

/**
 * Everything below `/staff`. It lives in the staff chunk, so the public site's first load carries neither
 * the workspace's route table nor its navigation.
 */
export function StaffRoutes() {
  return (
    <Routes>
      <Route element={<QueryLayout />}>
        <Route path="login" element={<StaffLoginPage />} />
        <Route path="mfa" element={<StaffMfaPage />} />
        <Route path="mfa/enroll" element={<StaffMfaEnrollPage />} />
        <Route element={<StaffShell />}>
          {STAFF_NAV.map(({ path, page: Page, labelKey }) =>
            path ? (
              <Route key={path} path={path} element={<Page labelKey={labelKey} />} />
            ) : (
              <Route key="home" index element={<Page labelKey={labelKey} />} />
            ),
          )}
          {STAFF_PAGES.map(({ path, page: Page }) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
        </Route>
      </Route>
    </Routes>
  );
}
