import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_KINDS,
  CONTACT_OUTCOMES,
  INQUIRY_EVENT_KINDS,
  type InquiryDetail,
  inquiryEventRequest,
} from '../../../shared/admissions';
import { useLogInquiryEvent } from '../../api/admissions';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatDueTime } from './format';

/** The contact log (oldest first) and the form that adds a call, text, email, note or screening summary. */
export function ContactLog({ inquiry }: { inquiry: InquiryDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const log = useLogInquiryEvent(inquiry.id);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm({
    initialValues: { kind: 'call', outcome: 'reached', note: '' },
    validate: (values) => {
      const parsed = inquiryEventRequest.safeParse(body(values));
      if (parsed.success) return {};
      return Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    },
  });
  const contact = (CONTACT_KINDS as readonly string[]).includes(form.values.kind);
  const body = (values: typeof form.values) => ({
    kind: values.kind,
    outcome: (CONTACT_KINDS as readonly string[]).includes(values.kind) ? values.outcome : undefined,
    note: values.note.trim() || undefined,
  });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setSaved(false);
    try {
      await log.mutateAsync(inquiryEventRequest.parse(body(values)));
      form.setFieldValue('note', '');
      setSaved(true);
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields) form.setErrors(caught.fields);
      setError(caught);
    }
  });

  return (
    <section aria-labelledby="inquiry-log-heading">
      <Title order={3} size="h4" id="inquiry-log-heading">
        {t('admissions.detail.logHeading')}
      </Title>
      {inquiry.events.length === 0 ? (
        <Text c="dimmed" mt={4}>
          {t('admissions.detail.logEmpty')}
        </Text>
      ) : (
        <Timeline
          mt="sm"
          bulletSize={14}
          lineWidth={2}
          component="ol"
          style={{ listStyle: 'none', padding: 0 }}
        >
          {inquiry.events.map((event) => (
            <Timeline.Item
              key={event.id}
              component="li"
              title={
                <Text fw={700} size="sm">
                  {t(`admissions.eventKind.${event.kind}`)}
                  {event.outcome &&
                    ` · ${event.kind === 'status-change' ? t(`admissions.status.${event.outcome}` as 'admissions.status.new') : t(`admissions.outcome.${event.outcome}` as 'admissions.outcome.sent')}`}
                </Text>
              }
            >
              {event.note && <Text size="sm">{event.note}</Text>}
              <Text size="xs" c="dimmed">
                {formatDueTime(event.at, language)}
                {event.by && ` · ${t('admissions.detail.by', { name: event.by.displayName })}`}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}

      <form onSubmit={submit} noValidate>
        <Stack gap="sm" mt="md">
          <Group grow align="flex-start">
            <NativeSelect
              label={t('admissions.detail.logKind')}
              data={INQUIRY_EVENT_KINDS.map((k) => ({ value: k, label: t(`admissions.eventKind.${k}`) }))}
              {...form.getInputProps('kind')}
            />
            {contact && (
              <NativeSelect
                label={t('admissions.detail.logOutcome')}
                data={CONTACT_OUTCOMES.map((o) => ({ value: o, label: t(`admissions.outcome.${o}`) }))}
                {...form.getInputProps('outcome')}
              />
            )}
          </Group>
          <Textarea
            label={t('admissions.detail.logNote')}
            autosize
            minRows={2}
            {...form.getInputProps('note')}
          />
          <div role="status">
            {saved && (
              <Alert color="green" variant="light" py="xs">
                {t('admissions.detail.logSaved')}
              </Alert>
            )}
          </div>
          <ApiErrorAlert error={error} />
          <Button type="submit" loading={log.isPending} w="fit-content">
            {t('admissions.detail.logSubmit')}
          </Button>
        </Stack>
      </form>
    </section>
  );
}
