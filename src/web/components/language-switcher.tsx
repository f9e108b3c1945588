import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, LANGUAGES, type Language } from '../i18n';

/**
 * English / Español; the choice is remembered in this browser and sets `<html lang>`. A plain native select
 * (styled in styles.css) rather than Mantine's NativeSelect: it is on every page, and the input machinery
 * NativeSelect brings costs the public first load ~2 KB gzip for one control (e2e/public-bundle-size).
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <select
      className="language-switcher"
      aria-label={t('language.label')}
      value={currentLanguage(i18n)}
      onChange={(event) => void changeLanguage(i18n, event.currentTarget.value as Language)}
    >
      {LANGUAGES.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
          {l.label}
        </option>
      ))}
    </select>
  );
}
