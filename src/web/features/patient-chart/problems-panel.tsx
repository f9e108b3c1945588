import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartProblem } from '../../../shared/patient-chart';
import { ApiError } from '../../api/client';
import { useAddProblem, useResolveProblem } from '../../api/patient-chart';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatDate } from './format';

/** Active problems (ICD-10-CM); add with code + description, resolve with one button. */
export function ProblemsPanel({
  patientId,
  problems,
  canEdit,
}: {
  patientId: string;
  problems: ChartProblem[];
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const resolve = useResolveProblem(patientId);
  return (
    <Stack gap="lg">
      {problems.length === 0 ? (
        <Text>{t('chart.problems.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('chart.problems.code')}</Table.Th>
                <Table.Th>{t('chart.problems.description')}</Table.Th>
                <Table.Th>{t('chart.problems.onsetColumn')}</Table.Th>
                {canEdit && <Table.Td />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {problems.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td ff="monospace">{p.icd10Code}</Table.Td>
                  <Table.Td>{p.description}</Table.Td>
                  <Table.Td>{p.onsetDate ? formatDate(p.onsetDate, lang) : t('chart.none')}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        loading={resolve.isPending && resolve.variables === p.id}
                        onClick={() => resolve.mutate(p.id)}
                      >
                        {t('chart.problems.resolve', { code: p.icd10Code })}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ApiErrorAlert error={resolve.error} />
      {canEdit && <AddProblemForm patientId={patientId} />}
    </Stack>
  );
}

function AddProblemForm({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const add = useAddProblem(patientId);
  const [code, setCode] = useState('');
  const [description, setDescription] = useState('');
  const [onset, setOnset] = useState('');
  const fields = add.error instanceof ApiError ? add.error.fields : undefined;
  return (
    <form
      aria-labelledby={headingId}
      onSubmit={(ev) => {
        ev.preventDefault();
        add.mutate(
          {
            icd10Code: code,
            ...(description.trim() ? { description } : {}),
            ...(onset ? { onsetDate: onset } : {}),
          },
          {
            onSuccess: () => {
              setCode('');
              setDescription('');
              setOnset('');
            },
          },
        );
      }}
    >
      <Stack gap="sm" maw={560}>
        <Title order={3} size="h4" id={headingId}>
          {t('chart.problems.addTitle')}
        </Title>
        <ApiErrorAlert error={add.error} />
        <Group align="flex-start" grow>
          <TextInput
            label={t('chart.problems.code')}
            required
            placeholder="F11.20"
            value={code}
            onChange={(ev) => setCode(ev.currentTarget.value)}
            error={fields?.icd10Code}
            autoComplete="off"
          />
          <TextInput
            type="date"
            label={t('chart.problems.onset')}
            value={onset}
            onChange={(ev) => setOnset(ev.currentTarget.value)}
            error={fields?.onsetDate}
          />
        </Group>
        <TextInput
          label={t('chart.problems.description')}
          description={t('chart.problems.descriptionHint')}
          value={description}
          onChange={(ev) => setDescription(ev.currentTarget.value)}
          error={fields?.description}
        />
        <Button type="submit" w="fit-content" loading={add.isPending}>
          {t('chart.problems.add')}
        </Button>
      </Stack>
    </form>
  );
}
