import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Children, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Block, Inline } from './markdown';

/** Renders the reader's tree as React elements: text is always text, never HTML. */
export function MarkdownView({ blocks }: { blocks: readonly Block[] }) {
  return <Stack gap="md">{Children.toArray(blocks.map(renderBlock))}</Stack>;
}

function renderBlock(block: Block): ReactNode {
  switch (block.type) {
    case 'heading':
      if (block.level === 1)
        return (
          <Title order={1} fz={{ base: 28, sm: 36 }}>
            {renderInline(block.children)}
          </Title>
        );
      return (
        <Title
          order={block.level}
          mt={block.level === 2 ? 'md' : 'xs'}
          fz={block.level === 2 ? { base: 24, sm: 28 } : { base: 20, sm: 22 }}
        >
          {renderInline(block.children)}
        </Title>
      );
    case 'paragraph':
      return <Text size="lg">{renderInline(block.children)}</Text>;
    case 'list':
      return (
        <List type={block.ordered ? 'ordered' : 'unordered'} size="lg" spacing={6} pr="md">
          {Children.toArray(block.items.map(renderListItem))}
        </List>
      );
    case 'callout':
      return (
        <Paper withBorder p="md" radius="md" bg="red.0" style={{ borderColor: 'var(--mantine-color-red-9)' }}>
          <Stack gap="xs">{Children.toArray(block.paragraphs.map(renderCalloutParagraph))}</Stack>
        </Paper>
      );
  }
}

function renderListItem(item: readonly Inline[]): ReactNode {
  return <List.Item>{renderInline(item)}</List.Item>;
}

function renderCalloutParagraph(paragraph: readonly Inline[]): ReactNode {
  return (
    <Text size="lg" fw={600}>
      {renderInline(paragraph)}
    </Text>
  );
}

/** Keys come from Children.toArray: the content is static and never reordered. */
function renderInline(nodes: readonly Inline[]): ReactNode[] {
  return Children.toArray(nodes.map(renderInlineNode));
}

function renderInlineNode(node: Inline): ReactNode {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'strong':
      return <strong>{renderInline(node.children)}</strong>;
    case 'link':
      // Same-site paths go through the router; tel:, mailto: and https open as usual.
      return node.href.startsWith('/') ? (
        <Anchor component={Link} to={node.href} inherit underline="always">
          {renderInline(node.children)}
        </Anchor>
      ) : (
        <Anchor href={node.href} inherit underline="always">
          {renderInline(node.children)}
        </Anchor>
      );
  }
}
