import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusPage } from '../../components/status-page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <StatusPage
      withChrome={false}
      title={t('notFound.title')}
      body={t('notFound.body')}
      action={
        <Anchor component={Link} to="/">
          {t('notFound.home')}
        </Anchor>
      }
    />
  );
}
