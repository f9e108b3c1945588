import { Anchor, Box, Button, Card, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GetHelpNow } from './get-help-now';
import { CONTENT_PAGES, SIGNS_PATH } from './public-pages';
import { usePageMeta } from './use-page-meta';

export function HomePage() {
  const { t } = useTranslation();
  usePageMeta(t('public.home.title'), t('site.home.description'));
  const cards = [
    { to: SIGNS_PATH, title: t('site.nav.signs'), body: t('site.home.cards.signs') },
    ...CONTENT_PAGES.map((slug) => ({
      to: `/${slug}`,
      title: t(`site.nav.${slug}`),
      body: t(`site.home.cards.${slug}`),
    })),
  ];
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
            <Button component={Link} to={SIGNS_PATH} size="md">
              {t('site.home.signsCta')}
            </Button>
            <Button component={Link} to="/programs" size="md" variant="outline" bg="white">
              {t('site.home.learnCta')}
            </Button>
          </Group>
        </Container>
      </Box>
      <Container size="lg" py="xl">
        <Stack gap={48}>
          <GetHelpNow />
          <section aria-labelledby="learn-heading">
            <Title order={2} id="learn-heading">
              {t('site.home.learnHeading')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt="md" spacing="lg">
              {cards.map((card) => (
                <Card key={card.to} withBorder radius="md" padding="lg">
                  <Title order={3} size="h4">
                    <Anchor component={Link} to={card.to} inherit>
                      {card.title}
                    </Anchor>
                  </Title>
                  <Text mt={4}>{card.body}</Text>
                </Card>
              ))}
            </SimpleGrid>
          </section>
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
