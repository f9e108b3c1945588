import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';

/** Server errors of the Users page: its own codes translated here, the rest as everywhere else. */
export function UserAdminErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.code === 'USER_EXISTS') {
    return (
      <Alert color="red" variant="light" role="alert">
        {t('admin.users.errors.userExists')}
      </Alert>
    );
  }
  return <ApiErrorAlert error={error} />;
}
