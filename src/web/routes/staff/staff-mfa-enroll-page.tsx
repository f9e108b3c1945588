import { Anchor, Button, Center, Code, CopyButton, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMfaEnrollment } from '../../api/auth';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageLoader } from '../../components/page-loader';
import { AuthLayout } from '../../features/auth/auth-layout';
import { STAFF_LOGIN } from '../../features/auth/destination';
import { MfaCodeForm } from '../../features/auth/mfa-code-form';
import { RecoveryCodes } from '../../features/auth/recovery-codes';
import { useCompleteSignIn } from '../../features/auth/use-complete-sign-in';

/** First sign-in of a user who must use two-step verification: QR code, first code, recovery codes. */
export function StaffMfaEnrollPage() {
  const { t } = useTranslation();
  const enrollment = useMfaEnrollment();
  const completeSignIn = useCompleteSignIn();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [continuing, setContinuing] = useState(false);
  const [continueError, setContinueError] = useState<unknown>(null);

  const backToSignIn = (
    <Anchor component={Link} to={STAFF_LOGIN}>
      {t('auth.backToSignIn')}
    </Anchor>
  );

  if (recoveryCodes) {
    const finish = async () => {
      setContinuing(true);
      setContinueError(null);
      try {
        await completeSignIn();
      } catch (caught) {
        setContinueError(caught);
        setContinuing(false);
      }
    };
    return (
      <AuthLayout title={t('auth.enroll.recoveryTitle')}>
        <ApiErrorAlert error={continueError} />
        <RecoveryCodes codes={recoveryCodes} onContinue={finish} continuing={continuing} />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('auth.enroll.title')} intro={t('auth.enroll.intro')} footer={backToSignIn}>
      {enrollment.isPending && <PageLoader />}
      <ApiErrorAlert error={enrollment.error} statusKeys={{ 401: 'errors.sessionMissing' }} />
      {enrollment.data && (
        <>
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('auth.enroll.scanHeading')}
            </Title>
            <Center>
              <Image src={enrollment.data.qrDataUrl} alt={t('auth.enroll.qrAlt')} w={200} h={200} />
            </Center>
            <Text size="sm">{t('auth.enroll.manualKey')}</Text>
            <Group gap="xs" align="center">
              <Code fz="md" style={{ wordBreak: 'break-all' }}>
                {enrollment.data.secret}
              </Code>
              <CopyButton value={enrollment.data.secret}>
                {({ copied, copy }) => (
                  <Button variant="subtle" size="compact-sm" onClick={copy}>
                    {copied ? t('auth.enroll.copied') : t('auth.enroll.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
          <Title order={2} size="h4">
            {t('auth.enroll.codeHeading')}
          </Title>
          <MfaCodeForm
            submitLabel={t('auth.enroll.verify')}
            onVerified={async (result) => {
              if (result.recoveryCodes?.length) setRecoveryCodes(result.recoveryCodes);
              else await completeSignIn();
            }}
          />
        </>
      )}
    </AuthLayout>
  );
}
