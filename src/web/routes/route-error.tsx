import { Button } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { StatusPage } from '../components/status-page';

/** Root error boundary: also catches a lazy chunk that failed to load after a new release. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <StatusPage
      title={t('routeError.title')}
      body={t('routeError.body')}
      action={
        <Button onClick={() => window.location.reload()} w="fit-content">
          {t('routeError.reload')}
        </Button>
      }
    />
  );
}
