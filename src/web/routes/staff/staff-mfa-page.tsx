import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthLayout } from '../../features/auth/auth-layout';
import { STAFF_LOGIN } from '../../features/auth/destination';
import { MfaCodeForm } from '../../features/auth/mfa-code-form';
import { useCompleteSignIn } from '../../features/auth/use-complete-sign-in';

/** Second step of sign-in for users who already set up an authenticator app. */
export function StaffMfaPage() {
  const { t } = useTranslation();
  const completeSignIn = useCompleteSignIn();
  return (
    <AuthLayout
      title={t('auth.mfa.title')}
      intro={t('auth.mfa.intro')}
      footer={
        <Anchor component={Link} to={STAFF_LOGIN}>
          {t('auth.backToSignIn')}
        </Anchor>
      }
    >
      <MfaCodeForm submitLabel={t('auth.mfa.verify')} onVerified={completeSignIn} />
    </AuthLayout>
  );
}
