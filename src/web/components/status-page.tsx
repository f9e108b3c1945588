import { Box, Container, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Brand } from './brand';
import { LanguageSwitcher } from './language-switcher';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { usePageTitle } from './use-page-title';

interface StatusPageProps {
  title: string;
  body: string;
  action?: ReactNode;
  /** False when rendered inside a layout that already has a header and <main>. */
  withChrome?: boolean;
}

/** A page that only says what happened and what to do next (not found, crashed). */
export function StatusPage({ title, body, action, withChrome = true }: StatusPageProps) {
  usePageTitle(title);
  const content = (
    <Container size="sm" py="xl">
      <Stack gap="md">
        <Title order={1}>{title}</Title>
        <Text size="lg">{body}</Text>
        {action}
      </Stack>
    </Container>
  );
  if (!withChrome) return content;
  return (
    <>
      <SkipLink />
      <Box
        component="header"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between">
          <Brand />
          <LanguageSwitcher />
        </Group>
      </Box>
      <Box component="main" id={MAIN_CONTENT_ID} tabIndex={-1}>
        {content}
      </Box>
    </>
  );
}
