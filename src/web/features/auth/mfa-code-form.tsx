import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MfaVerifyResponse, mfaVerifyRequest } from '../../../shared/auth';
import { useMfaVerify } from '../../api/auth';
import { ApiErrorAlert } from '../../components/api-error-alert';

interface MfaCodeFormProps {
  submitLabel: string;
  /** Called with the server's answer after a correct code; may throw to show an error. */
  onVerified: (result: MfaVerifyResponse) => Promise<void> | void;
}

/** One input for a 6-digit authenticator code or a recovery code. */
export function MfaCodeForm({ submitLabel, onVerified }: MfaCodeFormProps) {
  const { t } = useTranslation();
  const verify = useMfaVerify();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const form = useForm({
    initialValues: { code: '' },
    validate: {
      code: (value) => (mfaVerifyRequest.shape.code.safeParse(value).success ? null : t('validation.code')),
    },
  });

  const submit = form.onSubmit(async ({ code }) => {
    setError(null);
    setSubmitting(true);
    try {
      await onVerified(await verify.mutateAsync(code.replace(/\s+/g, '')));
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ApiErrorAlert error={error} statusKeys={{ 401: 'errors.invalidCode' }} />
        <TextInput
          label={t('auth.mfa.code')}
          description={t('auth.mfa.codeDescription')}
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          size="md"
          {...form.getInputProps('code')}
        />
        <Button type="submit" loading={submitting} size="md" fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
