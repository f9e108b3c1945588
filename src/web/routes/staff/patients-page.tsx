import { Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PATIENT_SEARCH_MIN_LENGTH, usePatientSearch } from '../../api/patient-search';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { usePageTitle } from '../../components/use-page-title';
import { PatientSearchResults } from '../../features/patients/patient-search-results';

const DEBOUNCE_MS = 250;

/** `/staff/patients`: find a patient by name (typos forgiven), date of birth or MRN. */
export function PatientsPage() {
  const { t } = useTranslation();
  usePageTitle(t('patientSearch.title'));
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const search = usePatientSearch(debounced);
  const headingId = useId();
  const ready = debounced.length >= PATIENT_SEARCH_MIN_LENGTH;

  const onChange = (value: string) => {
    setText(value);
    // Keep the search in the address so Back from a chart returns to the same results.
    setParams(value.trim() ? { q: value } : {}, { replace: true });
  };

  return (
    <Stack gap="lg" maw={1000}>
      <Stack gap="xs">
        <Title order={1}>{t('patientSearch.title')}</Title>
        <Text>{t('patientSearch.intro')}</Text>
      </Stack>
      <search>
        <TextInput
          label={t('patientSearch.label')}
          description={t('patientSearch.hint')}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
          type="search"
          size="md"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          rightSection={
            search.isFetching ? <Loader size="xs" aria-label={t('patientSearch.searching')} /> : null
          }
        />
      </search>
      <Text size="sm" c="dimmed">
        {t('patientSearch.privacy')}
      </Text>
      <div aria-live="polite">
        {ready && search.isError && <ApiErrorAlert error={search.error} />}
        {ready && search.data && !search.isError && (
          <Text fw={600}>
            {search.data.length === 0
              ? t('patientSearch.none', { q: debounced })
              : t('patientSearch.count', { count: search.data.length })}
          </Text>
        )}
      </div>
      {ready && search.data && search.data.length > 0 && !search.isError && (
        <section aria-labelledby={headingId}>
          <Title order={2} size="h3" id={headingId} mb="sm">
            {t('patientSearch.resultsHeading')}
          </Title>
          <PatientSearchResults patients={search.data} labelledBy={headingId} />
        </section>
      )}
    </Stack>
  );
}
