import { Alert, Button, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canTransition } from '../../../domain/admissions/status-machine';
import type { InquiryDetail } from '../../../shared/admissions';
import { useConvertInquiry } from '../../api/admissions';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';

/** "Convert to patient": pre-filled from the inquiry, then a link to the new chart. */
export function ConvertInquiry({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useTranslation();
  const convert = useConvertInquiry(inquiry.id);
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      legalFirstName: inquiry.firstName ?? '',
      legalLastName: inquiry.lastName ?? '',
      dateOfBirth: inquiry.dateOfBirth ?? '',
    },
  });
  const patientId = inquiry.patientId ?? convert.data?.patientId;

  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      await convert.mutateAsync({
        legalFirstName: values.legalFirstName.trim() || undefined,
        legalLastName: values.legalLastName.trim() || undefined,
        dateOfBirth: values.dateOfBirth.trim() || undefined,
      });
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields) form.setErrors(caught.fields);
      setError(caught);
    }
  });

  return (
    <Paper component="section" aria-labelledby="inquiry-convert-heading" withBorder p="md" radius="md">
      <Title order={3} size="h4" id="inquiry-convert-heading">
        {t('admissions.detail.convertHeading')}
      </Title>
      <div role="status">
        {patientId && (
          <Stack gap="xs" mt="xs">
            <Alert color="green" variant="light">
              {t('admissions.detail.converted')}
            </Alert>
            <Button component={Link} to={`/staff/patients/${patientId}`} w="fit-content">
              {t('admissions.detail.openChart')}
            </Button>
          </Stack>
        )}
      </div>
      {!patientId && !canTransition(inquiry.status, 'admitted') && (
        <Text mt="xs" c="dimmed">
          {t('admissions.detail.convertNotYet')}
        </Text>
      )}
      {!patientId && canTransition(inquiry.status, 'admitted') && (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm" mt="xs">
            <Text size="sm">{t('admissions.detail.convertIntro')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('admissions.detail.legalFirstName')}
                {...form.getInputProps('legalFirstName')}
              />
              <TextInput
                label={t('admissions.detail.legalLastName')}
                {...form.getInputProps('legalLastName')}
              />
              <TextInput
                label={t('admissions.detail.dateOfBirth')}
                placeholder="1990-04-01"
                {...form.getInputProps('dateOfBirth')}
              />
            </SimpleGrid>
            <ApiErrorAlert error={error} />
            <Button type="submit" loading={convert.isPending} w="fit-content">
              {t('admissions.detail.convertSubmit')}
            </Button>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
