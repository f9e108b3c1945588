import { Alert } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

type ErrorKey =
  | 'errors.invalidCredentials'
  | 'errors.accountLocked'
  | 'errors.rateLimited'
  | 'errors.invalidCode'
  | 'errors.sessionMissing'
  | 'errors.generic';

const CODE_KEYS: Record<string, ErrorKey> = {
  INVALID_CREDENTIALS: 'errors.invalidCredentials',
  ACCOUNT_LOCKED: 'errors.accountLocked',
  RATE_LIMITED: 'errors.rateLimited',
};

/**
 * The message to show for a failed call. In English the server's own message wins (it is the
 * most specific); in other languages a known error code or status is translated instead.
 */
export function apiErrorMessage(
  error: unknown,
  t: TFunction,
  language: string,
  statusKeys: Partial<Record<number, ErrorKey>> = {},
): string {
  if (!(error instanceof ApiError)) return t('errors.generic');
  if (error.status === 0) return t('errors.network');
  if (error.status >= 500) return t('errors.server');
  if (language === 'en' && error.fromServer && error.message) return error.message;
  const key = CODE_KEYS[error.code] ?? statusKeys[error.status];
  if (key) return t(key);
  return error.fromServer ? error.message : t('errors.generic');
}

interface ApiErrorAlertProps {
  error: unknown;
  /** Translations for statuses whose server code is not known here, e.g. `{ 401: 'errors.invalidCode' }`. */
  statusKeys?: Partial<Record<number, ErrorKey>>;
}

/** An error announced to screen readers (role="alert"); renders nothing without an error. */
export function ApiErrorAlert({ error, statusKeys }: ApiErrorAlertProps) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {apiErrorMessage(error, t, i18n.resolvedLanguage ?? i18n.language, statusKeys)}
    </Alert>
  );
}
