import { Divider, Drawer, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useInquiry } from '../../api/admissions';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageLoader } from '../../components/page-loader';
import { ContactLog } from './contact-log';
import { ConvertInquiry } from './convert-inquiry';
import { formatDueTime, personName } from './format';
import { InquiryFacts } from './inquiry-facts';
import { UrgencyBadge } from './urgency-badge';
import { WorkInquiry } from './work-inquiry';

/** One inquiry beside the queue (full screen on phones); its id lives in the URL (`?inquiry=`). */
export function InquiryDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const phone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const inquiry = useInquiry(id);
  const data = inquiry.data;
  const title = data ? (personName(data) ?? t('admissions.queue.anonymous')) : t('admissions.detail.title');

  return (
    <Drawer
      opened={Boolean(id)}
      onClose={onClose}
      position="right"
      size={phone ? '100%' : 'xl'}
      title={title}
      closeButtonProps={{ 'aria-label': t('admissions.detail.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h2-font-size)', fontWeight: 700 } }}
    >
      {inquiry.isPending && id && <PageLoader />}
      {inquiry.isError && (
        <Stack gap="xs">
          <Text fw={600}>{t('admissions.detail.loadError')}</Text>
          <ApiErrorAlert error={inquiry.error} />
        </Stack>
      )}
      {data && (
        <Stack gap="lg">
          <Group gap="sm">
            <UrgencyBadge urgency={data.urgency} />
            <Text fw={600}>{t(`admissions.status.${data.status}`)}</Text>
            {data.overdue && (
              <Text fw={700} c="red.9">
                {t('admissions.queue.overdue')}
              </Text>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t('admissions.detail.received', {
              when: formatDueTime(data.createdAt, language),
              source: t(`admissions.source.${data.source}`),
            })}{' '}
            · {t(`admissions.forWhom.${data.forWhom}`)}
          </Text>
          <InquiryFacts inquiry={data} />
          <Divider />
          <ContactLog key={`log-${data.id}`} inquiry={data} />
          <Divider />
          <WorkInquiry key={`work-${data.id}`} inquiry={data} />
          <ConvertInquiry key={`convert-${data.id}`} inquiry={data} />
        </Stack>
      )}
    </Drawer>
  );
}
