import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourtOrderView } from '../../../shared/consents';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { categoryText, formatDate } from './consent-format';
import { CourtOrderForm } from './court-order-form';
import { courtOrderTerm, SECTION_KEY } from './court-order-format';

const STATUS_COLORS: Record<CourtOrderView['status'], string> = {
  active: 'haven.8',
  expired: 'gray.7',
  used: 'gray.7',
};

interface CourtOrdersSectionProps {
  patientId: string;
  orders: CourtOrderView[] | undefined;
  error: unknown;
  /** Offered the form when the user may record consents (the same roles record court orders). */
  canRecord: boolean;
}

/**
 * The patient's court orders under 42 CFR part 2 subpart E: what each authorizes and whether it is still in
 * force. Releases for legal proceedings choose one of them in the release form.
 */
export function CourtOrdersSection({ patientId, orders, error, canRecord }: CourtOrdersSectionProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [formOpen, setFormOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="court-orders-heading" className="consents-no-print">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} id="court-orders-heading">
            {t('consents.courtOrders.heading')}
          </Title>
          {canRecord && (
            <Button
              variant={formOpen ? 'default' : 'filled'}
              onClick={() => {
                setFormOpen((open) => !open);
                setSaved(false);
              }}
              aria-expanded={formOpen}
            >
              {formOpen ? t('consents.courtOrders.close') : t('consents.courtOrders.open')}
            </Button>
          )}
        </Group>
        <Text>{t('consents.courtOrders.intro')}</Text>
        <div role="status">
          {saved && (
            <Alert color="green" variant="light">
              {t('consents.courtOrders.saved')}
            </Alert>
          )}
        </div>
        {formOpen && (
          <CourtOrderForm
            patientId={patientId}
            onSaved={() => {
              setFormOpen(false);
              setSaved(true);
            }}
          />
        )}
        <ApiErrorAlert error={error} />
        {orders &&
          (orders.length === 0 ? (
            <Text>{t('consents.courtOrders.empty')}</Text>
          ) : (
            // Native scrolling, focusable and named, so keyboard users can scroll it on a phone.
            <Table.ScrollContainer
              minWidth={760}
              type="native"
              tabIndex={0}
              role="region"
              aria-label={t('consents.courtOrders.caption')}
            >
              <Table striped verticalSpacing="sm">
                <Table.Caption>{t('consents.courtOrders.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('consents.list.status')}</Table.Th>
                    <Table.Th scope="col">{t('consents.courtOrders.order')}</Table.Th>
                    <Table.Th scope="col">{t('consents.courtOrders.recipient')}</Table.Th>
                    <Table.Th scope="col">{t('consents.courtOrders.information')}</Table.Th>
                    <Table.Th scope="col">{t('consents.courtOrders.inForce')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {orders.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>
                        <Badge
                          color={STATUS_COLORS[o.status]}
                          miw={88}
                          variant={o.status === 'active' ? 'filled' : 'outline'}
                        >
                          {t(`consents.courtOrders.status.${o.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {o.court}
                        </Text>
                        <Text size="sm">
                          {t('consents.courtOrders.caseLine', {
                            caseNumber: o.caseNumber,
                            date: formatDate(o.orderDate, lang),
                          })}
                        </Text>
                        <Text size="sm">{t(`consents.courtOrders.section.${SECTION_KEY[o.section]}`)}</Text>
                        {o.judge && <Text size="sm">{o.judge}</Text>}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {o.recipientName}
                        </Text>
                        <Text size="sm">{o.purpose}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {o.informationCategories.map((c) => categoryText(c, t)).join(', ')}
                        </Text>
                        <Text size="sm">{o.informationDescription}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{courtOrderTerm(o, t, lang)}</Text>
                        {o.firstUsedAt && (
                          <Text size="sm">
                            {t('consents.courtOrders.usedOn', { date: formatDate(o.firstUsedAt, lang) })}
                          </Text>
                        )}
                        {o.hasScan ? (
                          <Anchor
                            size="sm"
                            href={`/api/v1/patients/${patientId}/court-orders/${o.id}/scan`}
                            target="_blank"
                            rel="noopener"
                            aria-label={t('consents.courtOrders.scanLabel', {
                              court: o.court,
                              caseNumber: o.caseNumber,
                            })}
                          >
                            {t('consents.courtOrders.viewScan')}
                          </Anchor>
                        ) : (
                          <Text size="sm">{t('consents.courtOrders.noScan')}</Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ))}
      </Stack>
    </section>
  );
}
