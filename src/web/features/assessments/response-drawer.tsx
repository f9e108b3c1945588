import { Badge, Button, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentResponse } from '../../../shared/assessments';
import type { InstrumentDefinitionResponse } from '../../../shared/instruments';
import { FlagsPanel } from './flags-panel';
import { formatSinceUse } from './trend-chart';

/** One stored response: its answers as given, its result, and the way to correct it (a new response). */
export function ResponseDrawer({
  response,
  def,
  lang,
  canAmend,
  onClose,
  onAmend,
}: {
  response: AssessmentResponse | null;
  def: InstrumentDefinitionResponse | undefined;
  lang: string;
  canAmend: boolean;
  onClose: () => void;
  onAmend: (response: AssessmentResponse) => void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={response !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        def && response ? `${def.title} — ${new Date(response.administeredAt).toLocaleString(lang)}` : ''
      }
      closeButtonProps={{ 'aria-label': t('clinical.drawer.close') }}
    >
      {response && def && (
        <Stack gap="md">
          <Group gap="sm">
            {response.score !== null && (
              <Text fw={700}>{t('clinical.drawer.score', { score: response.score })}</Text>
            )}
            {response.bandLabel && <Badge variant="light">{response.bandLabel}</Badge>}
            {response.amendedBy && <Badge color="gray">{t('clinical.drawer.superseded')}</Badge>}
            {response.amendsId && <Badge color="blue">{t('clinical.drawer.correction')}</Badge>}
          </Group>
          <Text size="sm" c="dimmed">
            {t('clinical.drawer.by', { name: response.administeredBy?.displayName ?? '—' })}
            {response.context?.minutesSinceLastUse !== undefined &&
              ` · ${formatSinceUse(response.context.minutesSinceLastUse, t)}`}
            {response.context?.label ? ` · ${response.context.label}` : ''}
          </Text>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('clinical.drawer.item')}</Table.Th>
                <Table.Th scope="col">{t('clinical.drawer.answer')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {def.items
                .filter((item) => item.id in response.answers)
                .map((item) => {
                  const value = response.answers[item.id];
                  const option = item.options.find((o) => o.value === value);
                  return (
                    <Table.Tr key={item.id}>
                      <Table.Td>{item.text}</Table.Td>
                      <Table.Td>{option ? option.label : String(value)}</Table.Td>
                    </Table.Tr>
                  );
                })}
            </Table.Tbody>
          </Table>
          <FlagsPanel flags={response.flags} />
          {canAmend && response.amendedBy === null && (
            <Button variant="default" w="fit-content" onClick={() => onAmend(response)}>
              {t('clinical.drawer.amend')}
            </Button>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
