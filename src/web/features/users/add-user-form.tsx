import { Alert, Button, NativeSelect, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../shared/auth';
import { STAFF_ROLES } from '../../../shared/roles';
import { createUserRequest, type OrgUser } from '../../../shared/users';
import { ApiError } from '../../api/client';
import { useCreateUser } from '../../api/users';
import { UserAdminErrorAlert } from './user-admin-error-alert';

const fields = createUserRequest.shape;
const valid = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

/** Creates a staff login in the admin's organization; the password is handed over out of band. */
export function AddUserForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const createUser = useCreateUser();
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<OrgUser | null>(null);

  const form = useForm({
    initialValues: { displayName: '', email: '', role: '', password: '' },
    validate: {
      displayName: (value) => (valid(fields.displayName, value) ? null : t('admin.users.validation.name')),
      email: (value) => (valid(fields.email, value.trim()) ? null : t('admin.users.validation.email')),
      role: (value) => (valid(fields.role, value) ? null : t('admin.users.validation.role')),
      password: (value) =>
        valid(fields.password, value)
          ? null
          : t('admin.users.validation.password', { min: PASSWORD_MIN_LENGTH }),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setAdded(null);
    try {
      const body = createUserRequest.parse({ ...values, email: values.email.trim() });
      setAdded(await createUser.mutateAsync(body));
      form.reset();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'USER_EXISTS') {
        form.setErrors({ email: t('admin.users.errors.emailTaken') });
      } else if (caught instanceof ApiError && caught.fields) {
        form.setErrors(caught.fields);
      }
      setError(caught);
    }
  });

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md" maw={560}>
        <Title order={2} size="h3" id={headingId}>
          {t('admin.users.add.heading')}
        </Title>
        <Text>{t('admin.users.add.intro')}</Text>
        <div role="status">
          {added && (
            <Alert color="green" variant="light">
              {t('admin.users.add.added', { name: added.displayName, role: t(`roles.${added.role}`) })}
            </Alert>
          )}
        </div>
        <UserAdminErrorAlert error={error} />
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('admin.users.add.name')}
              autoComplete="off"
              required
              {...form.getInputProps('displayName')}
            />
            <TextInput
              label={t('admin.users.add.email')}
              type="email"
              inputMode="email"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              {...form.getInputProps('email')}
            />
            <NativeSelect
              label={t('admin.users.add.role')}
              required
              data={[
                { value: '', label: t('admin.users.add.rolePlaceholder'), disabled: true },
                ...STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) })),
              ]}
              {...form.getInputProps('role')}
            />
            <PasswordInput
              label={t('admin.users.add.password')}
              description={t('admin.users.add.passwordHint', { min: PASSWORD_MIN_LENGTH })}
              autoComplete="new-password"
              required
              visibilityToggleButtonProps={{ 'aria-label': t('admin.users.add.showPassword') }}
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={createUser.isPending} w="fit-content">
              {t('admin.users.add.submit')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </section>
  );
}
