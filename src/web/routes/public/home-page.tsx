import { Box, Button, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { GetHelpNow } from './get-help-now';

/** Placeholder public home; the public-site issue replaces the copy and adds treatment search. */
export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(t('public.home.title'));
  return (
    <>
      <Box bg="haven.0" py={{ base: 'lg', sm: 48 }}>
        <Container size="lg">
          <Title order={1} maw={720} fz={{ base: 28, sm: 40 }}>
            {t('public.home.heading')}
          </Title>
          <Text size="lg" mt="md" maw={680}>
            {t('public.home.intro')}
          </Text>
          <Group mt="lg" gap="sm">
            <Button component={Link} to="/app" size="md">
              {t('public.home.patientCta')}
            </Button>
            <Button component={Link} to="/staff" size="md" variant="outline" bg="white">
              {t('public.home.staffCta')}
            </Button>
          </Group>
        </Container>
      </Box>
      <Container size="lg" py="xl">
        <Stack gap={48}>
          <GetHelpNow />
          <section aria-labelledby="about-heading">
            <Title order={2} id="about-heading">
              {t('public.about.heading')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md" spacing="lg">
              <Feature title={t('public.about.medicationTitle')} body={t('public.about.medicationBody')} />
              <Feature title={t('public.about.counselingTitle')} body={t('public.about.counselingBody')} />
              <Feature title={t('public.about.appTitle')} body={t('public.about.appBody')} />
            </SimpleGrid>
          </section>
        </Stack>
      </Container>
    </>
  );
}

function Feature({ title, body }: { title: string; body: string }) {
  return (
    <div>
      <Title order={3} size="h4">
        {title}
      </Title>
      <Text mt={4}>{body}</Text>
    </div>
  );
}
