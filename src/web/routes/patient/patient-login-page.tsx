import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthLayout } from '../../features/auth/auth-layout';
import { STAFF_LOGIN } from '../../features/auth/destination';
import { LoginForm } from '../../features/auth/login-form';

export function PatientLoginPage() {
  const { t } = useTranslation();
  return (
    <AuthLayout
      title={t('auth.patientLogin.title')}
      intro={t('auth.patientLogin.intro')}
      footer={
        <Text>
          {t('auth.patientLogin.otherArea')}{' '}
          <Anchor component={Link} to={STAFF_LOGIN}>
            {t('auth.patientLogin.otherAreaLink')}
          </Anchor>
        </Text>
      }
    >
      <LoginForm />
    </AuthLayout>
  );
}
