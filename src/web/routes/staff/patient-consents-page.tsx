import { Alert, Anchor, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ConsentView } from '../../../shared/consents';
import { ApiError } from '../../api/client';
import { useConsents, useCourtOrders, useDisclosures, usePatientHeader } from '../../api/consents';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageLoader } from '../../components/page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { useSignedInUser } from '../../features/auth/use-signed-in-user';
import { AccountingTable } from '../../features/consents/accounting-table';
import { canRecordConsents, canReleaseRecords } from '../../features/consents/consent-access';
import { formatDate } from '../../features/consents/consent-format';
import { ConsentsTable } from '../../features/consents/consents-table';
import { CourtOrdersSection } from '../../features/consents/court-orders-section';
import { NewConsentForm } from '../../features/consents/new-consent-form';
import { ReleaseRecordsForm } from '../../features/consents/release-records-form';
import { RevokeConsentModal } from '../../features/consents/revoke-consent-modal';
import '../../features/consents/print.css';

/** `/staff/patients/:id/consents`: 42 CFR Part 2 consents, releases and the accounting of disclosures. */
export function PatientConsentsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { id = '' } = useParams();
  const me = useSignedInUser();
  const header = usePatientHeader(id);
  const consents = useConsents(id);
  const accounting = useDisclosures(id);
  const courtOrders = useCourtOrders(id);
  const [formOpen, setFormOpen] = useState(false);
  const [revoking, setRevoking] = useState<ConsentView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  usePageTitle(t('consents.pageTitle'));

  const name = header.data ? `${header.data.legalFirstName} ${header.data.legalLastName}` : '';
  const forbidden = consents.error instanceof ApiError && consents.error.status === 403;
  const print = () => {
    document.body.dataset.print = 'consents-accounting';
    window.addEventListener('afterprint', () => delete document.body.dataset.print, { once: true });
    window.print();
  };

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to={`/staff/patients/${id}`} w="fit-content" className="consents-no-print">
          {t('consents.backToChart')}
        </Anchor>
        <Title order={1}>{t('consents.heading')}</Title>
        {header.data && (
          <Text fw={600}>
            {t('consents.patientLine', {
              name,
              mrn: header.data.mrn,
              dob: formatDate(header.data.dateOfBirth, lang),
            })}
          </Text>
        )}
        <Text className="consents-no-print">{t('consents.intro')}</Text>
      </Stack>

      {forbidden && (
        <Text size="lg" role="alert">
          {t('consents.notAllowed')}
        </Text>
      )}
      {!forbidden && consents.isError && (
        <Stack gap="xs">
          <Text fw={600}>{t('consents.loadError')}</Text>
          <ApiErrorAlert error={consents.error} />
        </Stack>
      )}
      {consents.isPending && <PageLoader />}

      {consents.data && (
        <section aria-labelledby="consents-list-heading" className="consents-no-print">
          <Stack gap="md">
            <Group justify="space-between">
              <Title order={2} id="consents-list-heading">
                {t('consents.list.heading')}
              </Title>
              {canRecordConsents(me.role) && (
                <Button
                  variant={formOpen ? 'default' : 'filled'}
                  onClick={() => {
                    setFormOpen((open) => !open);
                    setNotice(null);
                  }}
                  aria-expanded={formOpen}
                >
                  {formOpen ? t('consents.form.close') : t('consents.form.open')}
                </Button>
              )}
            </Group>
            <div role="status">
              {notice && (
                <Alert color="green" variant="light">
                  {notice}
                </Alert>
              )}
            </div>
            {formOpen && header.data && (
              <NewConsentForm
                patientId={id}
                patientName={name}
                programName={me.organization.name}
                onSaved={() => {
                  setFormOpen(false);
                  setNotice(t('consents.form.saved'));
                }}
              />
            )}
            <ConsentsTable
              consents={consents.data}
              onRevoke={canRecordConsents(me.role) ? setRevoking : undefined}
              scanHref={(consentId) => `/api/v1/patients/${id}/consents/${consentId}/scan`}
            />
          </Stack>
        </section>
      )}
      <RevokeConsentModal
        patientId={id}
        consent={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={() => {
          setRevoking(null);
          setNotice(t('consents.revoke.done'));
        }}
      />

      {consents.data && (
        <div className="consents-no-print">
          <Divider mb="xl" />
          <CourtOrdersSection
            patientId={id}
            orders={courtOrders.data}
            error={courtOrders.error}
            canRecord={canRecordConsents(me.role)}
          />
        </div>
      )}

      {consents.data && canReleaseRecords(me.role) && (
        <div className="consents-no-print">
          <Divider mb="xl" />
          <ReleaseRecordsForm patientId={id} courtOrders={courtOrders.data} />
        </div>
      )}

      {accounting.data && (
        <section aria-labelledby="consents-accounting-heading">
          <Stack gap="md">
            <Divider className="consents-no-print" />
            <Group justify="space-between">
              <Title order={2} id="consents-accounting-heading">
                {t('consents.accounting.heading')}
              </Title>
              <Button variant="default" onClick={print} className="consents-no-print">
                {t('consents.accounting.print')}
              </Button>
            </Group>
            <Text>{t('consents.accounting.intro')}</Text>
            <Text className="consents-print-only" size="sm">
              {t('consents.accounting.printedFor', {
                name,
                date: formatDate(new Date().toISOString(), lang),
              })}
            </Text>
            <AccountingTable
              accounting={accounting.data}
              pdfHref={(disclosureId) => `/api/v1/patients/${id}/disclosures/${disclosureId}/pdf`}
            />
          </Stack>
        </section>
      )}
    </Stack>
  );
}
