import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, LANGUAGES, type Language } from '../i18n';

/** English / Español; the choice is remembered in this browser and sets `<html lang>`. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      value={currentLanguage(i18n)}
      onChange={(event) => void changeLanguage(i18n, event.currentTarget.value as Language)}
      data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
      size="sm"
      w={{ base: 108, sm: 120 }}
    />
  );
}
