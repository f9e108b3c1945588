import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_METHODS,
  FOR_WHOM,
  type InquiryDetail,
  staffInquiryRequest,
  URGENCIES,
} from '../../../shared/admissions';
import { useCreatePhoneInquiry } from '../../api/admissions';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { zodErrors } from './zod-errors';

const INITIAL = {
  source: 'phone',
  forWhom: 'self',
  firstName: '',
  lastName: '',
  dateOfBirth: '',
  contactMethod: 'phone',
  phone: '',
  email: '',
  urgency: 'today',
  note: '',
  consentToContact: false,
};

const toBody = (values: typeof INITIAL) => ({
  ...values,
  dateOfBirth: values.dateOfBirth.trim() || undefined,
  consentToContact: values.consentToContact || undefined,
});

/** Staff enter a request taken by phone (or walk-in, or referral); it joins the queue assigned to them. */
export function PhoneInquiryForm({
  onDone,
  onCancel,
}: {
  onDone: (created: InquiryDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreatePhoneInquiry();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: INITIAL,
    validate: (values) => zodErrors(staffInquiryRequest, toBody(values)),
  });
  const submit = form.onSubmit(async (values) => {
    setError(null);
    try {
      onDone(await create.mutateAsync(staffInquiryRequest.parse(toBody(values))));
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields) form.setErrors(caught.fields);
      setError(caught);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text>{t('admissions.phone.intro')}</Text>
        <NativeSelect
          label={t('admissions.phone.source')}
          data={(['phone', 'walk-in', 'referral'] as const).map((s) => ({
            value: s,
            label: t(`admissions.source.${s}`),
          }))}
          {...form.getInputProps('source')}
        />
        <Radio.Group label={t('admissions.form.forWhom')} {...form.getInputProps('forWhom')}>
          <Group mt={4}>
            {FOR_WHOM.map((v) => (
              <Radio key={v} value={v} label={t(`admissions.forWhom.${v}`)} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('admissions.phone.firstName')}
            autoComplete="off"
            {...form.getInputProps('firstName')}
          />
          <TextInput
            label={t('admissions.phone.lastName')}
            autoComplete="off"
            {...form.getInputProps('lastName')}
          />
          <TextInput
            label={t('admissions.phone.dateOfBirth')}
            autoComplete="off"
            {...form.getInputProps('dateOfBirth')}
          />
        </SimpleGrid>
        <Radio.Group
          label={t('admissions.form.contactMethod')}
          required
          {...form.getInputProps('contactMethod')}
        >
          <Group mt={4}>
            {CONTACT_METHODS.map((v) => (
              <Radio key={v} value={v} label={t(`admissions.contactMethod.${v}`)} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('admissions.form.phone')}
            type="tel"
            autoComplete="off"
            {...form.getInputProps('phone')}
          />
          <TextInput
            label={t('admissions.form.email')}
            type="email"
            autoComplete="off"
            {...form.getInputProps('email')}
          />
        </SimpleGrid>
        <Radio.Group label={t('admissions.form.urgency')} required {...form.getInputProps('urgency')}>
          <Group mt={4}>
            {URGENCIES.map((v) => (
              <Radio key={v} value={v} label={t(`admissions.urgency.${v}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea label={t('admissions.phone.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <Checkbox
          label={t('admissions.phone.consent')}
          required
          {...form.getInputProps('consentToContact', { type: 'checkbox' })}
        />
        <ApiErrorAlert error={error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('admissions.phone.submit')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('admissions.phone.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
