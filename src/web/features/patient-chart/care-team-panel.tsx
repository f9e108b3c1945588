import { ActionIcon, Button, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARE_ROLES, type ChartCareTeamMember } from '../../../shared/patient-chart';
import { useAddCareTeamMember, useClinicians, useRemoveCareTeamMember } from '../../api/patient-chart';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatDate } from './format';

type CareRole = (typeof CARE_ROLES)[number];
export const careRoleKey = (role: string) =>
  `chart.careTeam.roles.${(CARE_ROLES as readonly string[]).includes(role) ? (role as CareRole) : 'other'}` as const;

/** The current care team; holders of patient:write add and remove members (removal keeps history). */
export function CareTeamPanel({
  patientId,
  members,
  canEdit,
}: {
  patientId: string;
  members: ChartCareTeamMember[];
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const remove = useRemoveCareTeamMember(patientId);
  return (
    <Stack gap="lg">
      {members.length === 0 ? (
        <Text>{t('chart.careTeam.empty')}</Text>
      ) : (
        <List listStyleType="none" spacing="sm">
          {members.map((m) => (
            <List.Item key={m.userId}>
              <Group gap="sm">
                <Text fw={600}>{m.displayName}</Text>
                <Text>{t(careRoleKey(m.careRole))}</Text>
                <Text c="dimmed" size="sm">
                  {t('chart.careTeam.since', { date: formatDate(m.addedAt, lang) })}
                </Text>
                {canEdit && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('chart.careTeam.remove', { name: m.displayName })}
                    loading={remove.isPending && remove.variables === m.userId}
                    onClick={() => remove.mutate(m.userId)}
                  >
                    <span aria-hidden="true">×</span>
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <ApiErrorAlert error={remove.error} />
      {canEdit && <AddMemberForm patientId={patientId} members={members} />}
    </Stack>
  );
}

function AddMemberForm({ patientId, members }: { patientId: string; members: ChartCareTeamMember[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const clinicians = useClinicians(true);
  const add = useAddCareTeamMember(patientId);
  const [userId, setUserId] = useState('');
  const [careRole, setCareRole] = useState<CareRole>('counselor');
  const onTeam = new Set(members.map((m) => m.userId));
  const choices = (clinicians.data ?? []).filter((c) => !onTeam.has(c.id));
  return (
    <form
      aria-labelledby={headingId}
      onSubmit={(ev) => {
        ev.preventDefault();
        if (!userId) return;
        add.mutate({ userId, careRole }, { onSuccess: () => setUserId('') });
      }}
    >
      <Stack gap="sm" maw={480}>
        <Title order={3} size="h4" id={headingId}>
          {t('chart.careTeam.addTitle')}
        </Title>
        <ApiErrorAlert error={add.error ?? clinicians.error} />
        <NativeSelect
          label={t('chart.careTeam.person')}
          required
          value={userId}
          onChange={(ev) => setUserId(ev.currentTarget.value)}
          data={[
            { value: '', label: '—' },
            ...choices.map((c) => ({ value: c.id, label: `${c.displayName} (${t(`roles.${c.role}`)})` })),
          ]}
        />
        <NativeSelect
          label={t('chart.careTeam.careRole')}
          required
          value={careRole}
          onChange={(ev) => setCareRole(ev.currentTarget.value as CareRole)}
          data={CARE_ROLES.map((r) => ({ value: r, label: t(`chart.careTeam.roles.${r}`) }))}
        />
        <Button type="submit" w="fit-content" loading={add.isPending} disabled={!userId}>
          {t('chart.careTeam.add')}
        </Button>
      </Stack>
    </form>
  );
}
