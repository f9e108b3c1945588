import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { INQUIRY_STATUSES } from '../../../shared/admissions';
import { useInquiries } from '../../api/admissions';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageLoader } from '../../components/page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { InquiryDrawer } from '../../features/admissions/inquiry-drawer';
import { PhoneInquiryForm } from '../../features/admissions/phone-inquiry-form';
import { QueueTable } from '../../features/admissions/queue-table';

/** The admissions queue (`/staff/admissions`); `?inquiry=<id>` opens one inquiry beside it. */
export function AdmissionsPage() {
  const { t } = useTranslation();
  const captionId = useId();
  const [params, setParams] = useSearchParams();
  const [added, setAdded] = useState(false);
  const status = params.get('status') ?? 'open';
  const mine = params.get('mine') === '1';
  const openId = params.get('inquiry');
  const newOpen = params.get('new') === '1';
  const inquiries = useInquiries({ status, mine });
  const forbidden = inquiries.error instanceof ApiError && inquiries.error.status === 403;
  usePageTitle(forbidden ? t('admissions.queue.notAllowed.title') : t('admissions.queue.title'));

  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null) next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: key !== 'inquiry' },
    );

  if (forbidden) {
    return (
      <Stack gap="md" maw={720}>
        <Title order={1}>{t('admissions.queue.notAllowed.title')}</Title>
        <Text size="lg">{t('admissions.queue.notAllowed.body')}</Text>
        <Anchor component={Link} to="/staff" w="fit-content">
          {t('admissions.queue.notAllowed.home')}
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap="xs" maw={720}>
          <Title order={1}>{t('admissions.queue.title')}</Title>
          <Text>{t('admissions.queue.intro')}</Text>
        </Stack>
        <Button onClick={() => setParam('new', '1')}>{t('admissions.queue.newInquiry')}</Button>
      </Group>
      <div role="status">
        {added && (
          <Alert color="green" variant="light" withCloseButton onClose={() => setAdded(false)}>
            {t('admissions.phone.added')}
          </Alert>
        )}
      </div>

      <Group component="fieldset" gap="lg" align="flex-end" style={{ border: 0, padding: 0, margin: 0 }}>
        <VisuallyHidden component="legend">{t('admissions.queue.filters')}</VisuallyHidden>
        <NativeSelect
          label={t('admissions.queue.statusFilter')}
          value={status}
          onChange={(e) => setParam('status', e.currentTarget.value)}
          data={[
            { value: 'open', label: t('admissions.queue.openOnly') },
            ...INQUIRY_STATUSES.map((s) => ({ value: s, label: t(`admissions.status.${s}`) })),
            { value: 'all', label: t('admissions.queue.all') },
          ]}
        />
        <Checkbox
          label={t('admissions.queue.mineOnly')}
          checked={mine}
          onChange={(e) => setParam('mine', e.currentTarget.checked ? '1' : null)}
          mb={8}
        />
      </Group>

      <Title order={2} size="h3" id={captionId}>
        {t('admissions.queue.caption')}
      </Title>
      {inquiries.isPending && <PageLoader />}
      {inquiries.isError && (
        <Stack gap="xs">
          <Text fw={600}>{t('admissions.queue.loadError')}</Text>
          <ApiErrorAlert error={inquiries.error} />
        </Stack>
      )}
      {inquiries.data?.length === 0 && <Text>{t('admissions.queue.empty')}</Text>}
      {inquiries.data && inquiries.data.length > 0 && (
        <QueueTable
          inquiries={inquiries.data}
          captionId={captionId}
          onOpen={(id) => setParam('inquiry', id)}
        />
      )}

      <InquiryDrawer id={openId} onClose={() => setParam('inquiry', null)} />
      <Modal
        opened={newOpen}
        onClose={() => setParam('new', null)}
        title={t('admissions.phone.title')}
        size="lg"
        styles={{ title: { fontSize: 'var(--mantine-h2-font-size)', fontWeight: 700 } }}
      >
        <PhoneInquiryForm
          onCancel={() => setParam('new', null)}
          onDone={(created) => {
            setAdded(true);
            setParams((prev) => {
              const next = new URLSearchParams(prev);
              next.delete('new');
              next.set('inquiry', created.id);
              return next;
            });
          }}
        />
      </Modal>
    </Stack>
  );
}
