import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { loginRequest } from '../../../shared/auth';
import { useLogin, useMe } from '../../api/auth';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageLoader } from '../../components/page-loader';
import { destinationFor, readFrom } from './destination';
import { useCompleteSignIn } from './use-complete-sign-in';

/**
 * Email and password, shared by the staff and patient sign-in pages. Where the user lands
 * depends on the server's answer and on their role, not on which page they used.
 */
export function LoginForm() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const login = useLogin();
  const completeSignIn = useCompleteSignIn();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) =>
        loginRequest.shape.email.safeParse(value.trim()).success ? null : t('validation.email'),
      password: (value) => (value.length > 0 ? null : t('validation.password')),
    },
  });

  if (me.isPending) return <PageLoader />;
  if (me.data) return <Navigate to={destinationFor(me.data.role, readFrom(location.state))} replace />;

  const submit = form.onSubmit(async ({ email, password }) => {
    setError(null);
    setSubmitting(true);
    try {
      const { status } = await login.mutateAsync({ email: email.trim(), password });
      const state = { from: readFrom(location.state) };
      if (status === 'ok') await completeSignIn();
      else if (status === 'mfa_required') await navigate('/staff/mfa', { state });
      else await navigate('/staff/mfa/enroll', { state });
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields) form.setErrors(caught.fields);
      setError(caught);
      setSubmitting(false);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ApiErrorAlert error={error} />
        <TextInput
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={submitting} size="md" fullWidth>
          {t('auth.signIn')}
        </Button>
      </Stack>
    </form>
  );
}
