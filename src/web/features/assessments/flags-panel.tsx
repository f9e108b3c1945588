import { Alert, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentFlag } from '../../../shared/assessments';

/** Flags that mean a person may be in danger: shown in red. */
const DANGER = new Set(['suicide-risk', 'asq-positive', 'asq-acute', 'severe-withdrawal']);

/**
 * What the protocol asks next, on the same screen as the answers (flags and next steps come from the instrument
 * definition). `asqDone` adds the "ASQ if not yet done" fact for a PHQ-9 suicide-risk flag.
 */
export function FlagsPanel({ flags, asqDone }: { flags: AssessmentFlag[]; asqDone?: boolean | null }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <Stack gap="sm" role="alert" aria-label={t('clinical.flags.label')}>
      {flags.map((flag) => (
        <Alert
          key={flag.id}
          // Dark shades: white text on them meets WCAG AA contrast.
          color={DANGER.has(flag.id) || flag.severity === 'critical' ? 'red.9' : 'yellow'}
          variant={flag.severity === 'critical' ? 'filled' : 'light'}
          title={flag.label}
        >
          <Text size="sm" fw={700} mb={4}>
            {t('clinical.flags.nextSteps')}
          </Text>
          <List type="ordered" size="sm" spacing={4}>
            {flag.nextSteps.map((step) => (
              <List.Item key={step}>{step}</List.Item>
            ))}
          </List>
          {flag.id === 'suicide-risk' && asqDone !== undefined && asqDone !== null && (
            <Text size="sm" fw={700} mt="xs">
              {asqDone ? t('clinical.flags.asqDone') : t('clinical.flags.asqNotDone')}
            </Text>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
