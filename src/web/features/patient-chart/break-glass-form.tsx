import { Alert, Anchor, Button, Checkbox, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BREAK_GLASS_REASON_MIN } from '../../../shared/patient-chart';
import { ApiError } from '../../api/client';
import { useBreakGlass } from '../../api/patient-chart';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { BREAK_GLASS_MINUTES } from './chart-permissions';

/** Shown on 403 NOT_ON_CARE_TEAM: why the chart is closed, and the way in for an emergency. */
export function BreakGlassForm({ patientId, canUse }: { patientId: string; canUse: boolean }) {
  const { t } = useTranslation();
  const breakGlass = useBreakGlass(patientId);
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const tooShort = reason.trim().length < BREAK_GLASS_REASON_MIN;
  const fieldError = breakGlass.error instanceof ApiError ? breakGlass.error.fields?.reason : undefined;
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('chart.breakGlass.title')}</Title>
      <Text size="lg">{t('chart.breakGlass.body')}</Text>
      {canUse && (
        <form
          onSubmit={(ev) => {
            ev.preventDefault();
            if (!tooShort && confirmed) breakGlass.mutate(reason.trim());
          }}
        >
          <Stack gap="md">
            <Alert color="orange" variant="light">
              {t('chart.breakGlass.terms', { minutes: BREAK_GLASS_MINUTES })}
            </Alert>
            <ApiErrorAlert error={breakGlass.error} />
            <Textarea
              label={t('chart.breakGlass.reason')}
              description={t('chart.breakGlass.reasonHint')}
              required
              autosize
              minRows={3}
              maxLength={500}
              value={reason}
              onChange={(ev) => setReason(ev.currentTarget.value)}
              error={fieldError}
            />
            <Checkbox
              label={t('chart.breakGlass.confirm')}
              checked={confirmed}
              onChange={(ev) => setConfirmed(ev.currentTarget.checked)}
            />
            <Button
              type="submit"
              color="red.9"
              w="fit-content"
              disabled={tooShort || !confirmed}
              loading={breakGlass.isPending}
            >
              {t('chart.breakGlass.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/staff" w="fit-content">
        {t('chart.breakGlass.back')}
      </Anchor>
    </Stack>
  );
}
