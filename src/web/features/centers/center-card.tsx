import { Anchor, Badge, Box, Button, Group, Paper, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CenterResult } from '../../../shared/centers';
import { telHref } from '../../../shared/phone';
import { currentLanguage } from '../../i18n';
import { ADMISSION_PATH } from '../../routes/public/public-pages';
import {
  addressLines,
  centerHeadingId,
  formatDay,
  formatMiles,
  languageName,
  safeWebsite,
} from './center-format';

type Vocabulary = 'care' | 'medications' | 'payment' | 'age' | 'gender' | 'population';

/** A listed value in words; a value this version has no words for (a newer import) shows as it is. */
function term(t: TFunction, group: Vocabulary, value: string): string {
  return t(`finder.${group}.${value}` as 'finder.care.detox', { defaultValue: value });
}

function languageLabel(t: TFunction, code: string, lang: string): string {
  return ['en', 'es', 'asl'].includes(code) ? t(`finder.language.${code as 'en'}`) : languageName(code, lang);
}

interface CenterCardProps {
  center: CenterResult;
  /** Its place in the list, also on its map marker. */
  number: number;
}

/** One result: where, how far, how to reach it, what it offers, and whether it is one of ours. */
export function CenterCard({ center, number }: CenterCardProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const miles = formatMiles(center.distanceMiles, lang);
  const tel = center.phone ? telHref(center.phone) : null;
  const website = safeWebsite(center.website);
  const serves = [
    ...center.ageGroups.map((v) => term(t, 'age', v)),
    ...center.genders.map((v) => term(t, 'gender', v)),
    ...center.populations.map((v) => term(t, 'population', v)),
  ];
  const facts: [string, string[]][] = [
    [t('finder.center.care'), center.services.map((v) => term(t, 'care', v))],
    [t('finder.center.medications'), center.medications.map((v) => term(t, 'medications', v))],
    [t('finder.center.payment'), center.payment.map((v) => term(t, 'payment', v))],
    [t('finder.center.languages'), center.languages.map((v) => languageLabel(t, v, lang))],
    [t('finder.center.serves'), serves],
  ];

  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      aria-labelledby={centerHeadingId(center.id)}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <NumberMark number={number} external={center.external} />
          <div>
            <Title order={3} size="h4" id={centerHeadingId(center.id)} tabIndex={-1}>
              {center.name}
            </Title>
            <Text fw={700} c="haven.8" data-testid="center-distance">
              {t('finder.center.distance', { count: center.distanceMiles, distance: miles })}
            </Text>
          </div>
        </Group>
      </Group>

      <Group gap={6} mt="xs">
        {center.external ? (
          <Badge color="gray" variant="outline" radius="sm">
            {t('finder.center.external')}
          </Badge>
        ) : (
          <Badge color="haven" variant="light" radius="sm">
            {t('finder.center.ours')}
          </Badge>
        )}
        {center.sameDay && <FeatureBadge>{t('finder.center.sameDay')}</FeatureBadge>}
        {center.walkIn && <FeatureBadge>{t('finder.center.walkIn')}</FeatureBadge>}
        {center.telehealth && <FeatureBadge>{t('finder.center.telehealth')}</FeatureBadge>}
      </Group>

      <Box component="address" mt="sm" style={{ fontStyle: 'normal' }}>
        {addressLines(center).map((line) => (
          <Text key={line}>{line}</Text>
        ))}
      </Box>
      {center.hours && (
        <Text mt={4}>
          <Text span fw={700}>
            {t('finder.center.hours')}:
          </Text>{' '}
          {center.hours}
        </Text>
      )}

      <Box component="dl" mt="sm" mb={0}>
        {facts
          .filter(([, values]) => values.length > 0)
          .map(([label, values]) => (
            // Label and list run on as one sentence, which wraps well on a phone.
            <div key={label} style={{ marginTop: 2 }}>
              <Text component="dt" fw={700} display="inline">
                {label}:
              </Text>{' '}
              <Text component="dd" display="inline" m={0}>
                {values.join(', ')}
              </Text>
            </div>
          ))}
      </Box>

      {center.external && (
        <Text mt="sm" size="sm">
          {t('finder.center.externalNote')}
        </Text>
      )}

      <Group mt="sm" gap="sm">
        {tel && center.phone && (
          <Button component="a" href={tel} size="md">
            {t('finder.center.call', { phone: center.phone })}
          </Button>
        )}
        {!center.external && (
          <Button
            component={Link}
            to={`${ADMISSION_PATH}?site=${encodeURIComponent(center.id)}`}
            size="md"
            variant="outline"
            aria-label={t('finder.center.admissionAt', { name: center.name })}
          >
            {t('finder.center.admission')}
          </Button>
        )}
        {website && (
          <Anchor
            href={website}
            rel="noopener noreferrer"
            aria-label={t('finder.center.websiteOf', { name: center.name })}
            fw={600}
          >
            {t('finder.center.website')}
          </Anchor>
        )}
      </Group>

      {center.lastVerified && (
        <Text mt="sm" size="sm" c="dimmed">
          {t('finder.center.verified', { date: formatDay(center.lastVerified, lang) })}
        </Text>
      )}
    </Paper>
  );
}

function FeatureBadge({ children }: { children: ReactNode }) {
  return (
    <Badge color="haven" variant="filled" radius="sm">
      {children}
    </Badge>
  );
}

/** The result's number in a circle, the same as on its map marker. */
function NumberMark({ number, external }: { number: number; external: boolean }) {
  return (
    <Box
      aria-hidden="true"
      style={{
        flex: 'none',
        width: 32,
        height: 32,
        borderRadius: '50%',
        display: 'grid',
        placeItems: 'center',
        fontWeight: 700,
        color: 'white',
        background: external ? 'var(--mantine-color-gray-7)' : 'var(--mantine-color-haven-7)',
      }}
    >
      {number}
    </Box>
  );
}
