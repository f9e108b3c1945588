import { Anchor, Box, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EMERGENCY_PATH } from './public-pages';

/**
 * Sticky at the top of every public page: the overdose steps are always one tap away, and so is 911.
 * White on red 9 (#c92a2a) is 5.4:1.
 */
export function EmergencyBar() {
  const { t } = useTranslation();
  return (
    <Box
      component="nav"
      aria-label={t('site.emergencyBar.label')}
      bg="red.9"
      py={6}
      style={{ position: 'sticky', top: 0, zIndex: 200 }}
    >
      <Container size="lg">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Anchor
            component={Link}
            to={EMERGENCY_PATH}
            c="white"
            fw={700}
            underline="always"
            display="inline-block"
            py={10}
          >
            {t('site.emergencyBar.link')}
          </Anchor>
          <Anchor
            href="tel:911"
            c="white"
            fw={700}
            underline="always"
            display="inline-block"
            py={10}
            style={{ whiteSpace: 'nowrap' }}
          >
            {t('site.emergencyBar.call')}
          </Anchor>
        </Group>
      </Container>
    </Box>
  );
}
