import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Brand } from '../../components/brand';
import { LanguageSwitcher } from '../../components/language-switcher';
import { MAIN_CONTENT_ID, SkipLink } from '../../components/skip-link';
import { usePageTitle } from '../../components/use-page-title';

interface AuthLayoutProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  /** Below the card, e.g. a link to the other area's sign-in. */
  footer?: ReactNode;
}

/** Sign-in and verification pages of both areas: a header and one centred card. */
export function AuthLayout({ title, intro, children, footer }: AuthLayoutProps) {
  usePageTitle(title);
  return (
    <>
      <SkipLink />
      <Box
        component="header"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" gap="sm">
          <Brand />
          <LanguageSwitcher />
        </Group>
      </Box>
      <Box component="main" id={MAIN_CONTENT_ID} tabIndex={-1} bg="gray.0" mih="calc(100dvh - 60px)">
        <Container size={460} py={{ base: 'lg', sm: 48 }} px={{ base: 'sm', sm: 'md' }}>
          <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="lg">
            <Stack gap="md">
              <Title order={1} size="h2">
                {title}
              </Title>
              {typeof intro === 'string' ? <Text>{intro}</Text> : intro}
              {children}
            </Stack>
          </Paper>
          {footer && (
            <Box mt="lg" ta="center">
              {footer}
            </Box>
          )}
        </Container>
      </Box>
    </>
  );
}
