import { Alert, Button, CopyButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface RecoveryCodesProps {
  codes: string[];
  onContinue: () => void;
  continuing: boolean;
}

/** Shown once, right after enrolment; the server keeps only hashes. */
export function RecoveryCodes({ codes, onContinue, continuing }: RecoveryCodesProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light">
        <Text>{t('auth.enroll.recoveryIntro')}</Text>
      </Alert>
      <Paper withBorder p="md" bg="gray.0">
        <ul className="recovery-codes" aria-label={t('auth.enroll.recoveryListLabel')}>
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </Paper>
      <Group>
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="outline" onClick={copy}>
              {copied ? t('auth.enroll.copied') : t('auth.enroll.copyCodes')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Button size="md" onClick={onContinue} loading={continuing} fullWidth>
        {t('auth.enroll.savedContinue')}
      </Button>
    </Stack>
  );
}
