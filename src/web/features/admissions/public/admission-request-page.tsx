import '../../../i18n/admissions-strings';
import {
  Button,
  Checkbox,
  Container,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AdmissionAccepted, ChecklistResult } from '../../../../shared/admission-request';
import {
  CONTACT_METHODS,
  INSURANCE_KINDS,
  LAST_USE,
  PREFERRED_LANGUAGES,
  SUBSTANCES,
  type Urgency,
} from '../../../../shared/admission-vocabulary';
import { ApiError } from '../../../api/client';
import { Notice } from '../../../components/notice';
import { currentLanguage } from '../../../i18n';
import { usePageMeta } from '../../../routes/public/use-page-meta';
import { loadAdmissionExtras, submitAdmission, useAdmissionOptions } from './admission-api';
import type { AdmissionSuccess } from './admission-success';
import { clearChecklistHandoff, readChecklistHandoff } from './checklist-handoff';
import { usePlainForm } from './use-plain-form';

const TRANSLATED_ERRORS = [
  'forWhom',
  'contactMethod',
  'phone',
  'email',
  'urgency',
  'consentToContact',
] as const;
type TranslatedField = (typeof TRANSLATED_ERRORS)[number];

/**
 * The public admission request (`/admission`, issue 4 part 5): no account, one page, big targets for phones.
 * Validation uses the shared schema the server applies (loaded once the form is used, see admission-extras.ts);
 * the messages shown are this page's translations of the same advice.
 */
