import { Button, Group, Stack, TextInput, VisuallyHidden } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice';
import { coordinatesNear, isCoordinates } from './finder-search';

type LocationProblem = 'denied' | 'unavailable' | 'unsupported';
const PROBLEM_KEYS = {
  denied: 'finder.search.locationDenied',
  unavailable: 'finder.search.locationUnavailable',
  unsupported: 'finder.search.locationUnsupported',
} as const;

interface SearchFormProps {
  /** The place searched now (from the address bar). */
  near: string;
  onSearch: (near: string) => void;
}

/** ZIP code or "City, ST", or the device's position ("Use my location"). */
export function SearchForm({ near, onSearch }: SearchFormProps) {
  const { t } = useTranslation();
  // The box shows what was typed; a device position is not something to edit, so the box stays empty then.
  const [text, setText] = useState(isCoordinates(near) ? '' : near);
  const [missing, setMissing] = useState(false);
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<LocationProblem | null>(null);

  // Back and forward change the search under the form; the box follows.
  useEffect(() => {
    setText(isCoordinates(near) ? '' : near);
  }, [near]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    setMissing(value === '');
    setProblem(null);
    if (value) onSearch(value);
  };

  const locate = () => {
    setMissing(false);
    setProblem(null);
    if (!('geolocation' in navigator)) {
      setProblem('unsupported');
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onSearch(coordinatesNear(position.coords.latitude, position.coords.longitude));
      },
      (error) => {
        setLocating(false);
        setProblem(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable');
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 10 * 60_000 },
    );
  };

  return (
    <search>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('finder.search.label')}
              description={t('finder.search.hint')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              error={missing ? t('finder.search.required') : undefined}
              autoComplete="postal-code"
              enterKeyHint="search"
              maxLength={100}
              size="md"
              style={{ flex: '1 1 16rem' }}
            />
            <Button type="submit" size="md">
              {t('finder.search.submit')}
            </Button>
            <Button type="button" size="md" variant="outline" onClick={locate} loading={locating}>
              {t('finder.search.useLocation')}
            </Button>
          </Group>
          <div aria-live="polite">
            {locating && <VisuallyHidden>{t('finder.search.locating')}</VisuallyHidden>}
          </div>
          {problem && (
            <Notice color="orange" role="alert">
              {t(PROBLEM_KEYS[problem])}
            </Notice>
          )}
        </Stack>
      </form>
    </search>
  );
}
