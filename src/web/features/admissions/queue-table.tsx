import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InquirySummary } from '../../../shared/admissions';
import { formatDueTime, personName } from './format';
import { IconAlertTriangle } from './icons';
import { UrgencyBadge } from './urgency-badge';

interface QueueTableProps {
  inquiries: InquirySummary[];
  captionId: string;
  onOpen: (id: string) => void;
}

/** The queue in the server's order; overdue rows say so in words, the tint only repeats it. */
export function QueueTable({ inquiries, captionId, onOpen }: QueueTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <Table.ScrollContainer
      minWidth={720}
      type="native"
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <Table verticalSpacing="sm" aria-labelledby={captionId} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admissions.queue.columns.person')}</Table.Th>
            <Table.Th scope="col">{t('admissions.queue.columns.urgency')}</Table.Th>
            <Table.Th scope="col">{t('admissions.queue.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('admissions.queue.columns.assigned')}</Table.Th>
            <Table.Th scope="col">{t('admissions.queue.columns.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {inquiries.map((inquiry) => {
            const name = personName(inquiry) ?? t('admissions.queue.anonymous');
            return (
              <Table.Tr key={inquiry.id} bg={inquiry.overdue ? 'red.0' : undefined}>
                <Table.Th scope="row" fw={600}>
                  <Stack gap={2}>
                    <Anchor
                      component="button"
                      type="button"
                      fw={700}
                      ta="left"
                      onClick={() => onOpen(inquiry.id)}
                      aria-label={t('admissions.queue.open', { name })}
                    >
                      {name}
                    </Anchor>
                    <Text size="sm" c="dimmed" fw={400}>
                      {t(`admissions.forWhom.${inquiry.forWhom}`)} ·{' '}
                      {t(`admissions.source.${inquiry.source}`)}
                    </Text>
                  </Stack>
                </Table.Th>
                <Table.Td>
                  <UrgencyBadge urgency={inquiry.urgency} />
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Text size="sm">{t(`admissions.status.${inquiry.status}`)}</Text>
                    {inquiry.waitingTooLong && (
                      <Badge color="orange" variant="light" c="dark.8" radius="sm">
                        {t('admissions.queue.waiting')}
                      </Badge>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {inquiry.assignedTo?.displayName ?? (
                    <Text span c="dimmed" size="sm">
                      {t('admissions.queue.unassigned')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {inquiry.overdue && <IconAlertTriangle />}
                    <Stack gap={0}>
                      {inquiry.overdue && (
                        <Text size="sm" fw={700} c="red.9">
                          {t('admissions.queue.overdue')}
                        </Text>
                      )}
                      <Text size="sm">{formatDueTime(inquiry.followUpDueAt, language)}</Text>
                    </Stack>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
