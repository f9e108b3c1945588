import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthLayout } from '../../features/auth/auth-layout';
import { PATIENT_LOGIN } from '../../features/auth/destination';
import { LoginForm } from '../../features/auth/login-form';

export function StaffLoginPage() {
  const { t } = useTranslation();
  return (
    <AuthLayout
      title={t('auth.staffLogin.title')}
      intro={t('auth.staffLogin.intro')}
      footer={
        <Text>
          {t('auth.staffLogin.otherArea')}{' '}
          <Anchor component={Link} to={PATIENT_LOGIN}>
            {t('auth.staffLogin.otherAreaLink')}
          </Anchor>
        </Text>
      }
    >
      <LoginForm />
    </AuthLayout>
  );
}
