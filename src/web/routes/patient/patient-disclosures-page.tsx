import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOwnDisclosures } from '../../api/consents';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageLoader } from '../../components/page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { AccountingTable } from '../../features/consents/accounting-table';

/** `/app/disclosures`: the patient's own accounting of disclosures (42 CFR 2.25). */
export function PatientDisclosuresPage() {
  const { t } = useTranslation();
  const accounting = useOwnDisclosures();
  usePageTitle(t('consents.patientApp.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('consents.patientApp.title')}</Title>
      <Text>{t('consents.patientApp.intro')}</Text>
      {accounting.isPending && <PageLoader />}
      {accounting.isError && (
        <Stack gap="xs">
          <Text fw={600}>{t('consents.patientApp.loadError')}</Text>
          <ApiErrorAlert error={accounting.error} />
        </Stack>
      )}
      {accounting.data &&
        (accounting.data.disclosures.length === 0 ? (
          <Text>{t('consents.patientApp.empty')}</Text>
        ) : (
          <AccountingTable accounting={accounting.data} />
        ))}
    </Stack>
  );
}
