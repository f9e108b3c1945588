import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface NoticeProps {
  /** orange: something did not work but the page still does; red: what was asked for failed. */
  color: 'orange' | 'red';
  /** `alert` interrupts a screen reader; `status` waits for a pause. */
  role: 'alert' | 'status';
  title?: string;
  mt?: string;
  children: ReactNode;
}

/**
 * A message box for the public pages that people arrive on: it reads like Mantine's light Alert but is built
 * from Paper and Text, which every page already has, so it adds nothing to the first-load budget
 * (issue "Public site", part 6).
 */
export function Notice({ color, role, title, mt, children }: NoticeProps) {
  return (
    <Paper
      role={role}
      mt={mt}
      p="sm"
      radius="md"
      bg={`${color}.0`}
      style={{ borderInlineStart: `4px solid var(--mantine-color-${color}-filled)` }}
    >
      {title && (
        <Text fw={700} mb={4}>
          {title}
        </Text>
      )}
      <Text component="div">{children}</Text>
    </Paper>
  );
}
