import { Alert } from '@mantine/core';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';

/**
 * What the consent and court-order forms show when saving failed. The server names each field it refused, in
 * English; a reader of another language gets a translated "this is needed" on those fields instead.
 */
export function fieldErrorsOf(
  caught: unknown,
  {
    t,
    english,
    fieldFor = (name) => name,
  }: { t: TFunction; english: boolean; fieldFor?: (name: string) => string },
): Record<string, string> | null {
  if (!(caught instanceof ApiError) || !caught.fields) return null;
  const errors: Record<string, string> = {};
  for (const [name, message] of Object.entries(caught.fields)) {
    errors[fieldFor(name)] = english ? message : t('consents.form.fieldMissing');
  }
  return errors;
}

/** Above the form: "fix the marked fields" when the server named fields, else the error itself. */
export function SaveErrorAlert({ error, t }: { error: unknown; t: TFunction }) {
  if (error instanceof ApiError && error.fields) {
    return (
      <Alert color="red" variant="light" role="alert">
        {t('consents.form.fixErrors')}
      </Alert>
    );
  }
  return <ApiErrorAlert error={error} />;
}