export function AdmissionRequestPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const options = useAdmissionOptions();
  const [sending, setSending] = useState(false);
  const [checklist, setChecklist] = useState<ChecklistResult | null>(null);
  const [accepted, setAccepted] = useState<{
    result: AdmissionAccepted;
    urgency: Urgency;
    Success: typeof AdmissionSuccess;
  } | null>(null);
  const [failed, setFailed] = useState<'invalid' | 'send' | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  usePageMeta(
    accepted ? t('admissions.form.success.title') : t('admissions.form.title'),
    t('admissions.form.description'),
  );

  const form = usePlainForm({
    forWhom: '',
    firstName: '',
    anonymous: false,
    contactMethod: '',
    phone: '',
    email: '',
    bestTimeToContact: '',
    substances: [] as string[],
    lastUse: '',
    urgency: '',
    insurance: '',
    preferredSiteId: '',
    preferredLanguage: lang as string,
    attachChecklist: false,
    consentToContact: false,
    website: '',
  });

  // A result handed over by the signs checklist (/signs) may be attached; it is checked before it is offered.
  useEffect(() => {
    let live = true;
    readChecklistHandoff().then((result) => {
      if (live) setChecklist(result);
    });
    return () => {
      live = false;
    };
  }, []);

  // The finder links here with ?site=<id>: that location is chosen already, if it is one of ours.
  const [searchParams] = useSearchParams();
  const requestedSite = searchParams.get('site');
  const offersSite = options.data?.sites.some((site) => site.id === requestedSite) ?? false;
  const siteApplied = useRef(false);
  const { setFieldValue } = form;
  useEffect(() => {
    if (siteApplied.current || !offersSite || !requestedSite) return;
    siteApplied.current = true; // once: the person may still choose another location
    setFieldValue('preferredSiteId', requestedSite);
  }, [offersSite, requestedSite, setFieldValue]);

  function message(field: string, english: string): string {
    if ((TRANSLATED_ERRORS as readonly string[]).includes(field)) {
      return t(`admissions.form.errors.${field as TranslatedField}`);
    }
    return lang === 'en' ? english : t('admissions.form.errors.generic');
  }

  function toBody(values: typeof form.values) {
    const contactByPhone = values.contactMethod === 'phone' || values.contactMethod === 'text';
    return {
      forWhom: values.forWhom || undefined,
      firstName: values.anonymous ? undefined : values.firstName.trim() || undefined,
      contactMethod: values.contactMethod || undefined,
      phone: contactByPhone ? values.phone : undefined,
      email: values.contactMethod === 'email' ? values.email : undefined,
      bestTimeToContact: values.bestTimeToContact.trim() || undefined,
      substances: values.substances,
      lastUse: values.lastUse || undefined,
      urgency: values.urgency || undefined,
      insurance: values.insurance || undefined,
      preferredSiteId: values.preferredSiteId || undefined,
      preferredLanguage: values.preferredLanguage,
      checklistResult: values.attachChecklist && checklist ? checklist : undefined,
      consentToContact: values.consentToContact || undefined,
      website: values.website || undefined,
      organizationId: options.data?.organizationId ?? undefined,
    };
  }

  // The first question with an error gets the focus once the errors are on screen (a radio group has no
  // invalid input of its own). Counted, so that every failed try moves the focus again.
  const [errorsShown, setErrorsShown] = useState(0);
  const focusFirstError = () => setErrorsShown((n) => n + 1);
  useEffect(() => {
    if (errorsShown === 0) return;
    const error = formRef.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"], .mantine-InputWrapper-error',
    );
    const target = error?.matches('input, select, textarea')
      ? error
      : error
          ?.closest('[role="radiogroup"], [role="group"], .mantine-InputWrapper-root')
          ?.querySelector('input');
    (target as HTMLElement | null | undefined)?.focus();
  }, [errorsShown]);

  const warmUp = () => {
    loadAdmissionExtras().catch(() => {}); // sending tries again, and says so if it cannot
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    try {
      const { admissionRequest, AdmissionSuccess: Success } = await loadAdmissionExtras();
      const parsed = admissionRequest.safeParse(toBody(form.values));
      if (!parsed.success) {
        const errors: Record<string, string> = {};
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0]);
          errors[field] ??= message(field, issue.message);
        }
        form.setErrors(errors);
        setFailed('invalid');
        focusFirstError();
        return;
      }
      setFailed(null);
      const body = parsed.data;
      const result = await submitAdmission(body);
      if (form.values.attachChecklist) clearChecklistHandoff();
      setAccepted({ result, urgency: body.urgency, Success });
      window.scrollTo({ top: 0 });
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 400 && caught.fields) {
        form.setErrors(Object.fromEntries(Object.entries(caught.fields).map(([f, m]) => [f, message(f, m)])));
        setFailed('invalid');
        focusFirstError();
      } else {
        setFailed('send');
      }
    } finally {
      setSending(false);
    }
  }

  if (accepted) return <accepted.Success accepted={accepted.result} urgency={accepted.urgency} />;

  const byPhone = form.values.contactMethod === 'phone' || form.values.contactMethod === 'text';
  const sites = options.data?.sites ?? [];
  const select = (values: readonly string[], prefix: string) => [
    { value: '', label: t('admissions.form.choose') },
    ...values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as 'admissions.insurance.none') })),
  ];
  const labelStyles = { label: { fontSize: 'var(--mantine-font-size-md)', fontWeight: 700 } };

  return (
    <Container size="sm" py={{ base: 'md', sm: 'xl' }}>
      <Stack gap="lg">
        <div>
          <Title order={1} fz={{ base: 28, sm: 36 }}>
            {t('admissions.form.heading')}
          </Title>
          <Text size="lg" mt="sm">
            {t('admissions.form.intro')}
          </Text>
          <Text mt="xs" c="dimmed">
            {t('admissions.form.required')}
          </Text>
        </div>

        {failed && (
          <Notice color="red" role="alert">
            {failed === 'invalid' ? t('admissions.form.errors.summary') : t('admissions.form.errors.send')}
          </Notice>
        )}

        {/* The first focus or answer starts loading the checks, so sending seldom waits for them. */}
        <form ref={formRef} onSubmit={submit} onFocus={warmUp} onChange={warmUp} noValidate>
          <Stack gap="lg">
            <Radio.Group
              label={t('admissions.form.forWhom')}
              required
              styles={labelStyles}
              {...form.getInputProps('forWhom')}
            >
              <Stack gap="sm" mt="xs">
                <Radio value="self" label={t('admissions.form.forWhomSelf')} size="md" />
                <Radio value="someone-else" label={t('admissions.form.forWhomOther')} size="md" />
              </Stack>
            </Radio.Group>

            <Stack gap="xs">
              <TextInput
                label={t('admissions.form.firstName')}
                autoComplete="given-name"
                size="md"
                disabled={form.values.anonymous}
                {...form.getInputProps('firstName')}
              />
              <Checkbox
                label={t('admissions.form.anonymous')}
                size="md"
                {...form.getInputProps('anonymous', { type: 'checkbox' })}
              />
            </Stack>

            <Radio.Group
              label={t('admissions.form.contactMethod')}
              required
              styles={labelStyles}
              {...form.getInputProps('contactMethod')}
            >
              <Group gap="xl" mt="xs">
                {CONTACT_METHODS.map((m) => (
                  <Radio key={m} value={m} label={t(`admissions.contactMethod.${m}`)} size="md" />
                ))}
              </Group>
            </Radio.Group>
            {byPhone && (
              <TextInput
                label={t('admissions.form.phone')}
                type="tel"
                inputMode="tel"
                autoComplete="tel"
                required
                size="md"
                {...form.getInputProps('phone')}
              />
            )}
            {form.values.contactMethod === 'email' && (
              <TextInput
                label={t('admissions.form.email')}
                type="email"
                inputMode="email"
                autoComplete="email"
                autoCapitalize="none"
                spellCheck={false}
                required
                size="md"
                {...form.getInputProps('email')}
              />
            )}
            <TextInput
              label={t('admissions.form.bestTime')}
              description={t('admissions.form.bestTimeHint')}
              size="md"
              {...form.getInputProps('bestTimeToContact')}
            />

            <Radio.Group
              label={t('admissions.form.urgency')}
              required
              styles={labelStyles}
              {...form.getInputProps('urgency')}
            >
              <Stack gap="sm" mt="xs">
                <Radio value="today" label={t('admissions.form.urgencyToday')} size="md" />
                <Radio value="this-week" label={t('admissions.form.urgencyThisWeek')} size="md" />
                <Radio value="exploring" label={t('admissions.form.urgencyExploring')} size="md" />
              </Stack>
            </Radio.Group>
            {form.values.urgency === 'today' && (
              <Notice color="red" role="alert">
                {t('admissions.form.todayWarning')}
              </Notice>
            )}

            <Checkbox.Group
              label={t('admissions.form.substances')}
              styles={labelStyles}
              {...form.getInputProps('substances')}
            >
              <Stack gap="sm" mt="xs">
                {SUBSTANCES.map((s) => (
                  <Checkbox key={s} value={s} label={t(`admissions.substances.${s}`)} size="md" />
                ))}
              </Stack>
            </Checkbox.Group>
            <NativeSelect
              label={t('admissions.form.lastUse')}
              size="md"
              data={select(LAST_USE, 'admissions.lastUse')}
              {...form.getInputProps('lastUse')}
            />
            <NativeSelect
              label={t('admissions.form.insurance')}
              size="md"
              data={select(INSURANCE_KINDS, 'admissions.insurance')}
              {...form.getInputProps('insurance')}
            />
            {sites.length > 1 && (
              <NativeSelect
                label={t('admissions.form.site')}
                size="md"
                data={[
                  { value: '', label: t('admissions.form.anySite') },
                  ...sites.map((s) => ({ value: s.id, label: `${s.name} (${s.city})` })),
                ]}
                {...form.getInputProps('preferredSiteId')}
              />
            )}
            <NativeSelect
              label={t('admissions.form.language')}
              size="md"
              data={PREFERRED_LANGUAGES.map((l) => ({ value: l, label: t(`admissions.language.${l}`) }))}
              {...form.getInputProps('preferredLanguage')}
            />

            {checklist && (
              <Checkbox
                size="md"
                label={t('admissions.form.checklistAttach', { band: t(`admissions.band.${checklist.band}`) })}
                description={t('admissions.form.checklistHint')}
                {...form.getInputProps('attachChecklist', { type: 'checkbox' })}
              />
            )}

            {/* Honeypot: invisible and unreachable for people and assistive technology; bots fill it. */}
            <VisuallyHidden aria-hidden="true">
              <label htmlFor="admission-website">{t('admissions.form.honeypot')}</label>
              <input
                id="admission-website"
                name="website"
                type="text"
                tabIndex={-1}
                autoComplete="off"
                value={form.values.website}
                onChange={(e) => form.setFieldValue('website', e.currentTarget.value)}
              />
            </VisuallyHidden>

            <Checkbox
              size="md"
              required
              label={t('admissions.form.consent')}
              {...form.getInputProps('consentToContact', { type: 'checkbox' })}
            />

            <Button type="submit" size="lg" loading={sending} style={{ alignSelf: 'flex-start' }}>
              {t('admissions.form.submit')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}
