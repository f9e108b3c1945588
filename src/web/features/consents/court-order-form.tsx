import {
  Button,
  Checkbox,
  FileInput,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COURT_ORDER_SECTION_VALUES,
  type CreateCourtOrderRequest,
  INFORMATION_CATEGORY_VALUES,
  SCAN_MAX_BYTES,
} from '../../../shared/consents';
import { useRecordCourtOrder } from '../../api/consents';
import { SECTION_KEY } from './court-order-format';
import { fieldErrorsOf, SaveErrorAlert } from './save-errors';

interface Values {
  section: string;
  court: string;
  caseNumber: string;
  orderDate: string;
  judge: string;
  informationCategories: string[];
  informationDescription: string;
  recipientName: string;
  purpose: string;
  expiresOn: string;
  oneTime: boolean;
  scan: File | null;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * Records a court order from the paper (42 CFR part 2 subpart E): which section it was entered under, the
 * court and case, and exactly what it authorizes (information, recipient, purpose) and for how long, since
 * releases are checked against that scope (§ 2.64(e), § 2.65(e)). The server names anything missing.
 */
export function CourtOrderForm({ patientId, onSaved }: { patientId: string; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const english = (i18n.resolvedLanguage ?? 'en') === 'en';
  const record = useRecordCourtOrder(patientId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({
    initialValues: {
      section: '2.64',
      court: '',
      caseNumber: '',
      orderDate: '',
      judge: '',
      informationCategories: [],
      informationDescription: '',
      recipientName: '',
      purpose: '',
      expiresOn: '',
      oneTime: false,
      scan: null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    form.clearErrors();
    if (values.scan && values.scan.size > SCAN_MAX_BYTES) {
      form.setFieldError('scan', t('consents.form.scanTooLarge'));
      return;
    }
    try {
      const body: CreateCourtOrderRequest = {
        section: values.section as CreateCourtOrderRequest['section'],
        court: values.court,
        caseNumber: values.caseNumber,
        orderDate: values.orderDate || undefined,
        judge: values.judge.trim() || null,
        informationCategories:
          values.informationCategories as CreateCourtOrderRequest['informationCategories'],
        informationDescription: values.informationDescription,
        recipientName: values.recipientName,
        purpose: values.purpose,
        expiresOn: values.expiresOn || null,
        oneTime: values.oneTime,
        scan: values.scan ? await readAsDataUrl(values.scan) : null,
      };
      await record.mutateAsync(body);
      form.reset();
      onSaved();
    } catch (caught) {
      const fieldErrors = fieldErrorsOf(caught, { t, english });
      if (fieldErrors) form.setErrors(fieldErrors);
      setError(caught);
    }
  });

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md" maw={760}>
        <Title order={3} id={headingId}>
          {t('consents.courtOrders.form.heading')}
        </Title>
        <Text>{t('consents.courtOrders.form.intro')}</Text>
        <SaveErrorAlert error={error} t={t} />
        <form onSubmit={submit} noValidate>
          <Stack gap="lg">
            <Radio.Group
              label={t('consents.courtOrders.form.section')}
              required
              {...form.getInputProps('section')}
            >
              <Stack gap="sm" mt="xs">
                {COURT_ORDER_SECTION_VALUES.map((s) => (
                  <Radio
                    key={s}
                    value={s}
                    label={t(`consents.courtOrders.section.${SECTION_KEY[s]}`)}
                    description={t(`consents.courtOrders.sectionHelp.${SECTION_KEY[s]}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('consents.courtOrders.form.court')}
                required
                {...form.getInputProps('court')}
              />
              <TextInput
                label={t('consents.courtOrders.form.caseNumber')}
                required
                autoComplete="off"
                {...form.getInputProps('caseNumber')}
              />
              <TextInput
                type="date"
                label={t('consents.courtOrders.form.orderDate')}
                required
                {...form.getInputProps('orderDate')}
              />
              <TextInput label={t('consents.courtOrders.form.judge')} {...form.getInputProps('judge')} />
            </SimpleGrid>
            <Checkbox.Group
              label={t('consents.courtOrders.form.categories')}
              description={t('consents.courtOrders.form.categoriesHelp')}
              required
              {...form.getInputProps('informationCategories')}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
                {INFORMATION_CATEGORY_VALUES.map((c) => (
                  <Checkbox key={c} value={c} label={t(`consents.category.${c}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <Textarea
              label={t('consents.courtOrders.form.informationDescription')}
              description={t('consents.courtOrders.form.informationDescriptionHelp')}
              required
              autosize
              minRows={2}
              {...form.getInputProps('informationDescription')}
            />
            <TextInput
              label={t('consents.courtOrders.form.recipientName')}
              description={t('consents.courtOrders.form.recipientNameHelp')}
              required
              {...form.getInputProps('recipientName')}
            />
            <Textarea
              label={t('consents.courtOrders.form.purpose')}
              description={t('consents.courtOrders.form.purposeHelp')}
              required
              autosize
              minRows={2}
              {...form.getInputProps('purpose')}
            />
            <Group align="flex-end" gap="lg">
              <TextInput
                type="date"
                label={t('consents.courtOrders.form.expiresOn')}
                description={t('consents.courtOrders.form.expiresOnHelp')}
                {...form.getInputProps('expiresOn')}
              />
              <Checkbox
                label={t('consents.courtOrders.form.oneTime')}
                mb={8}
                {...form.getInputProps('oneTime', { type: 'checkbox' })}
              />
            </Group>
            <FileInput
              label={t('consents.courtOrders.form.scan')}
              accept="application/pdf,image/png,image/jpeg"
              clearable
              {...form.getInputProps('scan')}
            />
            <Group>
              <Button type="submit" loading={record.isPending}>
                {t('consents.courtOrders.form.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </section>
  );
}
