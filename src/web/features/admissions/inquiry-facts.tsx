import { Anchor, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { signsChecklist } from '../../../domain/instruments/signs-checklist';
import type { InquiryDetail } from '../../../shared/admissions';
import { currentLanguage } from '../../i18n';

const signText = new Map(signsChecklist.items.map((item) => [item.id, item.text]));

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text>{children}</Text>
    </div>
  );
}

/** Who asked, how to reach them, what they told us, and the checklist result they attached. */
export function InquiryFacts({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const none = t('admissions.detail.none');
  const checklist = inquiry.checklistResult;
  return (
    <Stack gap="md">
      <section aria-labelledby="inquiry-contact-heading">
        <Title order={3} size="h4" id="inquiry-contact-heading">
          {t('admissions.detail.contactHeading')}
        </Title>
        <Text mt={4}>
          {t('admissions.detail.contactBy', {
            method: t(`admissions.contactMethod.${inquiry.contactMethod}`),
          })}
        </Text>
        {inquiry.phone && (
          <Anchor href={`tel:${inquiry.phone.replace(/[^\d+]/g, '')}`}>{inquiry.phone}</Anchor>
        )}
        {inquiry.email && (
          <Anchor href={`mailto:${inquiry.email}`} display="block" style={{ wordBreak: 'break-all' }}>
            {inquiry.email}
          </Anchor>
        )}
        {!inquiry.phone && !inquiry.email && <Text c="dimmed">{t('admissions.detail.noContactDetail')}</Text>}
        {inquiry.bestTimeToContact && (
          <Text>{t('admissions.detail.bestTime', { time: inquiry.bestTimeToContact })}</Text>
        )}
      </section>

      <section aria-labelledby="inquiry-about-heading">
        <Title order={3} size="h4" id="inquiry-about-heading">
          {t('admissions.detail.aboutHeading')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2 }} mt={4} spacing="xs">
          <Fact label={t('admissions.detail.substancesLabel')}>
            {inquiry.substances.length
              ? inquiry.substances
                  .map((s) => t(`admissions.substances.${s}` as 'admissions.substances.other'))
                  .join(', ')
              : none}
          </Fact>
          <Fact label={t('admissions.detail.lastUseLabel')}>
            {inquiry.lastUse
              ? t(`admissions.lastUse.${inquiry.lastUse}` as 'admissions.lastUse.today')
              : none}
          </Fact>
          <Fact label={t('admissions.detail.insuranceLabel')}>
            {inquiry.insurance
              ? t(`admissions.insurance.${inquiry.insurance}` as 'admissions.insurance.none')
              : none}
          </Fact>
          <Fact label={t('admissions.detail.siteLabel')}>{inquiry.preferredSite?.name ?? none}</Fact>
          <Fact label={t('admissions.detail.languageLabel')}>
            {t(`admissions.language.${inquiry.preferredLanguage}` as 'admissions.language.en')}
          </Fact>
        </SimpleGrid>
      </section>

      <Paper component="section" aria-labelledby="inquiry-checklist-heading" withBorder p="sm" radius="md">
        <Title order={3} size="h4" id="inquiry-checklist-heading">
          {t('admissions.detail.checklistHeading')}
        </Title>
        {checklist ? (
          <Stack gap={4} mt={4}>
            <Text fw={700}>{t(`admissions.band.${checklist.band}`)}</Text>
            {checklist.score !== null && (
              <Text>{t('admissions.detail.checklistCount', { count: checklist.score })}</Text>
            )}
            {checklist.present.length > 0 && (
              <List size="sm">
                {checklist.present.map((id) => (
                  <List.Item key={id}>{signText.get(id)?.[lang] ?? id}</List.Item>
                ))}
              </List>
            )}
            <Text size="sm" c="dimmed">
              {t('admissions.detail.checklistNotDiagnosis')}
            </Text>
          </Stack>
        ) : (
          <Text c="dimmed" mt={4}>
            {t('admissions.detail.checklistNone')}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
