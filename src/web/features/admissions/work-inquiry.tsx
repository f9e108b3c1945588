import { Alert, Button, Checkbox, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALLOWED_TRANSITIONS } from '../../../domain/admissions/status-machine';
import type { InquiryDetail, InquiryUpdateRequest, WhileYouWait } from '../../../shared/admissions';
import { useAssignees, useUpdateInquiry } from '../../api/admissions';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { toLocalInput } from './format';

const CHECKLIST: (keyof WhileYouWait)[] = [
  'naloxoneOffered',
  'bridgePrescriptionConsidered',
  'checkInCallScheduled',
];

/** Status (with reason or destination), assignment, follow-up time and the while-you-wait checklist. */
export function WorkInquiry({ inquiry }: { inquiry: InquiryDetail }) {
  const { t } = useTranslation();
  const update = useUpdateInquiry(inquiry.id);
  const assignees = useAssignees();
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);
  // Admitting happens through "Convert to patient".
  const next = ALLOWED_TRANSITIONS[inquiry.status].filter((s) => s !== 'admitted');
  const [status, setStatus] = useState<string>(next[0] ?? '');
  const firstNext = next[0] ?? '';
  // A new status offers new next steps: preselect the first.
  useEffect(() => setStatus(firstNext), [firstNext]);
  const [closedReason, setClosedReason] = useState('');
  const [referredTo, setReferredTo] = useState('');
  const [dueAt, setDueAt] = useState(toLocalInput(inquiry.followUpDueAt));
  // Ticks show at once; a failed save puts them back.
  const [ticked, setTicked] = useState(CHECKLIST.filter((k) => inquiry.whileYouWait[k]));
  const tick = async (checked: string[]) => {
    const before = ticked;
    setTicked(checked as (keyof WhileYouWait)[]);
    const body = { whileYouWait: Object.fromEntries(CHECKLIST.map((k) => [k, checked.includes(k)])) };
    if (!(await save(body, t('admissions.detail.saved')))) setTicked(before);
  };

  const save = async (body: InquiryUpdateRequest, message: string) => {
    setError(null);
    setSaved(null);
    setFieldErrors({});
    try {
      await update.mutateAsync(body);
      setSaved(message);
      return true;
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields) setFieldErrors(caught.fields);
      setError(caught);
      return false;
    }
  };

  const changeStatus = async (event: React.FormEvent) => {
    event.preventDefault();
    const body: InquiryUpdateRequest = { status: status as InquiryUpdateRequest['status'] };
    if (status === 'closed') body.closedReason = closedReason;
    if (status === 'referred-elsewhere') body.referredTo = referredTo;
    if (await save(body, t('admissions.detail.statusSaved'))) {
      setClosedReason('');
      setReferredTo('');
    }
  };

  return (
    <section aria-labelledby="inquiry-work-heading">
      <Stack gap="md">
        <Title order={3} size="h4" id="inquiry-work-heading">
          {t('admissions.detail.workHeading')}
        </Title>
        <div role="status">
          {saved && (
            <Alert color="green" variant="light" py="xs">
              {saved}
            </Alert>
          )}
        </div>
        <ApiErrorAlert error={error} />

        {next.length > 0 && (
          <form onSubmit={changeStatus} noValidate>
            <Stack gap="sm">
              <NativeSelect
                label={t('admissions.detail.statusLabel')}
                description={t('admissions.detail.statusNow', {
                  status: t(`admissions.status.${inquiry.status}`),
                })}
                value={status}
                onChange={(e) => setStatus(e.currentTarget.value)}
                data={next.map((s) => ({ value: s, label: t(`admissions.status.${s}`) }))}
                error={fieldErrors.status}
              />
              {status === 'closed' && (
                <TextInput
                  label={t('admissions.detail.closedReason')}
                  required
                  value={closedReason}
                  onChange={(e) => setClosedReason(e.currentTarget.value)}
                  error={fieldErrors.closedReason}
                />
              )}
              {status === 'referred-elsewhere' && (
                <TextInput
                  label={t('admissions.detail.referredTo')}
                  required
                  value={referredTo}
                  onChange={(e) => setReferredTo(e.currentTarget.value)}
                  error={fieldErrors.referredTo}
                />
              )}
              <Button type="submit" variant="light" w="fit-content" loading={update.isPending}>
                {t('admissions.detail.saveStatus')}
              </Button>
            </Stack>
          </form>
        )}

        <NativeSelect
          label={t('admissions.detail.assignLabel')}
          value={inquiry.assignedTo?.id ?? ''}
          onChange={(e) => save({ assignedTo: e.currentTarget.value || null }, t('admissions.detail.saved'))}
          data={[
            { value: '', label: t('admissions.detail.assignNone') },
            ...(assignees.data ?? []).map((s) => ({ value: s.id, label: s.displayName })),
          ]}
          error={fieldErrors.assignedTo}
        />

        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (dueAt)
              void save(
                { followUpDueAt: new Date(dueAt).toISOString() },
                t('admissions.detail.followUpSaved'),
              );
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              type="datetime-local"
              label={t('admissions.detail.followUpLabel')}
              value={dueAt}
              onChange={(e) => setDueAt(e.currentTarget.value)}
              error={fieldErrors.followUpDueAt}
            />
            <Button type="submit" variant="light">
              {t('admissions.detail.saveFollowUp')}
            </Button>
          </Group>
        </form>

        <Checkbox.Group
          label={t('admissions.queue.whileYouWait.heading')}
          description={t('admissions.queue.whileYouWait.intro')}
          value={ticked}
          onChange={tick}
        >
          <Stack gap="xs" mt="xs">
            {CHECKLIST.map((k) => (
              <Checkbox key={k} value={k} label={t(`admissions.queue.whileYouWait.${k}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Stack>
    </section>
  );
}
